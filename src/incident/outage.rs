//! Outages: one per service across signatures, with a cause observed, declared or learned.
//!
//! Per service, incidents of any signature whose intervals overlap or lie within `join_window`
//! of each other form one **outage**. Signatures have a kind ([`Kind`]): an outage with a
//! cause-kind incident has an *observed* cause (the earliest cause incident; ties by name).
//! One made only of symptoms is attributed, in this order of precedence:
//!
//! 1. `upstream`: it overlaps an outage with an observed cause of a declared dependency
//!    (`outages.dependencies`); the dependency's cause is taken and the service named;
//! 2. `declared`: a symptom pair matches the target of an Alertmanager inhibit rule whose
//!    source is a cause (`outages.alertmanager_config`);
//! 3. `probable`: among the same service's earlier outages with an observed cause in which the
//!    outage's primary symptom (its earliest symptom; ties by name) also fired, the most
//!    frequent cause, when it was seen at least `min_support` times and in at least
//!    `min_confidence` of them;
//! 4. `unexplained`: otherwise; its cause is then its primary symptom.
//!
//! Only observed causes teach: a probable attribution never counts as evidence, so the
//! learning cannot feed on itself. Pure and order-free: outages are a function of the set of
//! incidents, which are a function of the set of episodes; time is never read here.

use std::collections::{BTreeMap, HashMap};

use crate::ingest::Millis;

/// Whether a signature names a root cause or what users see of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Cause,
    Symptom,
}

/// How an outage's cause was found; a closed set, used as a metric label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Attribution {
    Observed,
    Upstream,
    Declared,
    Probable,
    Unexplained,
}

impl Attribution {
    pub const ALL: [Attribution; 5] = [
        Attribution::Observed,
        Attribution::Upstream,
        Attribution::Declared,
        Attribution::Probable,
        Attribution::Unexplained,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Observed => "observed",
            Attribution::Upstream => "upstream",
            Attribution::Declared => "declared",
            Attribution::Probable => "probable",
            Attribution::Unexplained => "unexplained",
        }
    }

    pub fn parse(text: &str) -> Option<Attribution> {
        Attribution::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// The settings outages are derived with, as values.
#[derive(Debug, Clone, PartialEq)]
pub struct OutageSettings {
    pub join_window: Millis,
    pub min_support: u32,
    pub min_confidence: f64,
    /// service → the services it depends on.
    pub dependencies: BTreeMap<String, Vec<String>>,
    /// Cause → symptom knowledge read from Alertmanager inhibit rules.
    pub declared: Vec<DeclaredCause>,
    /// Signatures of kind [`Kind::Cause`]; every other signature is a symptom.
    pub causes: std::collections::BTreeSet<String>,
}

impl OutageSettings {
    pub fn kind(&self, signature: &str) -> Kind {
        if self.causes.contains(signature) {
            Kind::Cause
        } else {
            Kind::Symptom
        }
    }
}

impl Default for OutageSettings {
    fn default() -> Self {
        OutageSettings {
            join_window: 15 * 60_000,
            min_support: 2,
            min_confidence: 0.6,
            dependencies: BTreeMap::new(),
            declared: Vec::new(),
            causes: crate::classify::kinds::CAUSES
                .iter()
                .map(|s| s.to_string())
                .collect(),
        }
    }
}

/// An inhibit rule read as "alerts matching `target` are symptoms of `cause`".
#[derive(Debug, Clone)]
pub struct DeclaredCause {
    /// The cause signature the rule's source matchers classify to.
    pub cause: String,
    /// Target matchers on `alertname`, `service` or `signature`; others cannot be checked
    /// against the history and were left out when the rule was read.
    pub target: Vec<Matcher>,
    /// The rule as the user wrote it, for the evidence.
    pub text: String,
}

impl PartialEq for DeclaredCause {
    fn eq(&self, other: &Self) -> bool {
        self.cause == other.cause && self.text == other.text
    }
}

/// One Alertmanager label matcher.
#[derive(Debug, Clone)]
pub struct Matcher {
    pub label: String,
    pub negated: bool,
    /// Anchored, as Alertmanager's are.
    pub pattern: regex::Regex,
}

impl Matcher {
    fn matches(&self, value: &str) -> bool {
        self.pattern.is_match(value) != self.negated
    }
}

impl DeclaredCause {
    /// Whether a symptom pair (its service, signature and every alertname it fired under)
    /// matches the rule's target.
    pub fn covers(&self, service: &str, signature: &str, alertnames: &[&str]) -> bool {
        self.target.iter().all(|m| match m.label.as_str() {
            "service" => m.matches(service),
            "signature" => m.matches(signature),
            "alertname" => {
                if m.negated {
                    alertnames.iter().all(|a| m.matches(a))
                } else {
                    alertnames.iter().any(|a| m.matches(a))
                }
            }
            _ => true,
        })
    }
}

/// One incident of a service, as outages see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: Millis,
    pub end: Option<Millis>,
    /// Interned signature name.
    pub signature: u32,
    pub kind: Kind,
}

/// One outage of a service.
#[derive(Debug, Clone, PartialEq)]
pub struct Outage {
    pub start: Millis,
    /// `None` while any of its incidents is open.
    pub end: Option<Millis>,
    /// Interned signature of the cause (the primary symptom when unexplained).
    pub cause: u32,
    pub attribution: Attribution,
    /// Member incidents `(signature, start, end)`, by start.
    pub members: Vec<(u32, Millis, Option<Millis>)>,
    /// Every cause signature observed in it; the first is `cause` when observed.
    pub causes: Vec<u32>,
    /// Symptom signatures in it, primary first.
    pub symptoms: Vec<u32>,
    /// Why the cause was chosen.
    pub evidence: Evidence,
}

/// An outage as the tracker keeps it between derivations, in 24 bytes: enough for the window
/// gauges, the open gauge and choosing what the API lists; the rest of an [`Outage`] is
/// derived again on demand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutageRecord {
    pub start: Millis,
    /// `Millis::MAX` while open.
    end: Millis,
    pub cause: u32,
    pub attribution: Attribution,
}

impl OutageRecord {
    pub fn of(outage: &Outage) -> OutageRecord {
        OutageRecord {
            start: outage.start,
            end: outage.end.unwrap_or(Millis::MAX),
            cause: outage.cause,
            attribution: outage.attribution,
        }
    }

    pub fn end(&self) -> Option<Millis> {
        (self.end != Millis::MAX).then_some(self.end)
    }
}

/// The evidence of an attribution, put into words by [`Outage::explain`].
#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    Observed,
    /// `support` of `candidates` earlier outages with the primary symptom had the cause.
    Learned {
        support: u32,
        candidates: u32,
    },
    /// The dependency (interned service) whose overlapping outage had the cause.
    Upstream {
        service: u32,
    },
    /// Index into the declared rules.
    Declared {
        rule: u16,
    },
    /// Best candidate below the thresholds, if any.
    Unexplained {
        support: u32,
        candidates: u32,
    },
}

impl Outage {
    /// Confidence in the cause: 1 when observed or declared, the learned share when probable.
    pub fn confidence(&self) -> f64 {
        match self.evidence {
            Evidence::Observed | Evidence::Upstream { .. } | Evidence::Declared { .. } => 1.0,
            Evidence::Learned {
                support,
                candidates,
            } => f64::from(support) / f64::from(candidates.max(1)),
            Evidence::Unexplained { .. } => 0.0,
        }
    }

    /// The evidence in words, e.g. "2 of 2 earlier payments-api outages with high_latency had
    /// connection_pool_exhaustion".
    pub fn explain(
        &self,
        service: &str,
        name: &dyn Fn(u32) -> String,
        declared: &[DeclaredCause],
    ) -> String {
        let cause = name(self.cause);
        let primary = self.symptoms.first().map(|s| name(*s)).unwrap_or_default();
        match &self.evidence {
            Evidence::Observed => format!("{cause} fired in this outage"),
            Evidence::Learned { support, candidates } => format!(
                "{support} of {candidates} earlier {service} outages with {primary} had {cause}"
            ),
            Evidence::Upstream { service: upstream } => format!(
                "dependency {} had an outage caused by {cause} at the same time (outages.dependencies)",
                name(*upstream)
            ),
            Evidence::Declared { rule } => format!(
                "Alertmanager inhibit rule {} declares {primary} alerts symptoms of {cause}",
                declared
                    .get(*rule as usize)
                    .map(|r| r.text.as_str())
                    .unwrap_or("?")
            ),
            Evidence::Unexplained {
                support,
                candidates,
            } => {
                if *candidates == 0 {
                    format!("no earlier {service} outage with {primary} had an observed cause")
                } else {
                    format!("the most frequent cause among {candidates} earlier {service} outages with {primary} was seen {support} times, below outages.min_support or outages.min_confidence")
                }
            }
        }
    }
}

/// Groups a service's incidents into outages with their observed causes; symptom-only ones
/// are left `unexplained` for [`attribute`].
pub fn group(
    mut spans: Vec<Span>,
    join_window: Millis,
    name_order: &dyn Fn(u32) -> String,
) -> Vec<Outage> {
    spans.sort_by(|a, b| {
        (a.start, a.end.is_none(), a.end, a.signature).cmp(&(
            b.start,
            b.end.is_none(),
            b.end,
            b.signature,
        ))
    });
    let mut outages: Vec<Outage> = Vec::new();
    let mut open: Option<(Outage, Vec<Span>)> = None;
    for span in spans {
        let joins = match &open {
            None => false,
            Some((outage, _)) => match outage.end {
                None => true,
                Some(end) => span.start <= end.saturating_add(join_window),
            },
        };
        if joins {
            let (outage, members) = open.as_mut().expect("checked above");
            outage.end = match (outage.end, span.end) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
            outage.members.push((span.signature, span.start, span.end));
            members.push(span);
        } else {
            if let Some((outage, members)) = open.take() {
                outages.push(finish(outage, &members, name_order));
            }
            open = Some((
                Outage {
                    start: span.start,
                    end: span.end,
                    cause: span.signature,
                    attribution: Attribution::Unexplained,
                    members: vec![(span.signature, span.start, span.end)],
                    causes: Vec::new(),
                    symptoms: Vec::new(),
                    evidence: Evidence::Unexplained {
                        support: 0,
                        candidates: 0,
                    },
                },
                vec![span],
            ));
        }
    }
    if let Some((outage, members)) = open.take() {
        outages.push(finish(outage, &members, name_order));
    }
    outages
}

/// Orders the causes and symptoms of a grouped outage (earliest first, ties by name) and sets
/// an observed cause.
fn finish(mut outage: Outage, members: &[Span], name_order: &dyn Fn(u32) -> String) -> Outage {
    let mut ranked: Vec<(Millis, String, u32, Kind)> = members
        .iter()
        .map(|s| (s.start, name_order(s.signature), s.signature, s.kind))
        .collect();
    ranked.sort();
    for (_, _, signature, kind) in ranked {
        let list = match kind {
            Kind::Cause => &mut outage.causes,
            Kind::Symptom => &mut outage.symptoms,
        };
        if !list.contains(&signature) {
            list.push(signature);
        }
    }
    if let Some(cause) = outage.causes.first() {
        outage.cause = *cause;
        outage.attribution = Attribution::Observed;
        outage.evidence = Evidence::Observed;
    } else if let Some(primary) = outage.symptoms.first() {
        outage.cause = *primary;
    }
    outage
}

/// What [`attribute`] needs to know about other services.
pub struct Context<'a> {
    pub settings: &'a OutageSettings,
    /// Interned service names of the service's dependencies, with their outages that have an
    /// observed cause, by start.
    pub upstream: Vec<(u32, Vec<OutageRecord>)>,
    /// Per symptom signature of the service, the declared rule `(cause, rule index)` it matches.
    pub declared: HashMap<u32, (u32, u16)>,
}

/// What a service's observed outages teach: per symptom signature, how many outages with an
/// observed cause it fired in, and how often each cause was the one observed. A few entries
/// per service, so settled outages fold into it and the learning outlives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Learned(HashMap<u32, (u32, BTreeMap<u32, u32>)>);

impl Learned {
    fn observe(&mut self, outage: &Outage) {
        for symptom in &outage.symptoms {
            let entry = self.0.entry(*symptom).or_default();
            entry.0 += 1;
            *entry.1.entry(outage.cause).or_default() += 1;
        }
    }
}

/// Attributes the symptom-only outages of one service, in start order, learning from the
/// observed ones before them: those folded into `learned` (earlier outages, settled) and those
/// of `outages`, which are added to it.
pub fn attribute(
    outages: &mut [Outage],
    context: &Context<'_>,
    name_order: &dyn Fn(u32) -> String,
    learned: &mut Learned,
) {
    for outage in outages.iter_mut() {
        if outage.attribution == Attribution::Observed {
            learned.observe(outage);
            continue;
        }
        let Some(&primary) = outage.symptoms.first() else {
            continue;
        };
        outage.cause = primary;
        outage.attribution = Attribution::Unexplained;
        if let Some((service, cause)) =
            upstream_cause(outage, context, context.settings.join_window)
        {
            outage.cause = cause;
            outage.attribution = Attribution::Upstream;
            outage.evidence = Evidence::Upstream { service };
            continue;
        }
        if let Some((cause, rule)) = outage
            .symptoms
            .iter()
            .find_map(|s| context.declared.get(s).copied())
        {
            outage.cause = cause;
            outage.attribution = Attribution::Declared;
            outage.evidence = Evidence::Declared { rule };
            continue;
        }
        let (candidates, best) = match learned.0.get(&primary) {
            None => (0, None),
            Some((total, causes)) => {
                // The most frequent cause; ties by name, so the choice does not depend on ids.
                let best = causes
                    .iter()
                    .max_by(|a, b| {
                        a.1.cmp(b.1)
                            .then_with(|| name_order(*b.0).cmp(&name_order(*a.0)))
                    })
                    .map(|(c, n)| (*c, *n));
                (*total, best)
            }
        };
        let support = best.map(|(_, n)| n).unwrap_or(0);
        match best {
            Some((cause, n))
                if n >= context.settings.min_support
                    && f64::from(n) >= context.settings.min_confidence * f64::from(candidates) =>
            {
                outage.cause = cause;
                outage.attribution = Attribution::Probable;
                outage.evidence = Evidence::Learned {
                    support: n,
                    candidates,
                };
            }
            _ => {
                outage.evidence = Evidence::Unexplained {
                    support,
                    candidates,
                };
            }
        }
    }
}

/// The observed cause of a dependency's outage that overlaps `outage` (within the join
/// window); the earliest such outage of the first dependency listed wins.
fn upstream_cause(outage: &Outage, context: &Context<'_>, join: Millis) -> Option<(u32, u32)> {
    let end = outage.end.unwrap_or(Millis::MAX);
    for (service, outages) in &context.upstream {
        // Outages are sorted by start: skip those that start after this one ends.
        let last = outages.partition_point(|o| o.start <= end.saturating_add(join));
        let found = outages[..last].iter().find(|o| {
            o.attribution == Attribution::Observed
                && o.end()
                    .is_none_or(|e| e.saturating_add(join) >= outage.start)
        });
        if let Some(o) = found {
            return Some((*service, o.cause));
        }
    }
    None
}

/// Derived figures of a service's outages, for the counters.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct OutageFigures {
    /// (cause, attribution) → outages.
    pub outages: BTreeMap<(u32, Attribution), u64>,
    /// cause → time between consecutive outages with that cause (not unexplained).
    pub intervals: BTreeMap<u32, super::Histogram>,
    /// cause → outages that were the first with that cause after a declared fix of it.
    pub regressions: BTreeMap<u32, u64>,
}

/// Counts a service's outages; `fixes` are the times of declared fixes per cause signature.
pub fn figures(outages: &[Outage], fixes: &HashMap<u32, Vec<Millis>>) -> OutageFigures {
    let mut tally = Tally::default();
    for outage in outages {
        tally.add(outage, fixes);
    }
    tally.figures
}

/// The figures of a service's outages folded in start order, with what the next outage needs
/// of the earlier ones: the latest outage of each cause.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    pub figures: OutageFigures,
    /// cause → start and end of the latest outage with that cause.
    last_of_cause: HashMap<u32, (Millis, Option<Millis>)>,
}

impl Tally {
    /// Adds the next outage; `fixes` are the times of declared fixes per cause signature.
    pub fn add(&mut self, outage: &Outage, fixes: &HashMap<u32, Vec<Millis>>) {
        let out = &mut self.figures;
        *out.outages
            .entry((outage.cause, outage.attribution))
            .or_default() += 1;
        if outage.attribution == Attribution::Unexplained {
            return;
        }
        let previous = self
            .last_of_cause
            .insert(outage.cause, (outage.start, outage.end));
        if let Some((_, Some(previous_end))) = previous {
            out.intervals.entry(outage.cause).or_default().observe(
                &super::INTERVAL_BUCKETS,
                (outage.start - previous_end).max(0) as f64 / 1000.0,
            );
        }
        if let Some(times) = fixes.get(&outage.cause) {
            let fixed_before = times.iter().filter(|at| **at < outage.start).max();
            if let Some(at) = fixed_before {
                if previous.is_none_or(|(previous_start, _)| *at >= previous_start) {
                    *out.regressions.entry(outage.cause).or_default() += 1;
                }
            }
        }
    }
}

/// A service's outages that ended before every window (and whose incidents are settled):
/// folded here and dropped, with their incidents' spans, as settled incidents are. Later
/// outages are grouped, attributed and counted after them, so the figures stay those of the
/// whole history; only a change that reaches back to them needs the service's stored history.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settled {
    /// Their figures, and the latest outage of each cause.
    pub tally: Tally,
    /// What their observed causes taught.
    pub learned: Learned,
    /// Start and end of the latest settled outage. Every later incident of the service starts
    /// more than `join_window` after this end.
    pub last: Option<(Millis, Millis)>,
    /// Those with an observed cause, kept (24 bytes each) only for a service another one
    /// depends on, as that one's outages are attributed by them.
    pub observed: Vec<OutageRecord>,
}

impl Settled {
    /// Folds the next outage, attributed.
    pub fn fold(
        &mut self,
        outage: &Outage,
        fixes: &HashMap<u32, Vec<Millis>>,
        keep_observed: bool,
    ) {
        self.tally.add(outage, fixes);
        if outage.attribution == Attribution::Observed {
            self.learned.observe(outage);
            if keep_observed {
                self.observed.push(OutageRecord::of(outage));
            }
        }
        self.last = Some((
            outage.start,
            outage.end.expect("a settled outage has ended"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: Millis = 3_600_000;
    const D: Millis = 24 * H;

    /// Signatures: 0 pool (cause), 1 latency (symptom), 2 oom (cause), 3 errors (symptom).
    fn name(id: u32) -> String {
        ["pool", "latency", "oom", "errors", "payments", "db"][id as usize].to_string()
    }

    fn span(signature: u32, start: Millis, end: Option<Millis>) -> Span {
        Span {
            start,
            end,
            signature,
            kind: if signature.is_multiple_of(2) {
                Kind::Cause
            } else {
                Kind::Symptom
            },
        }
    }

    fn derive(spans: Vec<Span>, settings: &OutageSettings) -> Vec<Outage> {
        let mut outages = group(spans, settings.join_window, &name);
        let context = Context {
            settings,
            upstream: Vec::new(),
            declared: HashMap::new(),
        };
        attribute(&mut outages, &context, &name, &mut Learned::default());
        outages
    }

    /// `(cause, attribution)` of each outage.
    fn check(spans: Vec<Span>, expected: &[(&str, Attribution)]) {
        let settings = OutageSettings::default();
        let got: Vec<(String, Attribution)> = derive(spans.clone(), &settings)
            .iter()
            .map(|o| (name(o.cause), o.attribution))
            .collect();
        let expected: Vec<(String, Attribution)> =
            expected.iter().map(|(c, a)| (c.to_string(), *a)).collect();
        assert_eq!(got, expected);
        let mut reversed = spans;
        reversed.reverse();
        let again: Vec<(String, Attribution)> = derive(reversed, &settings)
            .iter()
            .map(|o| (name(o.cause), o.attribution))
            .collect();
        assert_eq!(again, expected, "arrival order changed the outages");
    }

    #[test]
    fn the_seed_story() {
        use Attribution::*;
        check(
            vec![
                span(0, 0, Some(H)),
                span(1, 60_000, Some(H)),
                span(0, 21 * D, Some(21 * D + H)),
                span(1, 21 * D + 60_000, Some(21 * D + H)),
                span(1, 63 * D, None),
            ],
            &[("pool", Observed), ("pool", Observed), ("pool", Probable)],
        );
    }

    #[test]
    fn a_symptom_without_history_is_unexplained() {
        check(
            vec![span(1, 0, Some(H))],
            &[("latency", Attribution::Unexplained)],
        );
    }

    #[test]
    fn one_observation_is_not_enough_support() {
        use Attribution::*;
        check(
            vec![
                span(0, 0, Some(H)),
                span(1, 0, Some(H)),
                span(1, 5 * D, Some(5 * D + H)),
            ],
            &[("pool", Observed), ("latency", Unexplained)],
        );
    }

    #[test]
    fn a_mixed_history_below_confidence_stays_unexplained() {
        use Attribution::*;
        // pool, oom, pool, oom with latency each time: 2 of 4 = 0.5 < 0.6.
        let mut spans = Vec::new();
        for (i, cause) in [0, 2, 0, 2].into_iter().enumerate() {
            let t = i as Millis * D;
            spans.push(span(cause, t, Some(t + H)));
            spans.push(span(1, t, Some(t + H)));
        }
        spans.push(span(1, 10 * D, Some(10 * D + H)));
        check(
            spans,
            &[
                ("pool", Observed),
                ("oom", Observed),
                ("pool", Observed),
                ("oom", Observed),
                ("latency", Unexplained),
            ],
        );
    }

    #[test]
    fn incidents_within_the_join_window_are_one_outage_and_the_earliest_cause_wins() {
        use Attribution::*;
        check(
            vec![
                span(1, 0, Some(H)),
                span(2, H + 10 * 60_000, Some(2 * H)),
                span(0, H + 20 * 60_000, Some(2 * H)),
                span(3, 2 * H + 16 * 60_000, Some(3 * H)),
            ],
            &[("oom", Observed), ("errors", Unexplained)],
        );
    }

    #[test]
    fn an_upstream_outage_decides_before_learning() {
        let settings = OutageSettings::default();
        let db = group(vec![span(2, 0, Some(H))], settings.join_window, &name);
        let mut checkout = group(
            vec![span(1, 10 * 60_000, Some(2 * H))],
            settings.join_window,
            &name,
        );
        let context = Context {
            settings: &settings,
            upstream: vec![(5, db.iter().map(OutageRecord::of).collect())],
            declared: HashMap::new(),
        };
        attribute(&mut checkout, &context, &name, &mut Learned::default());
        assert_eq!(checkout[0].attribution, Attribution::Upstream);
        assert_eq!(name(checkout[0].cause), "oom");
        assert!(checkout[0]
            .explain("checkout", &name, &[])
            .contains("dependency db"));
    }

    #[test]
    fn figures_count_intervals_and_regressions_per_cause() {
        let settings = OutageSettings::default();
        let outages = derive(
            vec![
                span(0, 0, Some(H)),
                span(1, 0, Some(H)),
                span(0, D, Some(D + H)),
                span(1, D, Some(D + H)),
                span(1, 3 * D, Some(3 * D + H)),
            ],
            &settings,
        );
        let fixes: HashMap<u32, Vec<Millis>> = [(0, vec![2 * D])].into_iter().collect();
        let f = figures(&outages, &fixes);
        assert_eq!(f.outages[&(0, Attribution::Observed)], 2);
        assert_eq!(f.outages[&(0, Attribution::Probable)], 1);
        assert_eq!(f.intervals[&0].count, 2);
        assert_eq!(f.regressions[&0], 1);
    }
}
