//! Every unanchored `text` pattern of the rules as one set, run once per annotation value.

use regex::{RegexSet, RegexSetBuilder};

/// Lazy-DFA cache of each narrow set, per thread that classifies. The 7,478 corpus alerts need
/// more than 16 MiB of states for the ~400 patterns: at 16 MiB the DFA clears its cache again
/// and again and gives way to the PikeVM (BENCHMARKS.md, session 20).
const TEXT_SET_DFA_BYTES: usize = 48 << 20;

/// The `text` patterns as sets a lazy DFA can run on any value.
///
/// On a value that is all ASCII, `\w`, `\s`, `\d`, `\b` and case folding mean the same with or
/// without Unicode, so the ASCII patterns run as bytes without Unicode: far fewer byte classes
/// and smaller states, so they stay in cache. On a value with other characters the same
/// patterns run with Unicode classes and folding but with ASCII word boundaries: a Unicode `\b`
/// makes the lazy DFA quit at the first non-ASCII byte and hand the whole value to the PikeVM,
/// which took half of all classification time on the corpus. So in such a value an ASCII
/// pattern's `\b` sits between an ASCII word character and anything else ("диск disk full"
/// matches `\bdisk full\b`; an ASCII word glued to a non-ASCII letter has a boundary there).
/// Patterns with other characters keep Unicode `\b` in a small set of their own, run on every
/// value, since a non-ASCII pattern character can fold to an ASCII one (`(?i)ſ` matches `s`).
#[derive(Debug)]
pub(super) struct TextSet {
    /// The ASCII patterns, with their numbers in the whole set; `None` when one of them needs
    /// Unicode (`\p{..}`) or a Unicode `\b`'s meaning cannot be narrowed.
    ascii: Option<AsciiSets>,
    /// The other patterns (non-English error texts) and their numbers.
    others: Vec<(RegexSet, Vec<usize>)>,
    /// Every pattern with Unicode, only when the ASCII patterns have no narrow sets.
    unicode: Option<RegexSet>,
}

#[derive(Debug)]
struct AsciiSets {
    /// For values that are all ASCII.
    bytes: regex::bytes::RegexSet,
    /// For values with other characters: Unicode classes, ASCII word boundaries.
    bounded: RegexSet,
    index: Vec<usize>,
}

impl TextSet {
    pub(super) fn new(patterns: &[String]) -> TextSet {
        let (ascii_index, other_index): (Vec<usize>, Vec<usize>) =
            (0..patterns.len()).partition(|&i| patterns[i].is_ascii());
        let bytes = regex::bytes::RegexSetBuilder::new(ascii_index.iter().map(|&i| &patterns[i]))
            .unicode(false)
            .dfa_size_limit(TEXT_SET_DFA_BYTES)
            .build()
            .ok();
        let bounded = RegexSetBuilder::new(
            ascii_index
                .iter()
                .map(|&i| ascii_word_boundaries(&patterns[i])),
        )
        .dfa_size_limit(TEXT_SET_DFA_BYTES)
        .build()
        .ok();
        let ascii = match (bytes, bounded) {
            (Some(bytes), Some(bounded)) => Some(AsciiSets {
                bytes,
                bounded,
                index: ascii_index,
            }),
            _ => None,
        };
        let (others, unicode) = match ascii {
            Some(_) => {
                // A Unicode `\b` makes the lazy DFA quit on a non-ASCII value, so the few
                // patterns that have one do not hold the others back.
                let (with_boundary, without): (Vec<usize>, Vec<usize>) = other_index
                    .into_iter()
                    .partition(|&i| ascii_word_boundaries(&patterns[i]) != patterns[i]);
                let others = [without, with_boundary]
                    .into_iter()
                    .filter(|index| !index.is_empty())
                    .map(|index| {
                        let set = RegexSetBuilder::new(index.iter().map(|&i| &patterns[i]))
                            .dfa_size_limit(TEXT_SET_DFA_BYTES)
                            .build()
                            .expect(
                                "each pattern compiled on its own when the config was validated",
                            );
                        (set, index)
                    })
                    .collect();
                (others, None)
            }
            None => (
                Vec::new(),
                Some(
                    RegexSetBuilder::new(patterns)
                        .dfa_size_limit(TEXT_SET_DFA_BYTES)
                        .build()
                        .expect("each pattern compiled on its own when the config was validated"),
                ),
            ),
        };
        TextSet {
            ascii,
            others,
            unicode,
        }
    }

    /// Calls `hit` with the number of each pattern that matches somewhere in `value`.
    pub(super) fn matches(&self, value: &str, mut hit: impl FnMut(usize)) {
        if let Some(unicode) = &self.unicode {
            unicode.matches(value).iter().for_each(hit);
            return;
        }
        if let Some(ascii) = &self.ascii {
            if value.is_ascii() {
                for i in ascii.bytes.matches(value.as_bytes()).iter() {
                    hit(ascii.index[i]);
                }
            } else {
                for i in ascii.bounded.matches(value).iter() {
                    hit(ascii.index[i]);
                }
            }
        }
        for (set, index) in &self.others {
            for i in set.matches(value).iter() {
                hit(index[i]);
            }
        }
    }
}

/// `pattern` with each `\b` and `\B` an ASCII word boundary, as the text sets run it on values
/// with non-ASCII characters (public for the benchmark's bare ceiling, which must do the same).
pub fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(b @ ('b' | 'B')) => {
                out.push_str("(?-u:\\");
                out.push(b);
                out.push(')');
            }
            Some(escaped) => {
                out.push('\\');
                out.push(escaped);
            }
            None => out.push('\\'),
        }
    }
    out
}
