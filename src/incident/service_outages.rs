//! Each service's outages as the tracker keeps them: derived again from the service's incidents
//! when one of its pairs changes, and *settled* like incidents are. Outages that ended before
//! every window (plus the join window), all of whose incidents are settled, are folded into
//! [`outage::Settled`] (figures, the latest outage of each cause, what their observed causes
//! taught) and their incidents' spans dropped; later changes regroup only the incidents after
//! the last settled outage. A change that reaches back to settled outages asks for the stored
//! history of every pair of the service ([`Tracker::pairs_needing_history`]), and the service's
//! outages are then derived again from all of it, so figures stay those of a whole replay.
//!
//! A service with declared dependencies is never settled: an upstream outage anywhere in the
//! history can change its attributions, so it keeps every incident span (16 bytes each).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{ledger, outage, settle_horizon, Tracker};
use crate::ingest::Millis;

/// The outages of one service, derived whenever one of its pairs changes.
#[derive(Debug, Default)]
pub struct ServiceOutages {
    /// The service's outages that started within the longest window (plus the join window) or
    /// are open, by start; older ones live on only in the counters. Their details are derived
    /// again on demand ([`Tracker::outage_details`]).
    pub outages: Vec<outage::OutageRecord>,
    /// (cause, attribution) → outages counted.
    pub counted: BTreeMap<(String, outage::Attribution), ledger::Monotone>,
    /// cause → `[regressions, interval histogram cells…]` counted.
    pub counted_by_cause: BTreeMap<String, ledger::Monotone>,
    /// The outages folded and dropped.
    pub(super) settled: outage::Settled,
}

impl Tracker {
    /// Puts new outage settings in force; every outage is derived again, the settled ones from
    /// the stored history.
    pub fn set_outage_settings(&mut self, settings: outage::OutageSettings) {
        if settings != self.outage_settings {
            self.outage_settings = settings;
            self.settled_outages_need_history(|_| true);
            self.refresh_all_outages();
        }
    }

    pub fn outage_settings(&self) -> &outage::OutageSettings {
        &self.outage_settings
    }

    /// Every service with outages, by name.
    pub fn services(&self) -> &BTreeMap<String, ServiceOutages> {
        &self.services
    }

    /// Outages settled so far for `service`, and the end of the latest one.
    pub fn settled_outages(&self, service: &str) -> (u64, Option<Millis>) {
        let Some(settled) = self.services.get(service).map(|s| &s.settled) else {
            return (0, None);
        };
        let count = settled.tally.figures.outages.values().sum();
        (count, settled.last.map(|(_, end)| end))
    }

    pub(super) fn refresh_all_outages(&mut self) {
        let services: BTreeSet<String> = self.pair_index.keys().cloned().collect();
        self.refresh_outages(services);
    }

    /// Derives the outages of `services` after their last settled outage again, settles those
    /// that left every window and follows their counters. A service with a pair (its own or a
    /// dependency's) waiting for its history keeps its outages until the history is read.
    pub(super) fn refresh_outages(&mut self, services: BTreeSet<String>) {
        // Services with dependencies last: their attribution reads the others' outages.
        // Readiness is checked as each comes, as a dependency may become ready before it.
        let (mut services, dependents): (Vec<String>, Vec<String>) = services
            .into_iter()
            .filter(|s| self.pair_index.contains_key(s))
            .partition(|s| !self.outage_settings.dependencies.contains_key(s));
        services.extend(dependents);
        if services.is_empty() {
            return;
        }
        // Every name an outage can refer to gets its id first, so the rest only reads.
        let mut names_needed: Vec<String> = services.clone();
        for service in &services {
            names_needed.extend(self.pair_index[service].keys().cloned());
            if let Some(upstream) = self.outage_settings.dependencies.get(service) {
                names_needed.extend(upstream.iter().cloned());
            }
        }
        names_needed.extend(
            self.outage_settings
                .declared
                .iter()
                .map(|d| d.cause.clone()),
        );
        for name in &names_needed {
            self.intern(name);
        }
        let horizon = settle_horizon(self.now, &self.windows, self.outage_settings.join_window);
        // One service at a time, so that only one service's outages exist in full at once.
        for service in services {
            if !self.outages_ready(&service) {
                // A dependency's outages wait to be derived again.
                continue;
            }
            if self.outages_need_history.remove(&service) {
                // Its pairs were read again whole: derive everything from the first outage.
                if let Some(entry) = self.services.get_mut(&service) {
                    entry.settled = outage::Settled::default();
                }
            }
            let (kept, figures, settled) = {
                let outages = self.outage_details(&service);
                let fixes = self.fixes_by_signature(&service);
                let mut settled = self
                    .services
                    .get(&service)
                    .map(|s| s.settled.clone())
                    .unwrap_or_default();
                let settling = self.settling(&service, &outages, horizon);
                let keep_observed = self
                    .outage_settings
                    .dependencies
                    .values()
                    .any(|upstream| upstream.contains(&service));
                for outage in &outages[..settling] {
                    settled.fold(outage, &fixes, keep_observed);
                }
                let mut tally = settled.tally.clone();
                for outage in &outages[settling..] {
                    tally.add(outage, &fixes);
                }
                let mut kept: Vec<outage::OutageRecord> = outages[settling..]
                    .iter()
                    .filter(|o| o.start >= horizon || o.end.is_none())
                    .map(outage::OutageRecord::of)
                    .collect();
                kept.shrink_to_fit();
                (kept, tally.figures, (settling > 0).then_some(settled))
            };
            if let Some(settled) = settled {
                self.drop_settled_spans(&service, &settled);
                self.services.entry(service.clone()).or_default().settled = settled;
            }
            self.follow_outages(service, kept, figures);
        }
    }

    /// Whether every pair `service`'s outages are derived from (its own and its dependencies')
    /// has its history, and its dependencies' settled outages are not waiting to be derived.
    fn outages_ready(&self, service: &str) -> bool {
        let ready = |s: &str| {
            self.pair_index
                .get(s)
                .is_none_or(|pairs| pairs.values().all(|id| !self.needs_history.contains(id)))
        };
        self.pair_index.contains_key(service)
            && ready(service)
            && self
                .outage_settings
                .dependencies
                .get(service)
                .into_iter()
                .flatten()
                .all(|d| ready(d) && !self.outages_need_history.contains(d))
    }

    /// How many of `outages` (the service's after its last settled one) can be settled: the
    /// leading ones that ended before `horizon` and whose incidents are all settled. None of a
    /// service with dependencies.
    fn settling(&self, service: &str, outages: &[outage::Outage], horizon: Millis) -> usize {
        if self.outage_settings.dependencies.contains_key(service) {
            return 0;
        }
        let settled_through: HashMap<u32, Millis> = self.pair_index[service]
            .iter()
            .filter_map(|(signature, id)| {
                let through = self.pairs[*id as usize].settled_through()?;
                Some((*self.name_ids.get(signature.as_str())?, through))
            })
            .collect();
        outages
            .iter()
            .take_while(|o| {
                o.end.is_some_and(|end| end < horizon)
                    && o.members.iter().all(|(signature, start, _)| {
                        settled_through.get(signature).is_some_and(|t| start <= t)
                    })
            })
            .count()
    }

    /// Forgets the spans of the incidents in `settled` outages of `service`.
    fn drop_settled_spans(&mut self, service: &str, settled: &outage::Settled) {
        let Some((_, end)) = settled.last else {
            return;
        };
        for id in self.pair_index[service].values() {
            let pair = &mut self.pairs[*id as usize];
            let before = pair.settled_spans.len();
            pair.settled_spans.retain(|(start, _)| *start > end);
            if pair.settled_spans.len() != before {
                pair.settled_spans.shrink_to_fit();
            }
        }
    }

    /// The end of `service`'s latest settled outage, unless its settled outages wait to be
    /// derived again: spans of incidents that start at or before it are not kept.
    pub(super) fn outage_floor(&self, service: &str) -> Option<Millis> {
        if self.outages_need_history.contains(service) {
            return None;
        }
        self.services
            .get(service)
            .and_then(|s| s.settled.last)
            .map(|(_, end)| end)
    }

    /// Whether a new or moved episode of `service` starting at `start` could change its settled
    /// outages: it joins their incidents (merge window) or their last outage (join window).
    pub(super) fn reaches_settled_outages(&self, service: &str, start: Millis) -> bool {
        let reach = self.merge_window.max(self.outage_settings.join_window);
        self.outage_floor(service)
            .is_some_and(|end| start <= end.saturating_add(reach))
    }

    /// Whether a fix of `service` at `at` could change which settled outage is a regression.
    pub(super) fn fix_reaches_settled_outages(&self, service: &str, at: Millis) -> bool {
        self.services
            .get(service)
            .and_then(|s| s.settled.last)
            .is_some_and(|(start, _)| at < start)
    }

    /// Asks for the stored history of every pair of each service with settled outages that
    /// `which` selects; their outages are then derived again from the first.
    pub(super) fn settled_outages_need_history(&mut self, which: impl Fn(&str) -> bool) {
        let services: Vec<String> = self
            .services
            .iter()
            .filter(|(service, outages)| outages.settled.last.is_some() && which(service))
            .map(|(service, _)| service.clone())
            .collect();
        for service in services {
            if let Some(pairs) = self.pair_index.get(&service) {
                self.needs_history.extend(pairs.values().copied());
            }
            self.outages_need_history.insert(service);
        }
    }

    /// Every outage of `service` after its settled ones in full (members, causes, symptoms,
    /// evidence), oldest first; derived again from the incidents, as only compact records are
    /// kept.
    pub fn outage_details(&self, service: &str) -> Vec<outage::Outage> {
        if !self.pair_index.contains_key(service) {
            return Vec::new();
        }
        let mut outages = self.group_outages(service);
        let context = self.outage_context(service);
        let name = |id: u32| self.names[id as usize].to_string();
        let mut learned = self
            .services
            .get(service)
            .map(|s| s.settled.learned.clone())
            .unwrap_or_default();
        outage::attribute(&mut outages, &context, &name, &mut learned);
        outages
    }

    /// A service's incidents after its last settled outage, of every signature, grouped into
    /// outages, causes observed.
    pub(super) fn group_outages(&self, service: &str) -> Vec<outage::Outage> {
        let mut spans = Vec::new();
        for (signature, id) in &self.pair_index[service] {
            let pair = &self.pairs[*id as usize];
            let Some(&signature_id) = self.name_ids.get(signature.as_str()) else {
                continue;
            };
            let kind = self.outage_settings.kind(signature);
            spans.extend(
                pair.spans(self.merge_window)
                    .map(|(start, end)| outage::Span {
                        start,
                        end,
                        signature: signature_id,
                        kind,
                    }),
            );
        }
        let name = |id: u32| self.names[id as usize].to_string();
        outage::group(spans, self.outage_settings.join_window, &name)
    }

    /// What attribution needs for `service`: its dependencies' outages with an observed cause
    /// (settled and grouped again) and the declared rules its symptom pairs match.
    pub(super) fn outage_context(&self, service: &str) -> outage::Context<'_> {
        let mut upstream = Vec::new();
        for dependency in self
            .outage_settings
            .dependencies
            .get(service)
            .into_iter()
            .flatten()
        {
            let Some(id) = self.name_ids.get(dependency.as_str()) else {
                continue;
            };
            if !self.pair_index.contains_key(dependency) {
                continue;
            }
            let mut observed: Vec<outage::OutageRecord> = self
                .services
                .get(dependency)
                .map(|s| s.settled.observed.clone())
                .unwrap_or_default();
            observed.extend(
                self.group_outages(dependency)
                    .iter()
                    .filter(|o| o.attribution == outage::Attribution::Observed)
                    .map(outage::OutageRecord::of),
            );
            upstream.push((*id, observed));
        }
        let mut declared = HashMap::new();
        for (signature, id) in &self.pair_index[service] {
            if self.outage_settings.kind(signature) == outage::Kind::Cause {
                continue;
            }
            let pair = &self.pairs[*id as usize];
            let alertnames = self.alertnames_of(pair);
            let rule = self
                .outage_settings
                .declared
                .iter()
                .position(|d| d.covers(service, signature, &alertnames));
            if let Some(rule) = rule {
                let cause = &self.outage_settings.declared[rule].cause;
                if let Some(cause) = self.name_ids.get(cause.as_str()) {
                    declared.insert(self.name_ids[signature.as_str()], (*cause, rule as u16));
                }
            }
        }
        outage::Context {
            settings: &self.outage_settings,
            upstream,
            declared,
        }
    }

    /// Declared fix times of a service, by interned signature.
    pub(super) fn fixes_by_signature(&self, service: &str) -> HashMap<u32, Vec<Millis>> {
        let mut out: HashMap<u32, Vec<Millis>> = HashMap::new();
        for (signature, id) in &self.pair_index[service] {
            let pair = &self.pairs[*id as usize];
            if !pair.fixes.is_empty() {
                out.entry(self.name_ids[signature.as_str()])
                    .or_default()
                    .extend(pair.fixes.iter().map(|f| f.at));
            }
        }
        out
    }
}
