//! The tracker: deciding what a notice changes (`decide`), applying durable changes
//! (`apply`), time passing (`refresh`), fixes, stale episodes and retention.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::classify::Classification;
use crate::ingest::{AlertStatus, Millis, Notice, Source};

use super::*;

/// The state derived from the episode history: per pair, its unsettled incidents and its
/// figures; keys of open and recent episodes for repeat detection.
#[derive(Debug)]
pub struct Tracker {
    pub(super) merge_window: Millis,
    pub(super) stale_after: Millis,
    pub(super) windows: Vec<Millis>,
    /// The latest time window figures were computed for.
    pub(super) now: Millis,
    /// Open episodes and those that ended within [`RECENT_KEYS`].
    pub(super) keys: Keys,
    pub(super) pairs: Vec<Pair>,
    /// service → signature → pair id; two levels so that look-ups borrow `&str`.
    pub(super) pair_index: HashMap<String, HashMap<String, u32>>,
    /// Every alertname seen, once; pairs refer to them by index.
    pub(super) names: Vec<Box<str>>,
    pub(super) name_ids: HashMap<Box<str>, u32>,
    /// Episodes in the store, as far as this tracker has seen them.
    pub(super) stored_episodes: u64,
    /// Pairs whose settled incidents must be rebuilt from the store.
    pub(super) needs_history: BTreeSet<u32>,
    /// Services whose settled outages must be derived again once every pair of theirs (all
    /// in `needs_history`) has its stored history.
    pub(super) outages_need_history: BTreeSet<String>,
    /// The pair whose history is streaming in at start-up.
    pub(super) restoring: Option<u32>,
    /// Its episodes while they stream in: one buffer for every pair, so that only the
    /// unsettled episodes get an allocation of their own and the heap stays unfragmented.
    pub(super) scratch: Vec<(Millis, Option<Millis>, u32)>,
    /// How outages are derived.
    pub(super) outage_settings: outage::OutageSettings,
    /// Per service, its outages and their counters.
    pub(super) services: BTreeMap<String, ServiceOutages>,
    /// Pairs whose counters changed since their ledger row was last handed to the store.
    pub(super) dirty_pairs: BTreeSet<u32>,
    /// Services whose outage counters changed since their rows were last handed over.
    pub(super) dirty_services: BTreeSet<String>,
}

impl Tracker {
    pub fn new(settings: &IncidentConfig) -> Tracker {
        Tracker {
            merge_window: settings.merge_window.as_millis() as Millis,
            stale_after: settings.stale_after.as_millis() as Millis,
            windows: millis_of(&settings.windows),
            now: 0,
            keys: Keys::default(),
            pairs: Vec::new(),
            pair_index: HashMap::new(),
            names: Vec::new(),
            name_ids: HashMap::new(),
            stored_episodes: 0,
            needs_history: BTreeSet::new(),
            outages_need_history: BTreeSet::new(),
            restoring: None,
            scratch: Vec::new(),
            outage_settings: outage::OutageSettings {
                join_window: settings.merge_window.as_millis() as Millis,
                ..outage::OutageSettings::default()
            },
            services: BTreeMap::new(),
            dirty_pairs: BTreeSet::new(),
            dirty_services: BTreeSet::new(),
        }
    }

    /// Decides what `notice` changes, adding durable changes to `batch`. Repeats of open
    /// episodes only refresh their last-seen time in memory.
    pub fn decide(
        &mut self,
        batch: &mut Batch,
        source: Source,
        notice: &Notice,
        class: &Classification,
        now: Millis,
    ) -> Outcome {
        let mut key = EpisodeKey {
            source,
            fingerprint: notice.fingerprint.clone(),
            starts_at: notice.starts_at,
        };
        let mut known_end = match batch.pending.get(&key) {
            Some(end) => Some(*end),
            None => self.keys.get(&key).map(|slot| slot.end),
        };
        if known_end.is_none()
            && notice.status == AlertStatus::Resolved
            && notice.meta.resolve_by_fingerprint
        {
            // The sender's resolve does not carry the start: it closes the latest open episode
            // of that fingerprint that started before the end.
            if let Some(open) =
                self.open_episode_of(batch, source, &notice.fingerprint, notice.ends_at)
            {
                key = open;
                known_end = Some(None);
            }
        }
        let Some(known_end) = known_end else {
            batch.pending.insert(key.clone(), notice.ends_at);
            batch.changes.push(Change::Open(Box::new(record_of(
                key,
                notice,
                class,
                notice.ends_at,
                now,
            ))));
            return Outcome::Opened;
        };
        let outcome = match (known_end, notice.status) {
            (None, AlertStatus::Resolved) => {
                batch.close(key.clone(), notice.ends_at.unwrap_or(notice.starts_at))
            }
            (None, AlertStatus::Firing) => {
                if let Some(slot) = self.keys.get_mut(&key) {
                    slot.last_seen = slot.last_seen.max(now);
                }
                Outcome::Unchanged
            }
            // Two resolves of one episode with different ends: the latest end wins, whichever
            // arrives first, so the history does not depend on arrival order.
            (Some(end), AlertStatus::Resolved)
                if notice.ends_at.is_some_and(|later| later > end) =>
            {
                batch.close(key.clone(), notice.ends_at.expect("checked by the guard"))
            }
            (Some(_), _) => Outcome::Unchanged,
        };
        self.reclassify(batch, key, notice, class);
        outcome
    }

    /// A notice of a known episode that classifies it otherwise than it is: the prevailing
    /// classification ([`prevails`]) wins, so that a firing and a resolved notice classified
    /// differently give the same pair whichever arrives first.
    fn reclassify(
        &self,
        batch: &mut Batch,
        key: EpisodeKey,
        notice: &Notice,
        class: &Classification,
    ) {
        let offered = (class.service.as_str(), class.signature.as_str());
        // Opened or reclassified earlier in this batch: that record is the latest word.
        let pending = batch.changes.iter_mut().rev().find_map(|c| match c {
            Change::Open(r) | Change::Reclassify(r) if r.key == key => Some(r),
            _ => None,
        });
        if let Some(record) = pending {
            if prevails(offered, (&record.service, &record.signature)) {
                let (ends_at, last_seen) = (record.ends_at, record.last_seen);
                let links = std::mem::take(&mut record.extra.links);
                **record = record_of(key, notice, class, ends_at, last_seen);
                record.extra.links = links;
            }
            return;
        }
        let Some(slot) = self.keys.get(&key) else {
            return;
        };
        let pair = &self.pairs[slot.pair as usize];
        if prevails(offered, (&pair.service, &pair.signature)) {
            let (end, last_seen) = (slot.end, slot.last_seen);
            batch.changes.push(Change::Reclassify(Box::new(record_of(
                key, notice, class, end, last_seen,
            ))));
        }
    }

    /// If every notice repeats what is already known (a firing for an open episode, a resolve
    /// for a closed one that moves no end), refreshes the open episodes' last-seen times and returns true; then
    /// nothing durable would change. Otherwise changes nothing and returns false. Episodes the
    /// writer has decided but not yet applied are unknown here, so their repeats still go
    /// through the writer, which sees its own pending batch.
    pub fn touch_repeats(&mut self, source: Source, notices: &[Notice], now: Millis) -> bool {
        // One key whose buffer every look-up reuses: this runs for every repeat delivery.
        let mut key = EpisodeKey {
            source,
            fingerprint: String::new(),
            starts_at: 0,
        };
        let fill = |key: &mut EpisodeKey, notice: &Notice| {
            key.fingerprint.clear();
            key.fingerprint.push_str(&notice.fingerprint);
            key.starts_at = notice.starts_at;
        };
        for notice in notices {
            fill(&mut key, notice);
            let repeat = match self.keys.get(&key).map(|slot| slot.end) {
                // A resolve with a later end moves the end (see `decide`); a firing notice
                // of a closed episode (its resolve came first) is classified, as it may
                // classify the episode otherwise (see `reclassify`).
                Some(Some(end)) => {
                    notice.status == AlertStatus::Resolved
                        && notice.ends_at.is_none_or(|later| later <= end)
                }
                Some(None) => notice.status == AlertStatus::Firing,
                None => false,
            };
            if !repeat {
                return false;
            }
        }
        for notice in notices {
            fill(&mut key, notice);
            if let Some(slot) = self.keys.get_mut(&key) {
                slot.last_seen = slot.last_seen.max(now);
            }
        }
        true
    }

    /// The latest open episode (in the state or the batch) of `fingerprint` from `source` that
    /// started no later than `before`.
    pub(super) fn open_episode_of(
        &self,
        batch: &Batch,
        source: Source,
        fingerprint: &str,
        before: Option<Millis>,
    ) -> Option<EpisodeKey> {
        let limit = before.unwrap_or(Millis::MAX);
        let from_state = self
            .keys
            .open_of(source, fingerprint)
            .filter(|k| batch.pending.get(k).is_none_or(|end| end.is_none()));
        let from_batch = batch
            .pending
            .iter()
            .filter(|(k, end)| end.is_none() && k.source == source && k.fingerprint == fingerprint)
            .map(|(k, _)| k.clone());
        from_state
            .chain(from_batch)
            .filter(|k| k.starts_at <= limit)
            .max_by_key(|k| k.starts_at)
    }

    /// Applies changes that are now durable; `now` moves the trailing windows forward.
    /// Changes that reach settled incidents leave their pairs in
    /// [`Tracker::pairs_needing_history`].
    pub fn apply(&mut self, changes: &[Change], now: Millis) {
        self.advance(now);
        let mut touched = BTreeSet::new();
        for change in changes {
            match change {
                Change::Open(record) => {
                    if let Some(pair) = self.insert(record) {
                        touched.insert(pair);
                    }
                }
                Change::Close { key, ends_at, .. } => {
                    if let Some(pair) = self.close(key, *ends_at) {
                        touched.insert(pair);
                    }
                }
                Change::Reclassify(record) => touched.extend(self.relocate(record)),
            }
        }
        for &pair in &touched {
            let pair = &mut self.pairs[pair as usize];
            pair.episodes.sort_unstable();
            recompute(pair, self.merge_window, &self.windows, self.now);
        }
        if !touched.is_empty() {
            self.account_changed(&touched);
        }
    }

    /// Moves the trailing windows to `now` and forgets the keys of episodes that are no
    /// longer recent; cheap, as only window figures are recomputed.
    pub fn refresh(&mut self, now: Millis) {
        self.advance(now);
        for pair in &mut self.pairs {
            let incidents = derive_incidents(&pair.episodes, self.merge_window);
            pair.summary.windows = window_stats(&incidents, &self.windows, self.now);
        }
        let recent_since = self.recent_since();
        self.keys
            .retain(|slot| slot.end.is_none_or(|end| end >= recent_since));
        // Settles the outages whose incidents settled since their service last changed.
        let settling: BTreeSet<String> = self
            .pairs
            .iter()
            .filter(|p| !p.settled_spans.is_empty())
            .map(|p| p.service.clone())
            .collect();
        self.refresh_outages(settling);
    }

    /// Moves `now` forward, settling the incidents that left every window. Settling does
    /// not change any figure, only what is kept in memory.
    pub(super) fn advance(&mut self, now: Millis) {
        if now <= self.now {
            return;
        }
        self.now = now;
        let horizon = settle_horizon(self.now, &self.windows, self.merge_window);
        for pair in &mut self.pairs {
            settle(pair, horizon, self.merge_window);
        }
    }

    /// The latest time figures were computed for.
    pub fn now(&self) -> Millis {
        self.now
    }

    pub fn merge_window(&self) -> Millis {
        self.merge_window
    }

    /// The trailing windows in milliseconds, shortest first.
    pub fn windows(&self) -> &[Millis] {
        &self.windows
    }

    /// Records a durable fix; a pair without history is created and waits for incidents.
    pub fn add_fix(&mut self, fix: Fix) {
        let id = self.pair_id(&fix.service, &fix.signature);
        if self.fix_reaches_settled_outages(&fix.service, fix.at) {
            self.settled_outages_need_history(|s| s == fix.service);
        }
        let pair = &mut self.pairs[id as usize];
        if pair.fix_reaches_settled(fix.at) {
            self.needs_history.insert(id);
        }
        pair.fixes.push(fix);
        pair.fixes.sort_by_key(|f| (f.at, f.id));
        recompute(pair, self.merge_window, &self.windows, self.now);
        self.account_changed(&BTreeSet::from([id]));
    }

    /// Forgets a fix; returns it if it existed.
    pub fn remove_fix(&mut self, id: i64) -> Option<Fix> {
        let (pair_id, i) = self.pairs.iter().enumerate().find_map(|(pair_id, pair)| {
            let i = pair.fixes.iter().position(|f| f.id == id)?;
            Some((pair_id, i))
        })?;
        let pair = &mut self.pairs[pair_id];
        let fix = pair.fixes.remove(i);
        if pair.fix_reaches_settled(fix.at) {
            self.needs_history.insert(pair_id as u32);
        }
        recompute(pair, self.merge_window, &self.windows, self.now);
        if self.fix_reaches_settled_outages(&fix.service, fix.at) {
            self.settled_outages_need_history(|s| s == fix.service);
        }
        self.account_changed(&BTreeSet::from([pair_id as u32]));
        Some(fix)
    }

    /// Every declared fix, oldest first.
    pub fn fixes(&self) -> Vec<&Fix> {
        let mut all: Vec<&Fix> = self.pairs.iter().flat_map(|p| &p.fixes).collect();
        all.sort_by_key(|f| (f.at, f.id));
        all
    }

    /// Open episodes silent for `stale_after`, to be closed at their last-seen time.
    pub fn stale(&self, now: Millis) -> Vec<Change> {
        let stale_after = self.stale_after;
        let mut changes: Vec<Change> = self
            .keys
            .open(move |slot| now - slot.last_seen >= stale_after)
            .map(|(key, slot)| Change::Close {
                ends_at: slot.last_seen.max(key.starts_at),
                key,
                stale: true,
            })
            .collect();
        changes.sort_by(|a, b| a.key().cmp(b.key()));
        changes
    }

    /// Last-seen times of open episodes, for the store to remember across restarts.
    pub fn open_last_seen(&self) -> Vec<(EpisodeKey, Millis)> {
        self.keys
            .open(|_| true)
            .map(|(key, slot)| (key, slot.last_seen))
            .collect()
    }

    /// Forgets what ended before `cutoff` after the store's retention deleted `removed`
    /// episodes; pairs whose settled incidents lost episodes are asked for again.
    pub fn prune(&mut self, cutoff: Millis, removed: u64) {
        self.stored_episodes = self.stored_episodes.saturating_sub(removed);
        self.keys
            .retain(|slot| slot.end.is_none_or(|end| end >= cutoff));
        let mut reached = BTreeSet::new();
        for (id, pair) in self.pairs.iter_mut().enumerate() {
            if pair.settled_oldest_end.is_some_and(|end| end < cutoff) {
                self.needs_history.insert(id as u32);
                reached.insert(pair.service.clone());
            }
            let before = pair.episodes.len();
            pair.episodes
                .retain(|(_, end, _)| end.is_none_or(|end| end >= cutoff));
            if pair.episodes.len() != before {
                recompute(pair, self.merge_window, &self.windows, self.now);
            }
        }
        // Settled outages are made of settled incidents only, so retention reaches them only
        // through a pair whose settled incidents lost episodes.
        self.settled_outages_need_history(|s| reached.contains(s));
        self.account_all();
    }

    /// Whether the pair has any history (episodes or fixes).
    pub fn has_pair(&self, service: &str, signature: &str) -> bool {
        self.pair_id_of(service, signature).is_some()
    }

    pub fn pairs(&self) -> &[Pair] {
        &self.pairs
    }

    /// The pair of `service` and `signature`, if it has any history.
    pub fn pair(&self, service: &str, signature: &str) -> Option<&Pair> {
        let id = self.pair_id_of(service, signature)?;
        self.pairs.get(id as usize)
    }

    pub fn open_episodes(&self) -> usize {
        self.keys.open_len()
    }

    /// Episodes in the store.
    pub fn episode_count(&self) -> u64 {
        self.stored_episodes
    }

    /// Adds a new episode; the pair to recompute, unless there is none or the episode
    /// reaches its settled incidents.
    pub(super) fn insert(&mut self, record: &EpisodeRecord) -> Option<u32> {
        if self.keys.contains(&record.key) {
            return None;
        }
        self.stored_episodes += 1;
        let id = self.pair_id(&record.service, &record.signature);
        let name_id = self.intern(&record.alertname);
        let pair = &mut self.pairs[id as usize];
        let names_before = pair.alertnames.len();
        let name = pair.name_index(name_id);
        let new_name = pair.alertnames.len() != names_before;
        let reaches_settled = pair.reaches_settled(record.key.starts_at, self.merge_window);
        if !reaches_settled {
            pair.episodes
                .push((record.key.starts_at, record.ends_at, name));
        }
        self.remember(record, id, name);
        // A new alertname can make a declared inhibit rule cover the pair, which attributes
        // its settled outages again.
        let declared_reach = new_name && !self.outage_settings.declared.is_empty();
        if declared_reach || self.reaches_settled_outages(&record.service, record.key.starts_at) {
            self.settled_outages_need_history(|s| s == record.service);
        }
        if reaches_settled {
            self.needs_history.insert(id);
            return None;
        }
        Some(id)
    }

    /// Keeps an episode's key for repeat detection.
    pub(super) fn remember(&mut self, record: &EpisodeRecord, pair: u32, name: u32) {
        self.keys.insert(
            &record.key,
            EpisodeSlot {
                pair,
                name,
                end: record.ends_at,
                last_seen: record.last_seen,
            },
        );
    }

    /// Closes an open episode, or moves a closed one's end later; the pair to recompute,
    /// unless the episode is settled (its pair then waits for its stored history).
    pub(super) fn close(&mut self, key: &EpisodeKey, ends_at: Millis) -> Option<u32> {
        let slot = self.keys.get_mut(key)?;
        let previous = slot.end;
        if previous.is_some_and(|end| end >= ends_at) {
            return None;
        }
        slot.end = Some(ends_at);
        let (pair_id, name) = (slot.pair, slot.name);
        self.keys.closed(key);
        let service = &self.pairs[pair_id as usize].service;
        if self.reaches_settled_outages(service, key.starts_at) {
            let service = service.clone();
            self.settled_outages_need_history(|s| s == service);
        }
        let pair = &mut self.pairs[pair_id as usize];
        let entry = pair
            .episodes
            .iter_mut()
            .find(|(start, end, n)| *start == key.starts_at && *end == previous && *n == name);
        match entry {
            Some(entry) => {
                entry.1 = Some(ends_at);
                Some(pair_id)
            }
            None => {
                // A closed episode whose incident is settled: read the pair again.
                if previous.is_some() {
                    self.needs_history.insert(pair_id);
                }
                None
            }
        }
    }

    /// Moves a known episode to the pair of `record`'s classification; the pairs to recompute
    /// (a pair whose settled incidents it leaves or joins waits for its stored history).
    pub(super) fn relocate(&mut self, record: &EpisodeRecord) -> Vec<u32> {
        let Some(slot) = self.keys.get(&record.key) else {
            return Vec::new();
        };
        let (from, name, end) = (slot.pair, slot.name, slot.end);
        let to = self.pair_id(&record.service, &record.signature);
        if to == from {
            return Vec::new();
        }
        let start = record.key.starts_at;
        let mut touched = Vec::new();
        let old = &mut self.pairs[from as usize];
        match old.episodes.iter().position(|e| *e == (start, end, name)) {
            Some(at) => {
                old.episodes.remove(at);
                touched.push(from);
            }
            None => {
                self.needs_history.insert(from);
            }
        }
        let name_id = self.intern(&record.alertname);
        let merge_window = self.merge_window;
        let new = &mut self.pairs[to as usize];
        let name = new.name_index(name_id);
        if new.reaches_settled(start, merge_window) {
            self.needs_history.insert(to);
        } else {
            new.episodes.push((start, end, name));
            touched.push(to);
        }
        if let Some(slot) = self.keys.get_mut(&record.key) {
            slot.pair = to;
            slot.name = name;
        }
        let services = [
            self.pairs[from as usize].service.clone(),
            record.service.clone(),
        ];
        for service in services {
            if self.reaches_settled_outages(&service, start) {
                self.settled_outages_need_history(|s| s == service);
            }
        }
        touched
    }

    /// A pair's incidents that are not settled (open, or ended within the longest window),
    /// oldest first; older ones are counted in its summary and derived from the store by
    /// [`incidents_of_history`].
    pub fn incidents(&self, pair: &Pair) -> Vec<Incident> {
        pair.incidents(self.merge_window)
    }

    /// Start of the incident that broke fix `id` of `pair`, settled or not.
    pub fn broken_by(&self, pair: &Pair, id: i64) -> Option<Millis> {
        pair.settled
            .broken
            .iter()
            .find(|(fix, _)| *fix == id)
            .map(|(_, start)| *start)
            .or_else(|| {
                self.incidents(pair)
                    .iter()
                    .find(|i| i.regression_of == Some(id))
                    .map(|i| i.start)
            })
    }
}

/// The record of an episode as `notice` and its classification describe it.
fn record_of(
    key: EpisodeKey,
    notice: &Notice,
    class: &Classification,
    ends_at: Option<Millis>,
    last_seen: Millis,
) -> EpisodeRecord {
    EpisodeRecord {
        key,
        ends_at,
        last_seen,
        service: class.service.clone(),
        signature: class.signature.clone(),
        rule: class.rule.clone(),
        alertname: notice.labels.get("alertname").cloned().unwrap_or_default(),
        labels: notice.labels.clone(),
        annotations: notice.annotations.clone(),
        extra: EpisodeExtra {
            links: notice.meta.links.clone(),
            evidence: class
                .evidence
                .as_ref()
                .map(|e| format!("{}: {}", e.field, e.matched)),
        },
    }
}
