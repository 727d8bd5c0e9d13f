//! Prometheus' `ALERTS` series (from `/api/v1/query_range`) → Alertmanager-shaped webhook
//! documents, for backfilling history from before the webhook was set up.
//!
//! A run of consecutive firing samples is one episode: it starts at the first sample and, if
//! the series stops before the end of the range, ends one step after the last. Fingerprints are
//! `prom-` plus a hash of the labels, so they never collide with Alertmanager's own.

use serde::Deserialize;

use super::{format_time, label_fingerprint, IngestError, Millis};
use crate::model::LabelMap;

#[derive(Deserialize)]
struct QueryRange {
    status: String,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    data: Option<MatrixData>,
}

#[derive(Deserialize)]
struct MatrixData {
    #[serde(rename = "resultType")]
    result_type: String,
    result: Vec<Series>,
}

#[derive(Deserialize)]
struct Series {
    metric: LabelMap,
    values: Vec<(f64, String)>,
}

/// One episode found in `ALERTS`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertRun {
    pub labels: LabelMap,
    pub start: Millis,
    /// `None` when the alert was still firing at the end of the range.
    pub end: Option<Millis>,
}

/// Reads one `query_range` answer into runs. `step` and `range_end` are those of the query.
pub fn runs(body: &[u8], step: Millis, range_end: Millis) -> Result<Vec<AlertRun>, IngestError> {
    let answer: QueryRange = serde_json::from_slice(body).map_err(|e| IngestError::Shape {
        path: "document".into(),
        message: e.to_string(),
    })?;
    if answer.status != "success" {
        return Err(IngestError::Document(format!(
            "Prometheus answered {}: {}",
            answer.status,
            answer.error.unwrap_or_default()
        )));
    }
    let data = answer
        .data
        .ok_or_else(|| IngestError::Document("Prometheus answer has no data".into()))?;
    if data.result_type != "matrix" {
        return Err(IngestError::Document(format!(
            "expected a matrix, got {}",
            data.result_type
        )));
    }
    let mut out = Vec::new();
    for series in data.result {
        let mut labels = series.metric;
        labels.remove("__name__");
        labels.remove("alertstate");
        let mut run: Option<(Millis, Millis)> = None;
        for (t, _) in &series.values {
            let t = (t * 1000.0).round() as Millis;
            run = match run {
                // Saturating: sample times come from outside and may be absurd (±1e300 s).
                Some((start, last)) if t.saturating_sub(last) <= step + step / 2 => {
                    Some((start, t))
                }
                Some((start, last)) => {
                    out.push(AlertRun {
                        labels: labels.clone(),
                        start,
                        end: Some(last.saturating_add(step)),
                    });
                    Some((t, t))
                }
                None => Some((t, t)),
            };
        }
        if let Some((start, last)) = run {
            let still_firing = range_end.saturating_sub(last) < step;
            out.push(AlertRun {
                labels: labels.clone(),
                start,
                end: (!still_firing).then_some(last.saturating_add(step)),
            });
        }
    }
    out.sort_by_key(|r| r.start);
    Ok(out)
}

/// An Alertmanager webhook document carrying `runs`, so that backfill goes through the same
/// parser and pipeline as live webhooks.
pub fn to_webhook(runs: &[AlertRun]) -> Vec<u8> {
    let alerts: Vec<serde_json::Value> = runs
        .iter()
        .map(|r| {
            serde_json::json!({
                "status": if r.end.is_some() { "resolved" } else { "firing" },
                "labels": r.labels,
                "annotations": {},
                "startsAt": format_time(r.start),
                "endsAt": r.end.map(format_time).unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
                "generatorURL": "",
                "fingerprint": format!("prom-{}", label_fingerprint(&r.labels)),
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({"version": "4", "status": "firing", "alerts": alerts}))
        .expect("JSON values serialise")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_on_gaps_and_stay_open_at_the_end() {
        let body = br#"{"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"__name__":"ALERTS","alertname":"A","alertstate":"firing","service":"s"},
             "values":[[100,"1"],[160,"1"],[220,"1"],[600,"1"],[660,"1"]]}]}}"#;
        let r = runs(body, 60_000, 660_000).expect("parses");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].start, r[0].end), (100_000, Some(280_000)));
        assert_eq!((r[1].start, r[1].end), (600_000, None));
        assert!(!r[0].labels.contains_key("alertstate"));
        let doc = to_webhook(&r);
        let parsed = crate::ingest::alertmanager::parse(&doc).expect("valid webhook");
        assert_eq!(parsed.notices.len(), 2);
        assert!(runs(br#"{"status":"error","error":"bad"}"#, 1, 1).is_err());
    }

    /// Found while writing the `prometheus_alerts` fuzz target: sample times beyond the range
    /// of `Millis` overflowed the run arithmetic (a panic with overflow checks, wrapped times
    /// without).
    #[test]
    fn absurd_sample_times_do_not_overflow() {
        for values in [
            "[[-1e300,\"1\"],[1e300,\"1\"]]",
            "[[1e300,\"1\"]]",
            "[[-1e300,\"1\"]]",
        ] {
            let body = format!(
                r#"{{"status":"success","data":{{"resultType":"matrix","result":[{{"metric":{{}},"values":{values}}}]}}}}"#
            );
            let r = runs(body.as_bytes(), 60_000, 0).expect("parses");
            assert!(
                r.iter().all(|r| r.end.is_none_or(|end| end >= r.start)),
                "{values}: {r:?}"
            );
        }
    }
}
