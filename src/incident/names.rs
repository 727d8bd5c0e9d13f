//! Names: the tracker's interned alertnames, signatures and services, pair ids by name, and
//! [`NameSet`], the allocation-free set of a pair's alertname indexes an incident carries.

use super::{Pair, Tracker};

/// A small set of alertname indexes: a bit mask for the first 64 names of a pair (nearly every
/// pair), so that an incident costs no allocation for its alertnames.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameSet {
    pub(super) low: u64,
    /// Indexes from 64 on, sorted.
    pub(super) high: Vec<u32>,
}

impl NameSet {
    pub fn of(name: u32) -> NameSet {
        let mut set = NameSet::default();
        set.insert(name);
        set
    }

    /// Adds a name; true if it was not there yet.
    pub fn insert(&mut self, name: u32) -> bool {
        if name < 64 {
            let bit = 1u64 << name;
            let added = self.low & bit == 0;
            self.low |= bit;
            added
        } else {
            match self.high.binary_search(&name) {
                Ok(_) => false,
                Err(at) => {
                    self.high.insert(at, name);
                    true
                }
            }
        }
    }

    pub fn extend(&mut self, other: &NameSet) {
        self.low |= other.low;
        for name in &other.high {
            self.insert(*name);
        }
    }

    pub fn len(&self) -> usize {
        self.low.count_ones() as usize + self.high.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The indexes in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        (0..64u32)
            .filter(move |i| self.low & (1u64 << i) != 0)
            .chain(self.high.iter().copied())
    }
}

impl Tracker {
    /// An alertname by its id ([`Pair::alertnames`]).
    pub fn alertname(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    /// A pair's alertnames in its own index order, the order [`Incident::alertnames`] uses.
    pub fn alertnames_of(&self, pair: &Pair) -> Vec<&str> {
        pair.alertnames
            .iter()
            .map(|id| self.alertname(*id))
            .collect()
    }

    pub(super) fn intern(&mut self, alertname: &str) -> u32 {
        if let Some(id) = self.name_ids.get(alertname) {
            return *id;
        }
        let id = self.names.len() as u32;
        self.names.push(alertname.into());
        self.name_ids.insert(alertname.into(), id);
        id
    }

    pub(super) fn pair_id_of(&self, service: &str, signature: &str) -> Option<u32> {
        self.pair_index.get(service)?.get(signature).copied()
    }

    pub(super) fn pair_id(&mut self, service: &str, signature: &str) -> u32 {
        if let Some(id) = self.pair_id_of(service, signature) {
            return id;
        }
        let id = self.pairs.len() as u32;
        self.pairs.push(Pair::new(service, signature));
        self.pair_index
            .entry(service.to_string())
            .or_default()
            .insert(signature.to_string(), id);
        id
    }

    /// A name interned by the tracker (an alertname, signature or service).
    pub fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }
}

impl Pair {
    /// The pair's own index of the tracker's alertname `id`.
    pub(super) fn name_index(&mut self, id: u32) -> u32 {
        match self.alertnames.iter().position(|a| *a == id) {
            Some(i) => i as u32,
            None => {
                self.alertnames.push(id);
                (self.alertnames.len() - 1) as u32
            }
        }
    }
}
