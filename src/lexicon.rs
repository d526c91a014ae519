//! The tables of `data/*.tsv`, compiled into typed lists by `build.rs` ([`tables`]), and the
//! look-ups the taggers make in them. Each tagger builds its own tables from these lists
//! once, in `Analyzer::new`; nothing here parses text at run time or can fail.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Every table of `data/`, as build.rs compiled it: one list per file, one per word class.
pub mod tables {
    use super::{CueKind, MarkerPlace};
    use crate::model::{ActorKind, Force, Instrument, Level, Role};

    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}

/// The table compiler of build.rs, compiled into the tests so that they can feed it
/// broken tables.
#[cfg(test)]
#[path = "../build/tables.rs"]
#[allow(dead_code)]
mod compiler;

/// Where a directive marker counts (`data/directive_markers.tsv`, column `where`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerPlace {
    /// Anywhere in the unit (`any`).
    Anywhere,
    /// Only when an action verb follows, after adverbs (`before_verb`: 将, 拟).
    BeforeVerb,
    /// Only as the first word of a clause (`clause_start`).
    ClauseStart,
}

/// What a non-directive cue shows (`data/non_directive_cues.tsv`, column `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A meeting or act reported.
    Event,
    /// That something was said or done.
    Report,
    /// A prediction.
    Prediction,
    /// X 是 Y: counts only where a clause is built around it.
    Definition,
    /// A maxim.
    Maxim,
    /// A source, date or document-number line.
    Metadata,
}

/// A set of words, for membership.
pub type WordSet = HashSet<&'static str>;

/// A set of words from a compiled list.
pub fn word_set(words: &[&'static str]) -> WordSet {
    words.iter().copied().collect()
}

/// A map from words to what a table says of them.
pub type WordMap<T> = HashMap<&'static str, T>;

/// A list of words with the look-ups the taggers make: membership, the longest entry a
/// text ends with, and the first entry a text contains. All cost a few hash look-ups, not
/// a scan of the list.
#[derive(Debug, Default)]
pub struct WordList {
    set: WordSet,
    by_first_char: HashMap<char, Vec<&'static str>>,
    max_chars: usize,
}

impl WordList {
    /// The list of `words`.
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut list = WordList::default();
        for w in words {
            if list.set.insert(w) {
                list.max_chars = list.max_chars.max(w.chars().count());
                if let Some(c) = w.chars().next() {
                    list.by_first_char.entry(c).or_default().push(w);
                }
            }
        }
        for entries in list.by_first_char.values_mut() {
            entries.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        list
    }

    /// Whether `w` is in the list.
    pub fn contains(&self, w: &str) -> bool {
        self.set.contains(w)
    }

    /// The longest entry that `text` ends with.
    pub fn suffix_of<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.char_indices()
            .rev()
            .take(self.max_chars)
            .map(|(i, _)| &text[i..])
            .filter(|s| self.set.contains(s))
            .last()
    }

    /// The first entry that occurs in `text`, the longest where several start there.
    pub fn first_in(&self, text: &str) -> Option<&'static str> {
        text.char_indices().find_map(|(i, c)| {
            let rest = &text[i..];
            self.by_first_char
                .get(&c)?
                .iter()
                .find(|w| rest.starts_with(**w))
                .copied()
        })
    }

    /// The entries, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.set.iter().copied()
    }
}

/// The longest key of a map, in characters (1 for an empty map).
pub fn longest_key<T>(map: &WordMap<T>) -> usize {
    map.keys().map(|k| k.chars().count()).max().unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_answers_by_suffix_and_by_first_occurrence() {
        let list = WordList::new(["部门", "有关部门", "局"]);
        assert_eq!(list.suffix_of("省有关部门"), Some("有关部门"));
        assert_eq!(list.suffix_of("部门领导"), None);
        assert_eq!(list.first_in("由县局和有关部门负责"), Some("局"));
        assert!(list.contains("局") && !list.contains("县局"));
    }
}
