//! Pictures for the landing page, server-rendered SVG with no script: a timeline strip per top
//! root cause over the window (each incident a mark, declared fixes as lines, regressions in
//! red) and a bar per service of its share of the window's outages. Pure functions of the
//! tracker; the page embeds them inline.

use std::fmt::Write;

use super::api::RecurrenceView;
use super::landing::esc;
use crate::incident::Tracker;
use crate::ingest::Millis;
use crate::state::Shared;

/// Width of the label column and of the plotted window, in SVG units.
const LABEL: f64 = 280.0;
const PLOT: f64 = 700.0;
const ROW: f64 = 24.0;
/// Rows of each picture; the tables and the APIs list the rest.
const ROWS: usize = 10;

/// One strip per pair of `top` (the page's ranking), over `[now - window, now]`.
pub fn timelines(tracker: &Tracker, top: &[RecurrenceView], window: Millis, now: Millis) -> String {
    let from = now - window;
    let x = |t: Millis| LABEL + ((t - from).clamp(0, window) as f64 / window.max(1) as f64) * PLOT;
    let rows: Vec<&RecurrenceView> = top.iter().take(ROWS).collect();
    let height = ROW * rows.len() as f64 + 20.0;
    let mut svg = String::with_capacity(4096);
    let _ = write!(
        svg,
        "<svg class=timelines role=img aria-label='incidents of the top root causes over the window' viewBox='0 0 {w} {height}' width='100%'>",
        w = LABEL + PLOT + 10.0
    );
    for (row, view) in rows.iter().enumerate() {
        let y = ROW * row as f64;
        let _ = write!(
            svg,
            "<text x=0 y='{}' font-size=12>{} · {}</text><rect x='{LABEL}' y='{}' width='{PLOT}' height=14 fill='#f1f5f9'/>",
            y + 14.0,
            esc(&view.service),
            esc(&view.signature),
            y + 3.0
        );
        let Some(pair) = tracker.pair(&view.service, &view.signature) else {
            continue;
        };
        for incident in tracker.incidents(pair) {
            let end = incident.end.unwrap_or(now);
            if end < from {
                continue;
            }
            let (x0, x1) = (x(incident.start), x(end));
            let (class, fill) = if incident.regression_of.is_some() {
                ("regression", "#c53030")
            } else {
                ("incident", "#2b6cb0")
            };
            let _ = write!(
                svg,
                "<rect class={class} x='{x0:.1}' y='{}' width='{:.1}' height=14 fill='{fill}'><title>{}</title></rect>",
                y + 3.0,
                (x1 - x0).max(2.0),
                crate::ingest::format_time(incident.start)
            );
        }
        for fix in pair.fixes.iter().filter(|f| f.at >= from && f.at <= now) {
            let _ = write!(
                svg,
                "<line class=fix x1='{0:.1}' x2='{0:.1}' y1='{1}' y2='{2}' stroke='#2f855a' stroke-width=2><title>fix {3}</title></line>",
                x(fix.at),
                y,
                y + ROW - 2.0,
                esc(&fix.reference)
            );
        }
    }
    let axis = ROW * rows.len() as f64 + 14.0;
    let _ = write!(
        svg,
        "<text x='{LABEL}' y='{axis}' font-size=11 fill='#718096'>{} ago</text><text x='{}' y='{axis}' font-size=11 fill='#718096' text-anchor=end>now</text></svg>",
        esc(&crate::config::format_duration(std::time::Duration::from_millis(window.max(0) as u64))),
        LABEL + PLOT
    );
    svg
}

/// One bar per service (the largest first) of its share of the outages that started in the
/// window; each outage is counted once, whatever signatures fired in it.
pub fn shares(shared: &Shared, window: Millis, now: Millis) -> String {
    let from = now - window;
    // The services are read a slice at a time; only the largest rows are kept between slices.
    let mut counts: Vec<(String, u64)> = Vec::new();
    let mut total: u64 = 0;
    let largest = |counts: &mut Vec<(String, u64)>| {
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        counts.truncate(ROWS);
    };
    shared.service_slices(|_, slice| {
        for (service, outages) in slice {
            let n = outages
                .outages
                .iter()
                .rev()
                .take_while(|o| o.start >= from)
                .filter(|o| o.start <= now)
                .count() as u64;
            if n > 0 {
                total += n;
                counts.push((service.to_string(), n));
            }
        }
        largest(&mut counts);
    });
    let height = ROW * counts.len() as f64;
    let mut svg = String::with_capacity(2048);
    let _ = write!(
        svg,
        "<svg class=shares role=img aria-label='share of outages per service' viewBox='0 0 {} {height}' width='100%'>",
        LABEL + PLOT + 10.0
    );
    for (row, (service, n)) in counts.iter().enumerate() {
        let share = *n as f64 / total.max(1) as f64;
        let y = ROW * row as f64;
        let _ = write!(
            svg,
            "<text x=0 y='{}' font-size=12>{}</text><rect class=share x='{LABEL}' y='{}' width='{:.1}' height=14 fill='#dd6b20'><title>{n} of {total}</title></rect><text x='{:.1}' y='{}' font-size=11>{:.0}%</text>",
            y + 14.0,
            esc(service),
            y + 3.0,
            (share * PLOT).max(1.0),
            LABEL + share * PLOT + 6.0,
            y + 14.0,
            share * 100.0
        );
    }
    svg.push_str("</svg>");
    svg
}
