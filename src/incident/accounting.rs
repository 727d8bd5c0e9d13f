//! The tracker's counters and outages: following the derived figures with the ledger
//! ([`super::ledger`]), handing changed rows to the store, and deriving each service's outages
//! ([`super::outage`]) again when one of its pairs changes. Pure, like the rest of the model.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{ledger, outage, pair_figures, Histogram, Tracker};
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
}

/// Figures of [`ServiceOutages::counted_by_cause`]: regressions, then the interval histogram.
pub const OUTAGE_CAUSE_FIGURES: usize = 1 + ledger::HISTOGRAM_CELLS;

impl Tracker {
    /// Puts new outage settings in force; every outage is derived again.
    pub fn set_outage_settings(&mut self, settings: outage::OutageSettings) {
        if settings != self.outage_settings {
            self.outage_settings = settings;
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

    /// The rows of every counted subject that changed since the last call, for the store to
    /// write first in its next transaction (see [`ledger`]).
    pub fn take_ledger(&mut self) -> Vec<ledger::LedgerRow> {
        let mut rows = Vec::new();
        for id in std::mem::take(&mut self.dirty_pairs) {
            let pair = &self.pairs[id as usize];
            rows.push(ledger::LedgerRow::of(
                ledger::LedgerKey::Pair {
                    service: pair.service.clone(),
                    signature: pair.signature.clone(),
                },
                &pair.counted,
            ));
        }
        for service in std::mem::take(&mut self.dirty_services) {
            let Some(outages) = self.services.get(&service) else {
                continue;
            };
            for ((cause, attribution), counted) in &outages.counted {
                rows.push(ledger::LedgerRow::of(
                    ledger::LedgerKey::Outages {
                        service: service.clone(),
                        cause: cause.clone(),
                        attribution: attribution.as_str().to_string(),
                    },
                    counted,
                ));
            }
            for (cause, counted) in &outages.counted_by_cause {
                rows.push(ledger::LedgerRow::of(
                    ledger::LedgerKey::OutageCause {
                        service: service.clone(),
                        cause: cause.clone(),
                    },
                    counted,
                ));
            }
        }
        rows
    }

    /// Restores counters from the store's ledger before the history is loaded.
    pub(super) fn restore_ledger(&mut self, rows: Vec<ledger::LedgerRow>) {
        for row in rows {
            match row.key {
                ledger::LedgerKey::Pair { service, signature } => {
                    let id = self.pair_id(&service, &signature);
                    self.pairs[id as usize].counted = ledger::Monotone::restored(
                        ledger::PAIR_FIGURES,
                        &row.basis,
                        &row.adjustment,
                    );
                }
                ledger::LedgerKey::Outages {
                    service,
                    cause,
                    attribution,
                } => {
                    let Some(attribution) = outage::Attribution::parse(&attribution) else {
                        continue;
                    };
                    self.services.entry(service).or_default().counted.insert(
                        (cause, attribution),
                        ledger::Monotone::restored(1, &row.basis, &row.adjustment),
                    );
                }
                // The process's own counters are restored by the writer, not the model.
                ledger::LedgerKey::Process { .. } => {}
                ledger::LedgerKey::OutageCause { service, cause } => {
                    self.services
                        .entry(service)
                        .or_default()
                        .counted_by_cause
                        .insert(
                            cause,
                            ledger::Monotone::restored(
                                OUTAGE_CAUSE_FIGURES,
                                &row.basis,
                                &row.adjustment,
                            ),
                        );
                }
            }
        }
    }

    /// Follows the derived figures of `ids` with their counters; pairs waiting for their
    /// history keep their counters until it is read, so that they never follow a partial truth.
    pub(super) fn account_pairs(&mut self, ids: impl IntoIterator<Item = u32>) {
        for id in ids {
            if self.needs_history.contains(&id) {
                continue;
            }
            let pair = &mut self.pairs[id as usize];
            if pair.counted.follow(&pair_figures(&pair.summary)) {
                self.dirty_pairs.insert(id);
            }
        }
    }

    /// Counters and outages after a change that may reach every pair.
    pub(super) fn account_all(&mut self) {
        self.account_pairs(0..self.pairs.len() as u32);
        self.refresh_all_outages();
    }

    /// Counters and outages after `ids` changed: their services' outages and those of the
    /// services that depend on them.
    pub(super) fn account_changed(&mut self, ids: &BTreeSet<u32>) {
        self.account_pairs(ids.iter().copied());
        let mut services: BTreeSet<String> = ids
            .iter()
            .map(|id| self.pairs[*id as usize].service.clone())
            .collect();
        let dependents: Vec<String> = self
            .outage_settings
            .dependencies
            .iter()
            .filter(|(_, upstream)| upstream.iter().any(|u| services.contains(u)))
            .map(|(service, _)| service.clone())
            .collect();
        services.extend(dependents);
        self.refresh_outages(services);
    }

    pub(super) fn refresh_all_outages(&mut self) {
        let services: BTreeSet<String> = self.pair_index.keys().cloned().collect();
        self.refresh_outages(services);
    }

    /// Derives the outages of `services` again and follows their counters. A service with a
    /// pair waiting for its history keeps its outages until the history is read.
    pub(super) fn refresh_outages(&mut self, services: BTreeSet<String>) {
        let services: Vec<String> = services
            .into_iter()
            .filter(|s| {
                self.pair_index
                    .get(s)
                    .is_some_and(|pairs| pairs.values().all(|id| !self.needs_history.contains(id)))
            })
            .collect();
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
        let keep_from = self
            .now
            .saturating_sub(self.windows.iter().copied().max().unwrap_or(0))
            .saturating_sub(self.outage_settings.join_window);
        // One service at a time, so that only one service's outages exist in full at once.
        for service in services {
            let (kept, figures) = {
                let outages = self.outage_details(&service);
                let fixes = self.fixes_by_signature(&service);
                let figures = outage::figures(&outages, &fixes);
                let first_kept = outages.partition_point(|o| o.start < keep_from);
                let mut kept: Vec<outage::OutageRecord> = outages[..first_kept]
                    .iter()
                    .filter(|o| o.end.is_none())
                    .chain(&outages[first_kept..])
                    .map(outage::OutageRecord::of)
                    .collect();
                kept.shrink_to_fit();
                (kept, figures)
            };
            self.follow_outages(service, kept, figures);
        }
    }

    /// Keeps a service's newly derived outage records and follows their counters.
    pub(super) fn follow_outages(
        &mut self,
        service: String,
        outages: Vec<outage::OutageRecord>,
        figures: outage::OutageFigures,
    ) {
        let names = &self.names;
        let name = |id: u32| names[id as usize].to_string();
        let entry = self.services.entry(service.clone()).or_default();
        entry.outages = outages;
        let mut changed = false;
        let mut derived: BTreeMap<(String, outage::Attribution), u64> =
            entry.counted.keys().map(|k| (k.clone(), 0)).collect();
        for ((cause, attribution), n) in &figures.outages {
            derived.insert((name(*cause), *attribution), *n);
        }
        for (key, n) in derived {
            changed |= entry
                .counted
                .entry(key)
                .or_insert_with(|| ledger::Monotone::new(1))
                .follow(&[n]);
        }
        let mut by_cause: BTreeMap<String, Vec<u64>> = entry
            .counted_by_cause
            .keys()
            .map(|k| (k.clone(), vec![0; OUTAGE_CAUSE_FIGURES]))
            .collect();
        let causes: BTreeSet<u32> = figures
            .intervals
            .keys()
            .chain(figures.regressions.keys())
            .copied()
            .collect();
        for cause in causes {
            let mut cells = vec![figures.regressions.get(&cause).copied().unwrap_or(0)];
            let empty = Histogram::default();
            ledger::push_histogram(&mut cells, figures.intervals.get(&cause).unwrap_or(&empty));
            by_cause.insert(name(cause), cells);
        }
        for (cause, cells) in by_cause {
            changed |= entry
                .counted_by_cause
                .entry(cause)
                .or_insert_with(|| ledger::Monotone::new(OUTAGE_CAUSE_FIGURES))
                .follow(&cells);
        }
        if changed {
            self.dirty_services.insert(service);
        }
    }

    /// Every outage of `service` in full (members, causes, symptoms, evidence), oldest first;
    /// derived again from the incidents, as only compact records are kept.
    pub fn outage_details(&self, service: &str) -> Vec<outage::Outage> {
        if !self.pair_index.contains_key(service) {
            return Vec::new();
        }
        let mut outages = self.group_outages(service);
        let none = BTreeMap::new();
        let context = self.outage_context(service, &none);
        let name = |id: u32| self.names[id as usize].to_string();
        outage::attribute(&mut outages, &context, &name);
        outages
    }

    /// A service's incidents of every signature grouped into outages, causes observed.
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

    /// What attribution needs for `service`: its dependencies' outages (grouped again unless
    /// `grouped` has them) and the declared rules its symptom pairs match.
    pub(super) fn outage_context<'a>(
        &'a self,
        service: &str,
        grouped: &'a BTreeMap<String, Vec<outage::Outage>>,
    ) -> outage::Context<'a> {
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
            let outages = match grouped.get(dependency) {
                Some(outages) => std::borrow::Cow::Borrowed(outages.as_slice()),
                None if self.pair_index.contains_key(dependency) => {
                    std::borrow::Cow::Owned(self.group_outages(dependency))
                }
                None => continue,
            };
            upstream.push((*id, outages));
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
