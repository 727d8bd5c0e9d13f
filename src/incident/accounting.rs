//! The tracker's counters: following the derived figures of pairs and of services' outages
//! with the ledger ([`super::ledger`]) and handing changed rows to the store. Pure, like the
//! rest of the model.

use std::collections::{BTreeMap, BTreeSet};

use super::{ledger, outage, pair_figures, Histogram, Tracker};

/// Figures of [`ServiceOutages::counted_by_cause`]: regressions, then the interval histogram.
pub const OUTAGE_CAUSE_FIGURES: usize = 1 + ledger::HISTOGRAM_CELLS;

impl Tracker {
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
}
