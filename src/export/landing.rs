//! The landing page at `/`: a small server-rendered HTML page with no external assets and no
//! script, showing what keeps coming back, what is open now and which fixes did not hold.

use std::fmt::Write;

use super::api::{self, IncidentQuery};
use crate::config::format_duration;
use crate::ingest::{format_time, Millis};
use crate::state::Shared;

/// Renders the page for the trailing `window`. Every table reads the tracker a slice of pairs
/// or services at a time and keeps only its rows, so the page's memory and each hold of the
/// tracker lock are bounded whatever the history holds.
pub fn render(shared: &Shared, window: Millis, now: Millis) -> String {
    let window_label = format_duration(std::time::Duration::from_millis(window.max(0) as u64));
    let (top, _) = api::recurrences(shared, window, now, TOP_ROWS);
    // Open incidents and recent regressions are never settled: the tracker has them all.
    let newest = |limit| IncidentQuery {
        limit,
        ..IncidentQuery::default()
    };
    let open = api::latest_incidents(shared, &newest(50), now, |i| i.open);
    let regressions = api::latest_incidents(shared, &newest(20), now, |i| i.regression.is_some());

    let mut h = String::with_capacity(16 * 1024);
    h.push_str(concat!(
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        "<meta name=viewport content='width=device-width, initial-scale=1'>",
        "<title>recurrence-exporter</title><style>",
        "body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1.5em;color:#1d2330}",
        "h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.1em;margin:1.6em 0 .5em}",
        "p.lead{color:#4a5568;margin:0 0 1em}nav a{margin-right:1.2em}",
        "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35em .6em;border-bottom:1px solid #e2e8f0;vertical-align:top}",
        "th{background:#f7fafc;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}",
        ".empty{color:#718096;font-style:italic}.probable{color:#b7791f;font-weight:600}.bad{color:#c53030;font-weight:600}.ok{color:#2f855a}",
        "code{font-size:.92em}</style></head><body>"
    ));
    h.push_str("<h1>recurrence-exporter</h1><p class=lead>How often the same root cause comes back, per service and failure signature.</p>");
    h.push_str("<nav><a href=/metrics>/metrics</a><a href=/api/v1/outages>outages API</a><a href=/api/v1/recurrences>recurrences API</a><a href=/api/v1/incidents>incidents API</a><a href=/api/v1/fixes>fixes API</a><a href=/-/ready>readiness</a><a href='");
    // The package's declared repository, so the link and Cargo.toml cannot disagree.
    h.push_str(env!("CARGO_PKG_REPOSITORY"));
    h.push_str("#readme'>docs</a></nav>");

    outages_section(&mut h, shared, window, &window_label, now);

    // The pictures read the few pairs of the top rows, in one short hold.
    let timelines = shared.read_tracker(|t| super::pictures::timelines(t, &top, window, now));
    let _ = write!(
        h,
        "<h2 id=pictures>The top root causes over the last {}</h2>{}<h2 id=shares>Share of outages per service, last {}</h2>{}",
        esc(&window_label),
        timelines,
        esc(&window_label),
        super::pictures::shares(shared, window, now)
    );

    let _ = write!(
        h,
        "<h2 id=top>Top recurring root causes per signature, last {}</h2>",
        esc(&window_label)
    );
    if top.is_empty() {
        h.push_str("<p class=empty>No incidents in this window.</p>");
    } else {
        h.push_str("<table><thead><tr><th>service</th><th>signature</th><th>incidents</th><th>last seen</th><th>mean time between</th><th>firing</th><th>alertnames</th><th>fix</th></tr></thead><tbody>");
        for r in top.iter().take(TOP_ROWS) {
            let fix = match &r.fix {
                None => "<span class=empty>none declared</span>".to_string(),
                Some(f) if f.held => {
                    format!("<span class=ok>{} held</span>", esc(&f.fix.reference))
                }
                Some(f) => format!("<span class=bad>{} regressed</span>", esc(&f.fix.reference)),
            };
            let _ = write!(
                h,
                "<tr><td>{}</td><td><code>{}</code></td><td class=n>{}</td><td>{}</td><td class=n>{}</td><td class=n>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&r.service),
                esc(&r.signature),
                r.incidents,
                esc(&short(r.last_seen.as_deref().unwrap_or(""))),
                r.mean_time_between_incidents_seconds.map(human).unwrap_or_else(|| "–".into()),
                human(r.firing_seconds),
                esc(&r.alertnames.join(", ")),
                fix
            );
        }
        h.push_str("</tbody></table>");
    }

    h.push_str("<h2 id=open>Open incidents</h2>");
    if open.is_empty() {
        h.push_str("<p class=empty>Nothing is firing.</p>");
    } else {
        h.push_str("<table><thead><tr><th>service</th><th>signature</th><th>since</th><th>for</th><th>alertnames</th></tr></thead><tbody>");
        for i in &open {
            let _ = write!(
                h,
                "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td class=n>{}</td><td>{}</td></tr>",
                esc(&i.service),
                esc(&i.signature),
                esc(&short(&i.start)),
                human(i.duration_seconds),
                esc(&i.alertnames.join(", "))
            );
        }
        h.push_str("</tbody></table>");
    }

    h.push_str("<h2 id=regressions>Recent regressions after declared fixes</h2>");
    if regressions.is_empty() {
        h.push_str("<p class=empty>No declared fix has been broken.</p>");
    } else {
        h.push_str("<table><thead><tr><th>service</th><th>signature</th><th>incident start</th><th>fix broken</th><th>fix declared for</th></tr></thead><tbody>");
        for i in &regressions {
            let fix = i.regression.as_ref().expect("filtered on regressions");
            let _ = write!(
                h,
                "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td class=bad>{}</td><td>{}</td></tr>",
                esc(&i.service),
                esc(&i.signature),
                esc(&short(&i.start)),
                esc(&fix.reference),
                esc(&short(&fix.at))
            );
        }
        h.push_str("</tbody></table>");
    }
    let (episodes, pairs) = shared.read_tracker(|t| (t.episode_count(), t.pairs().len()));
    let _ = writeln!(
        h,
        "<p class=empty style='margin-top:2em'>{episodes} episodes, {pairs} pairs, rendered {}.</p></body></html>",
        esc(&format_time(now))
    );
    h
}

/// Outages by cause (each outage once, across the signatures that fired in it), then the
/// latest outages with how their cause was found; probable causes are marked.
fn outages_section(h: &mut String, shared: &Shared, window: Millis, label: &str, now: Millis) {
    use crate::incident::outage::Attribution;
    // cause → (outages, probable, the first services by name, latest start)
    let mut by_cause: std::collections::BTreeMap<
        String,
        (u64, u64, std::collections::BTreeSet<String>, Millis),
    > = Default::default();
    shared.service_slices(|tracker, slice| {
        for (service, outages) in slice {
            for outage in outages.outages.iter().rev() {
                if outage.start < now - window {
                    break;
                }
                let cause = tracker.name(outage.cause);
                if !by_cause.contains_key(cause) {
                    by_cause.insert(cause.to_string(), Default::default());
                }
                let entry = by_cause.get_mut(cause).expect("inserted above");
                entry.0 += 1;
                entry.1 += u64::from(outage.attribution == Attribution::Probable);
                // Services come in name order: the first ones are the ones shown.
                if entry.2.len() < SERVICES_SHOWN {
                    entry.2.insert(service.to_string());
                }
                entry.3 = entry.3.max(outage.start);
            }
        }
    });
    let mut causes: Vec<_> = by_cause.into_iter().collect();
    causes.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(&b.0)));
    let _ = write!(
        h,
        "<h2 id=outages>Outages by cause, last {}</h2>",
        esc(label)
    );
    if causes.is_empty() {
        h.push_str("<p class=empty>No outages in this window.</p>");
        return;
    }
    h.push_str("<table><thead><tr><th>cause</th><th>outages</th><th>of them probable</th><th>services</th><th>latest</th></tr></thead><tbody>");
    for (cause, (n, probable, services, latest)) in causes.iter().take(TOP_ROWS) {
        let services: Vec<&str> = services.iter().map(String::as_str).collect();
        let _ = write!(
            h,
            "<tr><td><code>{}</code></td><td class=n>{n}</td><td class=n>{}</td><td>{}</td><td>{}</td></tr>",
            esc(cause),
            if *probable > 0 {
                format!("<span class=probable>{probable}</span>")
            } else {
                "0".to_string()
            },
            esc(&services.join(", ")),
            esc(&short(&format_time(*latest)))
        );
    }
    h.push_str("</tbody></table>");
    let latest = api::outages(
        shared,
        &api::OutageQuery {
            window: Some(window),
            limit: TOP_ROWS,
            ..api::OutageQuery::default()
        },
        now,
    );
    h.push_str("<h2 id=latest-outages>Latest outages</h2><table><thead><tr><th>service</th><th>start</th><th>cause</th><th>attribution</th><th>why</th></tr></thead><tbody>");
    for o in &latest {
        let attribution = serde_json::to_value(o.attribution)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let marked = match o.attribution {
            Attribution::Probable => format!(
                "<span class=probable>probable ({:.0}%)</span>",
                o.confidence * 100.0
            ),
            _ => esc(&attribution),
        };
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td><code>{}</code></td><td>{marked}</td><td>{}</td></tr>",
            esc(&o.service),
            esc(&short(&o.start)),
            esc(&o.cause),
            esc(&o.evidence)
        );
    }
    h.push_str("</tbody></table>");
}

/// Rows of each table on the page; the APIs list the rest.
const TOP_ROWS: usize = 25;
/// Services named per cause in the outages table.
const SERVICES_SHOWN: usize = 10;

/// Seconds as a short human duration: `3d 4h`, `12m`.
fn human(seconds: f64) -> String {
    let s = seconds.max(0.0) as u64;
    let (d, h, m) = (s / 86_400, s % 86_400 / 3600, s % 3600 / 60);
    match (d, h, m) {
        (0, 0, 0) => format!("{s}s"),
        (0, 0, m) => format!("{m}m"),
        (0, h, m) => format!("{h}h {m}m"),
        (d, h, _) => format!("{d}d {h}h"),
    }
}

/// An RFC 3339 time to the minute, for reading: `2026-11-18 10:50 UTC`.
fn short(rfc3339: &str) -> String {
    match rfc3339.get(..16) {
        Some(minute) if rfc3339.ends_with('Z') => format!("{} UTC", minute.replacen('T', " ", 1)),
        _ => rfc3339.to_string(),
    }
}

/// Escapes text for HTML element content and quoted attributes.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_durations() {
        assert_eq!(esc("<b a='1'>&"), "&lt;b a=&#39;1&#39;&gt;&amp;");
        assert_eq!(human(59.0), "59s");
        assert_eq!(human(3_700.0), "1h 1m");
        assert_eq!(human(90_000.0), "1d 1h");
        assert_eq!(short("2026-11-18T10:50:09.428Z"), "2026-11-18 10:50 UTC");
    }
}
