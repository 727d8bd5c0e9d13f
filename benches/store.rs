//! The store's ceilings: bare SQLite on the same disk, and the stores the start-up benchmark
//! loads. Run by `scripts/bench-store.sh` and `scripts/bench-ingest.sh`.
//!
//! ```text
//! store generate DIR EPISODES PAIRS   a store of EPISODES closed episodes over PAIRS pairs
//! store scan DIR                      bare full scan of the columns the daemon loads
//! store insert DIR BATCH SECONDS      bare WAL + synchronous=FULL insert, BATCH rows a commit
//! store pginsert URL BATCH SECONDS    bare PostgreSQL insert (synchronous_commit=on), BATCH
//!                                     rows a commit in one statement, into the daemon's schema
//! ```
//!
//! Run without arguments (as `cargo bench` does) it prints this usage and exits. Schemas are
//! never written here: `generate` and `insert` open their store with the daemon's own
//! `SqliteStore::open`, so the tables, indexes and `user_version` are the daemon's.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use recurrence_exporter::classify::catalogue_signatures;
use recurrence_exporter::store::sqlite::{SqliteStore, DB_FILE};
use rusqlite::{params, Connection};

const USAGE: &str =
    "usage: store generate DIR EPISODES PAIRS | scan DIR | insert DIR BATCH SECONDS | pginsert URL BATCH SECONDS";

const DAY_MS: i64 = 86_400_000;

/// The daemon's insert statement, word for word (src/store/sqlite.rs, `commit`).
const INSERT: &str = "INSERT OR IGNORE INTO episodes
     (source, fingerprint, starts_at, ends_at, last_seen, closed_by, service, signature, rule, alertname, labels, annotations)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

/// Every column of every stored episode the incident model could use, in storage order: the
/// bare full scan the daemon's start-up is measured against. (The daemon itself reads a
/// covering index in pair order plus the open and recent rows; see src/store/sqlite.rs, `load`.)
const LOAD: &str =
    "SELECT source, fingerprint, starts_at, ends_at, last_seen, service, signature, rule, alertname
     FROM episodes ORDER BY id";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |s: &str| -> u64 { s.parse().expect("a number") };
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate", dir, episodes, pairs] => {
            generate(Path::new(dir), number(episodes), number(pairs))
        }
        ["scan", dir] => scan(Path::new(dir)),
        ["insert", dir, batch, seconds] => {
            insert(Path::new(dir), number(batch) as usize, number(seconds))
        }
        ["pginsert", url, batch, seconds] => {
            pg_insert(url, number(batch) as usize, number(seconds))
        }
        _ => eprintln!("{USAGE}\n(run from scripts/bench-store.sh and scripts/bench-ingest.sh)"),
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_millis() as i64
}

/// Creates the daemon's schema in `dir` and returns a connection to its database.
fn open(dir: &Path, synchronous: &str) -> Connection {
    drop(SqliteStore::open(dir).expect("creating the store with the daemon's schema"));
    let conn = Connection::open(dir.join(DB_FILE)).expect("opening the store");
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .expect("WAL mode");
    assert_eq!(mode, "wal");
    conn.execute_batch(&format!("PRAGMA synchronous={synchronous};"))
        .expect("setting synchronous");
    conn
}

/// A stored row's labels and annotations as the daemon writes them, from the corpus.
fn documents() -> Vec<(String, String, String)> {
    common::corpus()
        .into_iter()
        .map(|a| {
            let alertname = a.labels.get("alertname").cloned().unwrap_or_default();
            let labels = serde_json::to_string(&a.labels).expect("maps serialise");
            let annotations = serde_json::to_string(&a.annotations).expect("maps serialise");
            (alertname, labels, annotations)
        })
        .collect()
}

/// `episodes` closed episodes over `pairs` (service, signature) pairs: services `svc-NNNN`
/// times the catalogue's signatures, evenly spread over the last 300 days (inside the default
/// 400-day retention, so start-up prunes nothing), ten minutes each.
fn generate(dir: &Path, episodes: u64, pairs: u64) {
    let started = Instant::now();
    let mut conn = open(dir, "OFF");
    let signatures: Vec<&str> = catalogue_signatures().into_iter().collect();
    let docs = documents();
    let per_pair = episodes.div_ceil(pairs).max(1) as i64;
    let span = 300 * DAY_MS;
    let now = now_ms();
    let tx = conn.transaction().expect("a transaction");
    {
        let mut insert = tx.prepare(INSERT).expect("the insert statement");
        for n in 0..episodes {
            let pair = n % pairs;
            let round = (n / pairs) as i64;
            let service = format!("svc-{:04}", pair / signatures.len() as u64);
            let signature = signatures[(pair % signatures.len() as u64) as usize];
            let starts_at =
                now - span + round * (span / per_pair) + (pair as i64 * 7_919) % 3_600_000;
            let ends_at = starts_at + 600_000;
            let (alertname, labels, annotations) = &docs[(n % docs.len() as u64) as usize];
            insert
                .execute(params![
                    "alertmanager",
                    format!("{:016x}", n.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
                    starts_at,
                    ends_at,
                    ends_at,
                    "resolved",
                    service,
                    signature,
                    format!("builtin:{signature}"),
                    alertname,
                    labels,
                    annotations
                ])
                .expect("inserting an episode");
        }
    }
    tx.commit().expect("committing");
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpointing");
    let size = std::fs::metadata(dir.join(DB_FILE))
        .map(|m| m.len())
        .unwrap_or(0);
    println!(
        "generated episodes={episodes} pairs={pairs} bytes={size} seconds={:.1}",
        started.elapsed().as_secs_f64()
    );
}

/// One row as the daemon's `load` reads it, owned.
type Row = (
    String,
    String,
    i64,
    Option<i64>,
    i64,
    String,
    String,
    String,
    String,
);

/// The bare scan: every row read into owned values, nothing else.
fn scan(dir: &Path) {
    let conn = Connection::open(dir.join(DB_FILE)).expect("opening the store");
    let started = Instant::now();
    let mut stmt = conn.prepare(LOAD).expect("the load statement");
    let rows: Vec<Row> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        })
        .expect("scanning")
        .collect::<Result<_, _>>()
        .expect("reading rows");
    let elapsed = started.elapsed();
    println!(
        "scan rows={} ms={:.1}",
        rows.len(),
        elapsed.as_secs_f64() * 1000.0
    );
}

/// The durable-insert ceiling: the daemon's insert statement on the daemon's schema, in WAL
/// mode with `synchronous=FULL`, `batch` rows a transaction, for `seconds`. Rows are prepared
/// beforehand: the ceiling is SQLite and the disk, nothing else.
fn insert(dir: &Path, batch: usize, seconds: u64) {
    let mut conn = open(dir, "FULL");
    let docs = documents();
    let signatures: Vec<&str> = catalogue_signatures().into_iter().collect();
    let starts_at = now_ms() - DAY_MS;
    let deadline = Duration::from_secs(seconds);
    let started = Instant::now();
    let (mut rows, mut commits) = (0u64, 0u64);
    while started.elapsed() < deadline {
        let fingerprints: Vec<String> = (rows..rows + batch as u64)
            .map(|n| format!("{:016x}", n.wrapping_mul(0x9e37_79b9_7f4a_7c15)))
            .collect();
        let tx = conn.transaction().expect("a transaction");
        {
            let mut insert = tx.prepare_cached(INSERT).expect("the insert statement");
            for (i, fingerprint) in fingerprints.iter().enumerate() {
                let n = rows as usize + i;
                let (alertname, labels, annotations) = &docs[n % docs.len()];
                let signature = signatures[n % signatures.len()];
                insert
                    .execute(params![
                        "alertmanager",
                        fingerprint,
                        starts_at,
                        None::<i64>,
                        starts_at,
                        None::<&str>,
                        "checkout",
                        signature,
                        "builtin:rule",
                        alertname,
                        labels,
                        annotations
                    ])
                    .expect("inserting an episode");
            }
        }
        tx.commit().expect("committing");
        rows += batch as u64;
        commits += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "insert batch={batch} rows={rows} commits={commits} seconds={elapsed:.1} rows_per_s={:.0} commits_per_s={:.1}",
        rows as f64 / elapsed,
        commits as f64 / elapsed
    );
}

/// The daemon's episode insert on PostgreSQL without what the daemon adds around it (the
/// commit lock, the change log, the ledger): one `UNNEST` statement per transaction, as fast
/// as PostgreSQL takes batches of this size with `synchronous_commit=on`.
fn pg_insert(url: &str, batch: usize, seconds: u64) {
    use recurrence_exporter::store::postgres::{Connector, PgOptions, PgStore};
    let options = PgOptions::from_config(None, Some(url));
    let connector = Connector::new(&options).expect("a PostgreSQL URL");
    drop(PgStore::open(connector.clone()).expect("creating the daemon's schema"));
    let mut client = connector.connect().expect("connecting");
    client
        .batch_execute("SET synchronous_commit = on; TRUNCATE episodes")
        .expect("preparing");
    let docs = documents();
    let signatures: Vec<&str> = catalogue_signatures().into_iter().collect();
    let starts_at = now_ms() - DAY_MS;
    let deadline = Duration::from_secs(seconds);
    let started = Instant::now();
    let (mut rows, mut commits) = (0u64, 0u64);
    while started.elapsed() < deadline {
        let range = rows as usize..rows as usize + batch;
        let fingerprints: Vec<String> = range
            .clone()
            .map(|n| format!("{:016x}", (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)))
            .collect();
        let doc = |n: usize| &docs[n % docs.len()];
        let alertnames: Vec<&str> = range.clone().map(|n| doc(n).0.as_str()).collect();
        let labels: Vec<&str> = range.clone().map(|n| doc(n).1.as_str()).collect();
        let annotations: Vec<&str> = range.clone().map(|n| doc(n).2.as_str()).collect();
        let signature: Vec<&str> = range
            .clone()
            .map(|n| signatures[n % signatures.len()])
            .collect();
        let starts = vec![starts_at; batch];
        let mut tx = client.transaction().expect("a transaction");
        tx.execute(
            "INSERT INTO episodes (source, fingerprint, starts_at, ends_at, last_seen, closed_by,
                 service, signature, rule, alertname, labels, annotations, links, evidence)
             SELECT 'alertmanager', f, s, NULL, s, NULL, 'checkout', sig, 'builtin:rule', a, l, an, '{}', NULL
             FROM UNNEST($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[])
                 AS v(f, s, sig, a, l, an)
             ON CONFLICT (source, fingerprint, starts_at) DO NOTHING",
            &[&fingerprints, &starts, &signature, &alertnames, &labels, &annotations],
        )
        .expect("inserting a batch");
        tx.commit().expect("committing");
        rows += batch as u64;
        commits += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "pginsert batch={batch} rows={rows} commits={commits} seconds={elapsed:.1} rows_per_s={:.0} commits_per_s={:.1}",
        rows as f64 / elapsed,
        commits as f64 / elapsed
    );
}
