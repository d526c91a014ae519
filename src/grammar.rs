//! What every tagger reads of a unit beyond its words: the verb class, the directive
//! markers, the adverbs passed on the way to a verb, where a clause's head word is,
//! responsibility notes, lines without a stop, date words. Built once from its tables.

use crate::document::{Clause, UnitView};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, MarkerPlace, WordMap, WordSet};
use crate::model::Force;
use crate::segment::Pos;

/// A directive marker: the force it gives and where it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// The force of a unit whose main instruction this marker opens.
    pub force: Force,
    /// Where in a clause the marker counts.
    pub place: MarkerPlace,
}

/// The shared word classes (`data/directive_markers.tsv`, `measure_verbs.tsv`,
/// `measure_adverbs.tsv` and `data/classes/grammar.tsv`).
#[derive(Debug)]
pub struct Grammar {
    markers: WordMap<Marker>,
    measure_verbs: WordSet,
    /// Adverbs passed before a verb, with whether only when a verb follows.
    adverbs: WordMap<bool>,
    time_words: WordSet,
    object_marking_adverbs: WordSet,
    responsibility_verbs: WordSet,
    responsibility_titles: WordSet,
    attributive_particles: WordSet,
    list_closers: WordSet,
    sanctions: WordSet,
}

/// The stops that end a sentence; a line without one is a title or heading.
const STOPS: [char; 5] = ['。', '；', ';', '！', '!'];

impl Grammar {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        Grammar {
            markers: tables::DIRECTIVE_MARKERS
                .iter()
                .map(|m| {
                    let marker = Marker {
                        force: m.force,
                        place: m.place,
                    };
                    (m.marker, marker)
                })
                .collect(),
            measure_verbs: word_set(tables::MEASURE_VERBS),
            adverbs: tables::MEASURE_ADVERBS
                .iter()
                .map(|a| (a.word, a.when))
                .collect(),
            time_words: word_set(class::TIME_WORD),
            object_marking_adverbs: word_set(class::OBJECT_MARKING_ADVERB),
            responsibility_verbs: word_set(class::RESPONSIBILITY_VERB),
            responsibility_titles: word_set(class::RESPONSIBILITY_TITLE),
            attributive_particles: word_set(class::ATTRIBUTIVE_PARTICLE),
            list_closers: word_set(class::LIST_CLOSER),
            sanctions: word_set(class::SANCTION_VERB),
        }
    }

    /// The marker `w` is, if it is one.
    pub fn marker(&self, w: &str) -> Option<Marker> {
        self.markers.get(w).copied()
    }

    /// Whether `w` is a directive marker.
    pub fn is_marker(&self, w: &str) -> bool {
        self.markers.contains_key(w)
    }

    /// Whether `w` is a prohibition marker (严禁, 不得).
    pub fn is_prohibition(&self, w: &str) -> bool {
        self.marker(w)
            .is_some_and(|m| m.force == Force::Prohibition)
    }

    /// Whether `w` is a measure verb as listed (no 好 after it).
    pub fn is_listed_verb(&self, w: &str) -> bool {
        self.measure_verbs.contains(w)
    }

    /// Whether `w` is a measure verb, or one followed by 好 (抓好, 落实好).
    pub fn is_measure_verb(&self, w: &str) -> bool {
        self.measure_verbs.contains(w)
            || w.strip_suffix('好')
                .is_some_and(|v| self.measure_verbs.contains(v))
    }

    /// Whether `w` is a listed measure verb followed by 好 and possibly more (抓好, 做好了).
    pub fn opens_with_verb_and_hao(&self, w: &str) -> bool {
        w.match_indices('好')
            .any(|(k, _)| k > 0 && self.measure_verbs.contains(&w[..k]))
    }

    /// Whether word `i` of a unit is an action verb: tagged a verb or a verbal noun (研究制定
    /// is tagged a noun, then a verb), or a listed measure verb (with 好: 抓好).
    pub fn is_action_verb(&self, u: UnitView, i: usize) -> bool {
        let w = u.word(i);
        matches!(u.token(i).pos, Pos::Verb | Pos::VerbalNoun)
            || self.is_measure_verb(w)
            || self.opens_with_verb_and_hao(w)
    }

    /// Whether the adverb or modal `w` is passed on the way to a verb, given whether a
    /// verb follows it.
    pub fn passes_adverb(&self, w: &str, verb_follows: bool) -> bool {
        self.adverbs
            .get(w)
            .is_some_and(|only_before_verb| verb_follows || !only_before_verb)
    }

    /// Whether `w` is a word of time that may open a clause (上午, 当前).
    pub fn is_time_word(&self, w: &str) -> bool {
        self.time_words.contains(w)
    }

    /// Whether `w` is the attributive particle 的.
    pub fn is_de(&self, w: &str) -> bool {
        self.attributive_particles.contains(w)
    }

    /// Whether `w` closes a list (等).
    pub fn is_list_closer(&self, w: &str) -> bool {
        self.list_closers.contains(w)
    }

    /// Whether `w` is a sanction (问责, 严惩): a measure even without an object, and the
    /// staff of a clause that holds one are punished, not served.
    pub fn is_sanction(&self, w: &str) -> bool {
        self.sanctions.contains(w)
    }

    /// Whether the word after word `i` of a unit is a verb.
    pub fn verb_follows(&self, u: UnitView, i: usize) -> bool {
        i + 1 < u.len() && (u.token(i + 1).pos == Pos::Verb || self.is_measure_verb(u.word(i + 1)))
    }

    /// The first word of a clause (words `first..end` of a unit) after numbering, time
    /// words and adverbs; `end` when there is none.
    pub fn clause_head(&self, u: UnitView, first: usize, end: usize) -> usize {
        let number_end = u.unit.number_end;
        let mut i = first;
        while i < end {
            let t = u.token(i);
            let w = u.word(i);
            let verb_follows = self.verb_follows(u, i);
            let skip = t.span.end <= number_end
                || self.is_time_word(w)
                || (t.pos == Pos::Number && !w.starts_with('一'))
                || is_date_word(w)
                || is_opening_quote(w)
                || self.passes_adverb(w, verb_follows) && !self.is_marker(w)
                || (t.pos == Pos::Adjective && verb_follows && !self.is_measure_verb(w))
                || (t.pos == Pos::Adverb && !self.object_marking_adverbs.contains(w))
                || t.pos == Pos::Symbol;
            if !skip {
                break;
            }
            i += 1;
        }
        i
    }

    /// Whether a word says who is responsible (负责, 分工负责, 牵头) as a verb, not as a
    /// title (负责人).
    pub fn names_responsibility(&self, w: &str) -> bool {
        self.responsibility_verbs.iter().any(|v| {
            w.contains(v)
                && !self
                    .responsibility_titles
                    .iter()
                    .any(|t| t.starts_with(v) && w.starts_with(t))
        })
    }

    /// Whether a unit is a responsibility note: a bracketed remark that names who is
    /// responsible (（省交通运输厅负责）, （…按职责分工负责）, （…牵头）).
    pub fn is_responsibility_note(&self, u: UnitView) -> bool {
        u.text().starts_with(['（', '('])
            && (0..u.len()).any(|i| self.names_responsibility(u.word(i)))
    }
}

impl Default for Grammar {
    fn default() -> Self {
        Self::new()
    }
}

/// For each word `i` of a unit (and one past its end), the first word at or after `i` that
/// `holds`, or the unit's length when none does: an index built in one backward scan, so
/// that a rule asking "where is the next …" from every word stays linear.
pub fn next_where(u: UnitView, holds: impl Fn(usize) -> bool) -> Vec<usize> {
    let n = u.len();
    let mut next = vec![n; n + 1];
    for i in (0..n).rev() {
        next[i] = if holds(i) { i } else { next[i + 1] };
    }
    next
}

/// The clause of a unit that holds word `i`, if any (clauses are sorted and disjoint).
pub fn clause_at(u: UnitView, i: usize) -> Option<Clause> {
    let clauses = u.clauses();
    let k = clauses.partition_point(|c| c.end <= i);
    clauses.get(k).copied().filter(|c| c.first <= i)
}

/// Whether a unit is a line of its own that ends without a stop: a title or heading.
pub fn is_line_without_stop(u: UnitView) -> bool {
    u.unit.ends_line && !u.text().ends_with(STOPS)
}

/// Whether a word opens a quotation or a title (“, ‘, 《).
pub fn is_opening_quote(w: &str) -> bool {
    matches!(w, "“" | "‘" | "《")
}

/// Whether a word closes a quotation, title or bracket.
pub fn is_closing_mark(w: &str) -> bool {
    matches!(w, "”" | "’" | "》" | "）" | ")")
}

/// Whether a word opens a bracket.
pub fn is_opening_bracket(w: &str) -> bool {
    matches!(w, "（" | "(")
}

/// Whether a word is a colon.
pub fn is_colon(w: &str) -> bool {
    matches!(w, ":" | "：")
}

/// Whether a word is the enumeration comma 、.
pub fn is_enumeration_comma(w: &str) -> bool {
    w == "、"
}

/// Whether a word is a comma.
pub fn is_comma(w: &str) -> bool {
    matches!(w, "，" | ",")
}

/// Whether a word is made only of characters that show nothing by themselves: zero-width
/// and bidirectional controls, the byte-order mark, combining marks.
pub fn is_invisible(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| {
            matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
                || matches!(c, '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
        })
}

/// Whether a word is part of a date or period (2019年, 1月, 31日至, 起), however
/// segmentation cut it.
pub fn is_date_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || "年月日至起".contains(c))
}
