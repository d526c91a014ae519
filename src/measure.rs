//! Measures (ANNOTATION.md §3): the concrete actions a directive prescribes, typed by
//! policy instrument. This module finds where a clause's measure opens — past the
//! subject, modals, adverbs and manner adverbials, through the frames of prepositions —
//! and where each ends; [`opening`] says which words are verbs and which objects are
//! concrete, [`instrument`] types a measure by the head of its object and its verb.

mod instrument;
mod opening;

use rustc_hash::FxHashMap as HashMap;

use crate::document::{sorted_range, Document, UnitView};
use crate::grammar::{
    is_closing_mark, is_comma, is_date_word, is_enumeration_comma, is_opening_bracket,
    is_opening_quote, next_where, Grammar,
};
use crate::lexicon::tables::class;
use crate::lexicon::{word_set, WordSet};
use crate::model::{Force, Instrument};
use crate::rule::Rule;
use crate::segment::Pos;
use crate::tagged::{Actor, Directive, Measure};
use crate::text::Span;

use instrument::InstrumentTables;
use opening::{OpeningTables, Openings, Place};

/// The tables the measure tagger reads: `data/abstract_objects.tsv`,
/// `data/instrument_cues.tsv` and `data/classes/measure.tsv` (besides the grammar's
/// markers, verbs and adverbs, and its `pivot_verb` and `perfective_particle` classes).
#[derive(Debug)]
pub struct MeasureTables {
    opening: OpeningTables,
    instruments: InstrumentTables,
    opening_prepositions: WordSet,
    passed_prepositions: WordSet,
    object_prepositions: WordSet,
    means_prepositions: WordSet,
    role_prepositions: WordSet,
    role_copulas: WordSet,
    frame_roles: WordSet,
    noun_phrase_prepositions: WordSet,
    purpose_openers: WordSet,
    aim_prepositions: WordSet,
    beneficiary_prepositions: WordSet,
    content_manners: WordSet,
    subject_prepositions: WordSet,
    marker_verbs: WordSet,
    condition_endings: WordSet,
    offence_verbs: WordSet,
    negations: WordSet,
    connectives: WordSet,
    locative_endings: WordSet,
}

impl MeasureTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        MeasureTables {
            opening: OpeningTables::new(),
            instruments: InstrumentTables::new(),
            opening_prepositions: word_set(class::OPENING_PREPOSITION),
            passed_prepositions: word_set(class::PASSED_PREPOSITION),
            object_prepositions: word_set(class::OBJECT_PREPOSITION),
            means_prepositions: word_set(class::MEANS_PREPOSITION),
            role_prepositions: word_set(class::ROLE_PREPOSITION),
            role_copulas: word_set(class::ROLE_COPULA),
            frame_roles: word_set(class::FRAME_ROLE),
            noun_phrase_prepositions: word_set(class::NOUN_PHRASE_PREPOSITION),
            purpose_openers: word_set(class::PURPOSE_OPENER),
            aim_prepositions: word_set(class::AIM_PREPOSITION),
            beneficiary_prepositions: word_set(class::BENEFICIARY_PREPOSITION),
            content_manners: word_set(class::CONTENT_MANNER),
            subject_prepositions: word_set(class::SUBJECT_PREPOSITION),
            marker_verbs: word_set(class::MARKER_VERB),
            condition_endings: word_set(class::CONDITION_ENDING),
            offence_verbs: word_set(class::OFFENCE_VERB),
            negations: word_set(class::NEGATION),
            connectives: word_set(class::MEASURE_CONNECTIVE),
            locative_endings: word_set(class::LOCATIVE_ENDING),
        }
    }

    /// Whether `w` is a preposition whose phrase a measure may open with or pass.
    fn is_preposition(&self, w: &str) -> bool {
        self.opening_prepositions.contains(w)
            || self.passed_prepositions.contains(w)
            || self.object_prepositions.contains(w)
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
    /// For each word, the next word that is a verb by what it is, outside quotes and titles.
    next_verb: Vec<usize>,
    /// For each word, the next word that is a verb by the lists, outside quotes and titles.
    next_listed: Vec<usize>,
    /// Whether each word stands inside quotes or a title (“…”, 《…》).
    quoted: Vec<bool>,
    /// For each word, the next modal: a marker that is no prohibition and no measure verb.
    next_modal: Vec<usize>,
    /// For each word, the next prohibition marker.
    next_prohibition: Vec<usize>,
    /// For each word, the next directive marker of any force.
    next_marker: Vec<usize>,
    /// For each word, the next verb of a frame (作为, 摆在).
    next_frame_verb: Vec<usize>,
    /// For each word, the next copula of a role frame (以A为B).
    next_copula: Vec<usize>,
    /// For each word, the next 的.
    next_de: Vec<usize>,
    /// The last 的 of each clause.
    last_de: Vec<Option<usize>>,
}

/// Whether each word of a unit stands inside quotes or a title (“…”, 《…》) whose marks
/// pair inside the unit: an opening mark that the unit does not close (a quotation that
/// runs on over several sentences) quotes nothing, nor does a stray closing mark. Brackets
/// pair too, so that a closing bracket closes no quote, but quote nothing themselves. Two
/// linear scans: pairs by a stack, then a running count of the open pairs.
fn quoted_words(u: UnitView) -> Vec<bool> {
    let n = u.len();
    // For each word, how many quotes open after it (+) or close at it (−).
    let mut change = vec![0i32; n + 1];
    let mut open: Vec<(usize, bool)> = Vec::new();
    for i in 0..n {
        let w = u.word(i);
        if is_opening_quote(w) || is_opening_bracket(w) {
            open.push((i, is_opening_quote(w)));
        } else if is_closing_mark(w) {
            if let Some((first, true)) = open.pop() {
                change[first + 1] += 1;
                change[i] -= 1;
            }
        }
    }
    let mut depth = 0;
    (0..n)
        .map(|i| {
            depth += change[i];
            depth > 0
        })
        .collect()
}

/// Where a clause's measure opens, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// A verb with its objects: the verb is word `word` and starts at byte `at`.
    Verb { word: usize, at: usize },
    /// The whole clause from word `word` (a preposition, or a subject before one); its
    /// verb is word `verb`.
    Frame {
        word: usize,
        verb: usize,
        rule: Rule,
    },
    /// A prohibition and its object, from word `word`.
    Prohibition { word: usize },
    /// A list of means after the preposition at word `word` (通过A、B等方式).
    Means { word: usize },
    /// No measure.
    Nothing,
}

/// A measure found in a unit: its words `first..end`, the byte where it starts, its verb
/// (a word index) and its rule.
#[derive(Debug, Clone, Copy)]
struct Found {
    first: usize,
    at: usize,
    verb: usize,
    end: usize,
    rule: Rule,
}

/// An item of a list of verb phrases, as [`MeasureTagger::verb_objects`] reads it.
struct Item {
    /// Its verb's word, and the byte where the verb starts.
    first: usize,
    at: usize,
    /// Where the manner words its verb may keep can start.
    floor: usize,
    /// How far its words have been read for an object, and whether one was found.
    read: usize,
    object: bool,
    /// Whether a 、 stood in it.
    comma: bool,
    /// Whether a 、 of the list has joined objects (carried from item to item).
    objects_listed: bool,
    /// Whether a 、 of the list has opened an item at a verb (carried from item to item).
    verbs_listed: bool,
}

impl Item {
    fn new(first: usize, at: usize, floor: usize) -> Self {
        Item {
            first,
            at,
            floor,
            read: first + 1,
            object: false,
            comma: false,
            objects_listed: false,
            verbs_listed: false,
        }
    }
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
                for f in self.clause_measures(u, &ix, k) {
                    out.push(Measure {
                        unit: d.unit,
                        directive: di,
                        span: Span::new(f.at, u.token(f.end - 1).span.end),
                        instrument: self.instrument(u, f),
                        rule: f.rule,
                    });
                }
            }
        }
        out
    }

    fn openings(&self) -> Openings<'_> {
        Openings {
            grammar: self.grammar,
            tables: &self.tables.opening,
        }
    }

    /// The instrument of a measure; a prohibition or a sanction shapes conditions
    /// (ANNOTATION.md §3).
    fn instrument(&self, u: UnitView, f: Found) -> Instrument {
        if matches!(f.rule, Rule::MeasureProhibition | Rule::MeasureSanction) {
            return Instrument::Environment;
        }
        let verb = u.token(f.verb).span;
        let verb_text = &u.doc.text[f.at.max(verb.start)..verb.end];
        self.tables
            .instruments
            .instrument(u, (f.first, f.verb, f.end), verb_text)
    }

    /// The look-ups of one unit, built once.
    fn index(&self, u: UnitView, actors: &[Actor]) -> UnitIndex {
        let (g, t, o) = (self.grammar, self.tables, self.openings());
        let mut actor_end = HashMap::default();
        for a in actors {
            actor_end.entry(a.first).or_insert(a.end);
        }
        let last_de = u
            .clauses()
            .iter()
            .map(|c| (c.first..c.end).rev().find(|&i| g.is_de(u.word(i))))
            .collect();
        let quoted = quoted_words(u);
        UnitIndex {
            actor_end,
            next_verb: next_where(u, |i| !quoted[i] && o.verb_at(u, i).is_some()),
            next_listed: next_where(u, |i| !quoted[i] && o.listed_verb_at(u, i).is_some()),
            quoted,
            next_modal: next_where(u, |i| {
                let w = u.word(i);
                g.marker(w).is_some_and(|m| m.force != Force::Prohibition) && !g.is_measure_verb(w)
            }),
            next_marker: next_where(u, |i| g.is_marker(u.word(i))),
            next_prohibition: next_where(u, |i| g.is_prohibition(u.word(i))),
            next_frame_verb: next_where(u, |i| o.is_frame_verb(u.word(i))),
            next_copula: next_where(u, |i| t.role_copulas.contains(u.word(i))),
            next_de: next_where(u, |i| g.is_de(u.word(i))),
            last_de,
        }
    }

    /// Whether a verb follows word `i`.
    fn verb_follows(&self, u: UnitView, i: usize) -> bool {
        self.grammar.verb_follows(u, i)
            || (i + 1 < u.len() && self.openings().verb_at(u, i + 1).is_some())
    }

    /// Whether word `i` of a clause is a word the measure leaves out before its verb: a
    /// modal, an adverb, a manner adverbial (全力, 想方设法 before a verb), numbering,
    /// punctuation, a date. With whether it is an adverbial (a modal, adverb or manner word).
    fn passable(&self, u: UnitView, i: usize) -> Option<bool> {
        let (g, t) = (self.grammar, self.tables);
        let token = u.token(i);
        let w = u.word(i);
        if t.is_preposition(w) || g.is_prohibition(w) {
            return None;
        }
        let verb_next =
            self.verb_follows(u, i) || (i + 1 < u.len() && t.is_preposition(u.word(i + 1)));
        let marker =
            g.is_marker(w) && !g.is_measure_verb(w) && (verb_next || !t.marker_verbs.contains(w));
        let adverbial = marker
            || self.openings().is_adverb(w, verb_next)
            || (token.pos == Pos::Adjective && verb_next && !g.is_measure_verb(w))
            || (token.pos == Pos::Adverb && !t.negations.contains(w))
            || self.is_manner(u, i, verb_next);
        let other = token.span.end <= u.unit.number_end
            || t.connectives.contains(w)
            || matches!(w, "“" | "，" | "、")
            || (token.pos == Pos::Number && !w.starts_with('一'))
            || (token.pos == Pos::Symbol && !is_opening_bracket(w))
            || is_date_word(w);
        (adverbial || other).then_some(adverbial)
    }

    /// Whether word `i` is a manner adverbial tagged as a noun: a four-character idiom
    /// right before a verb (想方设法扩大…), which is not itself a verb.
    fn is_manner(&self, u: UnitView, i: usize, verb_next: bool) -> bool {
        let t = u.token(i);
        verb_next
            && t.pos == Pos::Noun
            && u.word(i).chars().count() == 4
            && self.openings().verb_at(u, i).is_none()
            && !self.grammar.is_measure_verb(u.word(i))
    }

    /// Whether word `i`, after a modal or adverb, is a noun of manner right before a verb
    /// (要按规定程序上报, 要系统梳理…).
    fn is_manner_noun(&self, u: UnitView, i: usize) -> bool {
        let o = self.openings();
        u.token(i).pos == Pos::Noun
            && o.verb_at(u, i).is_none()
            && i + 1 < u.len()
            && o.verb_at(u, i + 1).is_some()
    }

    /// Where the measure of clause `k` opens: past the subject (an actor, or a noun before
    /// a modal), modals and adverbs, at a verb, a prohibition or a preposition. A later
    /// clause opened by a word of purpose (，确保…, ，让…) names an aim, not a measure.
    fn opening(&self, u: UnitView, ix: &UnitIndex, k: usize) -> Opening {
        let clause = u.clauses()[k];
        let o = self.openings();
        let mut i = clause.first;
        let mut adverbial = false;
        let mut subject = None;
        loop {
            while i < clause.end {
                if k > 0 && self.tables.purpose_openers.contains(u.word(i)) {
                    return Opening::Nothing;
                }
                let pivot = o.is_pivot(u.word(i));
                if let Some(&end) = ix.actor_end.get(&i).filter(|_| !pivot) {
                    i = end;
                } else if o.verb_at(u, i).is_some_and(|off| off > 0) {
                    break;
                } else if let Some(a) = self.passable(u, i) {
                    adverbial |= a;
                    i += 1;
                } else if adverbial && self.is_manner_noun(u, i) {
                    i += 1;
                } else {
                    break;
                }
            }
            if i >= clause.end {
                return Opening::Nothing;
            }
            let modal = ix.next_modal[i + 1];
            match self.opening_at(u, ix, k, i, adverbial) {
                // A verb before a modal of its clause stands in the subject (发展权必须…).
                Some(Opening::Verb { .. })
                    if !adverbial && modal < clause.end && u.token(modal - 1).pos == Pos::Noun => {}
                // A modal inside the subject's …的 modifier (其应缴纳的保险费从…列支).
                Some(Opening::Verb { word, .. })
                    if subject.is_some() && self.grammar.is_de(u.word_or_empty(word + 1)) =>
                {
                    let subject = subject.unwrap_or(i);
                    return self
                        .assignment(u, ix, k, subject)
                        .unwrap_or(Opening::Nothing);
                }
                Some(opening) => return opening,
                None => {}
            }
            subject.get_or_insert(i);
            // An unrecognised subject (失业人员可…): the measure follows its modal, or opens
            // with its prohibition (任何单位不得…).
            let prohibition = ix.next_prohibition[i + 1];
            if prohibition < clause.end.min(modal) {
                return Opening::Prohibition { word: prohibition };
            }
            if modal >= clause.end {
                let subject = subject.unwrap_or(i);
                return self
                    .assignment(u, ix, k, subject)
                    .unwrap_or(Opening::Nothing);
            }
            i = modal + 1;
            adverbial = true;
        }
    }

    /// How a measure opens at word `i` of clause `k`, if it does.
    fn opening_at(
        &self,
        u: UnitView,
        ix: &UnitIndex,
        k: usize,
        i: usize,
        adverbial: bool,
    ) -> Option<Opening> {
        let (g, t, o) = (self.grammar, self.tables, self.openings());
        let w = u.word(i);
        if t.negations.contains(w) {
            return Some(Opening::Nothing);
        }
        if g.is_prohibition(w) {
            return Some(Opening::Prohibition { word: i });
        }
        if t.means_prepositions.contains(w) {
            return Some(Opening::Means { word: i });
        }
        if t.is_preposition(w) {
            return Some(self.framed(u, ix, k, i));
        }
        let clause = u.clauses()[k];
        let place = Place {
            after_adverbial: adverbial,
            later: clause.first > 0 && is_comma(u.word(clause.first - 1)),
            alone: ix.next_verb[i + 1] >= clause.end && ix.next_modal[i + 1] >= clause.end,
        };
        let verb_at = o.verb_at(u, i).or_else(|| {
            let placed = t.marker_verbs.contains(w) || o.verb_by_place(u, i, place);
            placed.then_some(0)
        })?;
        Some(Opening::Verb {
            word: i,
            at: u.token(i).span.start + verb_at,
        })
    }

    /// The first verb among words `from..end` that is no noun's modifier (…的参保企业): a
    /// verb the lists know, when there is one (在户籍地服务窗口办理…), else any.
    fn first_main(&self, u: UnitView, ix: &UnitIndex, from: usize, end: usize) -> Option<usize> {
        let from = from.min(u.len());
        self.first_main_in(u, &ix.next_listed, from, end)
            .or_else(|| self.first_main_in(u, &ix.next_verb, from, end))
    }

    fn first_main_in(&self, u: UnitView, next: &[usize], from: usize, end: usize) -> Option<usize> {
        let mut v = next[from];
        while v < end {
            let before = u.word_or_empty(v.wrapping_sub(1));
            // A verb jieba tags a verb and the lists know may follow a headless …的
            // (对需要整改的给予过渡期).
            let firm = u.token(v).pos == Pos::Verb && self.grammar.is_measure_verb(u.word(v));
            let modifier = self.grammar.is_de(before)
                && !firm
                && v + 1 < end
                && matches!(u.token(v + 1).pos, Pos::Noun | Pos::VerbalNoun);
            // A verbal noun right before another verb ends the phrase (为…建设提供…).
            let nominal = u.token(v).pos == Pos::VerbalNoun
                && v + 1 < end
                && self.openings().listed_verb_at(u, v + 1).is_some();
            let listed = is_enumeration_comma(before) || self.grammar.is_list_closer(before);
            if !modifier && !nominal && !listed {
                return Some(v);
            }
            v = next[v + 1];
        }
        None
    }

    /// The main verb of clause `k` after the preposition at word `p`. After a preposition
    /// of a noun phrase (按, 对, 根据), a verb before the clause's last 的 stands in the
    /// phrase's modifier (对面临困难、坚持不裁员的企业…): the main verb follows that 的,
    /// or, when none does, is a listed verb.
    fn main_verb(&self, u: UnitView, ix: &UnitIndex, p: usize, k: usize) -> Option<usize> {
        let end = u.clauses()[k].end;
        let from = p + 2;
        if self.tables.beneficiary_prepositions.contains(u.word(p)) {
            if let Some(v) = self.last_main(u, from, end) {
                return Some(v);
            }
        }
        let first = self.first_main(u, ix, from, end);
        if !self.tables.noun_phrase_prepositions.contains(u.word(p)) {
            return first;
        }
        let Some(last) = ix.last_de[k].filter(|&de| de >= from) else {
            return first;
        };
        // 对符合条件的企业给予一次性的补贴: the verb after the first 的, when it is listed.
        let listed = |v: &usize| {
            let w = u.word(*v);
            self.grammar.is_measure_verb(w) || self.openings().is_light(w)
        };
        let after_first = self.first_main(u, ix, ix.next_de[from] + 1, end);
        self.first_main(u, ix, last + 1, end)
            .or(after_first.filter(listed))
    }

    /// The last listed verb among words `from..end` that has an object and stands in no
    /// list: the main verb after a beneficiary whose phrase may hold a verb
    /// (为学校建设光伏项目提供指导).
    fn last_main(&self, u: UnitView, from: usize, end: usize) -> Option<usize> {
        let o = self.openings();
        (from.min(end)..end).rev().find(|&v| {
            let before = u.word(v - 1);
            o.listed_verb_at(u, v).is_some()
                && u.token(v).pos == Pos::Verb
                && !is_enumeration_comma(before)
                && !self.grammar.is_list_closer(before)
                && !o.is_light(u.word(v))
                && o.object_follows(u, v + 1, end)
        })
    }

    /// Whether every word after the verb at word `v` of a clause ending at `end` is a verb,
    /// a conjunction or a mark: the verb has no object (在原址建设, 向…报备).
    fn ends_with_verb(&self, u: UnitView, v: usize, end: usize) -> bool {
        let o = self.openings();
        (v + 1..end).all(|j| {
            o.verb_at(u, j).is_some() || matches!(u.token(j).pos, Pos::Other | Pos::Symbol)
        })
    }

    /// The measure of a clause that opens with the preposition at word `i`. 对 and the
    /// prepositions of beneficiary, place or basis (为, 在, 按) stay out when the verb has an
    /// object or is no light verb (对…给予补贴 → 给予补贴); a frame whose verb has no
    /// object, or a phrase of respect (在…上给予优惠), holds the verb's complement and stays
    /// (在原址建设, 向…报备); 由, 将, 把, 与 phrases stay (由…列支); 把A作为B,
    /// 把精神落实到位 and 以A为重点 are no measures; a verb right after 为 or 围绕 names a
    /// purpose, one right after 将 a commitment (将加快…).
    fn framed(&self, u: UnitView, ix: &UnitIndex, k: usize, i: usize) -> Opening {
        let (t, o) = (self.tables, self.openings());
        let end = u.clauses()[k].end;
        let w = u.word(i);
        if t.role_prepositions.contains(w) {
            if let Some(role) = self.role_frame(u, ix, k, i) {
                return role;
            }
        }
        let opens = t.opening_prepositions.contains(w);
        if opens && ix.next_frame_verb[i + 1] < end {
            return Opening::Nothing;
        }
        let verb_next = i + 1 < end && o.verb_at(u, i + 1).is_some();
        if verb_next && t.aim_prepositions.contains(w) {
            return Opening::Nothing;
        }
        if verb_next && opens && !self.disposes_of_action(u, ix, i + 1, end) {
            return self.verb_opening(u, i + 1);
        }
        let Some(v) = self
            .main_verb(u, ix, i, k)
            .or_else(|| self.frame_predicate(u, k, i, opens))
        else {
            return Opening::Nothing;
        };
        let locative = t.locative_endings.contains(u.word(end - 1));
        let abstract_head = opens && v > i + 1 && o.is_abstract_or_work(u.word(v - 1));
        if locative || abstract_head {
            return Opening::Nothing;
        }
        self.frame_at_verb(u, (i, v, end))
    }

    /// The measure of a clause opened by the preposition at word `i` whose main verb is
    /// word `v`: the whole frame, the verb phrase alone, or nothing (see [`Self::framed`]).
    fn frame_at_verb(&self, u: UnitView, (i, v, end): (usize, usize, usize)) -> Opening {
        let (t, o) = (self.tables, self.openings());
        let w = u.word(i);
        let opens = t.opening_prepositions.contains(w);
        let verb = self.verb_opening(u, v);
        let frame = Opening::Frame {
            word: i,
            verb: v,
            rule: Rule::MeasurePrepositional,
        };
        let respect = t.locative_endings.contains(u.word(v - 1));
        let amount = v + 1 < end && u.token(v + 1).pos == Pos::Number;
        if o.is_light(u.word(v)) || amount || (respect && !t.object_prepositions.contains(w)) {
            return frame;
        }
        let object = o.object_follows(u, v + 1, end);
        if t.object_prepositions.contains(w) && !object {
            // 对企业依法监管: the verb keeps its content-bearing manner, if any.
            return verb;
        }
        if t.object_prepositions.contains(w) || object {
            let text = &u.doc.text[u.token(v).span.start..u.token(v).span.end];
            return match () {
                _ if !o.is_concrete(u, v, end, text) => Opening::Nothing,
                _ if opens => frame,
                _ => verb,
            };
        }
        let word = u.word(v);
        if self.ends_with_verb(u, v, end) && !o.is_abstract(word) && !o.is_exhortation(word) {
            frame
        } else {
            Opening::Nothing
        }
    }

    /// The last word of clause `k` as the predicate of the frame opened at word `i`, when
    /// jieba tags it no verb (将…向社会公开, 在原址附近重建): a verbal noun or adjective
    /// after a noun of the frame, in a frame of 将 (`opens`) or of place (after 附近, 内).
    fn frame_predicate(&self, u: UnitView, k: usize, i: usize, opens: bool) -> Option<usize> {
        let o = self.openings();
        let last = u.clauses()[k].end - 1;
        let predicate = last > i + 1
            && matches!(u.token(last).pos, Pos::VerbalNoun | Pos::Adjective)
            && u.word(last).chars().nth(1).is_some()
            && !o.is_abstract_or_work(u.word(last))
            && (i + 1..last).any(|j| matches!(u.token(j).pos, Pos::Noun | Pos::Place))
            && (opens
                || (u.token(last - 1).pos == Pos::Other && !self.grammar.is_de(u.word(last - 1))));
        predicate.then_some(last)
    }

    /// Whether the verb phrase at word `v` is itself the object of a later verb
    /// (将保持结构稳定纳入规划, 将借阅规则向社会公开): a verb follows a noun after it, not
    /// in a list, or a preposition follows.
    fn disposes_of_action(&self, u: UnitView, ix: &UnitIndex, v: usize, end: usize) -> bool {
        let later = ix.next_verb[(v + 1).min(u.len())];
        let verb_after_noun = later < end
            && later > v + 1
            && matches!(
                u.token(later - 1).pos,
                Pos::Noun | Pos::VerbalNoun | Pos::Place
            );
        verb_after_noun || (v + 2..end).any(|j| self.tables.is_preposition(u.word(j)))
    }

    /// The verb-object opening at word `v`, which is a verb.
    fn verb_opening(&self, u: UnitView, v: usize) -> Opening {
        Opening::Verb {
            word: v,
            at: u.token(v).span.start + self.openings().verb_at(u, v).unwrap_or(0),
        }
    }

    /// A role frame 以A为B: no measure when B is a role (以改革为突破口), though a verb
    /// after it opens one (以改革为突破口推进…); `None` when the clause holds no such frame.
    fn role_frame(&self, u: UnitView, ix: &UnitIndex, k: usize, i: usize) -> Option<Opening> {
        let end = u.clauses()[k].end;
        let copula = ix.next_copula[i + 1];
        if copula + 1 >= end || !self.tables.frame_roles.contains(u.word(copula + 1)) {
            return None;
        }
        let v = ix.next_verb[copula + 2];
        Some(if v < end {
            self.verb_opening(u, v)
        } else {
            Opening::Nothing
        })
    }

    /// The measures of one clause of a directive unit. A clause that ends like a condition
    /// (…的, …后) names when, not what; so does one opened by an offence (违反…规定，…的).
    fn clause_measures(&self, u: UnitView, ix: &UnitIndex, k: usize) -> Vec<Found> {
        let clause = u.clauses()[k];
        if self
            .tables
            .condition_endings
            .contains(u.word(clause.end - 1))
            || self.is_topic(u, ix, k)
        {
            return Vec::new();
        }
        let end = clause.end;
        match self.opening(u, ix, k) {
            Opening::Nothing => Vec::new(),
            Opening::Prohibition { word } => {
                let o = self.openings();
                let attitude = o.is_non_action(u.word_or_empty(word + 1));
                (!attitude && o.object_follows(u, word + 1, end))
                    .then_some(Found {
                        first: word,
                        at: u.token(word).span.start,
                        verb: word,
                        end,
                        rule: Rule::MeasureProhibition,
                    })
                    .into_iter()
                    .collect()
            }
            Opening::Means { word } => {
                let items = self.means_list(u, word + 1, end);
                if items.is_empty() {
                    self.means_frame(u, ix, k, word).into_iter().collect()
                } else {
                    items
                }
            }
            Opening::Frame { word, verb, rule } => vec![Found {
                first: word,
                at: u.token(word).span.start,
                verb,
                end,
                rule,
            }],
            Opening::Verb { word, .. } if self.tables.offence_verbs.contains(u.word(word)) => {
                Vec::new()
            }
            Opening::Verb { word, at } => self.verb_objects(u, ix, (word, at, end), clause.first),
        }
    }

    /// Whether clause `k` is a topic that the next clause defines (…，就是要…) or whose modal
    /// speaks of it: no marker of its own, a noun with a …的 modifier at its end, and a
    /// marker opening the next clause, past its subject (超过限载标准的车辆，不得…;
    /// 实行监理的工程项目，建设单位应当…).
    fn is_topic(&self, u: UnitView, ix: &UnitIndex, k: usize) -> bool {
        let clauses = u.clauses();
        let (clause, Some(next)) = (clauses[k], clauses.get(k + 1)) else {
            return false;
        };
        // 推进现代化，就是要…: a clause the next one defines.
        if self.openings().is_copula(u.word(next.first)) {
            return true;
        }
        let last = clause.end - 1;
        ix.next_marker[clause.first] >= clause.end
            && ix.next_de[clause.first] < last
            && matches!(u.token(last).pos, Pos::Noun | Pos::VerbalNoun)
            && {
                let head = ix.actor_end.get(&next.first).copied().unwrap_or(next.first);
                ix.next_marker[head] < next.end.min(ix.next_verb[head])
            }
    }

    /// Whether the words from `first` to `end` list objects under one verb: a list closed by
    /// 等 and a noun (采取协商薪酬、调整工时等措施, 查处盗采、瞒报事故等违法行为).
    fn lists_objects(&self, u: UnitView, first: usize, end: usize) -> bool {
        (first..end.saturating_sub(1)).any(|i| {
            self.grammar.is_list_closer(u.word(i))
                && matches!(
                    u.token(i + 1).pos,
                    Pos::Noun | Pos::VerbalNoun | Pos::Adjective
                )
        })
    }

    /// The verb that opens an item after the 、 at word `i`, past its adverbs (an
    /// adjective only before a sanction: 、严肃追责): its word and the byte where it
    /// starts. A verb the lists know opens one; once an item of the list has opened at a
    /// verb (`verbs_listed`), any verb of the open class does ([`Openings::verb_at`]:
    /// 建设学校、完善医院、改造公路), while before that a verb jieba tags a verb may open a noun
    /// of a list of objects (公布政策清单、申办流程).
    fn item_opener(
        &self,
        u: UnitView,
        (i, end): (usize, usize),
        verbs_listed: bool,
    ) -> Option<(usize, usize)> {
        let o = self.openings();
        let verb_at = |j: usize| {
            if verbs_listed {
                o.verb_at(u, j)
            } else {
                o.listed_verb_at(u, j)
            }
        };
        let mut j = i + 1;
        while j < end && verb_at(j).is_none() {
            let w = u.word(j);
            let pos = u.token(j).pos;
            let before_sanction = j + 1 < end && o.grammar.is_sanction(u.word(j + 1));
            let adverb = (pos == Pos::Adverb && !self.tables.negations.contains(w))
                || o.is_adverb(w, true)
                || (pos == Pos::Adjective && before_sanction);
            if !adverb {
                return None;
            }
            j += 1;
        }
        let off = (j < end).then(|| verb_at(j)).flatten()?;
        Some((j, u.token(j).span.start + off))
    }

    /// Whether the item that opens with the verb at word `j` has an object before the next
    /// 、 (or the clause's end at `end`), or is a sanction.
    fn item_has_object(&self, u: UnitView, j: usize, end: usize) -> bool {
        let o = self.openings();
        let stop = (j + 1..end)
            .find(|&x| is_enumeration_comma(u.word(x)))
            .unwrap_or(end);
        let verb = u.word(j);
        o.has_object(u, j, stop, verb) || o.grammar.is_sanction(verb)
    }

    /// Where a list of verb phrases joined by 、 splits at word `i`, the 、 ending the item
    /// that `state` follows: at the verb of the next item, when this item has its object
    /// (新建、扩建X joins co-verbs) and the next has one too; once a 、 has joined objects
    /// (公布清单、流程…), only a verb jieba tags a verb opens an item.
    fn split_at(
        &self,
        u: UnitView,
        ix: &UnitIndex,
        state: &mut Item,
        (i, end): (usize, usize),
    ) -> Option<(usize, usize)> {
        if i + 1 >= end || !is_enumeration_comma(u.word(i)) || ix.quoted[i] {
            return None;
        }
        let o = self.openings();
        // The item's words are read once, whatever the number of its commas.
        state.object |= o.object_follows(u, state.read, i);
        state.read = i;
        let verb = &u.doc.text[state.at..u.token(state.first).span.end];
        let action = !state.comma && i > state.first + 1 && o.has_object(u, state.first, i, verb);
        let bare_sanction = i == state.first + 1 && o.grammar.is_sanction(verb);
        state.comma = true;
        if !(state.object || action || bare_sanction) {
            return None;
        }
        let next = self
            .item_opener(u, (i, end), state.verbs_listed)
            .filter(|&(j, _)| {
                (!state.objects_listed || u.token(j).pos == Pos::Verb)
                    && self.item_has_object(u, j, end)
            });
        state.objects_listed |= next.is_none();
        next
    }

    /// The verb-object measures from the verb at word `first` (starting at byte `at`) to
    /// word `end`: one per verb of a list joined by 、, unless the list is the object of
    /// the first verb.
    fn verb_objects(
        &self,
        u: UnitView,
        ix: &UnitIndex,
        (first, at, end): (usize, usize, usize),
        floor: usize,
    ) -> Vec<Found> {
        let listed_object = self.lists_objects(u, first, end);
        let mut out = Vec::new();
        let mut state = Item::new(first, at, floor);
        for i in first + 1..=end {
            let next = if listed_object || i == end {
                None
            } else {
                self.split_at(u, ix, &mut state, (i, end))
            };
            if i == end || next.is_some() {
                out.extend(self.item(u, (state.first, state.at, i), state.floor));
            }
            if let Some((w, a)) = next {
                let objects_listed = state.objects_listed;
                state = Item::new(w, a, i + 1);
                state.objects_listed = objects_listed;
                state.verbs_listed = true;
            }
        }
        out
    }

    /// The measure of one item of a verb list, words `item..end` with the verb starting at
    /// byte `at`, if it is concrete; a sanction with no object keeps its manner words.
    fn item(
        &self,
        u: UnitView,
        (item, at, end): (usize, usize, usize),
        floor: usize,
    ) -> Option<Found> {
        let o = self.openings();
        let verb = &u.doc.text[at..u.token(item).span.end];
        let bare = end == item + 1;
        let at = if !o.is_concrete(u, item, end, verb) {
            // A verb with no object keeps the content-bearing manner before it
            // (依法依规监管, 按规定程序上报).
            let plain = bare && !o.is_exhortation(verb) && !o.is_abstract_or_work(verb);
            self.content_before(u, floor, item).filter(|_| plain)?
        } else if bare && o.grammar.is_sanction(verb) {
            self.manner_before(u, floor, item).unwrap_or(at)
        } else {
            at
        };
        let rule = if o.grammar.is_sanction(verb) {
            Rule::MeasureSanction
        } else {
            Rule::MeasureVerbObject
        };
        Some(Found {
            first: item,
            at,
            verb: item,
            end,
            rule,
        })
    }

    /// Where the manner words right before a sanction with no object start, from word
    /// `floor` on (严肃问责, 依法依规严肃追责: the sanction keeps them).
    fn manner_before(&self, u: UnitView, floor: usize, verb: usize) -> Option<usize> {
        let g = self.grammar;
        let first = (floor..verb).rev().take_while(|&j| {
            let w = u.word(j);
            let pos = u.token(j).pos;
            !g.is_marker(w)
                && (self.openings().is_adverb(w, true)
                    || matches!(pos, Pos::Adjective | Pos::Adverb))
        });
        first.last().map(|j| u.token(j).span.start)
    }

    /// `通过政府购买服务方式开办书屋`: a means named by a noun, with the verb after it (and
    /// after the list, if the means are listed), is one measure from 通过.
    fn means_frame(&self, u: UnitView, ix: &UnitIndex, k: usize, i: usize) -> Option<Found> {
        let o = self.openings();
        let end = u.clauses()[k].end;
        // After a list of means (通过A、B等), the verb follows the list.
        let from = (i + 1..end)
            .rev()
            .find(|&j| self.grammar.is_list_closer(u.word(j)))
            .map_or(i + 2, |j| j + 1);
        let v = self.first_main(u, ix, from, end)?;
        let acts = if o.object_follows(u, v + 1, end) {
            o.is_concrete(u, v, end, u.word(v))
        } else {
            self.ends_with_verb(u, v, end)
        };
        acts.then(|| Found {
            first: i,
            at: u.token(i).span.start,
            verb: v,
            end,
            rule: Rule::MeasurePrepositional,
        })
    }

    /// `培训费用由就业补助资金列支`: a noun subject from word `i` before a preposition
    /// that assigns who pays or acts, and the verb after it — one measure from the subject.
    fn assignment(&self, u: UnitView, ix: &UnitIndex, k: usize, i: usize) -> Option<Opening> {
        let (g, t) = (self.grammar, self.tables);
        let end = u.clauses()[k].end;
        // The subject may hold a verb in a …的 modifier (其个人应缴纳的保险费从…列支); a verb
        // of being or applying outside one is the predicate (本办法适用于由…).
        let mut open_verb = false;
        let p = (i..end).find(|&j| {
            let w = u.word(j);
            if g.is_de(w) {
                open_verb = false;
            } else if g.is_marker(w)
                || self.openings().verb_at(u, j).is_some()
                || self.openings().is_non_action(w)
            {
                open_verb = true;
            }
            t.subject_prepositions.contains(w)
        })?;
        if open_verb || p == i {
            return None;
        }
        let v = self.main_verb(u, ix, p, k)?;
        let o = self.openings();
        let acts = o.object_follows(u, v + 1, end) || self.ends_with_verb(u, v, end);
        acts.then_some(Opening::Frame {
            word: i,
            verb: v,
            rule: Rule::MeasureAssignment,
        })
    }

    /// Where the content-bearing manner words before the verb at word `verb` start, from
    /// word `floor` on: nouns and manner words, one of them a content manner (依法, 按规定).
    fn content_before(&self, u: UnitView, floor: usize, verb: usize) -> Option<usize> {
        let t = self.tables;
        let mut start = None;
        let mut content = false;
        for j in (floor..verb).rev() {
            let w = u.word(j);
            let manner = t.content_manners.contains(w);
            // Nouns stand between the manner and the verb (按规定程序上报), not before it.
            let noun = u.token(j).pos == Pos::Noun && !content;
            if !(manner || noun) || self.grammar.is_marker(w) {
                break;
            }
            content |= manner;
            start = Some(u.token(j).span.start);
        }
        start.filter(|_| content)
    }

    /// `通过建设…、发展…等方式`: each listed verb phrase is a measure, without `等方式`.
    fn means_list(&self, u: UnitView, first: usize, end: usize) -> Vec<Found> {
        let (g, o) = (self.grammar, self.openings());
        let stop = (first..end)
            .rev()
            .find(|&i| g.is_list_closer(u.word(i)))
            .unwrap_or(end);
        let mut out = Vec::new();
        let mut item = first;
        for i in first..=stop {
            if i == stop || is_enumeration_comma(u.word(i)) {
                if item < i && o.verb_at(u, item) == Some(0) && o.object_follows(u, item + 1, i) {
                    out.push(Found {
                        first: item,
                        at: u.token(item).span.start,
                        verb: item,
                        end: i,
                        rule: Rule::MeasureMeansList,
                    });
                }
                item = i + 1;
            }
        }
        out
    }
}
