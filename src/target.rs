//! Targets (ANNOTATION.md §4): the groups of people a measure serves.

use crate::document::{Document, Unit};
use crate::lexicon::Lexicons;
use crate::phrase::noun_phrases;
use crate::segment::Pos;
use crate::text::Span;

/// A target mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Index of its unit.
    pub unit: usize,
    /// Where it stands in the text.
    pub span: Span,
    /// The rule that found it.
    pub rule: &'static str,
}

/// Words before a `…的` modifier that it may start after (对符合条件的失业人员).
const MODIFIER_OPENERS: &[&str] = &[
    "对", "为", "向", "给", "针对", "面向", "帮助", "支持", "组织",
];
/// Longest `…的` modifier kept in a target, in characters.
const MAX_MODIFIER_CHARS: usize = 14;
/// Verbs of care whose object, even an official, is served (关心扶贫一线干部).
const CARE_VERBS: &[&str] = &["关心", "关爱", "慰问", "激励"];

/// Finds every target of a document.
pub fn targets(doc: &Document, lex: &Lexicons) -> Vec<Target> {
    let mut out = Vec::new();
    for (ui, unit) in doc.units.iter().enumerate() {
        for p in noun_phrases(doc, unit, lex) {
            let core = Span::new(
                unit.tokens[p.first].span.start,
                unit.tokens[p.last].span.end,
            );
            let text = core.of(doc.text);
            let cared = p.first > 0
                && CARE_VERBS.contains(&doc.word(&unit.tokens[p.first - 1]))
                && text.ends_with("干部");
            let served = lex.target_heads.iter().any(|h| text.ends_with(h));
            if !(served || cared) {
                continue;
            }
            let (start, rule) = match modifier_start(doc, unit, p.first) {
                Some(s) => (s, "target-modified"),
                None if cared => (core.start, "target-cared-for"),
                None => (core.start, "target-head"),
            };
            out.push(Target {
                unit: ui,
                span: Span::new(start, core.end),
                rule,
            });
        }
    }
    out
}

/// Where a `…的` modifier before word `first` starts, when it is a short restriction
/// (符合条件的, 培训合格的) opened by a preposition or by 符合.
fn modifier_start(doc: &Document, unit: &Unit, first: usize) -> Option<usize> {
    if first == 0 || doc.word(&unit.tokens[first - 1]) != "的" {
        return None;
    }
    let mut chars = 0;
    let mut i = first - 1;
    while i > 0 {
        let t = &unit.tokens[i - 1];
        let w = doc.word(t);
        if MODIFIER_OPENERS.contains(&w) || t.pos == Pos::Symbol || w == "的" {
            break;
        }
        chars += t.span.len_chars(doc.text);
        if chars > MAX_MODIFIER_CHARS {
            return None;
        }
        i -= 1;
    }
    let opener = i.checked_sub(1).map(|k| doc.word(&unit.tokens[k]));
    let opened = opener.is_some_and(|w| MODIFIER_OPENERS.contains(&w));
    let starts_with_fuhe = doc.word(&unit.tokens[i]).starts_with("符合");
    (i < first - 1 && (opened || starts_with_fuhe)).then(|| unit.tokens[i].span.start)
}
