//! Noun phrases: runs of nominal words that actors and targets are cut from.

use crate::document::{Document, UnitView};
use crate::grammar::{is_enumeration_comma, is_opening_bracket, Grammar};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, WordSet};
use crate::model::ActorKind;
use crate::segment::Pos;
use crate::text::Span;

/// The tables the phrase finder reads: `data/phrase_breaks.tsv`, `actor_modifiers.tsv`, the
/// heads of `actor_heads.tsv` and `central_organs.tsv` (a head is always phrase material),
/// the classes `completing_head`, `verb_before_body`, `actor_predicate`, `verb_modifier`,
/// `level_range`, `name_joiner`, `title_stem` and `title_suffix` of `data/classes/actor.tsv`,
/// and `level_morpheme` of `data/classes/segment.tsv`.
#[derive(Debug)]
pub struct PhraseTables {
    breaks: WordSet,
    modifiers: WordSet,
    heads: WordSet,
    /// The heads of one character that name a body (局, 委, 院; not 员): a longer word that
    /// ends with one names a body.
    bound_heads: Vec<char>,
    /// Heads that complete a name with verbs or 和 before them (部门, 委员会).
    completing: WordSet,
    /// Words that open no phrase when a body follows them (委托, 代表).
    verbs_before_body: WordSet,
    /// Predicates tagged as nouns (紧紧围绕): they open no phrase either.
    predicates: WordSet,
    /// Manner words (高度, 全力): before a verb they end no noun phrase.
    verb_modifiers: WordSet,
    /// The characters of a body and the suffixes that make titles of them (站 + 长).
    title_stems: Vec<char>,
    title_suffixes: Vec<char>,
    /// Joiners that may stand inside one body's name (自然资源和规划局).
    name_joiners: WordSet,
    /// Words of a range of levels (县级以上地方人民政府).
    level_ranges: WordSet,
    /// One-character names of a level (省, 市, 县): joined by 和, they share the body after
    /// them (省和市县人民政府).
    level_morphemes: Vec<char>,
}

impl PhraseTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        let bound_heads = tables::ACTOR_HEADS
            .iter()
            .filter(|h| h.head.chars().count() == 1 && h.kind != ActorKind::Person)
            .filter_map(|h| h.head.chars().next())
            .collect();
        PhraseTables {
            bound_heads,
            completing: word_set(class::COMPLETING_HEAD),
            verbs_before_body: word_set(class::VERB_BEFORE_BODY),
            predicates: word_set(class::ACTOR_PREDICATE),
            verb_modifiers: word_set(class::VERB_MODIFIER),
            title_stems: class::TITLE_STEM
                .iter()
                .filter_map(|w| w.chars().next())
                .collect(),
            title_suffixes: class::TITLE_SUFFIX
                .iter()
                .filter_map(|w| w.chars().next())
                .collect(),
            name_joiners: word_set(class::NAME_JOINER),
            level_ranges: word_set(class::LEVEL_RANGE),
            level_morphemes: class::LEVEL_MORPHEME
                .iter()
                .filter_map(|w| w.chars().next())
                .collect(),
            breaks: word_set(tables::PHRASE_BREAKS),
            modifiers: word_set(tables::ACTOR_MODIFIERS),
            heads: tables::ACTOR_HEADS
                .iter()
                .map(|h| h.head)
                .chain(tables::CENTRAL_ORGANS.iter().copied())
                .collect(),
        }
    }
}

impl Default for PhraseTables {
    fn default() -> Self {
        Self::new()
    }
}

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

/// The noun phrases of a whole document, unit by unit, in one list.
#[derive(Debug, Default)]
pub struct Phrases {
    all: Vec<Phrase>,
    /// Where each unit's phrases start in `all`, and one past the last unit's.
    starts: Vec<usize>,
}

impl Phrases {
    /// The phrases of unit `unit`, in order.
    pub fn of(&self, unit: usize) -> &[Phrase] {
        match (self.starts.get(unit), self.starts.get(unit + 1)) {
            (Some(&a), Some(&b)) => &self.all[a..b],
            _ => &[],
        }
    }
}

/// Most words a run of verbs and nouns inside a body's name holds before the word that
/// names the body (融资担保 → 机构).
const MAX_VERBS_IN_NAME: usize = 4;

/// Longest word ending with a one-character head that a name before it completes (改革委,
/// 规划局); a longer one is a name of its own (企事业单位).
const MAX_BOUND_NAME_CHARS: usize = 3;

/// Longest actor head tested at the end of a word, in characters.
const MAX_HEAD_CHARS: usize = 4;

/// Longest bracketed note, in characters, that still belongs to the phrase before it.
const MAX_NOTE_CHARS: usize = 8;

/// How noun phrases are found: the grammar and the phrase tables.
#[derive(Clone, Copy)]
pub struct PhraseFinder<'a> {
    /// The shared word classes.
    pub grammar: &'a Grammar,
    /// The phrase tables.
    pub tables: &'a PhraseTables,
}

impl PhraseFinder<'_> {
    /// Whether the word at `i` is a verb inside the name of a body (规划建设部门, 融资担保
    /// 机构, 发展改革委, 教育和体育局): a run of verbal nouns, plain phrase words and
    /// joiners carries it to a word that names a body. A phrase opens only with a verbal
    /// noun, and a plain verb stands inside one only before a head that a name completes
    /// (部门, 机构, 改革委), so that a verb before a full name stays out (贯彻落实党中央…,
    /// 职工关心企业).
    fn is_verb_in_name(&self, u: UnitView, i: usize, inside: bool) -> bool {
        let pos = u.token(i).pos;
        // A plain verb inside a name follows a word that names no body yet (融资担保机构,
        // not 国家机关委托…).
        let opener = if inside {
            self.is_name_verb(u, i)
                || (pos == Pos::Verb && i > 0 && !self.ends_with_head(u.word(i - 1)))
        } else {
            self.is_name_verb(u, i) && pos == Pos::VerbalNoun
        };
        if !opener || self.grammar.is_marker(u.word(i)) {
            return false;
        }
        let plain_verb = pos == Pos::Verb;
        let limit = u.len().min(i + 1 + MAX_VERBS_IN_NAME);
        (i + 1..limit)
            .take_while(|&k| {
                // At the start of a phrase only verbal nouns lead to the body (监督管理部门,
                // not 监督企事业单位).
                self.is_name_verb(u, k)
                    || self.tables.name_joiners.contains(u.word(k))
                    || (self.is_plain_phrase_word(u, k) && (inside || self.names_body(u.word(k))))
            })
            .any(|k| {
                let w = u.word(k);
                self.names_body(w)
                    && if plain_verb {
                        self.tables.completing.contains(w)
                    } else {
                        inside || self.completes_name(w)
                    }
            })
    }

    /// Whether the word at `i` is a verbal noun or a measure verb tagged as a noun, which a
    /// body's name may hold.
    fn is_name_verb(&self, u: UnitView, i: usize) -> bool {
        let t = u.token(i);
        let w = u.word(i);
        (t.pos == Pos::VerbalNoun || (t.pos.is_nominal() && self.grammar.is_measure_verb(w)))
            && !self.grammar.is_marker(w)
            && !self.tables.breaks.contains(w)
    }

    /// Whether a word that names a body needs the words before it to be a name: a generic
    /// head (部门, 单位) or a short word that ends with a one-character head (改革委, 规划局).
    fn completes_name(&self, w: &str) -> bool {
        self.tables.completing.contains(w)
            || (!self.tables.heads.contains(w) && w.chars().count() <= MAX_BOUND_NAME_CHARS)
    }

    /// Whether the joiner at `i` joins two parts of one body's name (自然资源和规划局,
    /// 教育和体育局): two levels (省和市县…), or the word before it names no body, and after
    /// it verbal nouns, if any, lead to a head that completes a name (not 干部队伍和基层党组织).
    fn joins_name(&self, u: UnitView, i: usize) -> bool {
        if i == 0 || !self.tables.name_joiners.contains(u.word(i)) {
            return false;
        }
        // 省和市县人民政府, 市和区、县…: levels joined before the body they share.
        let levels = |w: &str| w.chars().all(|c| self.tables.level_morphemes.contains(&c));
        if levels(u.word(i - 1)) && i + 1 < u.len() && levels(u.word(i + 1)) {
            return true;
        }
        if self.ends_with_head(u.word(i - 1)) {
            return false;
        }
        let limit = u.len().min(i + 1 + MAX_VERBS_IN_NAME);
        let mut k = i + 1;
        while k < limit && self.is_name_verb(u, k) {
            k += 1;
        }
        k < limit && {
            let w = u.word(k);
            self.names_body(w) && self.completes_name(w)
        }
    }

    /// Whether a word is a title of two characters made of a body's character and a title
    /// suffix (站长, 镇长), which segmentation may tag as a verb.
    fn is_title(&self, w: &str) -> bool {
        let mut chars = w.chars();
        match (chars.next(), chars.next(), chars.next()) {
            (Some(stem), Some(suffix), None) => {
                self.tables.title_stems.contains(&stem)
                    && self.tables.title_suffixes.contains(&suffix)
            }
            _ => false,
        }
    }

    /// Whether a word ends with an actor head (人民团体, 规划局).
    fn ends_with_head(&self, w: &str) -> bool {
        let starts = w.char_indices().map(|(k, _)| k);
        starts
            .rev()
            .take(MAX_HEAD_CHARS)
            .any(|k| self.tables.heads.contains(&w[k..]) || self.names_body(&w[k..]))
    }

    /// Whether the word at `i`, last of a run, modifies what follows rather than ending a
    /// noun phrase: an adjective (各级机关干部严格…), a manner word before a verb
    /// (市政府高度重视…).
    fn is_trailing_modifier(&self, u: UnitView, i: usize) -> bool {
        let w = u.word(i);
        let verb_next = i + 1 < u.len() && u.token(i + 1).pos == Pos::Verb;
        (u.token(i).pos == Pos::Adjective && !self.tables.heads.contains(w))
            || (verb_next
                && (self.tables.verb_modifiers.contains(w) || self.grammar.passes_adverb(w, true)))
    }

    /// Whether the word at `i`, first of a run, is no part of the noun phrase after it: an
    /// adverb or a verb that segmentation tagged as a noun or adjective (严格 落实 地方党委),
    /// an adverb glued to a verb (认真落实), a verb before a body (委托, 代表).
    fn opens_no_phrase(&self, u: UnitView, i: usize) -> bool {
        let w = u.word(i);
        let t = u.token(i);
        let verb_next = i + 1 < u.len() && self.grammar.is_measure_verb(u.word(i + 1));
        (self.grammar.passes_adverb(w, true) && (t.pos == Pos::Adjective || verb_next))
            || (self.grammar.is_measure_verb(w) && t.pos != Pos::VerbalNoun)
            || self.is_glued_verb(u, i)
            || self.tables.verbs_before_body.contains(w)
            || self.tables.predicates.contains(w)
    }

    /// Whether the word at `i` is an adverb glued to a verb by segmentation (认真落实,
    /// 贯彻落实): it opens no noun phrase.
    fn is_glued_verb(&self, u: UnitView, i: usize) -> bool {
        let w = u.word(i);
        let cut = w.char_indices().nth(2).map(|(k, _)| k);
        cut.is_some_and(|k| {
            w.chars().count() == 4
                && self.grammar.is_listed_verb(&w[k..])
                && (self.grammar.passes_adverb(&w[..k], true)
                    || self.grammar.is_listed_verb(&w[..k]))
        })
    }

    /// Whether a word names a body: an actor head, or a word of two or more characters
    /// that ends with a one-character head (民政局, 改革委).
    fn names_body(&self, w: &str) -> bool {
        self.tables.heads.contains(w)
            || (w.chars().count() > 1
                && w.chars()
                    .last()
                    .is_some_and(|c| self.tables.bound_heads.contains(&c)))
    }

    /// Whether the word at `i` can stand inside a noun phrase, verbs inside names aside.
    fn is_plain_phrase_word(&self, u: UnitView, i: usize) -> bool {
        let t = u.token(i);
        let w = u.word(i);
        if self.tables.breaks.contains(w) {
            return false;
        }
        if self.tables.modifiers.contains(w) || self.tables.heads.contains(w) || self.is_title(w) {
            return true;
        }
        t.pos.is_nominal() && !self.grammar.is_measure_verb(w) && !self.grammar.is_marker(w)
    }

    /// Whether the word at `i` can stand inside a noun phrase. Segmentation tags some verbs
    /// as nouns or adjectives (落实, 稳定): they end a phrase unless a body's name carries
    /// them (`inside` a phrase, a plain verb may be carried too).
    fn is_phrase_word(&self, u: UnitView, i: usize, inside: bool) -> bool {
        // 国家机关委托…, 李明代表…: a verb tagged as a noun after a body or a name ends the
        // phrase.
        let after_body = inside
            && i > 0
            && self.tables.verbs_before_body.contains(u.word(i))
            && (self.ends_with_head(u.word(i - 1)) || u.token(i - 1).pos == Pos::Name);
        // 县级以上地方人民政府: a range of levels inside a phrase, before its next word.
        let range = inside
            && self.tables.level_ranges.contains(u.word(i))
            && i + 1 < u.len()
            && self.is_plain_phrase_word(u, i + 1);
        !after_body
            && (range || self.is_plain_phrase_word(u, i) || self.is_verb_in_name(u, i, inside))
    }

    /// If a quoted word (`“两委”`) starts at `i` and a phrase word follows it, the index
    /// after its closing quote.
    fn quoted_inside_phrase(&self, u: UnitView, i: usize) -> Option<usize> {
        if u.word(i) != "“" {
            return None;
        }
        let close = (i + 1..u.len().min(i + 5)).find(|&j| u.word(j) == "”")?;
        (close + 1 < u.len() && self.is_phrase_word(u, close + 1, true)).then_some(close + 1)
    }

    /// The noun phrases of every unit of a document.
    pub fn phrases(&self, doc: &Document) -> Phrases {
        let mut phrases = Phrases {
            all: Vec::new(),
            starts: vec![0],
        };
        for u in doc.views() {
            self.noun_phrases(u, &mut phrases.all);
            phrases.starts.push(phrases.all.len());
        }
        phrases
    }

    /// Adds every maximal noun phrase of a unit to `out`, in order.
    fn noun_phrases(&self, u: UnitView, out: &mut Vec<Phrase>) {
        let n = u.len();
        let mut i = 0;
        while i < n {
            if !self.is_phrase_word(u, i, false) {
                i += 1;
                continue;
            }
            let mut first = i;
            let (mut last, next) = self.run_from(u, i);
            while first < last && self.opens_no_phrase(u, first) {
                first += 1;
            }
            // A phrase ends with its noun, not with an adjective or adverb after it
            // (各级机关干部严格…).
            while last > first && self.is_trailing_modifier(u, last) {
                last -= 1;
            }
            let mut end = last + 1;
            i = next;
            if let Some(after) = (end < n).then(|| bracketed_note(u, end, false)).flatten() {
                end = after;
                i = after;
            }
            let span = Span::new(u.token(first).span.start, u.token(end - 1).span.end);
            out.push(Phrase {
                first,
                end,
                span,
                last,
            });
        }
    }

    /// The last phrase word of the run of phrase words, quoted words and enumerating
    /// notes that starts at `first`, and the index where scanning goes on.
    fn run_from(&self, u: UnitView, first: usize) -> (usize, usize) {
        let n = u.len();
        let mut last = first;
        let mut i = first + 1;
        loop {
            if i < n && (self.is_phrase_word(u, i, true) || self.joins_name(u, i)) {
                last = i;
                i += 1;
            } else if let Some(next) = (i < n).then(|| self.quoted_inside_phrase(u, i)).flatten() {
                i = next;
            } else if let Some(next) = (i < n)
                .then(|| bracketed_note(u, i, true))
                .flatten()
                .filter(|&k| k < n && self.is_phrase_word(u, k, true))
            {
                i = next;
            } else {
                return (last, i);
            }
        }
    }
}

/// If a short bracketed note (`(区)`, `（党委）`) starts at `i`, the index after it. An
/// enumeration (`(市、区)`) counts only `inside` a phrase, as in 各县(市、区)人民政府.
fn bracketed_note(u: UnitView, i: usize, inside: bool) -> Option<usize> {
    if !is_opening_bracket(u.word(i)) {
        return None;
    }
    let mut chars = 0;
    for j in i + 1..u.len() {
        let w = u.word(j);
        if matches!(w, "）" | ")") {
            return (j > i + 1).then_some(j + 1);
        }
        chars += w.chars().count();
        let enumeration = is_enumeration_comma(w) && inside;
        if chars > MAX_NOTE_CHARS || (u.token(j).pos == Pos::Symbol && !enumeration) {
            return None;
        }
    }
    None
}

/// Longest `…的` modifier taken into a phrase, in characters.
const MAX_MODIFIER_CHARS: usize = 14;

/// Where a `…的` modifier before word `first` of a unit starts (符合条件的失业人员,
/// 有深度贫困乡镇的各县): the index of its first word and the word before it, if any. The
/// modifier runs left from the 的 to a clause boundary, another 的, or a word `opens`
/// accepts; it is `None` when there is no 的 or the modifier is longer than 14 characters.
pub fn de_modifier<'t>(
    g: &Grammar,
    u: UnitView<'_, 't>,
    first: usize,
    opens: impl Fn(&str) -> bool,
) -> Option<(usize, Option<&'t str>)> {
    if first < 2 || !g.is_de(u.word(first - 1)) {
        return None;
    }
    let mut chars = 0;
    let mut i = first - 1;
    while i > 0 {
        let t = u.token(i - 1);
        let w = u.word(i - 1);
        if opens(w) || t.pos == Pos::Symbol || g.is_de(w) {
            break;
        }
        chars += t.span.len_chars(u.doc.text);
        if chars > MAX_MODIFIER_CHARS {
            return None;
        }
        i -= 1;
    }
    let before = i.checked_sub(1).map(|k| u.word(k));
    (i < first - 1).then_some((i, before))
}
