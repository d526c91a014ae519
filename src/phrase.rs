//! Noun phrases: runs of nominal words that actors and targets are cut from.

use crate::document::{Document, Unit};
use crate::lexicon::Lexicons;
use crate::segment::Pos;
use crate::text::Span;

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

/// Longest bracketed note, in characters, that still belongs to the phrase before it.
const MAX_NOTE_CHARS: usize = 8;

/// Whether the word at `i` can stand inside a noun phrase.
fn is_phrase_word(doc: &Document, unit: &Unit, i: usize, lex: &Lexicons) -> bool {
    let t = &unit.tokens[i];
    let w = doc.word(t);
    if lex.phrase_breaks.contains(w) {
        return false;
    }
    if lex.actor_modifiers.contains(w) || lex.actor_heads.contains_key(w) {
        return true;
    }
    // Segmentation tags some verbs as nouns or adjectives (落实, 稳定): they end a phrase.
    t.pos.is_nominal() && !lex.is_measure_verb(w) && !lex.markers.contains_key(w)
}

/// If a quoted word (`“两委”`) starts at `i` and a phrase word follows it, the index
/// after its closing quote.
fn quoted_inside_phrase(doc: &Document, unit: &Unit, i: usize, lex: &Lexicons) -> Option<usize> {
    if doc.word(&unit.tokens[i]) != "“" {
        return None;
    }
    let close =
        (i + 1..unit.tokens.len().min(i + 5)).find(|&j| doc.word(&unit.tokens[j]) == "”")?;
    (close + 1 < unit.tokens.len() && is_phrase_word(doc, unit, close + 1, lex))
        .then_some(close + 1)
}

/// If a short bracketed note (`(区)`, `（党委）`) starts at `i`, the index after it. An
/// enumeration (`(市、区)`) counts only `inside` a phrase, as in 各县(市、区)人民政府.
fn bracketed_note(doc: &Document, unit: &Unit, i: usize, inside: bool) -> Option<usize> {
    if !matches!(doc.word(&unit.tokens[i]), "（" | "(") {
        return None;
    }
    let mut chars = 0;
    for j in i + 1..unit.tokens.len() {
        let w = doc.word(&unit.tokens[j]);
        if matches!(w, "）" | ")") {
            return (j > i + 1).then_some(j + 1);
        }
        chars += w.chars().count();
        let enumeration = w == "、" && inside;
        if chars > MAX_NOTE_CHARS || (unit.tokens[j].pos == Pos::Symbol && !enumeration) {
            return None;
        }
    }
    None
}

/// Every maximal noun phrase of a unit, in order.
pub fn noun_phrases(doc: &Document, unit: &Unit, lex: &Lexicons) -> Vec<Phrase> {
    let mut out = Vec::new();
    let n = unit.tokens.len();
    let mut i = 0;
    while i < n {
        if !is_phrase_word(doc, unit, i, lex) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        i += 1;
        loop {
            if i < n && is_phrase_word(doc, unit, i, lex) {
                last = i;
                i += 1;
            } else if let Some(next) = (i < n)
                .then(|| quoted_inside_phrase(doc, unit, i, lex))
                .flatten()
            {
                i = next;
            } else if let Some(next) = (i < n)
                .then(|| bracketed_note(doc, unit, i, true))
                .flatten()
                .filter(|&k| k < n && is_phrase_word(doc, unit, k, lex))
            {
                i = next;
            } else {
                break;
            }
        }
        let mut end = last + 1;
        if let Some(after) = (end < n)
            .then(|| bracketed_note(doc, unit, end, false))
            .flatten()
        {
            end = after;
            i = after;
        }
        let span = Span::new(unit.tokens[first].span.start, unit.tokens[end - 1].span.end);
        out.push(Phrase {
            first,
            end,
            span,
            last,
        });
    }
    out
}

/// Longest `…的` modifier taken into a phrase, in characters.
const MAX_MODIFIER_CHARS: usize = 14;

/// Where a `…的` modifier before word `first` of a unit starts (符合条件的失业人员,
/// 有深度贫困乡镇的各县): the index of its first word and the word before it, if any. The
/// modifier runs left from the 的 to a clause boundary, another 的, or a word `opens`
/// accepts; it is `None` when there is no 的 or the modifier is longer than 14 characters.
pub fn de_modifier<'t>(
    doc: &Document<'t>,
    unit: &Unit,
    first: usize,
    opens: impl Fn(&str) -> bool,
) -> Option<(usize, Option<&'t str>)> {
    if first < 2 || doc.word(&unit.tokens[first - 1]) != "的" {
        return None;
    }
    let mut chars = 0;
    let mut i = first - 1;
    while i > 0 {
        let t = &unit.tokens[i - 1];
        let w = doc.word(t);
        if opens(w) || t.pos == Pos::Symbol || w == "的" {
            break;
        }
        chars += t.span.len_chars(doc.text);
        if chars > MAX_MODIFIER_CHARS {
            return None;
        }
        i -= 1;
    }
    let before = i.checked_sub(1).map(|k| doc.word(&unit.tokens[k]));
    (i < first - 1).then_some((i, before))
}
