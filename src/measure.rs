//! Measures (ANNOTATION.md §3): the concrete actions a directive prescribes, typed by
//! policy instrument.

use rustc_hash::FxHashMap as HashMap;

use crate::document::{sorted_range, Document, UnitView};
use crate::grammar::{
    is_closing_mark, is_date_word, is_enumeration_comma, is_opening_bracket, next_where, Grammar,
};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, WordList, WordSet};
use crate::model::{Force, Instrument};
use crate::rule::Rule;
use crate::segment::Pos;
use crate::tagged::{Actor, Directive, Measure};
use crate::text::Span;

/// The tables the measure tagger reads: `data/abstract_objects.tsv`,
/// `instrument_cues.tsv` and `data/classes/measure.tsv` (besides the grammar's
/// markers, verbs and adverbs).
#[derive(Debug)]
pub struct MeasureTables {
    abstract_objects: WordList,
    instrument_cues: &'static [tables::InstrumentCueRow],
    opening_prepositions: WordSet,
    passed_prepositions: WordSet,
    object_prepositions: WordSet,
    means_prepositions: WordSet,
    light_verbs: WordSet,
    negations: WordSet,
    pivot_verbs: WordSet,
    connectives: WordSet,
    locative_endings: WordSet,
    means_heads: WordSet,
    plain_work: WordSet,
    plain_work_modifiers: WordSet,
    abstract_suffixes: Vec<&'static str>,
    perfective_particles: WordSet,
}

impl MeasureTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        MeasureTables {
            abstract_objects: WordList::new(tables::ABSTRACT_OBJECTS.iter().copied()),
            instrument_cues: tables::INSTRUMENT_CUES,
            opening_prepositions: word_set(class::OPENING_PREPOSITION),
            passed_prepositions: word_set(class::PASSED_PREPOSITION),
            object_prepositions: word_set(class::OBJECT_PREPOSITION),
            means_prepositions: word_set(class::MEANS_PREPOSITION),
            light_verbs: word_set(class::LIGHT_VERB),
            negations: word_set(class::NEGATION),
            pivot_verbs: word_set(class::PIVOT_VERB),
            connectives: word_set(class::MEASURE_CONNECTIVE),
            locative_endings: word_set(class::LOCATIVE_ENDING),
            means_heads: word_set(class::MEANS_HEAD),
            plain_work: word_set(class::PLAIN_WORK),
            plain_work_modifiers: word_set(class::PLAIN_WORK_MODIFIER),
            abstract_suffixes: class::ABSTRACT_SUFFIX.to_vec(),
            perfective_particles: word_set(class::PERFECTIVE_PARTICLE),
        }
    }

    /// The instrument type of a measure's text: the type whose cues weigh most;
    /// environment when none is found.
    pub fn instrument_of(&self, text: &str) -> Instrument {
        let mut score = [0u32; 3];
        let slot = |i: Instrument| Instrument::ALL.iter().position(|x| *x == i).unwrap_or(0);
        for cue in self.instrument_cues {
            if text.contains(cue.cue) {
                score[slot(cue.instrument)] += cue.weight;
            }
        }
        let best = score.iter().copied().max().unwrap_or(0);
        if best == 0 {
            return Instrument::Environment;
        }
        // On a tie, shaping conditions is the safer reading than supplying or pulling.
        [
            Instrument::Environment,
            Instrument::Supply,
            Instrument::Demand,
        ]
        .into_iter()
        .find(|i| score[slot(*i)] == best)
        .unwrap_or(Instrument::Environment)
    }
}

impl Default for MeasureTables {
    fn default() -> Self {
        Self::new()
    }
}

/// What the measure rules look up in one unit, built once per unit.
struct UnitIndex {
    /// The end of the (first) actor that starts at each word.
    actor_end: HashMap<usize, usize>,
    /// For each word, the next measure verb or light verb.
    next_verb: Vec<usize>,
    /// For each word, the next modal: a marker that is no prohibition and no measure verb.
    next_modal: Vec<usize>,
    /// The last 的 of each clause.
    last_de: Vec<Option<usize>>,
}

/// The measure tagger: the grammar and its own tables.
#[derive(Clone, Copy)]
pub struct MeasureTagger<'a> {
    /// The shared word classes.
    pub grammar: &'a Grammar,
    /// The measure tables.
    pub tables: &'a MeasureTables,
}

impl MeasureTagger<'_> {
    /// Finds the measures of every directive.
    pub fn measures(
        &self,
        doc: &Document,
        directives: &[Directive],
        actors: &[Actor],
    ) -> Vec<Measure> {
        let mut out = Vec::new();
        for (di, d) in directives.iter().enumerate() {
            let u = doc.view(d.unit);
            let ix = self.index(u, &actors[sorted_range(actors, |a| a.unit, d.unit)]);
            for k in 0..u.clauses().len() {
                for (span, rule) in self.clause_measures(u, &ix, k) {
                    out.push(Measure {
                        unit: d.unit,
                        directive: di,
                        span,
                        // A prohibition shapes conditions (ANNOTATION.md §3).
                        instrument: if rule == Rule::MeasureProhibition {
                            Instrument::Environment
                        } else {
                            self.tables.instrument_of(span.of(doc.text))
                        },
                        rule,
                    });
                }
            }
        }
        out
    }

    /// The look-ups of one unit, built once.
    fn index(&self, u: UnitView, actors: &[Actor]) -> UnitIndex {
        let g = self.grammar;
        let mut actor_end = HashMap::default();
        for a in actors {
            actor_end.entry(a.first).or_insert(a.end);
        }
        let last_de = u
            .clauses()
            .iter()
            .map(|c| (c.first..c.end).rev().find(|&i| g.is_de(u.word(i))))
            .collect();
        UnitIndex {
            actor_end,
            next_verb: next_where(u, |i| {
                g.is_measure_verb(u.word(i)) || self.is_light_verb(u, i)
            }),
            next_modal: next_where(u, |i| {
                let w = u.word(i);
                g.marker(w).is_some_and(|m| m.force != Force::Prohibition) && !g.is_measure_verb(w)
            }),
            last_de,
        }
    }

    /// Whether word `i` of a clause is a preposition or adverb that `measure_start` may pass.
    fn passable(&self, u: UnitView, i: usize) -> bool {
        let (g, t) = (self.grammar, self.tables);
        let token = u.token(i);
        let w = u.word(i);
        if t.opening_prepositions.contains(w)
            || t.passed_prepositions.contains(w)
            || t.object_prepositions.contains(w)
        {
            return false;
        }
        let prohibition = g.is_prohibition(w);
        let next_is_verb = g.verb_follows(u, i);
        token.span.end <= u.unit.number_end
            || (!prohibition && g.is_marker(w) && !g.is_measure_verb(w))
            || g.passes_adverb(w, next_is_verb)
            || (token.pos == Pos::Adjective && next_is_verb && !g.is_measure_verb(w))
            || (token.pos == Pos::Adverb && !t.negations.contains(w) && !prohibition)
            || t.connectives.contains(w)
            || matches!(w, "“" | "，" | "、")
            || (token.pos == Pos::Number && !w.starts_with('一'))
            || (token.pos == Pos::Symbol && !is_opening_bracket(w))
            || is_date_word(w)
    }

    /// The first measure verb (or light verb) of clause `k` from word `from`; with
    /// `past_modifiers`, the first with no 的 after it, for a 对 phrase whose noun has verbs
    /// in its modifier (对面临困难、坚持不裁员的企业…).
    fn main_verb(
        &self,
        u: UnitView,
        ix: &UnitIndex,
        from: usize,
        k: usize,
        past_modifiers: bool,
    ) -> Option<usize> {
        let end = u.clauses()[k].end;
        let from = match ix.last_de[k] {
            Some(de) if past_modifiers => from.max(de),
            _ => from,
        };
        let v = ix.next_verb[from.min(u.len())];
        (v < end).then_some(v)
    }

    fn is_light_verb(&self, u: UnitView, i: usize) -> bool {
        self.tables.light_verbs.contains(u.word(i))
    }

    /// Index of the word a measure may start at: after numbering, the subject, modals and
    /// adverbs; past a phrase that names a beneficiary, place or basis (为创业者提供…,
    /// 在常住地办理…, 按规定给予…). `clause.end` when the clause has no such word.
    fn measure_start(&self, u: UnitView, ix: &UnitIndex, k: usize) -> usize {
        let (g, t) = (self.grammar, self.tables);
        let clause = u.clauses()[k];
        let mut i = clause.first;
        loop {
            while i < clause.end {
                if let Some(&end) = ix.actor_end.get(&i) {
                    i = end;
                } else if self.passable(u, i) {
                    i += 1;
                } else {
                    break;
                }
            }
            if i >= clause.end {
                return clause.end;
            }
            let w = u.word(i);
            let dui = t.object_prepositions.contains(w);
            let verb = self.main_verb(u, ix, i + 2, k, dui);
            let passed = t.passed_prepositions.contains(w)
                || (dui && verb.is_some_and(|v| !self.is_light_verb(u, v)));
            if passed {
                return verb
                    .filter(|&v| !self.is_light_verb(u, v))
                    .unwrap_or(clause.end);
            }
            let opens = g.is_measure_verb(w)
                || t.opening_prepositions.contains(w)
                || dui
                || t.means_prepositions.contains(w)
                || g.is_prohibition(w)
                || t.negations.contains(w);
            if opens {
                return i;
            }
            // An unrecognised subject (失业人员可…): the measure follows its modal.
            let modal = ix.next_modal[i + 1];
            if modal >= clause.end {
                return i;
            }
            i = modal + 1;
        }
    }

    /// The measures of one clause of a directive unit, with the rule of each.
    fn clause_measures(&self, u: UnitView, ix: &UnitIndex, k: usize) -> Vec<(Span, Rule)> {
        let (g, t) = (self.grammar, self.tables);
        let clause = u.clauses()[k];
        let start = self.measure_start(u, ix, k);
        if start >= clause.end {
            return Vec::new();
        }
        let w = u.word(start);
        if t.negations.contains(w) {
            return Vec::new();
        }
        if g.is_prohibition(w) {
            return self
                .object_follows(u, start + 1, clause.end)
                .then(|| (u.span_of(start, clause.end - 1), Rule::MeasureProhibition))
                .into_iter()
                .collect();
        }
        if t.means_prepositions.contains(w) {
            return self.means_list(u, start + 1, clause.end);
        }
        if t.opening_prepositions.contains(w) || t.object_prepositions.contains(w) {
            return self.prepositional(u, ix, start, k).into_iter().collect();
        }
        if !g.is_measure_verb(w) {
            return Vec::new();
        }
        self.verb_objects(u, start, clause.end)
    }

    /// `由…列支`, `对…进行梳理`: the whole clause from its preposition, when a verb with an
    /// object (or a light verb) follows and the clause is no phrase of place (把…放在…上).
    fn prepositional(
        &self,
        u: UnitView,
        ix: &UnitIndex,
        start: usize,
        k: usize,
    ) -> Option<(Span, Rule)> {
        let end = u.clauses()[k].end;
        let locative = self.tables.locative_endings.contains(u.word(end - 1));
        let dui = self.tables.object_prepositions.contains(u.word(start));
        let v = self.main_verb(u, ix, start + 2, k, dui)?;
        let acts = self.is_light_verb(u, v) || self.object_follows(u, v + 1, end);
        (!locative && acts).then(|| (u.span_of(start, end - 1), Rule::MeasurePrepositional))
    }

    /// The verb-object measures from word `start` (a measure verb) to `end`: one per verb
    /// of a list joined by 、, unless the list is the object of the first verb
    /// (采取协商薪酬、调整工时…等措施).
    fn verb_objects(&self, u: UnitView, start: usize, end: usize) -> Vec<(Span, Rule)> {
        let g = self.grammar;
        let listed_object = (start..end).any(|i| g.is_list_closer(u.word(i)))
            && self.tables.means_heads.contains(u.word(end - 1));
        let mut out = Vec::new();
        let mut item = start;
        for i in start + 1..=end {
            let at_split = !listed_object
                && i + 1 < end
                && is_enumeration_comma(u.word(i))
                && g.is_measure_verb(u.word(i + 1))
                && u.token(i + 1).pos == Pos::Verb;
            if i == end || at_split {
                if self.is_measure(u, item, i) {
                    out.push((u.span_of(item, i - 1), Rule::MeasureVerbObject));
                }
                item = i + 1;
            }
        }
        out
    }

    /// `通过建设…、发展…等方式`: each listed verb phrase is a measure, without `等方式`.
    fn means_list(&self, u: UnitView, first: usize, end: usize) -> Vec<(Span, Rule)> {
        let g = self.grammar;
        let stop = (first..end)
            .rev()
            .find(|&i| g.is_list_closer(u.word(i)))
            .unwrap_or(end);
        let mut out = Vec::new();
        let mut item = first;
        for i in first..=stop {
            if i == stop || is_enumeration_comma(u.word(i)) {
                if item < i
                    && g.is_measure_verb(u.word(item))
                    && self.object_follows(u, item + 1, i)
                {
                    out.push((u.span_of(item, i - 1), Rule::MeasureMeansList));
                }
                item = i + 1;
            }
        }
        out
    }

    /// Whether a noun follows among words `first..end`.
    fn object_follows(&self, u: UnitView, first: usize, end: usize) -> bool {
        let g = self.grammar;
        (first.min(end)..end).any(|i| {
            let t = u.token(i);
            let w = u.word(i);
            let verbal = g.is_measure_verb(w) && !matches!(t.pos, Pos::Noun | Pos::VerbalNoun);
            t.pos.is_nominal() && !verbal && !g.is_marker(w)
        })
    }

    /// Whether an object head is abstract (思想, 意识, 艰巨性 …); 工作 is judged apart.
    fn is_abstract(&self, w: &str) -> bool {
        let t = self.tables;
        !t.plain_work.contains(w)
            && t.abstract_objects
                .suffix_of(w)
                .is_some_and(|a| !t.plain_work.contains(a))
    }

    /// Whether words `first..end`, opening with a measure verb, name a concrete measure.
    fn is_measure(&self, u: UnitView, first: usize, end: usize) -> bool {
        let (g, t) = (self.grammar, self.tables);
        // An action named last stands as the object (加强后续扶持, 加强帮扶指导).
        let action_object = end > first + 1
            && g.is_measure_verb(u.word(end - 1))
            && u.word(end - 1) != u.word(first);
        let done = t.perfective_particles.contains(u.word_or_empty(first + 1));
        if !(self.object_follows(u, first + 1, end) || action_object) || done {
            return false;
        }
        let last = (first + 1..end)
            .rev()
            .map(|i| u.word(i))
            .find(|w| !is_closing_mark(w))
            .unwrap_or("");
        if t.abstract_suffixes.iter().any(|s| last.ends_with(s)) {
            return false;
        }
        if t.pivot_verbs.contains(u.word(first)) {
            return true;
        }
        // A list of objects is abstract when its first object is (明确总体要求、目标任务…).
        let first_object = (first + 1..end)
            .find(|&i| is_enumeration_comma(u.word(i)))
            .map(|i| u.word(i - 1));
        if self.is_abstract(last) || first_object.is_some_and(|w| self.is_abstract(w)) {
            return false;
        }
        if t.plain_work.contains(last) {
            let before = u.word(end.saturating_sub(2).max(first));
            if end - first <= 2 || t.plain_work_modifiers.contains(before) {
                return false;
            }
        }
        true
    }
}
