//! Every unanchored `text` pattern of the rules as one set, run once per annotation value.

use regex::{RegexSet, RegexSetBuilder};

/// Lazy-DFA cache of the `text` pattern set, per thread that classifies.
const TEXT_SET_DFA_BYTES: usize = 16 << 20;

/// The `text` patterns as one set, compiled twice. On a value that is all ASCII, `\w`, `\s`,
/// `\d`, `\b` and case folding mean the same with or without Unicode, so an ASCII-only set gives
/// the same matches there; its lazy DFA has far fewer byte classes and smaller states, so it
/// stays in cache. Values with other characters use the Unicode set.
#[derive(Debug)]
pub(super) struct TextSet {
    unicode: RegexSet,
    /// The ASCII patterns without Unicode, for values that are all ASCII; `None` when one of
    /// them needs Unicode (`\p{..}`).
    ascii: Option<regex::bytes::RegexSet>,
    /// The number in the whole set of each pattern of `ascii`.
    ascii_index: Vec<usize>,
    /// The other patterns (non-English error texts), with Unicode, and their numbers: they
    /// also run on ASCII values, since a non-ASCII pattern character can fold to an ASCII one
    /// (`(?i)ſ` matches `s`). There are few, so this costs little.
    others: Option<(RegexSet, Vec<usize>)>,
}

impl TextSet {
    pub(super) fn new(patterns: &[String]) -> TextSet {
        // The catalogue's ~120 case-insensitive patterns need about 6 MiB of lazy-DFA states
        // on the corpus with Unicode (3.4 MiB without); with the default 2 MiB cache the DFA
        // thrashes and falls back to the PikeVM, ~100x slower (BENCHMARKS.md, classification).
        let unicode = RegexSetBuilder::new(patterns)
            .dfa_size_limit(TEXT_SET_DFA_BYTES)
            .build()
            .expect("each pattern compiled on its own when the config was validated");
        let (ascii_index, other_index): (Vec<usize>, Vec<usize>) =
            (0..patterns.len()).partition(|&i| patterns[i].is_ascii());
        let ascii = regex::bytes::RegexSetBuilder::new(ascii_index.iter().map(|&i| &patterns[i]))
            .unicode(false)
            .dfa_size_limit(TEXT_SET_DFA_BYTES)
            .build()
            .ok();
        let others = (!other_index.is_empty()).then(|| {
            let set = RegexSet::new(other_index.iter().map(|&i| &patterns[i]))
                .expect("each pattern compiled on its own when the config was validated");
            (set, other_index)
        });
        TextSet {
            unicode,
            ascii,
            ascii_index,
            others,
        }
    }

    /// Calls `hit` with the number of each pattern that matches somewhere in `value`.
    pub(super) fn matches(&self, value: &str, mut hit: impl FnMut(usize)) {
        match &self.ascii {
            Some(ascii) if value.is_ascii() => {
                for i in ascii.matches(value.as_bytes()).iter() {
                    hit(self.ascii_index[i]);
                }
                if let Some((set, index)) = &self.others {
                    for i in set.matches(value).iter() {
                        hit(index[i]);
                    }
                }
            }
            _ => self.unicode.matches(value).iter().for_each(hit),
        }
    }
}
