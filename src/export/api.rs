//! JSON views of the incident state for `/api/v1/incidents` and `/api/v1/recurrences`.
//! Functions of the tracker and `now`, read a slice of pairs (or services) at a time so that
//! no read holds the tracker lock for long; the HTTP layer only parses parameters.

use serde::Serialize;

use crate::incident::{incidents_of_history, Fix, Incident, Pair, Tracker};
use crate::ingest::{format_time, label_fingerprint, Millis};
use crate::model::HistoryRow;
use crate::state::{Shared, READ_SLICE};
use crate::store::{StoreError, StoreReader};

/// One incident as the API shows it.
#[derive(Debug, Serialize, PartialEq)]
pub struct IncidentView {
    /// Stable across restarts and replicas: a hash of service, signature and start.
    pub id: String,
    pub service: String,
    pub signature: String,
    pub start: String,
    pub end: Option<String>,
    pub open: bool,
    /// Until now for an open incident.
    pub duration_seconds: f64,
    pub alertnames: Vec<String>,
    pub episodes: u32,
    pub flaps: u32,
    /// The declared fix this incident broke, if it is a regression.
    pub regression: Option<FixView>,
    /// Links the senders gave its episodes (Grafana's `dashboardURL`, `panelURL`, …); filled
    /// from the store by the HTTP layer.
    pub links: crate::classify::LabelMap,
    #[serde(skip)]
    pub start_ms: Millis,
    #[serde(skip)]
    pub end_ms: Option<Millis>,
}

/// A fix as the API shows it.
#[derive(Debug, Serialize, PartialEq, Clone)]
pub struct FixView {
    pub id: i64,
    #[serde(rename = "ref")]
    pub reference: String,
    pub at: String,
}

impl From<&Fix> for FixView {
    fn from(f: &Fix) -> Self {
        FixView {
            id: f.id,
            reference: f.reference.clone(),
            at: format_time(f.at),
        }
    }
}

/// Filters of `/api/v1/incidents`.
#[derive(Debug, Default, Clone)]
pub struct IncidentQuery {
    pub service: Option<String>,
    pub signature: Option<String>,
    pub since: Option<Millis>,
    pub until: Option<Millis>,
    pub limit: usize,
}

/// A pair whose settled incidents (only in the store) a query needs.
#[derive(Debug, Clone)]
pub struct SettledPair {
    pub service: String,
    pub signature: String,
    fixes: Vec<Fix>,
    /// Start of its latest settled incident.
    through: Millis,
}

/// Incidents matching `query` among the tracker's unsettled ones, newest first, and the pairs
/// whose settled incidents could still belong in the answer; the caller reads those from the
/// store and finishes with [`add_settled`].
pub fn incidents(
    shared: &Shared,
    query: &IncidentQuery,
    now: Millis,
) -> (Vec<IncidentView>, Vec<SettledPair>) {
    let out = latest_incidents(shared, query, now, |_| true);
    // Settled incidents are older than every unsettled one of their pair; they are needed
    // unless the answer is full with newer incidents or `since` excludes them.
    let full_from = (out.len() >= query.limit).then(|| out[out.len() - 1].start_ms);
    let mut settled = Vec::new();
    shared.pair_slices(|_, pairs, _| {
        settled.extend(
            pairs
                .iter()
                .filter(|p| query.wants_pair(p))
                .filter_map(|p| {
                    let through = p.settled_through()?;
                    let wanted = full_from.is_none_or(|from| through >= from)
                        && query
                            .since
                            .is_none_or(|since| p.settled_end().is_some_and(|e| e >= since));
                    wanted.then(|| SettledPair {
                        service: p.service.clone(),
                        signature: p.signature.clone(),
                        fixes: p.fixes.clone(),
                        through,
                    })
                }),
        )
    });
    (out, settled)
}

/// The newest `query.limit` unsettled incidents matching `query` and `keep`, newest first.
/// The tracker is read a slice of pairs at a time; between slices at most twice the limit of
/// views are held.
pub fn latest_incidents(
    shared: &Shared,
    query: &IncidentQuery,
    now: Millis,
    keep: impl Fn(&IncidentView) -> bool,
) -> Vec<IncidentView> {
    let mut out: Vec<IncidentView> = Vec::new();
    shared.pair_slices(|tracker, pairs, _| {
        for p in pairs.iter().filter(|p| query.wants_pair(p)) {
            let names = tracker.alertnames_of(p);
            out.extend(
                tracker
                    .incidents(p)
                    .iter()
                    .filter(|i| query.matches(i, p))
                    .map(|i| view(&p.service, &p.signature, &names, &p.fixes, i, now))
                    .filter(|v| keep(v)),
            );
        }
        if out.len() >= 2 * query.limit.max(READ_SLICE) {
            sort_and_limit(&mut out, query.limit);
        }
    });
    sort_and_limit(&mut out, query.limit);
    out
}

/// Incidents matching `query`, newest first: the unsettled ones from the tracker, the settled
/// ones derived from each wanted pair's stored history, each with its episodes' links.
pub fn incidents_with_history(
    shared: &Shared,
    reader: &dyn StoreReader,
    query: &IncidentQuery,
    now: Millis,
) -> Result<Vec<IncidentView>, StoreError> {
    let (mut views, settled) = incidents(shared, query, now);
    let merge_window = shared.read_tracker(|tracker| tracker.merge_window());
    for pair in &settled {
        let history = reader.pair_history(&pair.service, &pair.signature)?;
        add_settled(&mut views, pair, &history, merge_window, query, now);
    }
    sort_and_limit(&mut views, query.limit);
    Ok(with_links(reader, views))
}

/// Adds the settled incidents of `pair` matching `query`, derived from its stored `history`
/// the way the tracker derives them; keeps at most twice the limit between pairs.
fn add_settled(
    out: &mut Vec<IncidentView>,
    pair: &SettledPair,
    history: &[HistoryRow],
    merge_window: Millis,
    query: &IncidentQuery,
    now: Millis,
) {
    out.extend(
        pair.views(history, merge_window, now)
            .filter(|v| query.matches_span(v.start_ms, v.end_ms)),
    );
    if out.len() >= 2 * query.limit.max(READ_SLICE) {
        sort_and_limit(out, query.limit);
    }
}
/// Adds the links of each incident's episodes, read from the store.
fn with_links(
    reader: &dyn crate::store::StoreReader,
    mut views: Vec<IncidentView>,
) -> Vec<IncidentView> {
    // One read per pair over the span of its listed incidents, not one per incident.
    let mut spans: std::collections::BTreeMap<(&str, &str), (Millis, Millis)> = Default::default();
    for v in &views {
        let end = v.end_ms.unwrap_or(Millis::MAX);
        let span = spans
            .entry((v.service.as_str(), v.signature.as_str()))
            .or_insert((v.start_ms, end));
        *span = (span.0.min(v.start_ms), span.1.max(end));
    }
    let mut found = Vec::new();
    for ((service, signature), (from, to)) in spans {
        match reader.links(service, signature, from, to) {
            Ok(links) => found.push((service.to_string(), signature.to_string(), links)),
            Err(e) => tracing::warn!(error = %e, "reading episode links failed"),
        }
    }
    for (service, signature, links) in found {
        for v in views
            .iter_mut()
            .filter(|v| v.service == service && v.signature == signature)
        {
            let end = v.end_ms.unwrap_or(Millis::MAX);
            for l in &links {
                if (v.start_ms..=end).contains(&l.starts_at) {
                    v.links.extend(l.links.clone());
                }
            }
        }
    }
    views
}

impl SettledPair {
    /// Its settled incidents, derived from its stored `history` the way the tracker derives
    /// them.
    fn views(
        &self,
        history: &[HistoryRow],
        merge_window: Millis,
        now: Millis,
    ) -> impl Iterator<Item = IncidentView> + '_ {
        let (alertnames, incidents) = incidents_of_history(history, &self.fixes, merge_window);
        let names: Vec<&str> = alertnames.iter().map(String::as_str).collect();
        let views: Vec<IncidentView> = incidents
            .iter()
            .filter(|i| i.start <= self.through)
            .map(|i| view(&self.service, &self.signature, &names, &self.fixes, i, now))
            .collect();
        views.into_iter()
    }
}

fn sort_and_limit(out: &mut Vec<IncidentView>, limit: usize) {
    out.sort_by(|a, b| b.start.cmp(&a.start).then_with(|| a.id.cmp(&b.id)));
    out.truncate(limit);
}

impl IncidentQuery {
    fn wants_pair(&self, pair: &Pair) -> bool {
        self.service.as_ref().is_none_or(|s| *s == pair.service)
            && self.signature.as_ref().is_none_or(|s| *s == pair.signature)
    }

    fn matches(&self, incident: &Incident, pair: &Pair) -> bool {
        self.service.as_ref().is_none_or(|s| *s == pair.service)
            && self.signature.as_ref().is_none_or(|s| *s == pair.signature)
            && self.matches_span(incident.start, incident.end)
    }

    fn matches_span(&self, start: Millis, end: Option<Millis>) -> bool {
        self.since
            .is_none_or(|since| end.is_none_or(|e| e >= since))
            && self.until.is_none_or(|until| start <= until)
    }
}

fn view(
    service: &str,
    signature: &str,
    alertnames: &[&str],
    fixes: &[Fix],
    incident: &Incident,
    now: Millis,
) -> IncidentView {
    let end = incident.end;
    IncidentView {
        id: incident_id(service, signature, incident.start),
        service: service.to_string(),
        signature: signature.to_string(),
        start: format_time(incident.start),
        end: end.map(format_time),
        open: end.is_none(),
        duration_seconds: (end.unwrap_or(now) - incident.start).max(0) as f64 / 1000.0,
        alertnames: incident
            .alertnames
            .iter()
            .map(|i| alertnames[i as usize].to_string())
            .collect(),
        episodes: incident.episodes,
        flaps: incident.flaps,
        regression: incident
            .regression_of
            .and_then(|id| fixes.iter().find(|f| f.id == id))
            .map(FixView::from),
        links: Default::default(),
        start_ms: incident.start,
        end_ms: incident.end,
    }
}

/// The unsettled incident with this id, if any.
pub fn incident_by_id(shared: &Shared, id: &str, now: Millis) -> Option<IncidentView> {
    let mut found = None;
    shared.pair_slices(|tracker, pairs, _| {
        if found.is_some() {
            return;
        }
        found = pairs.iter().find_map(|p| {
            tracker
                .incidents(p)
                .iter()
                .find(|i| incident_id(&p.service, &p.signature, i.start) == id)
                .map(|i| {
                    let names = tracker.alertnames_of(p);
                    view(&p.service, &p.signature, &names, &p.fixes, i, now)
                })
        });
    });
    found
}

/// Every pair with settled incidents, where an id not found by [`incident_by_id`] may be.
pub fn settled_pairs(shared: &Shared) -> Vec<SettledPair> {
    let mut out = Vec::new();
    shared.pair_slices(|_, pairs, _| {
        out.extend(pairs.iter().filter_map(|p| {
            Some(SettledPair {
                service: p.service.clone(),
                signature: p.signature.clone(),
                fixes: p.fixes.clone(),
                through: p.settled_through()?,
            })
        }))
    });
    out
}

/// The settled incident of `pair` with this id, derived from its stored `history`.
pub fn settled_by_id(
    pair: &SettledPair,
    history: &[HistoryRow],
    merge_window: Millis,
    id: &str,
    now: Millis,
) -> Option<IncidentView> {
    pair.views(history, merge_window, now).find(|v| v.id == id)
}

/// The id of an incident.
pub fn incident_id(service: &str, signature: &str, start: Millis) -> String {
    let labels = [
        ("service".to_string(), service.to_string()),
        ("signature".to_string(), signature.to_string()),
        ("start".to_string(), start.to_string()),
    ]
    .into_iter()
    .collect();
    label_fingerprint(&labels)
}

/// One pair in the recurrence ranking.
#[derive(Debug, Serialize, PartialEq)]
pub struct RecurrenceView {
    pub service: String,
    pub signature: String,
    /// Incidents that started in the window.
    pub incidents: u64,
    pub open: bool,
    /// Start of the latest incident.
    pub last_seen: Option<String>,
    /// Mean time between the starts of the incidents in the window; absent below two.
    pub mean_time_between_incidents_seconds: Option<f64>,
    pub firing_seconds: f64,
    pub alertnames: Vec<String>,
    pub regressions: u64,
    pub fix: Option<FixStatus>,
}

/// The latest declared fix of a pair and whether it held.
#[derive(Debug, Serialize, PartialEq)]
pub struct FixStatus {
    #[serde(flatten)]
    pub fix: FixView,
    /// False once an incident started after the fix.
    pub held: bool,
}

/// The first `keep` pairs ranked by incidents that started in the trailing `window`, then by
/// time in incident, and how many pairs had an incident in the window. The tracker is read a
/// slice of pairs at a time; between slices at most twice `keep` views are held.
pub fn recurrences(
    shared: &Shared,
    window: Millis,
    now: Millis,
    keep: usize,
) -> (Vec<RecurrenceView>, usize) {
    let mut out: Vec<RecurrenceView> = Vec::new();
    let mut total = 0;
    shared.pair_slices(|tracker, pairs, _| {
        let before = out.len();
        out.extend(
            pairs
                .iter()
                .filter_map(|p| recurrence(tracker, p, window, now)),
        );
        total += out.len() - before;
        if out.len() >= 2 * keep.max(READ_SLICE) {
            rank(&mut out);
            out.truncate(keep);
        }
    });
    rank(&mut out);
    out.truncate(keep);
    (out, total)
}

/// The pair's entry in the ranking, if it had an incident in the window.
fn recurrence(tracker: &Tracker, p: &Pair, window: Millis, now: Millis) -> Option<RecurrenceView> {
    let from = now - window;
    {
        let incidents = tracker.incidents(p);
        let in_window: Vec<&Incident> = incidents
            .iter()
            .filter(|i| i.start >= from && i.start <= now)
            .collect();
        if in_window.is_empty() {
            return None;
        }
        let firing_ms: Millis = incidents
            .iter()
            .map(|i| (i.end.unwrap_or(now).min(now) - i.start.max(from)).max(0))
            .sum();
        let n = in_window.len();
        let mean = (n >= 2).then(|| {
            (in_window[n - 1].start - in_window[0].start) as f64 / (n - 1) as f64 / 1000.0
        });
        let mut names: Vec<String> = Vec::new();
        for i in &in_window {
            for a in i.alertnames.iter() {
                let name = tracker.alertname(p.alertnames[a as usize]);
                if !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
        }
        let fix = p.fixes.last().map(|f| FixStatus {
            fix: FixView::from(f),
            held: p.summary.last_start.is_none_or(|start| start <= f.at),
        });
        Some(RecurrenceView {
            service: p.service.clone(),
            signature: p.signature.clone(),
            incidents: n as u64,
            open: p.summary.open,
            last_seen: p.summary.last_start.map(format_time),
            mean_time_between_incidents_seconds: mean,
            firing_seconds: firing_ms as f64 / 1000.0,
            alertnames: names,
            regressions: p.summary.regressions,
            fix,
        })
    }
}

fn rank(out: &mut [RecurrenceView]) {
    out.sort_by(|a, b| {
        b.incidents
            .cmp(&a.incidents)
            .then(b.firing_seconds.total_cmp(&a.firing_seconds))
            .then_with(|| (&a.service, &a.signature).cmp(&(&b.service, &b.signature)))
    });
}

/// A declared fix in full, as `/api/v1/fixes` shows it.
#[derive(Debug, Serialize, PartialEq)]
pub struct FixRecord {
    pub id: i64,
    pub service: String,
    pub signature: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub at: String,
    pub note: Option<String>,
    pub created_at: String,
    /// The incident that broke this fix, if one did.
    pub broken_by: Option<String>,
}

/// Every fix, oldest first, with the incident that broke it.
pub fn fixes(shared: &Shared) -> Vec<FixRecord> {
    let mut all: Vec<((Millis, i64), FixRecord)> = Vec::new();
    shared.pair_slices(|tracker, pairs, _| {
        for p in pairs {
            all.extend(
                p.fixes
                    .iter()
                    .map(|f| ((f.at, f.id), record(tracker, p, f))),
            );
        }
    });
    all.sort_by_key(|(key, _)| *key);
    all.into_iter().map(|(_, r)| r).collect()
}

/// One fix in full.
pub fn fix_record(tracker: &Tracker, f: &Fix) -> FixRecord {
    match tracker.pair(&f.service, &f.signature) {
        Some(p) => record(tracker, p, f),
        None => record_of(f, None),
    }
}

/// A fix of `pair` in full.
fn record(tracker: &Tracker, pair: &Pair, f: &Fix) -> FixRecord {
    let broken_by = tracker
        .broken_by(pair, f.id)
        .map(|start| incident_id(&f.service, &f.signature, start));
    record_of(f, broken_by)
}

fn record_of(f: &Fix, broken_by: Option<String>) -> FixRecord {
    FixRecord {
        id: f.id,
        service: f.service.clone(),
        signature: f.signature.clone(),
        reference: f.reference.clone(),
        at: format_time(f.at),
        note: f.note.clone(),
        created_at: format_time(f.created_at),
        broken_by,
    }
}

/// One outage as `/api/v1/outages` shows it.
#[derive(Debug, Serialize, PartialEq)]
pub struct OutageView {
    pub service: String,
    pub start: String,
    pub end: Option<String>,
    pub open: bool,
    pub cause: String,
    /// observed, upstream, declared, probable or unexplained.
    pub attribution: crate::incident::outage::Attribution,
    /// 1 when observed, upstream or declared; the learned share when probable; 0 unexplained.
    pub confidence: f64,
    /// Why this cause, in words.
    pub evidence: String,
    /// Every cause signature observed in the outage.
    pub causes: Vec<String>,
    /// Its symptom signatures, the primary one first.
    pub symptoms: Vec<String>,
    /// The incidents of every signature that form it.
    pub incidents: Vec<OutageMember>,
}

/// An incident within an outage.
#[derive(Debug, Serialize, PartialEq)]
pub struct OutageMember {
    pub signature: String,
    pub start: String,
    pub end: Option<String>,
}

/// Filters of `/api/v1/outages`.
#[derive(Debug, Default, Clone)]
pub struct OutageQuery {
    pub service: Option<String>,
    pub cause: Option<String>,
    /// Only outages that started within this long before `now`.
    pub window: Option<Millis>,
    pub limit: usize,
}

/// Outages matching `query`, newest first, at most `query.limit`. The tracker keeps compact
/// records, read a slice of services at a time; the details are derived again only for the
/// services in the answer, one lock hold per service.
pub fn outages(shared: &Shared, query: &OutageQuery, now: Millis) -> Vec<OutageView> {
    let from = query.window.map(|w| now - w).unwrap_or(Millis::MIN);
    let mut found: Vec<(Millis, String)> = Vec::new();
    let newest_first = |found: &mut Vec<(Millis, String)>| {
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        found.truncate(query.limit);
    };
    shared.service_slices(|tracker, slice| {
        for (service, outages) in slice {
            if query.service.as_ref().is_some_and(|s| s != *service) {
                continue;
            }
            for record in outages.outages.iter().rev() {
                if record.start < from {
                    break;
                }
                if query
                    .cause
                    .as_ref()
                    .is_some_and(|c| c != tracker.name(record.cause))
                {
                    continue;
                }
                found.push((record.start, service.to_string()));
            }
        }
        if found.len() >= 2 * query.limit.max(READ_SLICE) {
            newest_first(&mut found);
        }
    });
    newest_first(&mut found);
    let services: std::collections::BTreeSet<&str> =
        found.iter().map(|(_, s)| s.as_str()).collect();
    let mut views: std::collections::HashMap<(Millis, &str), OutageView> = Default::default();
    for service in services {
        shared.read_tracker(|tracker| {
            let all = tracker.outage_details(service);
            for (start, _) in found.iter().filter(|(_, s)| s == service) {
                if let Some(view) = outage_view(tracker, service, &all, *start) {
                    views.insert((*start, service), view);
                }
            }
        });
    }
    found
        .iter()
        .filter_map(|(start, service)| views.remove(&(*start, service.as_str())))
        .collect()
}

/// The outage of `service` starting at `start`, among the service's derived outages `all`.
fn outage_view(
    tracker: &Tracker,
    service: &str,
    all: &[crate::incident::outage::Outage],
    start: Millis,
) -> Option<OutageView> {
    let name = |id: u32| tracker.name(id).to_string();
    let declared = &tracker.outage_settings().declared;
    let o = all
        .binary_search_by_key(&start, |o| o.start)
        .ok()
        .map(|i| &all[i])?;
    Some(OutageView {
        service: service.to_string(),
        start: format_time(o.start),
        end: o.end.map(format_time),
        open: o.end.is_none(),
        cause: name(o.cause),
        attribution: o.attribution,
        confidence: o.confidence(),
        evidence: o.explain(service, &name, declared),
        causes: o.causes.iter().map(|c| name(*c)).collect(),
        symptoms: o.symptoms.iter().map(|c| name(*c)).collect(),
        incidents: o
            .members
            .iter()
            .map(|(signature, start, end)| OutageMember {
                signature: name(*signature),
                start: format_time(*start),
                end: end.map(format_time),
            })
            .collect(),
    })
}
