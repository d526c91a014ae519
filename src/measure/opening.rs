//! Which words open a measure and which objects make one (ANNOTATION.md §3). The verb
//! class is open: a word is a verb by what it is (any word jieba tags a verb, a word of
//! the grammar's verb list however it is tagged, a sanction, an adverb glued to a verb in
//! one token) or by where it stands (the first word after a modal or adverb, when an
//! object follows it). Exhortations are kept out by a stop-list of verbs and by the test
//! that the object is concrete, not an attitude, a goal, a situation or plain work.

use crate::document::UnitView;
use crate::grammar::{is_closing_mark, is_enumeration_comma, Grammar};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, WordList, WordSet};
use crate::segment::Pos;

/// The tables of the verb class and of the object test: `data/abstract_objects.tsv` and
/// classes of `data/classes/measure.tsv`.
#[derive(Debug)]
pub struct OpeningTables {
    exhortations: WordSet,
    light_verbs: WordSet,
    non_actions: WordSet,
    frame_verbs: WordSet,
    manner_words: WordSet,
    abstract_objects: WordList,
    abstract_suffixes: Vec<&'static str>,
    slogan_objects: WordSet,
    offered_objects: WordList,
    offering_verbs: WordSet,
    plain_work: WordSet,
    plain_work_modifiers: WordSet,
    pivot_verbs: WordSet,
    perfective_particles: WordSet,
    copulas: WordSet,
    interrogatives: WordSet,
    approximations: Vec<&'static str>,
}

impl OpeningTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        OpeningTables {
            exhortations: word_set(class::EXHORTATION_VERB),
            light_verbs: word_set(class::LIGHT_VERB),
            non_actions: word_set(class::NON_ACTION_VERB),
            frame_verbs: word_set(class::FRAME_VERB),
            manner_words: word_set(class::MANNER_WORD),
            abstract_objects: WordList::new(tables::ABSTRACT_OBJECTS.iter().copied()),
            abstract_suffixes: class::ABSTRACT_SUFFIX.to_vec(),
            slogan_objects: word_set(class::SLOGAN_OBJECT),
            offered_objects: WordList::new(class::OFFERED_OBJECT.iter().copied()),
            offering_verbs: word_set(class::OFFERING_VERB),
            plain_work: word_set(class::PLAIN_WORK),
            plain_work_modifiers: word_set(class::PLAIN_WORK_MODIFIER),
            pivot_verbs: word_set(class::PIVOT_VERB),
            perfective_particles: word_set(class::PERFECTIVE_PARTICLE),
            copulas: word_set(class::COPULA),
            interrogatives: word_set(class::INTERROGATIVE),
            approximations: class::COUNT_APPROXIMATION.to_vec(),
        }
    }
}

impl Default for OpeningTables {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a word stands in its clause, for [`Openings::verb_by_place`].
#[derive(Debug, Clone, Copy)]
pub struct Place {
    /// A modal or adverb stands right before it.
    pub after_adverbial: bool,
    /// Its clause follows a comma.
    pub later: bool,
    /// No other verb and no modal follows it in its clause.
    pub alone: bool,
}

/// The verb class and the object test: the grammar and the opening tables.
#[derive(Clone, Copy)]
pub struct Openings<'a> {
    /// The shared word classes.
    pub grammar: &'a Grammar,
    /// The opening tables.
    pub tables: &'a OpeningTables,
}

impl Openings<'_> {
    /// Whether `w` is a light verb whose real object stands before it (对…进行梳理).
    pub fn is_light(&self, w: &str) -> bool {
        self.tables.light_verbs.contains(w)
    }

    /// Whether `w` is the verb of a frame 把A作为B, which names no action.
    pub fn is_frame_verb(&self, w: &str) -> bool {
        self.tables.frame_verbs.contains(w)
    }

    /// Whether an object head is abstract or plain work (精神, 工作).
    pub fn is_abstract_or_work(&self, w: &str) -> bool {
        self.is_abstract(w) || self.tables.plain_work.contains(w)
    }

    /// Whether `w` is an adverb or manner word a measure leaves out before its verb: the
    /// grammar's adverbs (given whether a verb follows) and the measure's manner words.
    pub fn is_adverb(&self, w: &str, verb_follows: bool) -> bool {
        self.grammar.passes_adverb(w, verb_follows) || self.tables.manner_words.contains(w)
    }

    /// Whether `w` is a verb of being, having or saying (是, 有, 强调).
    pub fn is_non_action(&self, w: &str) -> bool {
        self.tables.non_actions.contains(w)
    }

    /// Whether `w` is a copula (是, 就是).
    pub fn is_copula(&self, w: &str) -> bool {
        self.tables.copulas.contains(w)
    }

    /// Whether `w` is a pivot verb, whose object is the doer of the next (鼓励, 组织).
    pub fn is_pivot(&self, w: &str) -> bool {
        self.tables.pivot_verbs.contains(w)
    }

    /// Whether `w` is an exhortation whatever its object (坚持, 牢记).
    pub fn is_exhortation(&self, w: &str) -> bool {
        self.tables.exhortations.contains(w)
    }

    /// Whether `w` (a whole word or the verb after a glued adverb) is a verb by itself.
    fn is_verb_word(&self, w: &str) -> bool {
        self.grammar.is_measure_verb(w) || self.grammar.is_sanction(w) || self.is_light(w)
    }

    /// Where the verb starts inside word `i`, in bytes from the word's start, when the word
    /// is a verb by what it is: 0 for a verb, the length of the adverb for an adverb glued
    /// to a verb (大力推广, 依法查处). `None` for other words, for verbs of being, saying
    /// or framing (是, 强调, 作为), and for a one-character word jieba alone calls a verb.
    pub fn verb_at(&self, u: UnitView, i: usize) -> Option<usize> {
        let w = u.word(i);
        let t = self.tables;
        if t.non_actions.contains(w) || t.frame_verbs.contains(w) {
            return None;
        }
        let tagged =
            u.token(i).pos == Pos::Verb && w.chars().nth(1).is_some() && !self.grammar.is_marker(w);
        if self.is_verb_word(w) || tagged || self.split_verb(u, i) {
            return Some(0);
        }
        self.glued_adverb(w)
    }

    /// Whether word `i` and the next make one listed verb that segmentation cut in two
    /// (打 + 好, 用 + 好).
    fn split_verb(&self, u: UnitView, i: usize) -> bool {
        i + 1 < u.len()
            && u.word(i).chars().nth(1).is_none()
            && self.grammar.is_listed_verb(u.text_of(i, i + 1))
    }

    /// Where the verb starts inside word `i` when the word is a verb by the lists — a listed
    /// verb, a sanction, a light verb, an adverb glued to one — not by jieba's tag alone.
    pub fn listed_verb_at(&self, u: UnitView, i: usize) -> Option<usize> {
        let w = u.word(i);
        if self.is_verb_word(w) && !self.tables.non_actions.contains(w) {
            Some(0)
        } else {
            self.glued_adverb(w)
        }
    }

    /// The length of an adverb glued to a listed verb in one word (切实加强 → 切实).
    fn glued_adverb(&self, w: &str) -> Option<usize> {
        w.char_indices().skip(1).map(|(k, _)| k).find(|&k| {
            self.is_adverb(&w[..k], true)
                && self.is_verb_word(&w[k..])
                && !self.tables.exhortations.contains(&w[k..])
        })
    }

    /// Whether word `i` is a verb by its place, though jieba tags it otherwise: a verbal
    /// noun, adjective or noun right after a modal or adverb (`after_adverbial`: 要细化任务),
    /// a verbal noun or adjective opening a clause after a comma (`later`: ，优化资源配置),
    /// a verbal noun before a listed verb (研究制定…), or a noun opening a later clause
    /// that holds no other verb (，细化任务措施). An object must follow it.
    pub fn verb_by_place(&self, u: UnitView, i: usize, place: Place) -> bool {
        let t = u.token(i);
        let w = u.word(i);
        let next = i + 1 < u.len();
        let co_verb = next && self.grammar.is_listed_verb(u.word(i + 1));
        let placed = match t.pos {
            Pos::VerbalNoun => place.after_adverbial || place.later || co_verb,
            Pos::Adjective => place.after_adverbial || place.later,
            Pos::Noun => {
                (place.after_adverbial || (place.later && place.alone)) && w.chars().count() == 2
            }
            _ => false,
        };
        placed
            && w.chars().nth(1).is_some()
            && !self.tables.exhortations.contains(w)
            && !self.grammar.is_marker(w)
            && !self.is_abstract(w)
            && next
            && ((is_object_word(u.token(i + 1).pos) && u.token(i + 1).pos != Pos::Name) || co_verb)
            && !self.grammar.is_de(u.word(i + 1))
    }

    /// Whether a noun follows among words `first..end`: the object of a verb. A
    /// one-character adjective after a one-character word completes a verb that
    /// segmentation cut (用 + 好 of 管好用好) and is none.
    pub fn object_follows(&self, u: UnitView, first: usize, end: usize) -> bool {
        let g = self.grammar;
        (first.min(end)..end).any(|i| {
            let t = u.token(i);
            let w = u.word(i);
            let verbal = g.is_measure_verb(w) && !matches!(t.pos, Pos::Noun | Pos::VerbalNoun);
            let complement = t.pos == Pos::Adjective
                && w.chars().nth(1).is_none()
                && i > 0
                && u.word(i - 1).chars().nth(1).is_none();
            is_object_word(t.pos) && !verbal && !complement && !g.is_marker(w)
        })
    }

    /// Whether an object head is abstract (思想, 意识, 艰巨性 …); 工作 is judged apart.
    pub fn is_abstract(&self, w: &str) -> bool {
        let t = self.tables;
        !t.plain_work.contains(w)
            && (t
                .abstract_suffixes
                .iter()
                .any(|s| w.ends_with(s) && w != *s)
                || t.abstract_objects
                    .suffix_of(w)
                    .is_some_and(|a| !t.plain_work.contains(a)))
    }

    /// Whether words `first..end`, opening with the verb `verb` (the text of word `first`
    /// from where its verb starts), name a concrete measure.
    pub fn is_concrete(&self, u: UnitView, first: usize, end: usize, verb: &str) -> bool {
        let t = self.tables;
        let next = u.word_or_empty(first + 1);
        if t.exhortations.contains(verb)
            || t.perfective_particles.contains(next)
            || self.grammar.is_de(next)
            || is_slogan(self, u, first, end, verb)
            || self.ends_in_count(u, first, end)
            || (first + 1..end)
                .any(|i| t.copulas.contains(u.word(i)) || t.interrogatives.contains(u.word(i)))
        {
            return false;
        }
        if !self.has_object(u, first, end, verb) || self.names_subject(u, first, end, verb) {
            return false;
        }
        if t.pivot_verbs.contains(verb) {
            return !self.doer_is_abstract(u, first + 1, end);
        }
        self.grammar.is_sanction(verb) || !self.object_is_abstract(u, first, end, verb)
    }

    /// Whether the verb `verb` at word `first` has an object among words `first + 1..end`:
    /// a noun, or an action named last (加强后续扶持, 严查严处) — though not after a pivot,
    /// which needs its doer (组织实施) —, or none at all for a sanction (严肃问责).
    pub fn has_object(&self, u: UnitView, first: usize, end: usize, verb: &str) -> bool {
        let action_object = end > first + 1
            && !self.tables.pivot_verbs.contains(verb)
            && !(first..end).any(|i| is_enumeration_comma(u.word(i)))
            && self.verb_at(u, end - 1) == Some(0)
            && u.word(end - 1) != verb;
        let objectless = end == first + 1 && self.grammar.is_sanction(verb);
        self.object_follows(u, first + 1, end) || action_object || objectless
    }

    /// Whether the verb at word `first` stands in a relative clause of a subject, whose own
    /// verb comes later (确保长年务工的农民工及时领到工资): a noun after a 的, then an adverb
    /// and a verb jieba tags a verb. A pivot's doer may have such a modifier
    /// (鼓励具备条件的企业自行建设…).
    fn names_subject(&self, u: UnitView, first: usize, end: usize, verb: &str) -> bool {
        if self.tables.pivot_verbs.contains(verb) {
            return false;
        }
        let Some(de) = (first + 1..end).find(|&i| self.grammar.is_de(u.word(i))) else {
            return false;
        };
        let g = self.grammar;
        let Some(noun) = (de + 1..end).find(|&i| u.token(i).pos == Pos::Noun) else {
            return false;
        };
        // The subject's verb follows an adverb of its own (…的农民工及时领到).
        let adverb = (noun + 1..end).find(|&i| {
            let w = u.word(i);
            (u.token(i).pos == Pos::Adverb || self.is_adverb(w, true)) && !g.is_marker(w)
        });
        adverb.is_some_and(|a| {
            a + 1 < end && u.token(a + 1).pos == Pos::Verb && !self.is_light(u.word(a + 1))
        })
    }

    /// Whether the word right after a pivot verb, its doer, is an abstraction
    /// (推动部署落地见效); a doer with a modifier (鼓励有条件的医院…) is judged by its noun.
    fn doer_is_abstract(&self, u: UnitView, first: usize, end: usize) -> bool {
        first + 1 < end
            && u.token(first).pos == Pos::Noun
            && !self.grammar.is_de(u.word(first + 1))
            && self.is_abstract(u.word(first))
    }

    /// Whether words `first..end` end in a count of more than so many (赠送书籍6000余册):
    /// a report of what was done, not a measure prescribed.
    fn ends_in_count(&self, u: UnitView, first: usize, end: usize) -> bool {
        (first + 1..end)
            .rev()
            .find(|&i| !is_closing_mark(u.word(i)))
            .is_some_and(|i| {
                let w = u.word(i);
                u.token(i).pos == Pos::Number
                    && self.tables.approximations.iter().any(|a| w.contains(a))
            })
    }

    /// Whether the object of words `first..end`, opening with the verb `verb`, is an
    /// attitude, goal or plain work: its last word, or the first of a list of objects
    /// (明确总体要求、目标任务…); a chance the verb offers is none (提供就业机会).
    fn object_is_abstract(&self, u: UnitView, first: usize, end: usize, verb: &str) -> bool {
        let t = self.tables;
        let last = (first + 1..end)
            .rev()
            .map(|i| u.word(i))
            .find(|w| !is_closing_mark(w))
            .unwrap_or("");
        let first_object = (first + 1..end)
            .find(|&i| is_enumeration_comma(u.word(i)))
            .map(|i| u.word(i - 1));
        // A steadfastness word after the object (保持高压态势不动摇): the noun decides.
        let last_noun = (first + 1..end)
            .rev()
            .find(|&i| u.token(i).pos == Pos::Noun)
            .map(|i| u.word(i));
        let trailing =
            last_noun.is_some_and(|n| n != last) && !is_object_word(u.token(end - 1).pos);
        let offered =
            t.offering_verbs.contains(verb) && t.offered_objects.suffix_of(last).is_some();
        if (self.is_abstract(last) && !offered)
            || first_object.is_some_and(|w| self.is_abstract(w))
            || (trailing && last_noun.is_some_and(|w| self.is_abstract(w)))
        {
            return true;
        }
        if t.plain_work.contains(last) {
            let before = u.word(end.saturating_sub(2).max(first));
            return end - first <= 2 || t.plain_work_modifiers.contains(before);
        }
        false
    }
}

/// Whether words `first..end`, opening with `verb`, are a slogan or a list of such
/// (抓重点, 补短板、强弱项): pieces of three characters at most whose object is no concrete
/// noun. A short piece is a measure when it ends in a noun of two characters or more that
/// is neither abstract nor a slogan's object (抓项目, not 抓重点, 克难关, 抓具体, 吸烟区).
fn is_slogan(o: &Openings, u: UnitView, first: usize, end: usize, verb: &str) -> bool {
    // The noun ends a piece after its verb, the piece's first word.
    let concrete = |i: usize, start: usize| {
        let w = u.word(i);
        i > start
            && u.token(i).pos == Pos::Noun
            && w.chars().nth(1).is_some()
            && !o.is_abstract(w)
            && !o.tables.slogan_objects.contains(w)
    };
    let mut piece = verb.chars().count();
    let mut start = first;
    for i in first + 1..end {
        let w = u.word(i);
        if is_enumeration_comma(w) {
            if concrete(i - 1, start) {
                return false;
            }
            piece = 0;
            start = i + 1;
        } else {
            piece += w.chars().count();
        }
        if piece > 3 {
            return false;
        }
    }
    end > first + 1 && !concrete(end - 1, start)
}

/// Whether a word of this part of speech can be (part of) an object.
fn is_object_word(pos: Pos) -> bool {
    matches!(
        pos,
        Pos::Noun | Pos::VerbalNoun | Pos::Name | Pos::Place | Pos::Adjective
    )
}
