//! Targets (ANNOTATION.md §4): the groups of people a measure serves.

use crate::document::{Document, Unit};
use crate::lexicon::Lexicons;
use crate::phrase::{de_modifier, Phrase};
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

/// Finds every target of a document; `phrases` holds the noun phrases of each unit.
pub fn targets(doc: &Document, lex: &Lexicons, phrases: &[Vec<Phrase>]) -> Vec<Target> {
    let mut out = Vec::new();
    for (ui, unit) in doc.units.iter().enumerate() {
        for p in &phrases[ui] {
            let start = unit.tokens[p.first].span.start;
            let text_to = |k: usize| Span::new(start, unit.tokens[k].span.end);
            let cared = p.first > 0
                && lex
                    .classes
                    .care_verbs
                    .contains(&doc.word(&unit.tokens[p.first - 1]))
                && text_to(p.last).of(doc.text).ends_with("干部");
            // The group may stand inside a longer phrase (农村人口供水保障水平).
            let served = (p.first..=p.last).rev().find(|&k| {
                let text = text_to(k).of(doc.text);
                lex.target_heads.suffix_of(text).is_some_and(|h| {
                    text.len() > h.len() || !lex.target_heads_needing_modifier.contains(h)
                })
            });
            let core = match (served, cared) {
                (Some(k), _) => text_to(k),
                (None, true) => text_to(p.last),
                (None, false) => continue,
            };
            let (start, rule) = match modifier_start(doc, unit, p.first, lex) {
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
fn modifier_start(doc: &Document, unit: &Unit, first: usize, lex: &Lexicons) -> Option<usize> {
    let (i, before) = de_modifier(doc, unit, first, |w| {
        lex.classes.modifier_openers.contains(&w)
    })?;
    let opened = before.is_some_and(|w| lex.classes.modifier_openers.contains(&w));
    (opened || doc.word(&unit.tokens[i]).starts_with("符合")).then(|| unit.tokens[i].span.start)
}
