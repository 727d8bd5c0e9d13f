//! The landing page in headless Chromium (Debian's `chromium`, installed by the test command):
//! the page of a daemon fed with fixtures shows the expected rows, and a screenshot is saved
//! to `target/test-artifacts/landing.png`.

use std::path::PathBuf;
use std::process::Command;

use crate::support::*;

const ZERO: &str = "0001-01-01T00:00:00Z";

fn ago(seconds: i64) -> String {
    let t = time::OffsetDateTime::now_utc() - time::Duration::seconds(seconds);
    t.format(&time::format_description::well_known::Rfc3339)
        .expect("format")
}

fn chromium(args: &[String]) -> std::process::Output {
    let profile = tempfile::tempdir().expect("profile dir");
    let mut all: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    all.push(format!("--user-data-dir={}", profile.path().display()));
    all.extend(args.iter().cloned());
    Command::new("chromium")
        .args(&all)
        .output()
        .expect("chromium (installed by the test command)")
}

#[tokio::test]
async fn landing_page_shows_top_pairs_open_incidents_and_regressions() {
    let (app, _dir) = spawn_app().await;
    let day = 86_400;
    for (i, days) in [40i64, 25, 9].iter().enumerate() {
        let doc = webhook(
            "payments-api",
            &[(
                "PostgresTooManyConnections",
                &format!("p{i}"),
                "resolved",
                &ago(days * day),
                &ago(days * day - 1500),
                "FATAL:  sorry, too many clients already",
            )],
        );
        assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    }
    // Latency with two of them, then latency alone: a probable pool outage.
    for (i, days) in [25i64, 9, 1].iter().enumerate() {
        let doc = webhook(
            "payments-api",
            &[(
                "PaymentsSlow",
                &format!("l{i}"),
                "resolved",
                &ago(days * day),
                &ago(days * day - 1200),
                "p99 latency is 4s",
            )],
        );
        assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    }
    let fix = format!(
        r#"{{"service":"payments-api","signature":"connection_pool_exhaustion","ref":"PM-<1234>","at":"{}"}}"#,
        ago(15 * day)
    );
    assert_eq!(app.post("/api/v1/fixes", fix.as_bytes()).await.status, 201);
    let firing = webhook(
        "checkout",
        &[(
            "KubePodCrashLooping",
            "c1",
            "firing",
            &ago(3600),
            ZERO,
            "Pod checkout/checkout-7d9 is restarting; last state: OOMKilled",
        )],
    );
    assert_eq!(app.post("/webhook/alertmanager", &firing).await.status, 200);

    let url = format!("http://{}/", app.addr);
    let dom_args = vec!["--dump-dom".to_string(), url.clone()];
    let out = tokio::task::spawn_blocking(move || chromium(&dom_args))
        .await
        .expect("task");
    let dom = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let outages = dom
        .split("id=\"outages\"")
        .nth(1)
        .expect("the page leads with outages")
        .split("id=\"top\"")
        .next()
        .expect("section end");
    assert!(
        dom.find("id=\"outages\"") < dom.find("id=\"top\""),
        "outages come first"
    );
    assert!(
        outages.contains("<code>connection_pool_exhaustion</code></td><td class=\"n\">4</td>"),
        "three observed and one probable pool outage: {outages}"
    );
    assert!(
        outages.contains("<span class=\"probable\">probable (100%)</span>"),
        "the probable one is marked: {outages}"
    );
    assert!(
        outages.contains(
            "2 of 2 earlier payments-api outages with high_latency had connection_pool_exhaustion"
        ),
        "{outages}"
    );
    // The pictures: one strip per top root cause with its incidents as marks, the regression
    // in red and the fix as a line; one share bar per service.
    let pictures = dom
        .split("id=\"pictures\"")
        .nth(1)
        .expect("pictures")
        .split("id=\"top\"")
        .next()
        .expect("end");
    assert!(pictures.contains("<svg"), "{pictures}");
    assert_eq!(
        pictures.matches("class=\"incident\"").count()
            + pictures.matches("class=\"regression\"").count(),
        7,
        "three pool, three latency and one checkout incident: {pictures}"
    );
    assert_eq!(
        pictures.matches("class=\"regression\"").count(),
        1,
        "{pictures}"
    );
    assert_eq!(pictures.matches("class=\"fix\"").count(), 1, "{pictures}");
    assert_eq!(
        pictures.matches("class=\"share\"").count(),
        2,
        "payments-api and checkout: {pictures}"
    );
    let top = dom
        .split("id=\"top\"")
        .nth(1)
        .expect("top section")
        .split("id=\"open\"")
        .next()
        .expect("section end");
    assert!(
        top.contains("payments-api") && top.contains("connection_pool_exhaustion"),
        "{top}"
    );
    assert!(
        top.contains("<td class=\"n\">3</td>"),
        "three incidents in 90d: {top}"
    );
    assert!(
        top.contains("PM-&lt;1234&gt; regressed"),
        "escaped ref, fix regressed: {top}"
    );
    let open = dom
        .split("id=\"open\"")
        .nth(1)
        .expect("open section")
        .split("id=\"regressions\"")
        .next()
        .expect("end");
    assert!(
        open.contains("checkout") && open.contains("out_of_memory"),
        "{open}"
    );
    let regressions = dom
        .split("id=\"regressions\"")
        .nth(1)
        .expect("regressions section");
    assert!(regressions.contains("PM-&lt;1234&gt;"), "{regressions}");
    assert!(!dom.contains("<script"), "no scripts on the page");

    let artifacts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).expect("artifacts dir");
    let shot = artifacts.join("landing.png");
    let _ = std::fs::remove_file(&shot);
    let shot_args = vec![
        format!("--screenshot={}", shot.display()),
        "--window-size=1366,900".to_string(),
        url,
    ];
    let out = tokio::task::spawn_blocking(move || chromium(&shot_args))
        .await
        .expect("task");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real screenshot, {} bytes",
        png.len()
    );
    app.stop().await;
}
