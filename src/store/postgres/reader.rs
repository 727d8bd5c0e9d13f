//! The PostgreSQL [`StoreReader`]: a connection of its own, so that reads never wait for the
//! writer's commits.

use std::sync::Mutex;

use postgres::Client;

use super::connect::{Connector, Link};
use super::sql;
use crate::model::{HistoryRow, Millis};
use crate::store::{decode_map, EpisodeDetail, EpisodeLinks, StoreError, StoreReader};

pub struct PgReader {
    link: Mutex<Link>,
}

impl PgReader {
    pub fn new(connector: Connector) -> PgReader {
        PgReader {
            link: Mutex::new(Link::new(connector, |_| Ok(()))),
        }
    }

    /// Runs `read` on the connection; an error that may have broken it drops it, and the
    /// next read reconnects.
    fn with<T>(
        &self,
        read: impl FnOnce(&mut Client) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut link = self.link.lock().expect("reader lock");
        let result = read(link.client()?);
        if matches!(result, Err(StoreError::Unreachable(_))) {
            link.forget();
        }
        result
    }
}

/// Every stored episode of a pair, oldest first.
pub fn pair_history(
    client: &mut Client,
    service: &str,
    signature: &str,
) -> Result<Vec<HistoryRow>, StoreError> {
    let rows = client
        .query(
            "SELECT starts_at, ends_at, alertname FROM episodes
             WHERE service = $1 AND signature = $2 ORDER BY starts_at",
            &[&service, &signature],
        )
        .map_err(sql)?;
    Ok(rows
        .iter()
        .map(|r| HistoryRow {
            starts_at: r.get(0),
            ends_at: r.get(1),
            alertname: r.get(2),
        })
        .collect())
}

impl StoreReader for PgReader {
    fn pair_history(&self, service: &str, signature: &str) -> Result<Vec<HistoryRow>, StoreError> {
        self.with(|client| pair_history(client, service, signature))
    }

    fn links(
        &self,
        service: &str,
        signature: &str,
        from: Millis,
        to: Millis,
    ) -> Result<Vec<EpisodeLinks>, StoreError> {
        self.with(|client| {
            let rows = client
                .query(
                    "SELECT id, starts_at, links FROM episodes
                     WHERE service = $1 AND signature = $2 AND starts_at BETWEEN $3 AND $4 AND links <> '{}'
                     ORDER BY starts_at, id",
                    &[&service, &signature, &from, &to],
                )
                .map_err(sql)?;
            rows.iter()
                .map(|r| {
                    Ok(EpisodeLinks {
                        starts_at: r.get(1),
                        links: decode_map("postgres", r.get(0), "links", r.get(2))?,
                    })
                })
                .collect()
        })
    }

    fn episodes(
        &self,
        service: &str,
        signature: &str,
        from: Millis,
        to: Millis,
        limit: usize,
    ) -> Result<Vec<EpisodeDetail>, StoreError> {
        self.with(|client| {
            let rows = client
                .query(
                    "SELECT source, fingerprint, alertname, starts_at, ends_at, closed_by, rule, evidence, links, labels, id
                     FROM episodes WHERE service = $1 AND signature = $2 AND starts_at BETWEEN $3 AND $4
                     ORDER BY starts_at, id LIMIT $5",
                    &[&service, &signature, &from, &to, &(limit as i64)],
                )
                .map_err(sql)?;
            rows.iter()
                .map(|r| {
                    let id: i64 = r.get(10);
                    Ok(EpisodeDetail {
                        source: r.get(0),
                        fingerprint: r.get(1),
                        alertname: r.get(2),
                        starts_at: r.get(3),
                        ends_at: r.get(4),
                        closed_by: r.get(5),
                        rule: r.get(6),
                        evidence: r.get(7),
                        links: decode_map("postgres", id, "links", r.get(8))?,
                        labels: decode_map("postgres", id, "labels", r.get(9))?,
                    })
                })
                .collect()
        })
    }

    /// PostgreSQL checks its own pages (with data checksums when the cluster has them); this
    /// only checks that the server answers and the schema is this binary's.
    fn check_integrity(&self) -> Result<(), StoreError> {
        self.with(|client| {
            client
                .query_one("SELECT COUNT(*) FROM schema_migrations", &[])
                .map_err(sql)?;
            Ok(())
        })
    }
}
