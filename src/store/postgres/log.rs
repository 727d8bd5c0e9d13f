//! The change log: what each write transaction changed, under consecutive sequence numbers,
//! so that every replica applies the same changes in the same order.

use std::collections::{BTreeMap, HashMap};

use postgres::{Client, Row, Transaction};

use super::{sql, KeyColumns, KeyIndex};
use crate::incident::{Change, EpisodeKey, EpisodeRecord, Fix};
use crate::ingest::Source;
use crate::model::Millis;
use crate::store::{Replicated, StoreError};

/// Most log entries read in one round.
const PAGE: i64 = 20_000;

/// One change as the log records it.
#[derive(Debug, Clone)]
pub enum LogEntry {
    /// A new episode, as inserted.
    Opened(Box<EpisodeRecord>),
    /// An episode's end set or moved later.
    Closed {
        key: EpisodeKey,
        ends_at: Millis,
        stale: bool,
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
            LogEntry::Opened(record) => Some(Change::Open(record.clone())),
            LogEntry::Closed {
                key,
                ends_at,
                stale,
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
            LogEntry::Opened(_) => "open",
            LogEntry::Closed { .. } => "close",
            LogEntry::FixAdded { .. } => "fix_add",
            LogEntry::FixDeleted { .. } => "fix_delete",
            LogEntry::Pruned { .. } => "prune",
        }
    }
}

/// This replica's committed entries that the tracker has not applied yet: first sequence
/// number → (last sequence number, what they changed).
#[derive(Default)]
pub struct OwnEntries(BTreeMap<i64, (i64, Replicated)>);

impl OwnEntries {
    pub fn insert(&mut self, first: i64, last: i64, item: Replicated) {
        self.0.insert(first, (last, item));
    }
    pub fn clear(&mut self) {
        self.0.clear();
    }
    fn last(&self) -> Option<i64> {
        self.0.values().map(|(last, _)| *last).max()
    }
    fn take(&mut self, first: i64) -> Option<(i64, Replicated)> {
        self.0.remove(&first)
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
    let n = entries.len();
    let seq: Vec<i64> = (0..n as i64).map(|i| first + i).collect();
    let kind: Vec<&str> = entries.iter().map(LogEntry::kind).collect();
    let mut source = Vec::with_capacity(n);
    let mut fingerprint = Vec::with_capacity(n);
    let mut starts_at = Vec::with_capacity(n);
    let mut ends_at = Vec::with_capacity(n);
    let mut last_seen = Vec::with_capacity(n);
    let mut stale = Vec::with_capacity(n);
    let mut service = Vec::with_capacity(n);
    let mut signature = Vec::with_capacity(n);
    let mut rule = Vec::with_capacity(n);
    let mut alertname = Vec::with_capacity(n);
    let mut fix_id = Vec::with_capacity(n);
    let mut cutoff = Vec::with_capacity(n);
    let mut removed = Vec::with_capacity(n);
    for entry in entries {
        let key = match entry {
            LogEntry::Opened(r) => Some(&r.key),
            LogEntry::Closed { key, .. } => Some(key),
            _ => None,
        };
        source.push(key.map(KeyColumns::key_source));
        fingerprint.push(key.map(|k| k.fingerprint.as_str()));
        starts_at.push(key.map(|k| k.starts_at));
        let record = match entry {
            LogEntry::Opened(r) => Some(r),
            _ => None,
        };
        ends_at.push(match entry {
            LogEntry::Opened(r) => r.ends_at,
            LogEntry::Closed { ends_at, .. } => Some(*ends_at),
            _ => None,
        });
        last_seen.push(record.map(|r| r.last_seen));
        stale.push(match entry {
            LogEntry::Closed { stale, .. } => Some(*stale),
            _ => None,
        });
        service.push(record.map(|r| r.service.as_str()));
        signature.push(record.map(|r| r.signature.as_str()));
        rule.push(record.map(|r| r.rule.as_str()));
        alertname.push(record.map(|r| r.alertname.as_str()));
        fix_id.push(match entry {
            LogEntry::FixAdded { id } | LogEntry::FixDeleted { id } => Some(*id),
            _ => None,
        });
        cutoff.push(match entry {
            LogEntry::Pruned { cutoff, .. } => Some(*cutoff),
            _ => None,
        });
        removed.push(match entry {
            LogEntry::Pruned { removed, .. } => Some(*removed),
            _ => None,
        });
    }
    tx.execute(
        "INSERT INTO change_log (seq, replica, at, kind, source, fingerprint, starts_at, ends_at,
             last_seen, stale, service, signature, rule, alertname, fix_id, cutoff, removed)
         SELECT seq, $2, $3, kind, source, fingerprint, starts_at, ends_at, last_seen, stale,
             service, signature, rule, alertname, fix_id, cutoff, removed
         FROM UNNEST($1::bigint[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[],
             $9::bigint[], $10::bool[], $11::text[], $12::text[], $13::text[], $14::text[],
             $15::bigint[], $16::bigint[], $17::bigint[])
           AS v(seq, kind, source, fingerprint, starts_at, ends_at, last_seen, stale, service,
             signature, rule, alertname, fix_id, cutoff, removed)",
        &[
            &seq,
            &replica,
            &at,
            &kind,
            &source,
            &fingerprint,
            &starts_at,
            &ends_at,
            &last_seen,
            &stale,
            &service,
            &signature,
            &rule,
            &alertname,
            &fix_id,
            &cutoff,
            &removed,
        ],
    )
    .map_err(sql)?;
    Ok(())
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
        Inserted,
        Closed,
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
                Change::Close { .. } => unreachable!("indexes of opens"),
            })
            .collect();
        let json =
            |m: &crate::model::LabelMap| serde_json::to_string(m).expect("string maps serialise");
        let source: Vec<&str> = records.iter().map(|r| r.key.key_source()).collect();
        let fingerprint: Vec<&str> = records.iter().map(|r| r.key.fingerprint.as_str()).collect();
        let starts_at: Vec<i64> = records.iter().map(|r| r.key.starts_at).collect();
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
                 RETURNING source, fingerprint, starts_at, (xmax = 0) AS inserted",
                &[
                    &source, &fingerprint, &starts_at, &ends_at, &last_seen, &closed_by, &service,
                    &signature, &rule, &alertname, &labels, &annotations, &links, &evidence,
                ],
            )
            .map_err(sql)?;
        for row in &rows {
            let key = (
                row.get::<_, &str>(0),
                row.get::<_, &str>(1),
                row.get::<_, i64>(2),
            );
            if let Some(&i) = opens.get(&key) {
                effects[i] = if row.get::<_, bool>(3) {
                    Effect::Inserted
                } else {
                    Effect::Closed
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
                    Change::Open(_) => true,
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
        let mut source = Vec::new();
        let mut fingerprint = Vec::new();
        let mut starts_at = Vec::new();
        let mut ends = Vec::new();
        let mut stales = Vec::new();
        for &i in &order {
            if let Change::Close {
                key,
                ends_at,
                stale,
            } = &changes[i]
            {
                source.push(key.key_source());
                fingerprint.push(key.fingerprint.as_str());
                starts_at.push(key.starts_at);
                ends.push(*ends_at);
                stales.push(*stale);
            }
        }
        let rows = tx
            .query(
                "UPDATE episodes e SET ends_at = v.ends_at,
                     closed_by = CASE WHEN v.stale THEN 'stale' ELSE 'resolved' END
                 FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bool[])
                     AS v(source, fingerprint, starts_at, ends_at, stale)
                 WHERE e.source = v.source AND e.fingerprint = v.fingerprint AND e.starts_at = v.starts_at
                   AND (e.ends_at IS NULL OR e.ends_at < v.ends_at)
                   AND NOT (v.stale AND e.last_seen > v.ends_at)
                 RETURNING e.source, e.fingerprint, e.starts_at",
                &[&source, &fingerprint, &starts_at, &ends, &stales],
            )
            .map_err(sql)?;
        for row in &rows {
            let (s, f, t) = (
                row.get::<_, &str>(0),
                row.get::<_, &str>(1),
                row.get::<_, i64>(2),
            );
            if let Some(&i) = by_key.get(&(s, f, t)) {
                effects[i] = Effect::Closed;
            }
        }
    }

    let mut unchanged = Vec::new();
    let mut entries = Vec::new();
    for (i, (change, effect)) in changes.iter().zip(&effects).enumerate() {
        match (effect, change) {
            (Effect::None, _) => unchanged.push(i),
            (Effect::Inserted, Change::Open(r)) => entries.push(LogEntry::Opened(r.clone())),
            (Effect::Closed, Change::Open(r)) => entries.push(LogEntry::Closed {
                key: r.key.clone(),
                ends_at: r.ends_at.expect("only a resolve closes a stored episode"),
                stale: false,
            }),
            (
                Effect::Closed,
                Change::Close {
                    key,
                    ends_at,
                    stale,
                },
            ) => entries.push(LogEntry::Closed {
                key: key.clone(),
                ends_at: *ends_at,
                stale: *stale,
            }),
            (Effect::Inserted, Change::Close { .. }) => unreachable!("a close inserts nothing"),
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

const LOG_COLUMNS: &str = "l.seq, l.kind, l.source, l.fingerprint, l.starts_at, l.ends_at,
    l.last_seen, l.stale, l.service, l.signature, l.rule, l.alertname, l.fix_id, l.cutoff, l.removed,
    f.id, f.service, f.signature, f.ref, f.at, f.note, f.created_at";

/// What a log row says; `None` for an added fix deleted since (its deletion follows).
fn decode(row: &Row) -> Result<Option<Replicated>, StoreError> {
    let seq: i64 = row.get(0);
    let corrupt = |what: String| StoreError::Corrupt {
        path: "postgres".into(),
        message: format!("change_log row {seq}: {what}"),
    };
    let key = || -> Result<EpisodeKey, StoreError> {
        let source: Option<String> = row.get(2);
        let source = source.unwrap_or_default();
        Ok(EpisodeKey {
            source: Source::parse(&source)
                .ok_or_else(|| corrupt(format!("undecodable source {source:?}")))?,
            fingerprint: row.get::<_, Option<String>>(3).unwrap_or_default(),
            starts_at: row.get::<_, Option<i64>>(4).unwrap_or_default(),
        })
    };
    let kind: &str = row.get(1);
    let item = match kind {
        "open" => Replicated::Changes(vec![Change::Open(Box::new(EpisodeRecord {
            key: key()?,
            ends_at: row.get(5),
            last_seen: row.get::<_, Option<i64>>(6).unwrap_or_default(),
            service: row.get::<_, Option<String>>(8).unwrap_or_default(),
            signature: row.get::<_, Option<String>>(9).unwrap_or_default(),
            rule: row.get::<_, Option<String>>(10).unwrap_or_default(),
            alertname: row.get::<_, Option<String>>(11).unwrap_or_default(),
            labels: Default::default(),
            annotations: Default::default(),
            extra: Default::default(),
        }))]),
        "close" => Replicated::Changes(vec![Change::Close {
            key: key()?,
            ends_at: row
                .get::<_, Option<i64>>(5)
                .ok_or_else(|| corrupt("close without an end".into()))?,
            stale: row.get::<_, Option<bool>>(7).unwrap_or(false),
        }]),
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
            row.get::<_, Option<i64>>(12)
                .ok_or_else(|| corrupt("fix deletion without an id".into()))?,
        ),
        "prune" => Replicated::Pruned {
            cutoff: row.get::<_, Option<i64>>(13).unwrap_or_default(),
            removed: row.get::<_, Option<i64>>(14).unwrap_or_default() as u64,
        },
        other => return Err(corrupt(format!("unknown kind {other:?}"))),
    };
    Ok(Some(item))
}

/// Everything committed after `followed`, in sequence order: the other replicas' entries from
/// the table, this replica's own from `own`. Returns the items and the last sequence number
/// they reach. A number found nowhere (the log was trimmed past it) is [`StoreError::Behind`].
pub fn read_since(
    client: &mut Client,
    followed: i64,
    replica: &str,
    own: &mut OwnEntries,
) -> Result<(Vec<Replicated>, i64), StoreError> {
    let query = format!(
        "SELECT {LOG_COLUMNS} FROM change_log l
         LEFT JOIN fixes f ON f.id = l.fix_id AND l.kind = 'fix_add'
         WHERE l.seq > $1 AND l.replica <> $2 ORDER BY l.seq LIMIT $3"
    );
    let rows = client
        .query(&query, &[&followed, &replica, &PAGE])
        .map_err(sql)?;
    let mut others: BTreeMap<i64, Option<Replicated>> = BTreeMap::new();
    for row in &rows {
        others.insert(row.get(0), decode(row)?);
    }
    let last_other = others.keys().next_back().copied();
    let upper = if rows.len() as i64 == PAGE {
        last_other.unwrap_or(followed)
    } else {
        last_other
            .into_iter()
            .chain(own.last())
            .max()
            .unwrap_or(followed)
    };
    let mut items: Vec<Replicated> = Vec::new();
    let push = |item: Replicated, items: &mut Vec<Replicated>| match (items.last_mut(), item) {
        (Some(Replicated::Changes(into)), Replicated::Changes(more)) => into.extend(more),
        (_, item) => items.push(item),
    };
    let mut next = followed + 1;
    let mut refetched = false;
    while next <= upper {
        if let Some((last, item)) = own.take(next) {
            push(item, &mut items);
            next = last + 1;
        } else if let Some(item) = others.remove(&next) {
            if let Some(item) = item {
                push(item, &mut items);
            }
            next += 1;
        } else if !refetched {
            // An entry of this replica's that it does not remember (a commit whose answer was
            // lost with the connection): read the rest of the range whoever wrote it.
            refetched = true;
            let query = format!(
                "SELECT {LOG_COLUMNS} FROM change_log l
                 LEFT JOIN fixes f ON f.id = l.fix_id AND l.kind = 'fix_add'
                 WHERE l.seq >= $1 AND l.seq <= $2 ORDER BY l.seq"
            );
            for row in &client.query(&query, &[&next, &upper]).map_err(sql)? {
                let seq: i64 = row.get(0);
                others.entry(seq).or_insert(decode(row)?);
            }
        } else {
            return Err(StoreError::Behind(format!(
                "change {next} is no longer in the change log (kept {} h); reloading the whole history",
                super::LOG_KEPT / 3_600_000
            )));
        }
    }
    Ok((items, upper.max(followed)))
}
