//! A reload while the history is still loading is applied once the load ends: the writer is
//! the tracker's only owner and puts the newest settings in force after the load.

use std::time::{Duration, Instant};

use recurrence_exporter::app::{Application, Settings};
use recurrence_exporter::config::Config;
use recurrence_exporter::incident::{Change, EpisodeExtra, EpisodeKey, EpisodeRecord};
use recurrence_exporter::ingest::Source;
use recurrence_exporter::store::sqlite::SqliteStore;
use recurrence_exporter::store::StoreWriter;

use crate::support::*;

/// A store with `n` closed episodes over 100 pairs, so that loading it takes a while.
fn large_store(dir: &std::path::Path, n: usize) {
    let mut store = SqliteStore::open(dir).expect("store");
    let now = time::OffsetDateTime::now_utc().unix_timestamp() * 1000;
    let changes: Vec<Change> = (0..n)
        .map(|i| {
            let start = now - 80 * 86_400_000 + (i as i64) * 60_000;
            Change::Open(Box::new(EpisodeRecord {
                key: EpisodeKey {
                    source: Source::Alertmanager,
                    fingerprint: format!("fp{i}"),
                    starts_at: start,
                },
                ends_at: Some(start + 30_000),
                last_seen: start,
                service: format!("svc-{}", i % 100),
                signature: "connection_pool_exhaustion".into(),
                rule: "test".into(),
                alertname: "PoolExhausted".into(),
                labels: Default::default(),
                annotations: Default::default(),
                extra: EpisodeExtra::default(),
            }))
        })
        .collect();
    store.commit(&changes).expect("commit");
}

/// A request off the runtime's threads, which serve the daemon.
async fn get(addr: std::net::SocketAddr, path: &'static str) -> Response {
    tokio::task::spawn_blocking(move || request(addr, "GET", path, b""))
        .await
        .expect("request task")
}

#[tokio::test]
async fn a_reload_during_the_history_load_is_applied_after_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    large_store(&storage, 100_000);
    let config_path = dir.path().join("config.yml");
    std::fs::write(&config_path, "").expect("config");
    let app = Application::build(Settings {
        config: Config::default(),
        config_path: Some(config_path.clone()),
        storage_path: storage.clone(),
        listen_address: "127.0.0.1:0".into(),
        web_config: None,
    })
    .await
    .expect("daemon starts");
    let addr = app.local_addr();
    let reloader = app.reloader();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        app.run_until(async {
            let _ = stopped.await;
        })
        .await
        .expect("serve");
    });
    // At once, while the writer is still loading: a 45-day window replaces 7d, 30d and 90d.
    std::fs::write(&config_path, "windows: [45d]\n").expect("config");
    // A webhook while the history loads is answered 503 with Retry-After (the README's
    // Responses table), and is not lost: its retry after the load is stored.
    let doc = webhook(
        "loading",
        &[(
            "PoolExhausted",
            "fp-loading",
            "firing",
            "2026-11-30T10:00:00Z",
            "0001-01-01T00:00:00Z",
            "HikariPool-1 - Connection is not available",
        )],
    );
    let during = tokio::task::spawn_blocking({
        let doc = doc.clone();
        move || request(addr, "POST", "/webhook/alertmanager", &doc)
    })
    .await
    .expect("request task");
    let loading = get(addr, "/-/ready").await.status == 503;
    if loading {
        assert_eq!(
            during.status, 503,
            "a webhook during the load: {}",
            during.body
        );
        assert!(
            during.headers.to_ascii_lowercase().contains("retry-after:"),
            "{}",
            during.headers
        );
    }
    tokio::task::spawn_blocking(move || reloader())
        .await
        .expect("reload task")
        .expect("reload");
    let deadline = Instant::now() + Duration::from_secs(60);
    while get(addr, "/-/ready").await.status != 200 {
        assert!(Instant::now() < deadline, "never ready");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let metrics = get(addr, "/metrics").await.body;
    let windows: std::collections::BTreeSet<&str> = metrics
        .lines()
        .filter(|l| l.starts_with("recurrence_window_incidents{"))
        .filter_map(|l| l.split("window=\"").nth(1)?.split('"').next())
        .collect();
    assert_eq!(
        windows.into_iter().collect::<Vec<_>>(),
        vec!["45d"],
        "the reload {} the load",
        if loading { "came during" } else { "came after" }
    );
    assert!(
        loading,
        "the reload did not come during the load; make the store larger"
    );
    let retry =
        tokio::task::spawn_blocking(move || request(addr, "POST", "/webhook/alertmanager", &doc))
            .await
            .expect("request task");
    assert_eq!(
        retry.status, 200,
        "the retry after the load: {}",
        retry.body
    );
    assert!(retry.body.contains("\"new_episodes\":1"), "{}", retry.body);
    let _ = stop.send(());
    task.await.expect("daemon task");
}
