//! Directives (ANNOTATION.md §1): which units instruct, with what force, and why.

use crate::document::{Document, UnitView};
use crate::grammar::{is_colon, is_invisible, is_line_without_stop, Grammar};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, CueKind, MarkerPlace, WordList, WordSet};
use crate::model::Force;
use crate::rule::Rule;
use crate::segment::Pos;
use crate::tagged::Directive;
use crate::text::{is_han, Span};

/// The tables the directive tagger reads: `data/non_directive_cues.tsv` and
/// `data/classes/directive.tsv` (besides the grammar's markers and verbs).
#[derive(Debug)]
pub struct DirectiveTables {
    /// Cues of non-directive units found anywhere in them.
    non_directive_cues: WordList,
    /// Verbs of definition (X 是 Y), which count only where a clause is built around them.
    definition_cues: Vec<&'static str>,
    document_types: Vec<&'static str>,
    reporting_verbs: WordSet,
    non_imperative_verbs: WordSet,
    weak_obligations: WordSet,
    metadata_labels: Vec<&'static str>,
    metadata_phrases: Vec<&'static str>,
    assessment_adverbs: WordSet,
    lacking_modals: WordSet,
    bare_modals: WordSet,
    additive_adverbs: WordSet,
    perfective_particles: WordSet,
    idioms_after_perfective: WordSet,
    scene_openers: WordSet,
    prepositional_openers: WordSet,
    assignment_prepositions: WordSet,
}

impl DirectiveTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        let cues = tables::NON_DIRECTIVE_CUES;
        let definition = |c: &&tables::CueRow| c.kind == CueKind::Definition;
        DirectiveTables {
            non_directive_cues: WordList::new(
                cues.iter().filter(|c| !definition(c)).map(|c| c.cue),
            ),
            definition_cues: cues.iter().filter(definition).map(|c| c.cue).collect(),
            document_types: class::DOCUMENT_TYPE.to_vec(),
            reporting_verbs: word_set(class::REPORTING_VERB),
            non_imperative_verbs: word_set(class::NON_IMPERATIVE_VERB),
            weak_obligations: word_set(class::WEAK_OBLIGATION),
            metadata_labels: class::METADATA_LABEL.to_vec(),
            metadata_phrases: class::METADATA_PHRASE.to_vec(),
            assessment_adverbs: word_set(class::ASSESSMENT_ADVERB),
            lacking_modals: word_set(class::LACKING_MODAL),
            bare_modals: word_set(class::BARE_MODAL),
            additive_adverbs: word_set(class::ADDITIVE_ADVERB),
            perfective_particles: word_set(class::PERFECTIVE_PARTICLE),
            idioms_after_perfective: word_set(class::IDIOM_AFTER_PERFECTIVE),
            scene_openers: word_set(class::SCENE_OPENER),
            prepositional_openers: word_set(class::PREPOSITIONAL_OPENER),
            assignment_prepositions: word_set(class::ASSIGNMENT_PREPOSITION),
        }
    }
}

impl Default for DirectiveTables {
    fn default() -> Self {
        Self::new()
    }
}

/// The directive tagger: the grammar and its own tables.
#[derive(Clone, Copy)]
pub struct DirectiveTagger<'a> {
    /// The shared word classes.
    pub grammar: &'a Grammar,
    /// The directive tables.
    pub tables: &'a DirectiveTables,
}

/// The first marker of a unit that counts: its span, force and whether it is strong (a
/// modal or a prohibition, which reports and descriptions do not use).
struct FoundMarker {
    span: Span,
    force: Force,
    strong: bool,
}

impl DirectiveTagger<'_> {
    /// Finds the directive units of a document.
    pub fn directives(&self, doc: &Document) -> Vec<Directive> {
        doc.views().filter_map(|u| self.directive_of(u)).collect()
    }

    fn directive_of(&self, u: UnitView) -> Option<Directive> {
        let make = |force, marker, rule| {
            Some(Directive {
                unit: u.index,
                span: u.unit.span,
                force,
                marker,
                rule,
            })
        };
        let text = u.text();
        if self.is_metadata(text) {
            return None;
        }
        // A number glued to 要 (一要, 二要) is itself the marker.
        if u.unit.number_end > 0 && u.doc.text[..u.unit.number_end].ends_with('要') {
            let at = u.unit.number_end - '要'.len_utf8();
            let marker = Span::new(at, u.unit.number_end);
            return make(Force::Obligation, Some(marker), Rule::DirectiveNumberedYao);
        }
        if self.grammar.is_responsibility_note(u) {
            return make(Force::Obligation, None, Rule::DirectiveResponsibilityNote);
        }
        let blocked = self.is_not_instructing(u);
        if let Some(m) = self.first_marker(u) {
            if m.strong || !blocked {
                let rule = match m.force {
                    Force::Obligation => Rule::DirectiveMarkerObligation,
                    Force::Prohibition => Rule::DirectiveMarkerProhibition,
                    Force::Encouragement => Rule::DirectiveMarkerEncouragement,
                };
                return make(m.force, Some(m.span), rule);
            }
        }
        if self.reports_an_imperative(u) {
            return make(Force::Obligation, None, Rule::DirectiveReportedImperative);
        }
        if blocked
            || text.ends_with(['：', ':'])
            || self.is_title_line(u)
            || self.is_noun_heading(u)
        {
            return None;
        }
        let rule = self.implicit_imperative(u)?;
        make(Force::Obligation, None, rule)
    }

    /// Source, date and document-number lines and the like.
    fn is_metadata(&self, text: &str) -> bool {
        // A label followed by a colon: 来源:江南日报, 日期：2017-09-29.
        let labelled = |c: &str| {
            text.starts_with(c)
                || text
                    .match_indices(c)
                    .any(|(i, _)| text[i + c.len()..].starts_with([':', '：']))
        };
        self.tables.metadata_labels.iter().any(|c| labelled(c))
            || text.contains('〔') && text.ends_with('号')
            || !text.chars().any(is_han)
            || self
                .tables
                .metadata_phrases
                .iter()
                .any(|p| text.contains(p))
            || text
                .chars()
                .all(|c| c.is_ascii_digit() || "年月日 -./".contains(c))
    }

    /// A title line: one line without a stop, ending with a document type.
    fn is_title_line(&self, u: UnitView) -> bool {
        is_line_without_stop(u)
            && self
                .tables
                .document_types
                .iter()
                .any(|d| u.text().ends_with(d))
    }

    /// A heading line that is a noun phrase (一、深化预算管理制度改革的总体要求): no stop,
    /// a 的, and no action verb at its end.
    fn is_noun_heading(&self, u: UnitView) -> bool {
        is_line_without_stop(u)
            && !u.text().ends_with(['？', '?'])
            && (0..u.len()).any(|i| self.grammar.is_de(u.word(i)))
            && (0..u.len())
                .rev()
                .find(|&i| u.token(i).pos != Pos::Symbol)
                .is_some_and(|i| !self.grammar.is_measure_verb(u.word(i)))
    }

    /// The first marker of the unit that counts: anywhere for an `any` marker; for a
    /// `clause_start` marker only while nothing verb-like (but a marker) came before it in
    /// its clause.
    fn first_marker(&self, u: UnitView) -> Option<FoundMarker> {
        for clause in u.clauses() {
            let mut verb_before = false;
            for i in clause.first..clause.end {
                let w = u.word(i);
                let marker = self.grammar.marker(w);
                let counts = marker.filter(|m| {
                    (m.place == MarkerPlace::Anywhere || !verb_before) && self.marker_is_modal(u, i)
                });
                if let Some(m) = counts {
                    // Clause-opening verbs (支持, 鼓励, 坚持) also open purposes and reports.
                    let strong = m.place == MarkerPlace::Anywhere
                        && !self.tables.weak_obligations.contains(w);
                    return Some(FoundMarker {
                        span: u.token(i).span,
                        force: m.force,
                        strong,
                    });
                }
                let verb_like = u.token(i).pos == Pos::Verb || self.grammar.is_listed_verb(w);
                verb_before |= verb_like && marker.is_none();
            }
        }
        None
    }

    /// Whether 要/可/应 at word `i` is a modal verb, not part of a noun phrase.
    fn marker_is_modal(&self, u: UnitView, i: usize) -> bool {
        let w = u.word(i);
        let next = (i + 1..u.len())
            .map(|k| (u.word(k), u.token(k).pos))
            .find(|(n, _)| !is_invisible(n));
        // 仍需增强, 尚须完善: an assessment of what is lacking, not an instruction.
        let assessed = i > 0 && self.tables.assessment_adverbs.contains(u.word(i - 1));
        if assessed && self.tables.lacking_modals.contains(w) {
            return false;
        }
        if !self.tables.bare_modals.contains(w) {
            return true;
        }
        match next {
            None => false,
            Some((n, pos)) => pos != Pos::Symbol || matches!(n, "“" | "《"),
        }
    }

    /// Whether a definition cue (X 是 Y) shapes the unit: a noun opens the first clause
    /// and the cue follows in it, or a later clause opens with it (建立…制度，是…).
    fn defines(&self, u: UnitView, cue: &str) -> bool {
        let noun_subject = u.clauses().first().is_some_and(|c| {
            (c.first + 1..c.end).any(|i| u.word(i) == cue)
                && matches!(
                    u.token(c.first).pos,
                    Pos::Noun | Pos::Name | Pos::Place | Pos::VerbalNoun
                )
        });
        let copula_clause = u.clauses().iter().skip(1).any(|c| {
            let head =
                (c.first..c.end).find(|&i| !self.tables.additive_adverbs.contains(u.word(i)));
            head.is_some_and(|i| u.word(i) == cue)
        });
        noun_subject || copula_clause
    }

    /// Whether a cue shows that the unit reports, describes or predicts instead of
    /// instructing.
    fn is_not_instructing(&self, u: UnitView) -> bool {
        let t = self.tables;
        if t.definition_cues.iter().any(|c| self.defines(u, c))
            || t.non_directive_cues.first_in(u.text()).is_some()
        {
            return true;
        }
        // A verb followed by 了 reports something done (提出了要求, 阐明了); 了之 closes an
        // idiom (一关了之), not a report.
        (0..u.len().saturating_sub(1)).any(|i| {
            (u.token(i).pos == Pos::Verb || self.grammar.is_listed_verb(u.word(i)))
                && t.perfective_particles.contains(u.word(i + 1))
                && !t.idioms_after_perfective.contains(u.word_or_empty(i + 2))
        })
    }

    /// `X强调 集中力量攻关…`: a reporting verb followed by a clause that opens with a verb.
    fn reports_an_imperative(&self, u: UnitView) -> bool {
        let Some(k) = (0..u.len()).find(|&i| self.tables.reporting_verbs.contains(u.word(i)))
        else {
            return false;
        };
        let Some(next) = u.clauses().iter().find(|c| c.first > k) else {
            return false;
        };
        if !(k + 1..next.first).all(|i| u.token(i).pos == Pos::Symbol) {
            return false;
        }
        let head = self.grammar.clause_head(u, next.first, next.end);
        head < next.end && self.opens_with_verb(u, head)
    }

    /// Whether word `i` is an action verb that can open an imperative.
    fn opens_with_verb(&self, u: UnitView, i: usize) -> bool {
        let w = u.word(i);
        if self.tables.non_imperative_verbs.contains(w) {
            return false;
        }
        self.grammar.is_listed_verb(w)
            || self.grammar.opens_with_verb_and_hao(w)
            || u.token(i).pos == Pos::Verb
            || self.grammar.is_marker(w)
    }

    /// A unit with no marker that still instructs: its first main clause opens with a verb.
    fn implicit_imperative(&self, u: UnitView) -> Option<Rule> {
        // A short speaker label (李明:) before a headline.
        let mut clauses = u.clauses().iter().peekable();
        if let Some(first) = clauses.peek() {
            if is_colon(u.word_or_empty(first.end))
                && first.end - first.first <= 2
                && u.token(first.first).pos == Pos::Name
            {
                clauses.next();
            }
        }
        for clause in clauses {
            let head = self.grammar.clause_head(u, clause.first, clause.end);
            if head >= clause.end {
                continue;
            }
            let w = u.word(head);
            // A scene-setting clause (对…的，按照…，在…中，) gives way to the next one.
            if u.token(head).pos == Pos::Preposition || self.tables.scene_openers.contains(w) {
                let has_verb =
                    (head + 1..clause.end).any(|i| self.grammar.is_listed_verb(u.word(i)));
                if has_verb && self.tables.prepositional_openers.contains(w) {
                    return Some(Rule::DirectiveImplicitPrepositional);
                }
                continue;
            }
            if self.opens_with_verb(u, head) {
                return Some(Rule::DirectiveImplicitImperative);
            }
            // A responsibility note: (商务部、财政部等按职责分工负责).
            if (head..clause.end).any(|i| self.grammar.names_responsibility(u.word(i))) {
                return Some(Rule::DirectiveResponsibilityNote);
            }
            // A clause with a noun subject and a 由… predicate states who pays or acts.
            if (head..clause.end).any(|i| self.tables.assignment_prepositions.contains(u.word(i))) {
                return Some(Rule::DirectiveImplicitAssignment);
            }
            return None;
        }
        None
    }
}
