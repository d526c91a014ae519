//! Directives (ANNOTATION.md §1): which units instruct, with what force, and why.

use crate::document::{Clause, Document, UnitView};
use crate::grammar::{
    clause_at, is_colon, is_date_word, is_enumeration_comma, is_invisible, is_line_without_stop,
    Grammar,
};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, CueKind, MarkerPlace, WordList, WordSet};
use crate::model::Force;
use crate::numbering::NumberStyle;
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
    narrator_demonstratives: Vec<&'static str>,
    past_frames: WordSet,
    perfect_adverbs: WordSet,
    intention_subjects: WordSet,
    intention_modals: WordSet,
    intro_words: Vec<&'static str>,
    deadline_words: WordSet,
    time_point_suffixes: Vec<&'static str>,
    date_frame_prepositions: WordSet,
    purpose_prepositions: WordSet,
    enactment_verbs: WordSet,
    heading_nouns: WordSet,
    result_adverbs: WordSet,
    deployment_verbs: WordSet,
    commitment_subjects: WordSet,
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
            narrator_demonstratives: class::NARRATOR_DEMONSTRATIVE.to_vec(),
            past_frames: word_set(class::PAST_FRAME),
            perfect_adverbs: word_set(class::PERFECT_ADVERB),
            intention_subjects: word_set(class::INTENTION_SUBJECT),
            intention_modals: word_set(class::INTENTION_MODAL),
            intro_words: class::INTRO_WORD.to_vec(),
            deadline_words: word_set(class::DEADLINE_WORD),
            time_point_suffixes: class::TIME_POINT_SUFFIX.to_vec(),
            date_frame_prepositions: word_set(class::DATE_FRAME_PREPOSITION),
            purpose_prepositions: word_set(class::PURPOSE_PREPOSITION),
            enactment_verbs: word_set(class::ENACTMENT_VERB),
            heading_nouns: word_set(class::HEADING_NOUN),
            result_adverbs: word_set(class::RESULT_ADVERB),
            deployment_verbs: word_set(class::DEPLOYMENT_VERB),
            commitment_subjects: word_set(class::COMMITMENT_SUBJECT),
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

/// The first marker of a unit that counts: its span, force, the clause it stands in, and
/// whether it is strong (a modal or a prohibition, which reports and descriptions do not use).
struct FoundMarker {
    span: Span,
    force: Force,
    clause: usize,
    strong: bool,
}

/// A directive unit as first found, with whether it rests on strong evidence (a modal, a
/// prohibition, a note, a reported instruction) or only on its form (an implicit
/// imperative, a clause-opening marker), which a report of what was done overrides.
struct Found {
    directive: Directive,
    strong: bool,
}

/// What is true of a whole document for the directive rules.
struct DocumentFacts {
    /// It is a normative document (a titled notice or opinion, a regulation with articles,
    /// a plan with numbered parts): a subject with an action verb states a duty there.
    normative: bool,
}

impl DirectiveTagger<'_> {
    /// Finds the directive units of a document. A paragraph that reports what was done
    /// (了, 已, 今年以来, 该县…) and holds no strong marker orders nothing: its implicit
    /// imperatives narrate.
    pub fn directives(&self, doc: &Document) -> Vec<Directive> {
        let facts = DocumentFacts {
            normative: self.is_normative(doc),
        };
        let mut out = Vec::new();
        // Whether the paragraph so far narrates: from a unit that reports the past until a
        // speaker instructs again (a strong marker, 强调/指出…).
        let mut narrating = false;
        let mut line = usize::MAX;
        for u in doc.views() {
            if u.unit.line != line {
                (line, narrating) = (u.unit.line, false);
            }
            narrating |= self.reports_the_past(u);
            let found = self.directive_of(u, &facts);
            let speaks = (0..u.len()).any(|i| self.tables.reporting_verbs.contains(u.word(i)));
            if found.as_ref().is_some_and(|f| f.strong) || speaks {
                narrating = false;
            }
            match found {
                Some(f) if f.strong || !narrating => out.push(f.directive),
                _ => {}
            }
        }
        out
    }

    fn directive_of(&self, u: UnitView, facts: &DocumentFacts) -> Option<Found> {
        let make = |force, marker, rule, strong| {
            Some(Found {
                directive: Directive {
                    unit: u.index,
                    span: u.unit.span,
                    force,
                    marker,
                    rule,
                },
                strong,
            })
        };
        let text = u.text();
        if self.is_metadata(text) || self.introduces(u) || self.enacts(u) {
            return None;
        }
        // A number glued to 要 (一要, 二要) is itself the marker.
        if u.unit.number_end > 0 && u.doc.text[..u.unit.number_end].ends_with('要') {
            let at = u.unit.number_end - '要'.len_utf8();
            let marker = Span::new(at, u.unit.number_end);
            return make(
                Force::Obligation,
                Some(marker),
                Rule::DirectiveNumberedYao,
                true,
            );
        }
        if self.grammar.is_responsibility_note(u) {
            return make(
                Force::Obligation,
                None,
                Rule::DirectiveResponsibilityNote,
                true,
            );
        }
        let blocked = self.is_not_instructing(u);
        if let Some((force, marker, rule, strong)) = self.by_marker(u, blocked) {
            return make(force, marker, rule, strong);
        }
        if self.reports_an_imperative(u) {
            return make(
                Force::Obligation,
                None,
                Rule::DirectiveReportedImperative,
                true,
            );
        }
        if blocked
            || text.ends_with(['：', ':'])
            || self.is_title_line(u)
            || self.is_noun_heading(u)
            || self.names_a_part(u)
        {
            return None;
        }
        let rule = self.unmarked_rule(u, facts)?;
        make(Force::Obligation, None, rule, false)
    }

    /// The directive a unit's first marker makes, if one counts (a weak marker does not in
    /// a unit that reports or describes): force, marker, rule and whether it is strong.
    fn by_marker(&self, u: UnitView, blocked: bool) -> Option<(Force, Option<Span>, Rule, bool)> {
        let m = self.first_marker(u).filter(|m| m.strong || !blocked)?;
        if m.force == Force::Encouragement && self.first_clause_instructs(u, m.clause) {
            // 完善供水设施，支持社会资本参与：the first clause's instruction decides.
            return Some((
                Force::Obligation,
                None,
                Rule::DirectiveImplicitImperative,
                false,
            ));
        }
        let rule = match m.force {
            Force::Obligation => Rule::DirectiveMarkerObligation,
            Force::Prohibition => Rule::DirectiveMarkerProhibition,
            Force::Encouragement => Rule::DirectiveMarkerEncouragement,
        };
        Some((m.force, Some(m.span), rule, m.strong))
    }

    /// The rule by which a unit without a marker instructs, if one does.
    fn unmarked_rule(&self, u: UnitView, facts: &DocumentFacts) -> Option<Rule> {
        if u.unit.number_style == Some(NumberStyle::Article) {
            return Some(Rule::DirectiveArticle);
        }
        if self.sets_a_deadline(u) {
            return Some(Rule::DirectiveDeadline);
        }
        if let Some(rule) = self.implicit_imperative(u) {
            return Some(rule);
        }
        (facts.normative && self.states_a_duty(u)).then_some(Rule::DirectiveStatedDuty)
    }

    /// Whether a document is normative: a title line among its first units, articles, or
    /// two parts or sections numbered 一、/（一）/第一章.
    fn is_normative(&self, doc: &Document) -> bool {
        let titled = doc.views().take(3).any(|u| self.is_title_line(u));
        let mut numbered = 0;
        for unit in &doc.units {
            match unit.number_style {
                Some(NumberStyle::Article) => return true,
                Some(NumberStyle::Part | NumberStyle::Section | NumberStyle::Chapter) => {
                    numbered += 1
                }
                _ => {}
            }
        }
        titled || numbered >= 2
    }

    /// Whether a unit reports what was done or happened: a past frame (今年以来), a
    /// perfect adverb (已, 相继), a narrated subject (该县), a verb with 了, or a result
    /// (信心更加坚定).
    fn reports_the_past(&self, u: UnitView) -> bool {
        let t = self.tables;
        self.reports_a_result(u)
            || (0..u.len()).any(|i| {
                let w = u.word(i);
                t.past_frames.contains(w)
                    || t.perfect_adverbs.contains(w)
                    || (w.chars().count() >= 2
                        && t.narrator_demonstratives.iter().any(|d| w.starts_with(d)))
                    || self.reports_done(u, i)
            })
    }

    /// Whether a clause of the unit reports a result: a noun subject, an adverb of degree
    /// and a verb that ends the clause (活动场所大幅改善).
    fn reports_a_result(&self, u: UnitView) -> bool {
        u.clauses().iter().any(|c| {
            c.end >= c.first + 3
                && matches!(
                    u.token(c.first).pos,
                    Pos::Noun | Pos::VerbalNoun | Pos::Other
                )
                && self.tables.result_adverbs.contains(u.word(c.end - 2))
                && matches!(u.token(c.end - 1).pos, Pos::Verb | Pos::Adjective)
        })
    }

    /// Whether word `i` is a verb followed by 了 (提出了要求), not the idiom 了之.
    fn reports_done(&self, u: UnitView, i: usize) -> bool {
        let t = self.tables;
        i + 1 < u.len()
            && self.grammar.is_action_verb(u, i)
            && t.perfective_particles.contains(u.word(i + 1))
            && !t.idioms_after_perfective.contains(u.word_or_empty(i + 2))
    }

    /// The first clause of a unit that has a head word (a clause of the number alone, 第三条,
    /// has none), with that head.
    fn first_main_clause(&self, u: UnitView) -> Option<(Clause, usize)> {
        u.clauses().iter().find_map(|c| {
            let head = self.grammar.clause_head(u, c.first, c.end);
            (head < c.end).then_some((*c, head))
        })
    }

    /// Whether a unit ends with a colon after 如下/以下: it introduces what follows
    /// (现将有关事项通知如下：).
    fn introduces(&self, u: UnitView) -> bool {
        let text = u.text().trim_end_matches(['：', ':']);
        text.len() < u.text().len() && self.tables.intro_words.iter().any(|w| text.ends_with(w))
    }

    /// Whether a unit is a document's enactment clause: opened by a purpose (为规范…),
    /// it says the document is made (制定本办法).
    fn enacts(&self, u: UnitView) -> bool {
        let t = self.tables;
        let Some((_, head)) = self.first_main_clause(u) else {
            return false;
        };
        let text = u.text().trim_end_matches(['。', '；', ';']);
        t.purpose_prepositions.contains(u.word(head))
            && (0..u.len()).any(|i| t.enactment_verbs.contains(u.word(i)))
            && t.document_types.iter().any(|d| text.ends_with(d))
    }

    /// Whether the first main clause of a unit is an unmarked imperative that comes before
    /// clause `marked`, where the marker stands.
    fn first_clause_instructs(&self, u: UnitView, marked: usize) -> bool {
        let Some((c, head)) = self.first_main_clause(u) else {
            return false;
        };
        let first = u.clauses().partition_point(|x| x.end <= c.first);
        marked > first
            && !self.tables.scene_openers.contains(u.word(head))
            && u.token(head).pos != Pos::Preposition
            && self.opens_with_verb(u, head)
    }

    /// Whether a unit sets a deadline: a time with 前 (年底前, 三月以前) or a date after
    /// 到/至, and an action verb after it.
    fn sets_a_deadline(&self, u: UnitView) -> bool {
        let t = self.tables;
        let time_point = |w: &str| {
            is_date_word(w)
                || (w.chars().count() <= 5 && t.time_point_suffixes.iter().any(|s| w.ends_with(s)))
        };
        let frame = (1..u.len()).find(|&i| {
            let w = u.word(i);
            (t.deadline_words.contains(w) && time_point(u.word(i - 1)))
                || (t.date_frame_prepositions.contains(u.word(i - 1)) && is_date_word(w))
        });
        frame.is_some_and(|k| {
            (k + 1..u.len()).any(|i| {
                self.grammar.is_action_verb(u, i)
                    && !self.tables.non_imperative_verbs.contains(u.word(i))
            })
        })
    }

    /// Whether the first main clause is a nominal subject (各区教育局、国资委) followed,
    /// past adverbs, by an action verb: a duty stated without a marker.
    fn states_a_duty(&self, u: UnitView) -> bool {
        let Some((c, head)) = self.first_main_clause(u) else {
            return false;
        };
        let nominal = |i: usize| {
            matches!(
                u.token(i).pos,
                Pos::Noun | Pos::Name | Pos::Place | Pos::Other
            ) && !self.grammar.is_action_verb(u, i)
                || is_enumeration_comma(u.word(i))
        };
        let mut i = head;
        while i < c.end && i < head + 12 && nominal(i) {
            i += 1;
        }
        if i == head || i >= c.end {
            return false;
        }
        // …的行为。, …建设的。: a noun phrase or a condition, not a statement.
        let words: Vec<usize> = (0..u.len())
            .filter(|&k| u.token(k).pos != Pos::Symbol)
            .collect();
        let ends_with_de = words
            .iter()
            .rev()
            .take(2)
            .any(|&k| self.grammar.is_de(u.word(k)));
        let verb = self.grammar.clause_head(u, i, c.end);
        !ends_with_de
            && !is_line_without_stop(u)
            && verb < c.end
            && u.token(verb).pos == Pos::Verb
            && !self.tables.non_imperative_verbs.contains(u.word(verb))
            && !self.grammar.is_marker(u.word(verb))
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
            || is_order_number(text)
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

    /// Whether a unit is a short numbered heading that names a part of the document (四、
    /// 保障措施, （一）指导思想。): at most eight characters after the number, ending with a
    /// heading noun, or opened by no verb and ending with a noun.
    fn names_a_part(&self, u: UnitView) -> bool {
        if u.unit.number_end == 0 {
            return false;
        }
        let content: Vec<usize> = (0..u.len())
            .filter(|&i| {
                u.token(i).span.start >= u.unit.number_end && u.token(i).pos != Pos::Symbol
            })
            .collect();
        let (Some(&first), Some(&last)) = (content.first(), content.last()) else {
            return false;
        };
        let chars: usize = content.iter().map(|&i| u.word(i).chars().count()).sum();
        let verb_first =
            u.token(first).pos == Pos::Verb || self.grammar.is_listed_verb(u.word(first));
        let ends_in_heading = self.tables.heading_nouns.contains(u.word(last));
        // 保障措施, 组织领导: a verb and a heading noun of four characters name a part too.
        let pair = content.len() == 2 && chars == 4;
        chars <= 8
            && ((!verb_first && (ends_in_heading || u.token(last).pos == Pos::Noun))
                || (pair && ends_in_heading))
    }

    /// The first marker of the unit that counts: anywhere for an `any` marker; for a
    /// `before_verb` marker only before an action verb; for a `clause_start` marker only
    /// while nothing verb-like (but a marker) came before it in its clause.
    fn first_marker(&self, u: UnitView) -> Option<FoundMarker> {
        for (k, clause) in u.clauses().iter().enumerate() {
            let mut verb_before = false;
            for i in clause.first..clause.end {
                let w = u.word(i);
                let marker = self.grammar.marker(w);
                let counts = marker.filter(|m| {
                    let placed = match m.place {
                        MarkerPlace::Anywhere => true,
                        MarkerPlace::ClauseStart => !verb_before,
                        MarkerPlace::BeforeVerb => self.commits(u, i, clause.end),
                    };
                    placed && self.marker_is_modal(u, i)
                });
                if let Some(m) = counts {
                    // Clause-opening verbs (支持, 鼓励, 坚持) also open purposes and reports.
                    let strong = m.place == MarkerPlace::Anywhere
                        && !self.tables.weak_obligations.contains(w);
                    return Some(FoundMarker {
                        span: u.token(i).span,
                        force: m.force,
                        clause: k,
                        strong,
                    });
                }
                let verb_like = u.token(i).pos == Pos::Verb || self.grammar.is_listed_verb(w);
                verb_before |= verb_like && marker.is_none();
            }
        }
        None
    }

    /// Whether 将/拟 at word `i` states a commitment: its subject is the speaker's side
    /// (我们将…, 我省拟…) and an action verb follows it; elsewhere it predicts or marks an
    /// object (将A作为B).
    fn commits(&self, u: UnitView, i: usize, end: usize) -> bool {
        let next = self.grammar.clause_head(u, i + 1, end);
        let subject = (0..i).rev().find(|&k| {
            u.token(k).pos != Pos::Adverb && !self.grammar.passes_adverb(u.word(k), true)
        });
        next < end
            && self.grammar.is_action_verb(u, next)
            && subject.is_some_and(|k| self.tables.commitment_subjects.contains(u.word(k)))
    }

    /// Whether 要/可/应 at word `i` is a modal verb, not part of a noun phrase.
    fn marker_is_modal(&self, u: UnitView, i: usize) -> bool {
        let w = u.word(i);
        let next = (i + 1..u.len())
            .map(|k| (u.word(k), u.token(k).pos))
            .find(|(n, _)| !is_invisible(n));
        // 仍需增强, 尚须完善: an assessment of what is lacking, not an instruction.
        let before = if i > 0 { u.word(i - 1) } else { "" };
        if self.tables.assessment_adverbs.contains(before) && self.tables.lacking_modals.contains(w)
        {
            return false;
        }
        // 我要向…致敬, 我特别要提到: the speaker's intention.
        if self.tables.intention_modals.contains(w) {
            let subject = (0..i).rev().find(|&k| {
                u.token(k).pos != Pos::Adverb && !self.grammar.passes_adverb(u.word(k), true)
            });
            if subject.is_some_and(|k| self.tables.intention_subjects.contains(u.word(k))) {
                return false;
            }
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
    /// and the cue follows in it, the cue follows a noun (务工收入是…, 药品分为…), or a later
    /// clause opens with it (建立…制度，是…).
    fn defines(&self, u: UnitView, cue: &str) -> bool {
        let nominal = |i: usize| {
            matches!(
                u.token(i).pos,
                Pos::Noun | Pos::Name | Pos::Place | Pos::VerbalNoun
            )
        };
        let noun_subject =
            u.clauses().first().is_some_and(|c| {
                (c.first + 1..c.end).any(|i| u.word(i) == cue) && nominal(c.first)
            }) || (1..u.len()).any(|i| u.word(i) == cue && nominal(i - 1));
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
        // A verb followed by 了 reports something done (提出了要求, 阐明了).
        (0..u.len()).any(|i| self.reports_done(u, i))
    }

    /// `X强调 集中力量攻关…`, `会议决定加大…`: a reporting verb followed, in its clause or
    /// the next, by an action verb.
    fn reports_an_imperative(&self, u: UnitView) -> bool {
        let t = self.tables;
        let reporting = |w: &str| t.reporting_verbs.contains(w) || t.deployment_verbs.contains(w);
        let Some(k) = (0..u.len()).find(|&i| reporting(u.word(i))) else {
            return false;
        };
        if let Some(c) = clause_at(u, k) {
            // 会议决定加大…, 部署了进一步强化…: the object in the same clause; 了 only after
            // a verb of deployment (提出了…建议 reports a proposal).
            let deploys = self.tables.deployment_verbs.contains(u.word(k));
            let done = self
                .tables
                .perfective_particles
                .contains(u.word_or_empty(k + 1));
            let after = if done && deploys { k + 2 } else { k + 1 };
            let head = self.grammar.clause_head(u, after, c.end);
            if head < c.end {
                let verb =
                    u.token(k).pos == Pos::Verb || (deploys && u.token(k).pos == Pos::VerbalNoun);
                return verb
                    && (!done || deploys)
                    && u.token(head).pos == Pos::Verb
                    && self.opens_with_verb(u, head);
            }
            if deploys {
                return false;
            }
        }
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
        // A verbal noun before a noun heads a noun phrase (培训费用, 指导思想); before a verb it
        // is one (研究制定).
        let compound = u.token(i).pos == Pos::VerbalNoun
            && !self.grammar.is_measure_verb(w)
            && i + 1 < u.len()
            && matches!(u.token(i + 1).pos, Pos::Noun | Pos::VerbalNoun);
        (self.grammar.is_action_verb(u, i) && !compound)
            || (self.grammar.is_marker(w) && self.marker_is_modal(u, i))
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

/// Whether a text names an order or document number (…令第10号, 第3号公告): 第, digits, 号.
fn is_order_number(text: &str) -> bool {
    text.match_indices('第').any(|(i, _)| {
        let rest = &text[i + '第'.len_utf8()..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with('号')
    })
}
