//! Noun phrases: runs of nominal words that actors and targets are cut from.

use crate::document::{Document, UnitView};
use crate::grammar::{is_enumeration_comma, is_opening_bracket, Grammar};
use crate::lexicon::tables;
use crate::lexicon::{word_set, WordSet};
use crate::segment::Pos;
use crate::text::Span;

/// The tables the phrase finder reads: `data/phrase_breaks.tsv`, `actor_modifiers.tsv` and
/// the heads of `actor_heads.tsv` (a head is always phrase material).
#[derive(Debug)]
pub struct PhraseTables {
    breaks: WordSet,
    modifiers: WordSet,
    heads: WordSet,
}

impl PhraseTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        PhraseTables {
            breaks: word_set(tables::PHRASE_BREAKS),
            modifiers: word_set(tables::ACTOR_MODIFIERS),
            heads: tables::ACTOR_HEADS.iter().map(|h| h.head).collect(),
        }
    }
}

impl Default for PhraseTables {
    fn default() -> Self {
        Self::new()
    }
}

/// A noun phrase of a unit: its words `first..end` and its span (a short bracketed
/// note right after it, as in `各县(区)`, included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    /// Index of the first word in the unit.
    pub first: usize,
    /// One past the index of the last word (the bracketed note included).
    pub end: usize,
    /// Where the phrase stands in the text.
    pub span: Span,
    /// Index of the word that ends the phrase proper (before any bracketed note).
    pub last: usize,
}

/// The noun phrases of a whole document, unit by unit, in one list.
#[derive(Debug, Default)]
pub struct Phrases {
    all: Vec<Phrase>,
    /// Where each unit's phrases start in `all`, and one past the last unit's.
    starts: Vec<usize>,
}

impl Phrases {
    /// The phrases of unit `unit`, in order.
    pub fn of(&self, unit: usize) -> &[Phrase] {
        match (self.starts.get(unit), self.starts.get(unit + 1)) {
            (Some(&a), Some(&b)) => &self.all[a..b],
            _ => &[],
        }
    }
}

/// Longest bracketed note, in characters, that still belongs to the phrase before it.
const MAX_NOTE_CHARS: usize = 8;

/// How noun phrases are found: the grammar and the phrase tables.
#[derive(Clone, Copy)]
pub struct PhraseFinder<'a> {
    /// The shared word classes.
    pub grammar: &'a Grammar,
    /// The phrase tables.
    pub tables: &'a PhraseTables,
}

impl PhraseFinder<'_> {
    /// Whether the word at `i` can stand inside a noun phrase.
    fn is_phrase_word(&self, u: UnitView, i: usize) -> bool {
        let t = u.token(i);
        let w = u.word(i);
        if self.tables.breaks.contains(w) {
            return false;
        }
        if self.tables.modifiers.contains(w) || self.tables.heads.contains(w) {
            return true;
        }
        // Segmentation tags some verbs as nouns or adjectives (落实, 稳定): they end a phrase.
        t.pos.is_nominal() && !self.grammar.is_measure_verb(w) && !self.grammar.is_marker(w)
    }

    /// If a quoted word (`“两委”`) starts at `i` and a phrase word follows it, the index
    /// after its closing quote.
    fn quoted_inside_phrase(&self, u: UnitView, i: usize) -> Option<usize> {
        if u.word(i) != "“" {
            return None;
        }
        let close = (i + 1..u.len().min(i + 5)).find(|&j| u.word(j) == "”")?;
        (close + 1 < u.len() && self.is_phrase_word(u, close + 1)).then_some(close + 1)
    }

    /// The noun phrases of every unit of a document.
    pub fn phrases(&self, doc: &Document) -> Phrases {
        let mut phrases = Phrases {
            all: Vec::new(),
            starts: vec![0],
        };
        for u in doc.views() {
            self.noun_phrases(u, &mut phrases.all);
            phrases.starts.push(phrases.all.len());
        }
        phrases
    }

    /// Adds every maximal noun phrase of a unit to `out`, in order.
    fn noun_phrases(&self, u: UnitView, out: &mut Vec<Phrase>) {
        let n = u.len();
        let mut i = 0;
        while i < n {
            if !self.is_phrase_word(u, i) {
                i += 1;
                continue;
            }
            let first = i;
            let (last, next) = self.run_from(u, i);
            let mut end = last + 1;
            i = next;
            if let Some(after) = (end < n).then(|| bracketed_note(u, end, false)).flatten() {
                end = after;
                i = after;
            }
            let span = Span::new(u.token(first).span.start, u.token(end - 1).span.end);
            out.push(Phrase {
                first,
                end,
                span,
                last,
            });
        }
    }

    /// The last phrase word of the run of phrase words, quoted words and enumerating
    /// notes that starts at `first`, and the index where scanning goes on.
    fn run_from(&self, u: UnitView, first: usize) -> (usize, usize) {
        let n = u.len();
        let mut last = first;
        let mut i = first + 1;
        loop {
            if i < n && self.is_phrase_word(u, i) {
                last = i;
                i += 1;
            } else if let Some(next) = (i < n).then(|| self.quoted_inside_phrase(u, i)).flatten() {
                i = next;
            } else if let Some(next) = (i < n)
                .then(|| bracketed_note(u, i, true))
                .flatten()
                .filter(|&k| k < n && self.is_phrase_word(u, k))
            {
                i = next;
            } else {
                return (last, i);
            }
        }
    }
}

/// If a short bracketed note (`(区)`, `（党委）`) starts at `i`, the index after it. An
/// enumeration (`(市、区)`) counts only `inside` a phrase, as in 各县(市、区)人民政府.
fn bracketed_note(u: UnitView, i: usize, inside: bool) -> Option<usize> {
    if !is_opening_bracket(u.word(i)) {
        return None;
    }
    let mut chars = 0;
    for j in i + 1..u.len() {
        let w = u.word(j);
        if matches!(w, "）" | ")") {
            return (j > i + 1).then_some(j + 1);
        }
        chars += w.chars().count();
        let enumeration = is_enumeration_comma(w) && inside;
        if chars > MAX_NOTE_CHARS || (u.token(j).pos == Pos::Symbol && !enumeration) {
            return None;
        }
    }
    None
}

/// Longest `…的` modifier taken into a phrase, in characters.
const MAX_MODIFIER_CHARS: usize = 14;

/// Where a `…的` modifier before word `first` of a unit starts (符合条件的失业人员,
/// 有深度贫困乡镇的各县): the index of its first word and the word before it, if any. The
/// modifier runs left from the 的 to a clause boundary, another 的, or a word `opens`
/// accepts; it is `None` when there is no 的 or the modifier is longer than 14 characters.
pub fn de_modifier<'t>(
    g: &Grammar,
    u: UnitView<'_, 't>,
    first: usize,
    opens: impl Fn(&str) -> bool,
) -> Option<(usize, Option<&'t str>)> {
    if first < 2 || !g.is_de(u.word(first - 1)) {
        return None;
    }
    let mut chars = 0;
    let mut i = first - 1;
    while i > 0 {
        let t = u.token(i - 1);
        let w = u.word(i - 1);
        if opens(w) || t.pos == Pos::Symbol || g.is_de(w) {
            break;
        }
        chars += t.span.len_chars(u.doc.text);
        if chars > MAX_MODIFIER_CHARS {
            return None;
        }
        i -= 1;
    }
    let before = i.checked_sub(1).map(|k| u.word(k));
    (i < first - 1).then_some((i, before))
}
