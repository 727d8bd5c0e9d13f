//! Rebuilding the tracker from stored history: the start-up stream, a pair's history after a
//! change reached its settled incidents, and new settings that reach back.

use std::collections::BTreeSet;

use crate::ingest::Millis;
use crate::model::HistoryRow;

use super::*;

impl Tracker {
    /// Rebuilds the state from stored episodes and fixes, in any order, as of `now`; the
    /// store's start-up path does the same with [`Tracker::begin_restore`] and streaming.
    pub fn restore(
        settings: &IncidentConfig,
        records: impl IntoIterator<Item = EpisodeRecord>,
        fixes: impl IntoIterator<Item = Fix>,
        now: Millis,
    ) -> Tracker {
        Tracker::restore_with(
            settings,
            outage::OutageSettings {
                join_window: settings.merge_window.as_millis() as Millis,
                ..outage::OutageSettings::default()
            },
            records,
            fixes,
            Vec::new(),
            now,
        )
    }

    /// [`Tracker::restore`] with outage settings and the counters' ledger.
    pub fn restore_with(
        settings: &IncidentConfig,
        outages: outage::OutageSettings,
        records: impl IntoIterator<Item = EpisodeRecord>,
        fixes: impl IntoIterator<Item = Fix>,
        ledger: Vec<ledger::LedgerRow>,
        now: Millis,
    ) -> Tracker {
        let mut records: Vec<EpisodeRecord> = records.into_iter().collect();
        records.sort_by(|a, b| {
            (&a.service, &a.signature, a.key.starts_at).cmp(&(
                &b.service,
                &b.signature,
                b.key.starts_at,
            ))
        });
        let mut tracker = Tracker::new(settings);
        tracker.outage_settings = outages;
        tracker.begin_restore(fixes, ledger, now);
        for r in &records {
            tracker.load(Restored::History {
                service: &r.service,
                signature: &r.signature,
                alertname: &r.alertname,
                starts_at: r.key.starts_at,
                ends_at: r.ends_at,
            });
        }
        for r in records {
            if r.ends_at.is_none_or(|end| end >= tracker.recent_since()) {
                tracker.load(Restored::Recent(r));
            }
        }
        tracker.finish_restore();
        tracker
    }

    /// Starts a rebuild as of `now`: fixes first, as folding incidents needs them, and the
    /// counters' ledger, which the rebuilt figures are then followed from.
    pub fn begin_restore(
        &mut self,
        fixes: impl IntoIterator<Item = Fix>,
        ledger: Vec<ledger::LedgerRow>,
        now: Millis,
    ) {
        self.now = now;
        self.restore_ledger(ledger);
        for fix in fixes {
            let id = self.pair_id(&fix.service, &fix.signature);
            self.pairs[id as usize].fixes.push(fix);
        }
        for pair in &mut self.pairs {
            pair.fixes.sort_by_key(|f| (f.at, f.id));
        }
    }

    /// Episodes that ended before this are not needed for repeat detection.
    pub fn recent_since(&self) -> Millis {
        self.now.saturating_sub(RECENT_KEYS)
    }

    /// Adds one stored item while rebuilding; call [`Tracker::finish_restore`] after the last.
    pub fn load(&mut self, item: Restored<'_>) {
        match item {
            Restored::History {
                service,
                signature,
                alertname,
                starts_at,
                ends_at,
            } => {
                let same = self.restoring.is_some_and(|id| {
                    let pair = &self.pairs[id as usize];
                    pair.service == service && pair.signature == signature
                });
                if !same {
                    let previous = self.finish_restoring_pair();
                    if previous.as_ref().is_some_and(|p| p != service) {
                        self.settle_restored_service(previous.expect("checked"));
                    }
                    if self.outage_floor(service).is_some() {
                        // Out of order: the service's outages were already settled.
                        self.settled_outages_need_history(|s| s == service);
                    }
                    self.restoring = Some(self.pair_id(service, signature));
                }
                let id = self.restoring.expect("set above");
                self.stored_episodes += 1;
                let name_id = self.intern(alertname);
                let pair = &mut self.pairs[id as usize];
                if pair.reaches_settled(starts_at, self.merge_window) {
                    // Out of order: the pair was already folded; read it again whole.
                    self.needs_history.insert(id);
                    return;
                }
                let name = pair.name_index(name_id);
                self.scratch.push((starts_at, ends_at, name));
            }
            Restored::Recent(record) => {
                let id = self.pair_id(&record.service, &record.signature);
                let name_id = self.intern(&record.alertname);
                let name = self.pairs[id as usize].name_index(name_id);
                self.remember(&record, id, name);
            }
        }
    }

    /// Ends a rebuild: derives the figures of every pair as of the `now` it began with.
    pub fn finish_restore(&mut self) {
        self.finish_restoring_pair();
        self.scratch = Vec::new();
        self.recompute_all();
        self.account_all();
    }

    /// Folds the pair that was streaming in; its service, if there was one.
    pub(super) fn finish_restoring_pair(&mut self) -> Option<String> {
        self.restoring.take().map(|id| {
            let pair = &mut self.pairs[id as usize];
            self.scratch.append(&mut pair.episodes);
            self.scratch.sort_unstable();
            std::mem::swap(&mut pair.episodes, &mut self.scratch);
            recompute(pair, self.merge_window, &self.windows, self.now);
            let unsettled = pair.episodes.to_vec();
            self.scratch = std::mem::replace(&mut pair.episodes, unsettled);
            self.scratch.clear();
            pair.alertnames.shrink_to_fit();
            pair.settled_spans.shrink_to_fit();
            pair.service.clone()
        })
    }

    /// Settles the outages of a service whose every pair has been read, so that only one
    /// service's incident spans are in memory at once. A service with dependencies waits for
    /// [`Tracker::finish_restore`], as they may not have been read yet.
    fn settle_restored_service(&mut self, service: String) {
        if self.outage_settings.dependencies.contains_key(&service) {
            return;
        }
        self.refresh_outages(BTreeSet::from([service]));
    }

    /// Replaces a pair's history with all of its stored episodes, after
    /// [`Tracker::pairs_needing_history`] asked for it.
    pub fn rebuild_pair(&mut self, service: &str, signature: &str, history: &[HistoryRow]) {
        let id = self.pair_id(service, signature);
        self.needs_history.remove(&id);
        let name_ids: Vec<u32> = history
            .iter()
            .map(|row| self.intern(&row.alertname))
            .collect();
        let floor = self.outage_floor(service);
        let pair = &mut self.pairs[id as usize];
        pair.settled = Folded::default();
        pair.settled_oldest_end = None;
        pair.settled_spans = Vec::new();
        let mut episodes: Vec<_> = history
            .iter()
            .zip(name_ids)
            .map(|(row, name_id)| (row.starts_at, row.ends_at, pair.name_index(name_id)))
            .collect();
        episodes.sort_unstable();
        pair.episodes = episodes;
        recompute(pair, self.merge_window, &self.windows, self.now);
        pair.episodes.shrink_to_fit();
        // Incidents in the service's settled outages stay folded there (a change that reached
        // them asked for every pair of the service, and then there is no floor).
        if let Some(floor) = floor {
            pair.settled_spans.retain(|(start, _)| *start > floor);
        }
        pair.settled_spans.shrink_to_fit();
        self.account_changed(&BTreeSet::from([id]));
    }

    /// `(service, signature)` of the pairs whose settled incidents a change reached; their
    /// figures are wrong until [`Tracker::rebuild_pair`] gives them their stored history.
    pub fn pairs_needing_history(&self) -> Vec<(String, String)> {
        self.needs_history
            .iter()
            .map(|id| {
                let pair = &self.pairs[*id as usize];
                (pair.service.clone(), pair.signature.clone())
            })
            .collect()
    }

    /// Changes the merge and window settings, recomputing every incident. Settled incidents
    /// were folded with the old settings: their pairs are asked for again.
    pub fn reconfigure(&mut self, settings: &IncidentConfig) {
        let merge_window = settings.merge_window.as_millis() as Millis;
        let windows = millis_of(&settings.windows);
        self.stale_after = settings.stale_after.as_millis() as Millis;
        if merge_window != self.merge_window || windows != self.windows {
            let reaches_back =
                merge_window != self.merge_window || windows.last() > self.windows.last();
            self.merge_window = merge_window;
            self.windows = windows;
            if reaches_back {
                for (id, pair) in self.pairs.iter().enumerate() {
                    if pair.settled.incidents > 0 {
                        self.needs_history.insert(id as u32);
                    }
                }
                self.settled_outages_need_history(|_| true);
            }
            self.recompute_all();
            self.account_all();
        }
    }

    pub(super) fn recompute_all(&mut self) {
        for pair in &mut self.pairs {
            recompute(pair, self.merge_window, &self.windows, self.now);
        }
    }
}
