//! Keys of open and recently ended episodes, for repeat detection without the store.
//!
//! Nearly every fingerprint is 16 lowercase hex digits (Alertmanager's and Grafana's, and the
//! label hash of senders that send none): a 64-bit number. Such a key is kept as that number,
//! the start and the source's index, 24 bytes with no allocation; it *is* the key, not a hash
//! of it, so two episodes can never share one. Other fingerprints keep their full key in a side
//! map. Deliberately not here: anything about pairs or incidents (the slot only points to them).

use std::collections::{HashMap, HashSet};

use super::EpisodeKey;
use crate::ingest::{Millis, Source};

/// What the tracker knows of an open or recent episode.
#[derive(Debug, Clone)]
pub(super) struct EpisodeSlot {
    pub(super) pair: u32,
    /// Index of the episode's alertname in its pair.
    pub(super) name: u32,
    pub(super) end: Option<Millis>,
    pub(super) last_seen: Millis,
}

/// An episode key whose fingerprint is 16 lowercase hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Compact {
    fingerprint: u64,
    starts_at: Millis,
    /// Index into [`Keys::sources`].
    source: u16,
}

/// Open and recent episodes by key.
#[derive(Debug, Default)]
pub(super) struct Keys {
    /// The sources seen, so that a compact key names its source in two bytes.
    sources: Vec<Source>,
    compact: HashMap<Compact, EpisodeSlot>,
    /// Keys whose fingerprint has another shape.
    full: HashMap<EpisodeKey, EpisodeSlot>,
    /// Open episodes, so that stale checks and resolves by fingerprint do not scan every key.
    open_compact: HashSet<Compact>,
    open_full: HashSet<EpisodeKey>,
}

impl Keys {
    /// The compact form of `key`, when it has one; `None` also for a source never seen, which
    /// no stored key can have.
    fn compact(&self, key: &EpisodeKey) -> Option<Compact> {
        let fingerprint = hex64(&key.fingerprint)?;
        let source = self.sources.iter().position(|s| *s == key.source)?;
        Some(Compact {
            fingerprint,
            starts_at: key.starts_at,
            source: source as u16,
        })
    }

    fn compact_for_insert(&mut self, key: &EpisodeKey) -> Option<Compact> {
        hex64(&key.fingerprint)?;
        if !self.sources.contains(&key.source) {
            self.sources.push(key.source);
        }
        self.compact(key)
    }

    fn expand(&self, key: &Compact) -> EpisodeKey {
        EpisodeKey {
            source: self.sources[key.source as usize],
            fingerprint: format!("{:016x}", key.fingerprint),
            starts_at: key.starts_at,
        }
    }

    pub(super) fn get(&self, key: &EpisodeKey) -> Option<&EpisodeSlot> {
        if hex64(&key.fingerprint).is_some() {
            self.compact.get(&self.compact(key)?)
        } else {
            self.full.get(key)
        }
    }

    pub(super) fn get_mut(&mut self, key: &EpisodeKey) -> Option<&mut EpisodeSlot> {
        if hex64(&key.fingerprint).is_some() {
            let compact = self.compact(key)?;
            self.compact.get_mut(&compact)
        } else {
            self.full.get_mut(key)
        }
    }

    pub(super) fn contains(&self, key: &EpisodeKey) -> bool {
        self.get(key).is_some()
    }

    /// Remembers an episode; an open one (no end) is also listed as open.
    pub(super) fn insert(&mut self, key: &EpisodeKey, slot: EpisodeSlot) {
        let open = slot.end.is_none();
        match self.compact_for_insert(key) {
            Some(compact) => {
                if open {
                    self.open_compact.insert(compact);
                }
                self.compact.insert(compact, slot);
            }
            None => {
                if open {
                    self.open_full.insert(key.clone());
                }
                self.full.insert(key.clone(), slot);
            }
        }
    }

    /// Takes an episode off the open list (it ended).
    pub(super) fn closed(&mut self, key: &EpisodeKey) {
        match self.compact(key) {
            Some(compact) => self.open_compact.remove(&compact),
            None => self.open_full.remove(key),
        };
    }

    /// Keeps the keys whose slot `keep` accepts.
    pub(super) fn retain(&mut self, keep: impl Fn(&EpisodeSlot) -> bool) {
        self.compact.retain(|_, slot| keep(slot));
        self.full.retain(|_, slot| keep(slot));
    }

    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.compact.len() + self.full.len()
    }

    pub(super) fn open_len(&self) -> usize {
        self.open_compact.len() + self.open_full.len()
    }

    /// The open episodes of `fingerprint` from `source`.
    pub(super) fn open_of(
        &self,
        source: Source,
        fingerprint: &str,
    ) -> impl Iterator<Item = EpisodeKey> + '_ {
        let probe = EpisodeKey {
            source,
            fingerprint: fingerprint.to_string(),
            starts_at: 0,
        };
        let compact = self.compact(&probe);
        let compact = self
            .open_compact
            .iter()
            .filter(move |k| {
                compact.is_some_and(|c| c.fingerprint == k.fingerprint && c.source == k.source)
            })
            .map(|k| self.expand(k));
        let full = self
            .open_full
            .iter()
            .filter(move |k| k.source == probe.source && k.fingerprint == probe.fingerprint)
            .cloned();
        compact.chain(full)
    }

    /// The open episodes whose slot `select` accepts, with their slots; keys are spelled out
    /// only for those.
    pub(super) fn open<'a>(
        &'a self,
        select: impl Fn(&EpisodeSlot) -> bool + Copy + 'a,
    ) -> impl Iterator<Item = (EpisodeKey, &'a EpisodeSlot)> + 'a {
        let compact = self.open_compact.iter().filter_map(move |k| {
            let slot = self.compact.get(k).filter(|s| select(s))?;
            Some((self.expand(k), slot))
        });
        let full = self.open_full.iter().filter_map(move |k| {
            let slot = self.full.get(k).filter(|s| select(s))?;
            Some((k.clone(), slot))
        });
        compact.chain(full)
    }
}

/// The value of a fingerprint of exactly 16 lowercase hex digits, the form `{:016x}` prints
/// back unchanged; `None` for any other shape.
fn hex64(fingerprint: &str) -> Option<u64> {
    let bytes = fingerprint.as_bytes();
    if bytes.len() != 16 || !bytes.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    u64::from_str_radix(fingerprint, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(source: Source, fingerprint: &str, starts_at: Millis) -> EpisodeKey {
        EpisodeKey {
            source,
            fingerprint: fingerprint.into(),
            starts_at,
        }
    }

    fn slot(pair: u32, end: Option<Millis>) -> EpisodeSlot {
        EpisodeSlot {
            pair,
            name: 0,
            end,
            last_seen: 0,
        }
    }

    /// Keys that differ only in case, length, source or start are different episodes, and each
    /// open one comes back exactly as it was given.
    #[test]
    fn every_key_is_its_own_and_comes_back_whole() {
        let a = Source::Alertmanager;
        let g = Source::Grafana;
        let keys = [
            key(a, "00000000000000ff", 1),
            key(a, "00000000000000FF", 1),
            key(a, "ff", 1),
            key(a, "00000000000000ff", 2),
            key(g, "00000000000000ff", 1),
            key(a, "000000000000000ff", 1),
            key(a, "prom-00000000000000ff", 1),
        ];
        let mut table = Keys::default();
        for (i, k) in keys.iter().enumerate() {
            assert!(!table.contains(k), "{k:?} before it was inserted");
            table.insert(k, slot(i as u32, None));
        }
        assert_eq!(table.len(), keys.len());
        assert_eq!(
            table.compact.len(),
            3,
            "the 16-lowercase-hex-digit ones are compact"
        );
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(table.get(k).map(|s| s.pair), Some(i as u32), "{k:?}");
        }
        let mut open: Vec<EpisodeKey> = table.open(|_| true).map(|(k, _)| k).collect();
        open.sort();
        let mut expected = keys.to_vec();
        expected.sort();
        assert_eq!(open, expected);
        table.closed(&keys[0]);
        table.closed(&keys[2]);
        assert_eq!(table.open_len(), keys.len() - 2);
        table.retain(|s| s.pair % 2 == 1);
        assert_eq!(table.len(), 3);
        assert!(table.get(&keys[1]).is_some() && table.get(&keys[0]).is_none());
    }
}
