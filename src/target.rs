//! Targets (ANNOTATION.md §4): the groups of people a measure serves.

use crate::document::{Document, UnitView};
use crate::grammar::Grammar;
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, WordList, WordSet};
use crate::phrase::{de_modifier, Phrase, Phrases};
use crate::rule::Rule;
use crate::tagged::Target;
use crate::text::Span;

/// The tables the target tagger reads: `data/target_heads.tsv` and classes of
/// `data/classes/target.tsv`.
#[derive(Debug)]
pub struct TargetTables {
    heads: WordList,
    /// Heads that need a modifier before them (`alone` is `no`: 人员, 家庭).
    heads_needing_modifier: WordSet,
    modifier_openers: WordSet,
    care_verbs: WordSet,
    cadre_heads: Vec<&'static str>,
    restriction_starts: Vec<&'static str>,
}

impl TargetTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        TargetTables {
            heads: WordList::new(tables::TARGET_HEADS.iter().map(|h| h.head)),
            heads_needing_modifier: tables::TARGET_HEADS
                .iter()
                .filter(|h| !h.alone)
                .map(|h| h.head)
                .collect(),
            modifier_openers: word_set(class::MODIFIER_OPENER),
            care_verbs: word_set(class::CARE_VERB),
            cadre_heads: class::CADRE_HEAD.to_vec(),
            restriction_starts: class::TARGET_RESTRICTION_START.to_vec(),
        }
    }
}

impl Default for TargetTables {
    fn default() -> Self {
        Self::new()
    }
}

/// The target tagger: the grammar and its own tables.
#[derive(Clone, Copy)]
pub struct TargetTagger<'a> {
    /// The shared word classes.
    pub grammar: &'a Grammar,
    /// The target tables.
    pub tables: &'a TargetTables,
}

impl TargetTagger<'_> {
    /// Finds every target of a document; `phrases` holds the noun phrases of each unit.
    pub fn targets(&self, doc: &Document, phrases: &Phrases) -> Vec<Target> {
        let mut out = Vec::new();
        for u in doc.views() {
            for p in phrases.of(u.index) {
                if let Some((span, rule)) = self.target_of(u, p) {
                    out.push(Target {
                        unit: u.index,
                        span,
                        rule,
                    });
                }
            }
        }
        out
    }

    /// The target a phrase names, if any: its span and rule.
    fn target_of(&self, u: UnitView, p: &Phrase) -> Option<(Span, Rule)> {
        let t = self.tables;
        let cared = p.first > 0
            && t.care_verbs.contains(u.word(p.first - 1))
            && t.cadre_heads
                .iter()
                .any(|h| u.text_of(p.first, p.last).ends_with(h));
        // The group may stand inside a longer phrase (农村人口供水保障水平).
        let served = (p.first..=p.last).rev().find(|&k| {
            let text = u.text_of(p.first, k);
            t.heads
                .suffix_of(text)
                .is_some_and(|h| text.len() > h.len() || !t.heads_needing_modifier.contains(h))
        });
        let core = match (served, cared) {
            (Some(k), _) => u.span_of(p.first, k),
            (None, true) => u.span_of(p.first, p.last),
            (None, false) => return None,
        };
        let (start, rule) = match self.modifier_start(u, p.first) {
            Some(s) => (s, Rule::TargetModified),
            None if cared => (core.start, Rule::TargetCaredFor),
            None => (core.start, Rule::TargetHead),
        };
        Some((Span::new(start, core.end), rule))
    }

    /// Where a `…的` modifier before word `first` starts, when it is a short restriction
    /// (符合条件的, 培训合格的) opened by a preposition or by 符合.
    fn modifier_start(&self, u: UnitView, first: usize) -> Option<usize> {
        let openers = &self.tables.modifier_openers;
        let (i, before) = de_modifier(self.grammar, u, first, |w| openers.contains(w))?;
        let opened = before.is_some_and(|w| openers.contains(w));
        let restricted = self
            .tables
            .restriction_starts
            .iter()
            .any(|s| u.word(i).starts_with(s));
        (opened || restricted).then(|| u.token(i).span.start)
    }
}
