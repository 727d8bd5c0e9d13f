//! An independent reference for the incident rules of ARCHITECTURE.md, written from the rules
//! alone (it calls nothing of the tracker), compared with the daemon through its HTTP API on
//! random histories: gaps of exactly the merge window, one second less and one second more,
//! overlaps, open episodes, incidents old enough to be settled (read back from the store),
//! every notice (firings, resolves, resolves arriving first, a second resolve with an earlier
//! end) shuffled, and the daemon restarted at a random point of the delivery.

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence};

use recurrence_exporter::ingest::format_time;

use crate::support::*;

type Millis = i64;

const SECOND: Millis = 1000;
const MINUTE: Millis = 60 * SECOND;
const DAY: Millis = 86_400_000;
/// The daemon's default `incident.merge_window`.
const MERGE_WINDOW: Millis = 15 * MINUTE;

/// One incident as the rules define it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Incident {
    start: Millis,
    end: Option<Millis>,
    episodes: u32,
    flaps: u32,
}

/// The rules, as ARCHITECTURE.md states them: episodes sorted by start; one joins the current
/// incident if it starts while the incident is open or within `merge_window` after it ended
/// (inclusive); joining after a gap is a flap; an incident ends when its last episode ends.
fn reference(episodes: &[(Millis, Option<Millis>)], merge_window: Millis) -> Vec<Incident> {
    let mut sorted = episodes.to_vec();
    sorted.sort();
    let mut incidents: Vec<Incident> = Vec::new();
    for (start, end) in sorted {
        if let Some(current) = incidents.last_mut() {
            let joins = match current.end {
                None => true,
                Some(current_end) => start <= current_end + merge_window,
            };
            if joins {
                if current.end.is_some_and(|current_end| start > current_end) {
                    current.flaps += 1;
                }
                current.end = match (current.end, end) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
                current.episodes += 1;
                continue;
            }
        }
        incidents.push(Incident {
            start,
            end,
            episodes: 1,
            flaps: 0,
        });
    }
    incidents
}

/// How far after the previous episode's end the next one starts.
fn gap() -> impl Strategy<Value = Millis> {
    prop_oneof![
        Just(MERGE_WINDOW),
        Just(MERGE_WINDOW - SECOND),
        Just(MERGE_WINDOW + SECOND),
        (-120i64..120).prop_map(|m| m * MINUTE),
        // At most 13 gaps of 20 days: the history stays within retention (400d).
        (1i64..20).prop_map(|d| d * DAY),
    ]
}

/// One notice of episode `episode`: a firing one, or a resolve ending at `ends_at`.
#[derive(Debug, Clone, Copy)]
struct Note {
    episode: usize,
    ends_at: Option<Millis>,
}

/// A history of one pair and how it reaches the daemon.
#[derive(Debug, Clone)]
struct History {
    /// `(start, end)` of each episode, chained by gaps; the last one possibly open.
    episodes: Vec<(Millis, Option<Millis>)>,
    /// Every notice, in arrival order.
    notes: Vec<Note>,
    /// The daemon restarts before this notice (none when past the end).
    restart_before: usize,
}

/// The notices an episode is delivered with: a firing one and its resolve, the resolve alone,
/// or (for an episode that ended within the last day, whose key the daemon keeps in memory) a
/// second resolve with an earlier end besides, which must not win (ARCHITECTURE.md rule 6).
fn notes_of(
    episode: usize,
    (start, end): (Millis, Option<Millis>),
    variant: u8,
    earlier: Millis,
    now: Millis,
) -> Vec<Note> {
    let firing = Note {
        episode,
        ends_at: None,
    };
    let Some(end) = end else {
        return vec![firing; 1 + usize::from(variant % 2)];
    };
    let resolved = |ends_at| Note {
        episode,
        ends_at: Some(ends_at),
    };
    let recent = end > now - DAY + 2 * 3600 * SECOND;
    let earlier = start + earlier % (end - start).max(1);
    match variant {
        1 => vec![resolved(end)],
        2 if recent => vec![firing, resolved(end), resolved(earlier)],
        3 if recent => vec![resolved(earlier), resolved(end)],
        _ => vec![firing, resolved(end)],
    }
}

/// A history of one pair ending two hours ago (so that its last episodes are recent), every
/// notice of it shuffled, and a restart at a random point.
fn history() -> impl Strategy<Value = History> {
    let step = (gap(), 1i64..180, any::<bool>(), 0u8..4, 0i64..180 * MINUTE);
    proptest::collection::vec(step, 1..14).prop_flat_map(|steps| {
        let now = time::OffsetDateTime::now_utc().unix_timestamp() * SECOND;
        let total: Millis = steps.iter().map(|(g, l, ..)| g.max(&0) + l * MINUTE).sum();
        let mut t = now - 2 * 3600 * SECOND - total;
        let mut episodes = Vec::new();
        let mut notes = Vec::new();
        let last = steps.len() - 1;
        for (i, (gap, minutes, open, variant, earlier)) in steps.into_iter().enumerate() {
            let start = t + gap;
            let end = start + minutes * MINUTE;
            let episode = (start, (i != last || !open).then_some(end));
            notes.extend(notes_of(i, episode, variant, earlier, now));
            episodes.push(episode);
            t = end;
        }
        let count = notes.len();
        (Just(episodes), Just(notes).prop_shuffle(), 0..count + 1).prop_map(
            |(episodes, notes, restart_before)| History {
                episodes,
                notes,
                restart_before,
            },
        )
    })
}

fn document(episodes: &[(Millis, Option<Millis>)], note: Note) -> Vec<u8> {
    let (start, _) = episodes[note.episode];
    let alert = serde_json::json!({
        "status": if note.ends_at.is_some() { "resolved" } else { "firing" },
        "labels": {"alertname": "PoolExhausted", "service": "ref"},
        "annotations": {"description": "HikariPool-1 - Connection is not available, request timed out after 30000ms."},
        "startsAt": format_time(start),
        "endsAt": note.ends_at.map(format_time).unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
        "fingerprint": format!("fp{}", note.episode),
    });
    serde_json::to_vec(&serde_json::json!({
        "receiver": "rx", "status": "firing", "alerts": [alert],
        "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
        "externalURL": "http://am", "version": "4", "groupKey": "{}", "truncatedAlerts": 0
    }))
    .expect("json")
}

/// The daemon's incidents of the pair, oldest first, as the reference describes them.
async fn daemon_incidents(app: &TestApp) -> Vec<Incident> {
    let r = app
        .get("/api/v1/incidents?service=ref&since=400d&limit=10000")
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    let parse = |t: &serde_json::Value| -> Option<Millis> {
        let text = t.as_str()?;
        let parsed =
            time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                .ok()?;
        Some((parsed.unix_timestamp_nanos() / 1_000_000) as Millis)
    };
    let mut out: Vec<Incident> = v["data"]
        .as_array()
        .expect("list")
        .iter()
        .map(|i| Incident {
            start: parse(&i["start"]).expect("start"),
            end: parse(&i["end"]),
            episodes: i["episodes"].as_u64().expect("episodes") as u32,
            flaps: i["flaps"].as_u64().expect("flaps") as u32,
        })
        .collect();
    out.reverse();
    out
}

/// Delivers `history` to a daemon started with `config_yaml` (restarting it where the history
/// says) and returns its incidents, after checking that its counters say the same.
async fn daemon(history: &History, config_yaml: &str) -> Vec<Incident> {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let mut app = spawn_app_in(&storage, config_yaml).await;
    for (i, note) in history.notes.iter().enumerate() {
        if i == history.restart_before {
            app.stop().await;
            app = spawn_app_in(&storage, config_yaml).await;
        }
        let r = app
            .post("/webhook/alertmanager", &document(&history.episodes, *note))
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let got = daemon_incidents(&app).await;
    let counted =
        r#"recurrence_incidents_total{service="ref",signature="connection_pool_exhaustion"}"#;
    let merged =
        r#"recurrence_incident_merges_total{service="ref",signature="connection_pool_exhaustion"}"#;
    let standing =
        app.metric(counted).await.unwrap_or(0.0) - app.metric(merged).await.unwrap_or(0.0);
    app.stop().await;
    assert_eq!(
        standing,
        got.len() as f64,
        "counted minus merged is the stored truth"
    );
    got
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        rng_seed: proptest::test_runner::RngSeed::Fixed(1517),
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_daemon_agrees_with_the_reference(history in history()) {
        let got = runtime().block_on(daemon(&history, ""));
        prop_assert_eq!(got, reference(&history.episodes, MERGE_WINDOW), "{:?}", history);
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

/// Two episodes, the second starting `gap` after the first ended, delivered second first.
fn two_episodes(gap: Millis) -> History {
    let now = time::OffsetDateTime::now_utc().unix_timestamp() * SECOND;
    let t = now - 3 * DAY;
    let episodes = vec![
        (t, Some(t + 10 * MINUTE)),
        (t + 10 * MINUTE + gap, Some(t + 40 * MINUTE + gap)),
    ];
    let notes = [1, 0]
        .into_iter()
        .flat_map(|episode| notes_of(episode, episodes[episode], 0, 0, now))
        .collect();
    History {
        episodes,
        notes,
        restart_before: usize::MAX,
    }
}

/// The boundary is inclusive and exact, and the comparison above notices a daemon whose merge
/// window is one second off: with `merge_window: 15m1s` it merges an episode starting 15m 1s
/// after the last end, with `14m59s` it does not merge one starting exactly 15m after, and the
/// reference (15m) disagrees with both.
#[tokio::test]
async fn a_merge_window_one_second_off_disagrees_with_the_reference() {
    for gap in [MERGE_WINDOW - SECOND, MERGE_WINDOW, MERGE_WINDOW + SECOND] {
        let history = two_episodes(gap);
        let expected = reference(&history.episodes, MERGE_WINDOW);
        assert_eq!(expected.len(), if gap <= MERGE_WINDOW { 1 } else { 2 });
        assert_eq!(daemon(&history, "").await, expected, "gap {gap}");
    }
    for (window, gap) in [("15m1s", MERGE_WINDOW + SECOND), ("14m59s", MERGE_WINDOW)] {
        let history = two_episodes(gap);
        let config = format!("incident:\n  merge_window: {window}\n");
        let got = daemon(&history, &config).await;
        assert_ne!(
            got,
            reference(&history.episodes, MERGE_WINDOW),
            "a daemon with merge_window {window} agrees with the reference at gap {gap}"
        );
    }
}

/// ARCHITECTURE.md rule 6: a firing and a resolved notice of one episode whose texts classify
/// differently give the same pair whichever arrives first (the prevailing classification:
/// `disk_full` over `connection_pool_exhaustion`, the catalogue's order), with or without a
/// restart between them;
/// the other pair keeps no episode, and the second notice still closes the episode.
#[tokio::test]
async fn an_episode_gets_the_same_pair_whichever_notice_arrives_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    same_pair_whichever_notice_first(&dir.path().join("data"), "").await;
}

/// The same on PostgreSQL, whose change log carries the reclassification.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_episode_gets_the_same_pair_whichever_notice_arrives_first_on_postgres() {
    let cluster = crate::pgcluster::PgCluster::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let config = format!("storage:\n  postgres:\n    url: {}\n", cluster.url());
    same_pair_whichever_notice_first(&dir.path().join("data"), &config).await;
}

/// Two replicas on one PostgreSQL: the firing notice reaches one, the resolve (classified
/// otherwise) the other, in either order; both show the episode in the prevailing pair, the
/// second one through the change log.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_agree_on_the_prevailing_pair() {
    let cluster = crate::pgcluster::PgCluster::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let config = format!("storage:\n  postgres:\n    url: {}\n", cluster.url());
    let a = spawn_app_in(&dir.path().join("a"), &config).await;
    let b = spawn_app_in(&dir.path().join("b"), &config).await;
    let now = time::OffsetDateTime::now_utc().unix_timestamp() * SECOND;
    let start = format_time(now - DAY + 3600 * SECOND);
    let end = format_time(now - DAY + 3600 * SECOND + 10 * MINUTE);
    for (case, resolve_first) in [false, true].into_iter().enumerate() {
        let (service, fingerprint) = (format!("replicated{case}"), format!("fp{case}"));
        let firing = webhook(
            &service,
            &[(
                "Saturated",
                &fingerprint,
                "firing",
                &start,
                "0001-01-01T00:00:00Z",
                "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
            )],
        );
        let resolved = webhook(
            &service,
            &[(
                "Saturated",
                &fingerprint,
                "resolved",
                &start,
                &end,
                "write failed: No space left on device",
            )],
        );
        let sends = if resolve_first {
            [(&a, &resolved), (&b, &firing)]
        } else {
            [(&a, &firing), (&b, &resolved)]
        };
        for (app, doc) in sends {
            assert_eq!(app.post("/webhook/alertmanager", doc).await.status, 200);
            // The other replica follows the change log within a second or two.
            tokio::time::sleep(std::time::Duration::from_secs(3)).await;
        }
        for (name, app) in [("a", &a), ("b", &b)] {
            let path = format!("/api/v1/incidents?service={service}");
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
            loop {
                let body = app.get(&path).await.body;
                let v: serde_json::Value = serde_json::from_str(&body).expect("json");
                let agreed = v["data"].as_array().is_some_and(|l| {
                    l.len() == 1 && l[0]["signature"] == "disk_full" && l[0]["end"].is_string()
                });
                if agreed {
                    break;
                }
                assert!(
                    std::time::Instant::now() < deadline,
                    "replica {name}, resolve first {resolve_first}: {body}"
                );
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
        }
    }
    a.stop().await;
    b.stop().await;
}

async fn same_pair_whichever_notice_first(storage: &std::path::Path, config: &str) {
    let now = time::OffsetDateTime::now_utc().unix_timestamp() * SECOND;
    let start = format_time(now - DAY + 3600 * SECOND);
    let end = format_time(now - DAY + 3600 * SECOND + 10 * MINUTE);
    let cases = [(false, false), (true, false), (false, true), (true, true)];
    for (case, (resolve_first, restart)) in cases.into_iter().enumerate() {
        let (service, fingerprint) = (format!("templated{case}"), format!("fp{case}"));
        let notice = |status: &str, ends_at: &str, description: &str| {
            webhook(
                &service,
                &[(
                    "Saturated",
                    &fingerprint,
                    status,
                    &start,
                    ends_at,
                    description,
                )],
            )
        };
        let firing = notice(
            "firing",
            "0001-01-01T00:00:00Z",
            "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
        );
        let resolved = notice("resolved", &end, "write failed: No space left on device");
        let order = if resolve_first {
            [&resolved, &firing]
        } else {
            [&firing, &resolved]
        };
        let mut app = spawn_app_in(storage, config).await;
        assert_eq!(
            app.post("/webhook/alertmanager", order[0]).await.status,
            200
        );
        if restart {
            app.stop().await;
            app = spawn_app_in(storage, config).await;
        }
        assert_eq!(
            app.post("/webhook/alertmanager", order[1]).await.status,
            200
        );
        let what = format!("resolve first: {resolve_first}, restart: {restart}");
        let path = format!("/api/v1/incidents?service={service}");
        let r = app.get(&path).await;
        let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
        let incidents = v["data"].as_array().expect("list");
        assert_eq!(incidents.len(), 1, "{what}: {}", r.body);
        assert_eq!(incidents[0]["signature"], "disk_full", "{what}: {}", r.body);
        assert!(
            incidents[0]["end"].is_string(),
            "{what}: closed: {}",
            r.body
        );
        let gauge = format!(
            r#"recurrence_window_incidents{{service="{service}",signature="connection_pool_exhaustion",window="7d"}}"#
        );
        assert_eq!(app.metric(&gauge).await.unwrap_or(0.0), 0.0, "{what}");
        app.stop().await;
        // The stored history says the same after a restart.
        let app = spawn_app_in(storage, config).await;
        let r = app.get(&path).await;
        assert!(
            r.body.contains("disk_full") && !r.body.contains("connection_pool_exhaustion"),
            "{what}, after a restart: {}",
            r.body
        );
        app.stop().await;
    }
}
