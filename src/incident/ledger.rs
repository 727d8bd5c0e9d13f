//! Counters that never go down over a derived truth that can.
//!
//! The incident model derives its figures from the *set* of stored episodes, so later
//! evidence can lower them: a late episode that bridges two incidents, a deleted fix,
//! retention, a longer merge window. Prometheus reads any decrease of a counter as a restart.
//! A [`Monotone`] follows the derived figures and keeps, per figure, the sum of every decrease
//! it has seen (its *adjustment*); the exported counter is `derived + adjustment`, which only
//! grows, and grows by one for every new incident, as a counter of events should.
//!
//! Durability (the store keeps one [`LedgerRow`] per counted subject): every transaction first
//! writes the rows of the subjects whose figures changed since their row was last written, so
//! a stored row always holds the figures *before* the latest change to its subject. A replay
//! then computes `adjustment + max(0, basis - derived)` per figure, exactly the step the live
//! daemon took: counters are a function of the sequence of committed transactions.
//!
//! Pure: no I/O. It does not decide what is derived; the tracker and outages do.

/// Cells of a counted histogram: one per bucket of the model's histograms, one past the last
/// bound, and the sum in milliseconds.
pub const HISTOGRAM_CELLS: usize = super::BUCKETS + 2;

/// A sequence of figures that only grows, following a derived sequence that may shrink.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Monotone {
    /// The derived figures last followed, each as a LEB128 varint: nearly all are small counts
    /// or empty histogram cells, so a pair's 43 figures take about 50 bytes instead of 344.
    basis: Box<[u8]>,
    /// Per figure, the sum of the decreases of the derived figure; `None` while every one is
    /// zero, as for nearly every pair (it saves 350 bytes a pair).
    adjustment: Option<Box<[u64]>>,
}

impl Monotone {
    /// A sequence of `len` zeros.
    pub fn new(len: usize) -> Monotone {
        Monotone {
            // A zero is one byte.
            basis: vec![0; len].into_boxed_slice(),
            adjustment: None,
        }
    }

    /// The state a stored row describes; rows of another length (an older layout) are padded
    /// or cut, so a figure added later starts at zero.
    pub fn restored(len: usize, basis: &[u64], adjustment: &[u64]) -> Monotone {
        Monotone {
            basis: varints(&padded(basis, len)),
            adjustment: adjustment
                .iter()
                .any(|a| *a > 0)
                .then(|| padded(adjustment, len)),
        }
    }

    /// Moves to newly derived figures; true if anything changed (the row must be written).
    pub fn follow(&mut self, derived: &[u64]) -> bool {
        let mut basis = self.basis();
        if basis.len() < derived.len() {
            basis.resize(derived.len(), 0);
            self.adjustment = self.adjustment.as_deref().map(|a| padded(a, derived.len()));
        }
        let len = basis.len();
        let mut changed = false;
        for (i, &value) in derived.iter().enumerate() {
            let before = basis[i];
            if value != before {
                changed = true;
                if value < before {
                    let adjustment = self
                        .adjustment
                        .get_or_insert_with(|| vec![0; len].into_boxed_slice());
                    adjustment[i] = adjustment[i].saturating_add(before - value);
                }
                basis[i] = value;
            }
        }
        if changed || basis.len() != self.figures() {
            self.basis = varints(&basis);
        }
        changed
    }

    /// The counter of figure `i`: what was derived plus every decrease since.
    pub fn value(&self, i: usize) -> u64 {
        Varints(&self.basis)
            .nth(i)
            .unwrap_or(0)
            .saturating_add(self.adjustment(i))
    }

    /// The sum of the decreases of figure `i`.
    pub fn adjustment(&self, i: usize) -> u64 {
        self.adjustment
            .as_deref()
            .and_then(|a| a.get(i))
            .copied()
            .unwrap_or(0)
    }

    /// A counted histogram starting at cell `at` (see [`HISTOGRAM_CELLS`]).
    pub fn histogram(&self, at: usize) -> super::Histogram {
        // One pass over the varints, not one per cell.
        let cells: Vec<u64> = Varints(&self.basis)
            .chain(std::iter::repeat(0))
            .skip(at)
            .take(HISTOGRAM_CELLS)
            .enumerate()
            .map(|(i, v)| v.saturating_add(self.adjustment(at + i)))
            .collect();
        let mut h = super::Histogram::default();
        h.counts.copy_from_slice(&cells[..super::BUCKETS]);
        let overflow = cells[super::BUCKETS];
        h.count = h.counts.iter().sum::<u64>().saturating_add(overflow);
        h.sum = cells[super::BUCKETS + 1] as f64 / 1000.0;
        h
    }

    /// The derived figures last followed.
    pub fn basis(&self) -> Vec<u64> {
        Varints(&self.basis).collect()
    }

    /// How many figures there are.
    fn figures(&self) -> usize {
        self.basis.iter().filter(|b| **b & 0x80 == 0).count()
    }

    /// The adjustments; empty while every one is zero.
    pub fn adjustments(&self) -> &[u64] {
        self.adjustment.as_deref().unwrap_or(&[])
    }

    /// Whether every counter is zero (nothing was ever counted).
    pub fn is_zero(&self) -> bool {
        // Every figure zero: every varint is the single byte 0.
        self.basis.iter().all(|b| *b == 0) && self.adjustments().iter().all(|v| *v == 0)
    }
}

/// `values` as LEB128 varints, seven bits a byte, low bits first.
fn varints(values: &[u64]) -> Box<[u8]> {
    let mut out = Vec::with_capacity(values.len() + 8);
    for &value in values {
        let mut v = value;
        while v >= 0x80 {
            out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    out.into_boxed_slice()
}

/// The values of LEB128 varints written by [`varints`].
struct Varints<'a>(&'a [u8]);

impl Iterator for Varints<'_> {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for (i, byte) in self.0.iter().enumerate() {
            value |= u64::from(byte & 0x7f) << (7 * i);
            if byte & 0x80 == 0 {
                self.0 = &self.0[i + 1..];
                return Some(value);
            }
        }
        None
    }
}

/// `values` padded with zeros (or cut) to `len`.
fn padded(values: &[u64], len: usize) -> Box<[u64]> {
    let mut out = values.to_vec();
    out.resize(len, 0);
    out.into_boxed_slice()
}

/// Appends a derived histogram as [`HISTOGRAM_CELLS`] figures.
pub fn push_histogram(out: &mut Vec<u64>, h: &super::Histogram) {
    out.extend_from_slice(&h.counts);
    let in_buckets: u64 = h.counts.iter().sum();
    out.push(h.count.saturating_sub(in_buckets));
    out.push((h.sum * 1000.0).round().max(0.0) as u64);
}

/// What a ledger row counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LedgerKey {
    /// The figures of one (service, signature) pair ([`PairFigure`]).
    Pair { service: String, signature: String },
    /// Outages of a service with one cause and attribution: one figure.
    Outages {
        service: String,
        cause: String,
        attribution: String,
    },
    /// Per service and cause: outage regressions, then the histogram of time between outages.
    OutageCause { service: String, cause: String },
    /// One of the process's own counters or histograms (`self_metrics::durable`): its
    /// cells in `basis`, carried across restarts.
    Process { series: String },
}

/// Separates the parts of an encoded key; never part of a label value the model keeps.
const SEPARATOR: char = '\u{1f}';

impl LedgerKey {
    /// The key as the store keeps it.
    pub fn encode(&self) -> String {
        let parts: Vec<&str> = match self {
            LedgerKey::Pair { service, signature } => vec!["pair", service, signature],
            LedgerKey::Outages {
                service,
                cause,
                attribution,
            } => vec!["outages", service, cause, attribution],
            LedgerKey::OutageCause { service, cause } => {
                vec!["outage_cause", service, cause]
            }
            LedgerKey::Process { series } => vec!["process", series],
        };
        parts.join(&SEPARATOR.to_string())
    }

    /// A key the store kept; `None` for one this version does not know.
    pub fn decode(text: &str) -> Option<LedgerKey> {
        let parts: Vec<&str> = text.split(SEPARATOR).collect();
        match parts.as_slice() {
            ["pair", service, signature] => Some(LedgerKey::Pair {
                service: service.to_string(),
                signature: signature.to_string(),
            }),
            ["outages", service, cause, attribution] => Some(LedgerKey::Outages {
                service: service.to_string(),
                cause: cause.to_string(),
                attribution: attribution.to_string(),
            }),
            ["outage_cause", service, cause] => Some(LedgerKey::OutageCause {
                service: service.to_string(),
                cause: cause.to_string(),
            }),
            ["process", series] => Some(LedgerKey::Process {
                series: series.to_string(),
            }),
            _ => None,
        }
    }
}

/// One counted subject as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRow {
    pub key: LedgerKey,
    pub basis: Vec<u64>,
    pub adjustment: Vec<u64>,
}

impl LedgerRow {
    pub fn of(key: LedgerKey, counted: &Monotone) -> LedgerRow {
        LedgerRow {
            key,
            basis: counted.basis(),
            adjustment: counted.adjustments().to_vec(),
        }
    }
}

/// Figures of a pair, in the order of [`Monotone`]'s sequence.
#[derive(Debug, Clone, Copy)]
pub enum PairFigure {
    Incidents = 0,
    Flaps = 1,
    Regressions = 2,
    NewSymptoms = 3,
    Intervals = 4,
    Durations = 4 + HISTOGRAM_CELLS as isize,
    TimeToRegression = 4 + 2 * HISTOGRAM_CELLS as isize,
}

/// Length of a pair's figures.
pub const PAIR_FIGURES: usize = 4 + 3 * HISTOGRAM_CELLS;

/// Encodes figures for the store: decimal numbers separated by commas.
pub fn encode_figures(values: &[u64]) -> String {
    let mut out = String::with_capacity(values.len() * 3);
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&v.to_string());
    }
    out
}

/// Decodes [`encode_figures`]; `None` when the text is not such a list.
pub fn decode_figures(text: &str) -> Option<Vec<u64>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    text.split(',').map(|v| v.parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows `steps` of derived figures live, and at each step also as a restart would
    /// from the row written before the step; both must agree and never go down.
    fn check(steps: &[&[u64]], expected_values: &[u64], expected_adjustments: &[u64]) {
        let len = steps[0].len();
        let mut live = Monotone::new(len);
        let mut previous: Vec<u64> = vec![0; len];
        for derived in steps {
            let row = LedgerRow::of(
                LedgerKey::Pair {
                    service: "s".into(),
                    signature: "x".into(),
                },
                &live,
            );
            live.follow(derived);
            let mut replayed = Monotone::restored(len, &row.basis, &row.adjustment);
            replayed.follow(derived);
            assert_eq!(live, replayed, "a replay from the stored row differs");
            for (i, before) in previous.iter_mut().enumerate() {
                assert!(live.value(i) >= *before, "figure {i} went down");
                *before = live.value(i);
            }
        }
        let values: Vec<u64> = (0..len).map(|i| live.value(i)).collect();
        let adjustments: Vec<u64> = (0..len).map(|i| live.adjustment(i)).collect();
        assert_eq!(values, expected_values);
        assert_eq!(adjustments, expected_adjustments);
    }

    #[test]
    fn a_merge_is_kept_and_later_incidents_still_count() {
        // Two incidents, bridged into one, then a third: 3 opened, 1 merged.
        check(&[&[2], &[1], &[2]], &[3], &[1]);
    }

    #[test]
    fn figures_follow_independently() {
        check(&[&[1, 5], &[3, 2], &[0, 2], &[4, 9]], &[7, 12], &[3, 3]);
    }

    #[test]
    fn keys_and_figures_round_trip() {
        for key in [
            LedgerKey::Pair {
                service: "payments-api".into(),
                signature: "connection_pool_exhaustion".into(),
            },
            LedgerKey::Outages {
                service: "a b".into(),
                cause: "oom".into(),
                attribution: "probable".into(),
            },
            LedgerKey::OutageCause {
                service: "".into(),
                cause: "disk_full".into(),
            },
        ] {
            assert_eq!(LedgerKey::decode(&key.encode()), Some(key));
        }
        assert_eq!(LedgerKey::decode("unknown\u{1f}x"), None);
        let figures = vec![0, 1, u64::MAX, 42];
        assert_eq!(decode_figures(&encode_figures(&figures)), Some(figures));
        assert_eq!(decode_figures("1,x"), None);
    }

    #[test]
    fn figures_of_any_size_survive_their_compact_form() {
        let figures = [0, 1, 127, 128, 300, 1 << 35, u64::MAX];
        let mut counted = Monotone::restored(figures.len(), &figures, &[]);
        assert_eq!(counted.basis(), figures.to_vec());
        assert_eq!(counted.value(6), u64::MAX);
        assert!(!counted.follow(&figures));
        assert!(counted.follow(&[0, 1, 127, 127, 300, 1 << 35, u64::MAX, 5]));
        assert_eq!(counted.value(3), 128, "the decrease of figure 3 is kept");
        assert_eq!(
            counted.basis().len(),
            8,
            "a figure added later starts at zero"
        );
        assert_eq!(counted.value(7), 5);
    }

    #[test]
    fn a_histogram_keeps_its_observations() {
        let mut h = super::super::Histogram::default();
        h.observe(&super::super::INTERVAL_BUCKETS, 10.0);
        h.observe(&super::super::INTERVAL_BUCKETS, 1e9);
        let mut cells = Vec::new();
        push_histogram(&mut cells, &h);
        assert_eq!(cells.len(), HISTOGRAM_CELLS);
        let mut m = Monotone::new(HISTOGRAM_CELLS);
        m.follow(&cells);
        m.follow(&[0; HISTOGRAM_CELLS]);
        let counted = m.histogram(0);
        assert_eq!(counted.count, 2);
        assert_eq!(counted.counts[0], 1);
        assert_eq!(counted.sum, h.sum);
    }
}
