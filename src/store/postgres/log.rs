//! The change log: what each write transaction changed, under consecutive sequence numbers,
//! so that every replica applies the same changes in the same order.

use std::collections::HashMap;

use postgres::{GenericClient, Row, Transaction};

use super::{sql, KeyColumns, KeyIndex};
use crate::incident::{Change, EpisodeKey, EpisodeRecord, Fix};
use crate::ingest::Source;
use crate::model::Millis;
use crate::store::{Replicated, StoreError};

/// One change as the log records it. An episode's entry names its row: its key and pair never
/// change, and its end is in the entry.
#[derive(Debug, Clone)]
pub enum LogEntry {
    /// A new episode, as inserted.
    Opened {
        id: i64,
        record: Box<EpisodeRecord>,
    },
    /// An episode's end set or moved later.
    Closed {
        id: i64,
        key: EpisodeKey,
        ends_at: Millis,
        stale: bool,
    },
    /// An episode given another classification (`Change::Reclassify`); replicas read the
    /// row's current one, so applying it again, or after an `Opened` entry that already read
    /// it, changes nothing.
    Reclassified {
        id: i64,
        record: Box<EpisodeRecord>,
    },
    FixAdded {
        id: i64,
    },
    FixDeleted {
        id: i64,
    },
    Pruned {
        cutoff: Millis,
        removed: i64,
    },
}

impl LogEntry {
    /// The tracker's change for an episode entry.
    pub fn as_change(&self) -> Option<Change> {
        match self {
            LogEntry::Opened { record, .. } => Some(Change::Open(record.clone())),
            LogEntry::Reclassified { record, .. } => Some(Change::Reclassify(record.clone())),
            LogEntry::Closed {
                key,
                ends_at,
                stale,
                ..
            } => Some(Change::Close {
                key: key.clone(),
                ends_at: *ends_at,
                stale: *stale,
            }),
            _ => None,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            LogEntry::Opened { .. } => "open",
            LogEntry::Closed { .. } => "close",
            LogEntry::Reclassified { .. } => "reclassify",
            LogEntry::FixAdded { .. } => "fix_add",
            LogEntry::FixDeleted { .. } => "fix_delete",
            LogEntry::Pruned { .. } => "prune",
        }
    }
}

/// Appends `item` to `items`, joining it to a run of episode changes before it.
pub fn push_merged(items: &mut Vec<Replicated>, item: Replicated) {
    match (items.last_mut(), item) {
        (Some(Replicated::Changes(into)), Replicated::Changes(more)) => into.extend(more),
        (_, item) => items.push(item),
    }
}

/// Appends `entries` under sequence numbers `first`, `first + 1`, …
pub fn append(
    tx: &mut Transaction<'_>,
    replica: &str,
    first: i64,
    entries: &[LogEntry],
) -> Result<(), StoreError> {
    if entries.is_empty() {
        return Ok(());
    }
    let at = super::wall_clock();
    let seq: Vec<i64> = (0..entries.len() as i64).map(|i| first + i).collect();
    let kind: Vec<&str> = entries.iter().map(LogEntry::kind).collect();
    let episode: Vec<Option<i64>> = entries
        .iter()
        .map(|e| match e {
            LogEntry::Opened { id, .. }
            | LogEntry::Closed { id, .. }
            | LogEntry::Reclassified { id, .. } => Some(*id),
            _ => None,
        })
        .collect();
    let ends_at: Vec<Option<i64>> = entries
        .iter()
        .map(|e| match e {
            LogEntry::Opened { record, .. } => record.ends_at,
            LogEntry::Closed { ends_at, .. } => Some(*ends_at),
            _ => None,
        })
        .collect();
    let stale: Vec<Option<bool>> = entries
        .iter()
        .map(|e| match e {
            LogEntry::Closed { stale, .. } => Some(*stale),
            _ => None,
        })
        .collect();
    let fix: Vec<Option<i64>> = entries
        .iter()
        .map(|e| match e {
            LogEntry::FixAdded { id } | LogEntry::FixDeleted { id } => Some(*id),
            _ => None,
        })
        .collect();
    let (cutoff, removed): (Vec<Option<i64>>, Vec<Option<i64>>) = entries
        .iter()
        .map(|e| match e {
            LogEntry::Pruned { cutoff, removed } => (Some(*cutoff), Some(*removed)),
            _ => (None, None),
        })
        .unzip();
    tx.execute(
        "INSERT INTO change_log (seq, replica, at, kind, episode_id, ends_at, stale, fix_id, cutoff, removed)
         SELECT seq, $2, $3, kind, episode_id, ends_at, stale, fix_id, cutoff, removed
         FROM UNNEST($1::bigint[], $4::text[], $5::bigint[], $6::bigint[], $7::bool[], $8::bigint[],
             $9::bigint[], $10::bigint[])
           AS v(seq, kind, episode_id, ends_at, stale, fix_id, cutoff, removed)",
        &[&seq, &replica, &at, &kind, &episode, &ends_at, &stale, &fix, &cutoff, &removed],
    )
    .map_err(sql)?;
    Ok(())
}

/// The key columns of a batch of episodes, as arrays for `UNNEST`.
struct KeyArrays<'a> {
    source: Vec<&'a str>,
    fingerprint: Vec<&'a str>,
    starts_at: Vec<i64>,
}

impl<'a> KeyArrays<'a> {
    fn of(keys: impl Iterator<Item = &'a EpisodeKey>) -> Self {
        let mut columns = KeyArrays {
            source: Vec::new(),
            fingerprint: Vec::new(),
            starts_at: Vec::new(),
        };
        for key in keys {
            columns.source.push(key.key_source());
            columns.fingerprint.push(key.fingerprint.as_str());
            columns.starts_at.push(key.starts_at);
        }
        columns
    }
}

/// The episode key a `RETURNING source, fingerprint, starts_at, …` row names.
fn row_key(row: &Row) -> (&str, &str, i64) {
    (row.get(0), row.get(1), row.get(2))
}

/// Makes `changes` durable in `tx`: new episodes inserted (a stored one is a no-op; a resolve
/// of a stored open episode, which another replica opened, closes it), closes applied when
/// they move an end later. A stale close is skipped when another replica saw the episode after
/// the time it would close it at. Returns the indexes of the changes that changed nothing and
/// the log entries of those that did, in order.
pub fn commit_changes(
    tx: &mut Transaction<'_>,
    changes: &[Change],
) -> Result<(Vec<usize>, Vec<LogEntry>), StoreError> {
    #[derive(Clone, Copy, PartialEq)]
    enum Effect {
        None,
        Inserted(i64),
        Closed(i64),
        Reclassified(i64),
    }
    let mut effects = vec![Effect::None; changes.len()];

    let mut opens: KeyIndex = HashMap::new();
    for (i, change) in changes.iter().enumerate() {
        if let Change::Open(r) = change {
            opens
                .entry((
                    r.key.key_source(),
                    r.key.fingerprint.as_str(),
                    r.key.starts_at,
                ))
                .or_insert(i);
        }
    }
    if !opens.is_empty() {
        let records: Vec<&EpisodeRecord> = opens
            .values()
            .map(|&i| match &changes[i] {
                Change::Open(r) => r.as_ref(),
                _ => unreachable!("indexes of opens"),
            })
            .collect();
        let json =
            |m: &crate::model::LabelMap| serde_json::to_string(m).expect("string maps serialise");
        let keys = KeyArrays::of(records.iter().map(|r| &r.key));
        let ends_at: Vec<Option<i64>> = records.iter().map(|r| r.ends_at).collect();
        let last_seen: Vec<i64> = records.iter().map(|r| r.last_seen).collect();
        let closed_by: Vec<Option<&str>> = records
            .iter()
            .map(|r| r.ends_at.map(|_| "resolved"))
            .collect();
        let service: Vec<&str> = records.iter().map(|r| r.service.as_str()).collect();
        let signature: Vec<&str> = records.iter().map(|r| r.signature.as_str()).collect();
        let rule: Vec<&str> = records.iter().map(|r| r.rule.as_str()).collect();
        let alertname: Vec<&str> = records.iter().map(|r| r.alertname.as_str()).collect();
        let labels: Vec<String> = records.iter().map(|r| json(&r.labels)).collect();
        let annotations: Vec<String> = records.iter().map(|r| json(&r.annotations)).collect();
        let links: Vec<String> = records.iter().map(|r| json(&r.extra.links)).collect();
        let evidence: Vec<Option<&str>> = records
            .iter()
            .map(|r| r.extra.evidence.as_deref())
            .collect();
        let rows = tx
            .query(
                "INSERT INTO episodes (source, fingerprint, starts_at, ends_at, last_seen, closed_by,
                     service, signature, rule, alertname, labels, annotations, links, evidence)
                 SELECT * FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[],
                     $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                     $12::text[], $13::text[], $14::text[])
                 ON CONFLICT (source, fingerprint, starts_at) DO UPDATE
                     SET ends_at = excluded.ends_at, closed_by = excluded.closed_by
                     WHERE excluded.ends_at IS NOT NULL
                       AND (episodes.ends_at IS NULL OR episodes.ends_at < excluded.ends_at)
                 RETURNING source, fingerprint, starts_at, (xmax = 0) AS inserted, id",
                &[
                    &keys.source, &keys.fingerprint, &keys.starts_at, &ends_at, &last_seen, &closed_by, &service,
                    &signature, &rule, &alertname, &labels, &annotations, &links, &evidence,
                ],
            )
            .map_err(sql)?;
        for row in &rows {
            if let Some(&i) = opens.get(&row_key(row)) {
                let id: i64 = row.get(4);
                effects[i] = if row.get::<_, bool>(3) {
                    Effect::Inserted(id)
                } else {
                    Effect::Closed(id)
                };
            }
        }
    }

    // One close per episode, the latest end: an UPDATE … FROM changes a row once.
    let mut closes: HashMap<&EpisodeKey, usize> = HashMap::new();
    for (i, change) in changes.iter().enumerate() {
        if let Change::Close { key, ends_at, .. } = change {
            let keep = match closes.get(key) {
                Some(&j) => match &changes[j] {
                    Change::Close { ends_at: other, .. } => ends_at > other,
                    _ => true,
                },
                None => true,
            };
            if keep {
                closes.insert(key, i);
            }
        }
    }
    if !closes.is_empty() {
        let order: Vec<usize> = closes.values().copied().collect();
        let by_key: KeyIndex = order
            .iter()
            .map(|&i| {
                let k = changes[i].key();
                ((k.key_source(), k.fingerprint.as_str(), k.starts_at), i)
            })
            .collect();
        let keys = KeyArrays::of(order.iter().map(|&i| changes[i].key()));
        let (ends, stales): (Vec<i64>, Vec<bool>) = order
            .iter()
            .map(|&i| match &changes[i] {
                Change::Close { ends_at, stale, .. } => (*ends_at, *stale),
                _ => unreachable!("indexes of closes"),
            })
            .unzip();
        let rows = tx
            .query(
                "UPDATE episodes e SET ends_at = v.ends_at,
                     closed_by = CASE WHEN v.stale THEN 'stale' ELSE 'resolved' END
                 FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bool[])
                     AS v(source, fingerprint, starts_at, ends_at, stale)
                 WHERE e.source = v.source AND e.fingerprint = v.fingerprint AND e.starts_at = v.starts_at
                   AND (e.ends_at IS NULL OR e.ends_at < v.ends_at)
                   AND NOT (v.stale AND e.last_seen > v.ends_at)
                 RETURNING e.source, e.fingerprint, e.starts_at, e.id",
                &[&keys.source, &keys.fingerprint, &keys.starts_at, &ends, &stales],
            )
            .map_err(sql)?;
        for row in &rows {
            if let Some(&i) = by_key.get(&row_key(row)) {
                effects[i] = Effect::Closed(row.get(3));
            }
        }
    }

    // Reclassifications are rare (a later notice classified otherwise): one update each.
    for (i, change) in changes.iter().enumerate() {
        let Change::Reclassify(r) = change else {
            continue;
        };
        let annotations = serde_json::to_string(&r.annotations).expect("string maps serialise");
        let row = tx
            .query_opt(
                "UPDATE episodes SET service = $1, signature = $2, rule = $3, alertname = $4,
                     annotations = $5, evidence = $6
                 WHERE source = $7 AND fingerprint = $8 AND starts_at = $9
                   AND (service <> $1 OR signature <> $2)
                 RETURNING id",
                &[
                    &r.service,
                    &r.signature,
                    &r.rule,
                    &r.alertname,
                    &annotations,
                    &r.extra.evidence,
                    &r.key.key_source(),
                    &r.key.fingerprint,
                    &r.key.starts_at,
                ],
            )
            .map_err(sql)?;
        if let Some(row) = row {
            effects[i] = Effect::Reclassified(row.get(0));
        }
    }

    let mut unchanged = Vec::new();
    let mut entries = Vec::new();
    for (i, (change, effect)) in changes.iter().zip(&effects).enumerate() {
        match (*effect, change) {
            (Effect::None, _) => unchanged.push(i),
            (Effect::Inserted(id), Change::Open(r)) => entries.push(LogEntry::Opened {
                id,
                record: r.clone(),
            }),
            (Effect::Closed(id), Change::Open(r)) => entries.push(LogEntry::Closed {
                id,
                key: r.key.clone(),
                ends_at: r.ends_at.expect("only a resolve closes a stored episode"),
                stale: false,
            }),
            (
                Effect::Closed(id),
                Change::Close {
                    key,
                    ends_at,
                    stale,
                },
            ) => entries.push(LogEntry::Closed {
                id,
                key: key.clone(),
                ends_at: *ends_at,
                stale: *stale,
            }),
            (Effect::Reclassified(id), Change::Reclassify(r)) => {
                entries.push(LogEntry::Reclassified {
                    id,
                    record: r.clone(),
                })
            }
            (Effect::Inserted(_) | Effect::Closed(_), Change::Reclassify(_))
            | (Effect::Reclassified(_), _)
            | (Effect::Inserted(_), Change::Close { .. }) => {
                unreachable!("each change has only its own effect")
            }
        }
    }
    Ok((unchanged, entries))
}

/// A fix from a `SELECT id, service, signature, ref, at, note, created_at` row.
pub fn fix_of(row: &Row) -> Fix {
    Fix {
        id: row.get(0),
        service: row.get(1),
        signature: row.get(2),
        reference: row.get(3),
        at: row.get(4),
        note: row.get(5),
        created_at: row.get(6),
    }
}

/// The log after a sequence number, its episodes and fixes looked up by key one by one (a
/// join the planner could turn into a scan of every episode).
const LOG_QUERY: &str = "SELECT l.seq, l.kind, l.ends_at, l.stale, l.fix_id, l.cutoff, l.removed,
        e.source, e.fingerprint, e.starts_at, e.last_seen, e.service, e.signature, e.rule, e.alertname,
        f.id, f.service, f.signature, f.ref, f.at, f.note, f.created_at
    FROM (SELECT * FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2) l
    LEFT JOIN LATERAL (SELECT source, fingerprint, starts_at, last_seen, service, signature, rule, alertname
                       FROM episodes WHERE id = l.episode_id) e ON true
    LEFT JOIN LATERAL (SELECT id, service, signature, ref, at, note, created_at
                       FROM fixes WHERE id = l.fix_id AND l.kind = 'fix_add') f ON true
    ORDER BY l.seq";

/// What a log row says; `None` when its episode or fix was deleted since (retention or a fix
/// deletion, whose own entry follows).
fn decode(row: &Row) -> Result<Option<Replicated>, StoreError> {
    let seq: i64 = row.get(0);
    let corrupt = |what: String| StoreError::Corrupt {
        path: "postgres".into(),
        message: format!("change_log row {seq}: {what}"),
    };
    let kind: &str = row.get(1);
    let episode = || -> Result<Option<(EpisodeKey, Millis)>, StoreError> {
        let Some(source) = row.get::<_, Option<&str>>(7) else {
            return Ok(None);
        };
        let key = EpisodeKey {
            source: Source::parse(source)
                .ok_or_else(|| corrupt(format!("undecodable source {source:?}")))?,
            fingerprint: row.get(8),
            starts_at: row.get(9),
        };
        Ok(Some((key, row.get(10))))
    };
    let item = match kind {
        "open" => {
            let Some((key, last_seen)) = episode()? else {
                return Ok(None);
            };
            Replicated::Changes(vec![Change::Open(Box::new(EpisodeRecord {
                key,
                ends_at: row.get(2),
                last_seen,
                service: row.get(11),
                signature: row.get(12),
                rule: row.get(13),
                alertname: row.get(14),
                labels: Default::default(),
                annotations: Default::default(),
                extra: Default::default(),
            }))])
        }
        "reclassify" => {
            let Some((key, last_seen)) = episode()? else {
                return Ok(None);
            };
            Replicated::Changes(vec![Change::Reclassify(Box::new(EpisodeRecord {
                key,
                ends_at: None,
                last_seen,
                service: row.get(11),
                signature: row.get(12),
                rule: row.get(13),
                alertname: row.get(14),
                labels: Default::default(),
                annotations: Default::default(),
                extra: Default::default(),
            }))])
        }
        "close" => {
            let Some((key, _)) = episode()? else {
                return Ok(None);
            };
            Replicated::Changes(vec![Change::Close {
                key,
                ends_at: row
                    .get::<_, Option<i64>>(2)
                    .ok_or_else(|| corrupt("close without an end".into()))?,
                stale: row.get::<_, Option<bool>>(3).unwrap_or(false),
            }])
        }
        "fix_add" => {
            if row.get::<_, Option<i64>>(15).is_none() {
                return Ok(None);
            }
            Replicated::FixAdded(Fix {
                id: row.get(15),
                service: row.get(16),
                signature: row.get(17),
                reference: row.get(18),
                at: row.get(19),
                note: row.get(20),
                created_at: row.get(21),
            })
        }
        "fix_delete" => Replicated::FixDeleted(
            row.get::<_, Option<i64>>(4)
                .ok_or_else(|| corrupt("fix deletion without an id".into()))?,
        ),
        "prune" => Replicated::Pruned {
            cutoff: row.get::<_, Option<i64>>(5).unwrap_or_default(),
            removed: row.get::<_, Option<i64>>(6).unwrap_or_default() as u64,
        },
        other => return Err(corrupt(format!("unknown kind {other:?}"))),
    };
    Ok(Some(item))
}

/// Everything committed after `followed`, in sequence order, at most `limit` entries, and the
/// last sequence number read. Numbers are consecutive (commits hold the commit lock and
/// become visible in order); one missing means the log was trimmed past it:
/// [`StoreError::Behind`].
pub fn read_since(
    client: &mut impl GenericClient,
    followed: i64,
    limit: i64,
) -> Result<(Vec<Replicated>, i64), StoreError> {
    let rows = client.query(LOG_QUERY, &[&followed, &limit]).map_err(sql)?;
    let mut items = Vec::new();
    let mut last = followed;
    for row in &rows {
        let seq: i64 = row.get(0);
        if seq != last + 1 {
            return Err(StoreError::Behind(format!(
                "change {} is no longer in the change log (kept {} h); reloading the whole history",
                last + 1,
                super::LOG_KEPT / 3_600_000
            )));
        }
        last = seq;
        if let Some(item) = decode(row)? {
            push_merged(&mut items, item);
        }
    }
    Ok((items, last))
}
