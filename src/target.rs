//! Targets (ANNOTATION.md §4): the groups of people a measure serves. A target is a noun
//! phrase whose head names a group (居民, 患者, 老年人, 农民工, …人口, …群体) with its
//! modifiers — a …的 restriction, a list of members before 等, a verb that qualifies a
//! head which needs one (脱贫人口) —; staff and officials (…人员, 干部) count only where
//! they are served: after 对/为/向, as the object of a verb that is no agent's pivot, or
//! before what they receive (执法人员待遇). Regions and enterprises have no such head.

use crate::document::{Document, UnitView};
use crate::grammar::{
    clause_at, is_closing_mark, is_enumeration_comma, is_opening_quote, next_where, Grammar,
};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, WordList, WordSet};
use crate::phrase::{Phrase, Phrases};
use crate::rule::Rule;
use crate::segment::Pos;
use crate::tagged::Target;
use crate::text::Span;

/// The tables the target tagger reads: `data/target_heads.tsv` and classes of
/// `data/classes/target.tsv` (besides the grammar's verbs, markers, sanctions and `pivot_verb`).
#[derive(Debug)]
pub struct TargetTables {
    heads: WordList,
    /// Heads that need a modifier before them (`alone` is `no`: 人员, 家庭).
    heads_needing_modifier: WordSet,
    staff_heads: WordSet,
    served_nouns: WordSet,
    non_served_after: WordList,
    law_endings: WordList,
    determiners: WordSet,
    modifier_breaks: WordSet,
    leading_verbs: WordSet,
    non_targets: WordList,
    non_target_before: WordSet,
    served_after: WordSet,
    agent_verbs: WordSet,
    disposals: WordSet,
    pivot_verbs: WordSet,
    modifier_openers: WordSet,
    care_verbs: WordSet,
    cadre_heads: WordList,
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
            staff_heads: word_set(class::STAFF_HEAD),
            served_nouns: word_set(class::SERVED_NOUN),
            non_served_after: WordList::new(class::NON_SERVED_AFTER.iter().copied()),
            law_endings: WordList::new(class::LAW_ENDING.iter().copied()),
            determiners: word_set(class::TARGET_DETERMINER),
            modifier_breaks: word_set(class::MODIFIER_BREAK),
            leading_verbs: word_set(class::LEADING_VERB),
            non_targets: WordList::new(class::NON_TARGET.iter().copied()),
            non_target_before: word_set(class::NON_TARGET_BEFORE),
            served_after: word_set(class::SERVED_AFTER),
            agent_verbs: word_set(class::AGENT_VERB),
            disposals: word_set(class::STAFF_DISPOSAL),
            pivot_verbs: word_set(class::PIVOT_VERB),
            modifier_openers: word_set(class::MODIFIER_OPENER),
            care_verbs: word_set(class::CARE_VERB),
            cadre_heads: WordList::new(class::CADRE_HEAD.iter().copied()),
            restriction_starts: class::TARGET_RESTRICTION_START.to_vec(),
        }
    }
}

impl Default for TargetTables {
    fn default() -> Self {
        Self::new()
    }
}

/// Longest …的 restriction or list of members taken into a target, in characters.
const MAX_MODIFIER_CHARS: usize = 14;

/// Fewest characters of a word that names a law by its ending (保护法; not 合法, 办法).
const MIN_LAW_CHARS: usize = 3;

/// Most words between a care verb and the cadres it is for (关心驻村一线干部).
const MAX_CARED_WORDS: usize = 6;

/// The target tagger: the grammar and its own tables.
#[derive(Clone, Copy)]
pub struct TargetTagger<'a> {
    /// The shared word classes.
    pub grammar: &'a Grammar,
    /// The target tables.
    pub tables: &'a TargetTables,
}

/// A target's core: its first word, the byte where it ends, and whether its head is staff
/// or officials.
#[derive(Debug, Clone, Copy)]
struct Core {
    first: usize,
    last: usize,
    end: usize,
    staff: bool,
}

impl TargetTagger<'_> {
    /// Finds every target of a document; `phrases` holds the noun phrases of each unit. A
    /// target that a later one takes into its list of members gives way to it.
    pub fn targets(&self, doc: &Document, phrases: &Phrases) -> Vec<Target> {
        let mut out: Vec<Target> = Vec::new();
        for u in doc.views() {
            let from = out.len();
            let sanctions = next_where(u, |i| {
                let w = u.word(i);
                self.grammar.is_sanction(w) || self.tables.disposals.contains(w)
            });
            for p in phrases.of(u.index) {
                if let Some((span, rule)) = self.target_of(u, p, &sanctions) {
                    while out.len() > from && out[out.len() - 1].span.start >= span.start {
                        out.pop();
                    }
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

    /// The target a phrase names, if any: its span and rule. `sanctions` holds, for each
    /// word, the next sanction of the unit.
    fn target_of(&self, u: UnitView, p: &Phrase, sanctions: &[usize]) -> Option<(Span, Rule)> {
        let t = self.tables;
        let cared = self.cared_for(u, p);
        let core = match (self.core(u, p), cared) {
            (Some(core), _) => core,
            (None, Some(last)) => Core {
                first: self.cared_first(u, p),
                last,
                end: u.token(last).span.end,
                staff: true,
            },
            (None, None) => return None,
        };
        let (first, members) = self.first_of(u, core);
        let before = u.word_or_empty(first.wrapping_sub(1));
        if t.non_target_before.contains(before) || self.in_name(u, before, core.last) {
            return None;
        }
        let modifier = self.modifier_start(u, first);
        let rule = match modifier {
            Some(_) => Rule::TargetModified,
            None if cared.is_some() => Rule::TargetCaredFor,
            None if members => Rule::TargetMembers,
            None => Rule::TargetHead,
        };
        let start = modifier.unwrap_or(first);
        // Staff are served where they stand (对符合条件的人员…, 培训…人员), not for a
        // restriction alone (任命的工作人员); where a sanction follows in the clause they
        // are punished.
        let sanctioned = clause_at(u, core.last).is_some_and(|c| sanctions[core.last] < c.end);
        let restricted = t
            .restriction_starts
            .iter()
            .any(|s| u.word(start).starts_with(s));
        let served =
            cared.is_some() || (!sanctioned && (restricted || self.is_served(u, start, core.last)));
        let span = Span::new(u.token(start).span.start, core.end);
        (!core.staff || served).then_some((span, rule))
    }

    /// The group a phrase names: its longest part that ends in a head (山区人口饮水安全水平
    /// → 农村人口), or a head that segmentation glued to the noun after it (居民收入).
    fn core(&self, u: UnitView, p: &Phrase) -> Option<Core> {
        let t = self.tables;
        // A head that needs a modifier may have a verb for it (脱贫人口).
        let qualified = p.first > 0
            && (self.qualifies(u, p.first - 1) || self.grammar.is_de(u.word(p.first - 1)));
        let named = |text: &str| -> Option<bool> {
            let h = t.heads.suffix_of(text)?;
            let fits = text.len() > h.len() || !t.heads_needing_modifier.contains(h) || qualified;
            let named = fits && t.non_targets.suffix_of(text).is_none();
            named.then(|| t.staff_heads.contains(h))
        };
        // 发挥好…: a one-character adjective after a verb is its complement; 服务群众: a
        // verb jieba tags a noun governs the group.
        if (p.first..=p.last).any(|i| t.non_target_before.contains(u.word(i))) {
            return None;
        }
        let w = u.word(p.first);
        let complement = w.chars().nth(1).is_none() && u.token(p.first).pos == Pos::Adjective;
        // A listed verb jieba tags a noun leaves the group too (建设重点群体…), unless the
        // rest needs it as a modifier (帮扶对象).
        let needs = p.first < p.last && t.heads_needing_modifier.contains(u.word(p.first + 1));
        let governing = self.grammar.is_measure_verb(w) && !(p.first + 1 == p.last && needs);
        let leading = t.leading_verbs.contains(w) || t.care_verbs.contains(w) || governing;
        let first = if p.first < p.last && (complement || leading) {
            p.first + 1
        } else {
            p.first
        };
        for k in (first..=p.last).rev() {
            let thing_after = k < p.last && self.names_thing(u.word(k + 1));
            if let Some(staff) = named(u.text_of(first, k)).filter(|_| !thing_after) {
                return Some(Core {
                    first,
                    last: k,
                    end: u.token(k).span.end,
                    staff,
                });
            }
            if let Some(core) = self.glued(u, first, k) {
                return Some(core);
            }
        }
        None
    }

    /// Whether the noun `w` after a group's head names a thing or body the group only
    /// modifies (住宅区, 合作社, 保护法), not what the group receives (合法权益).
    fn names_thing(&self, w: &str) -> bool {
        let t = self.tables;
        let law = t.law_endings.suffix_of(w).is_some() && w.chars().count() >= MIN_LAW_CHARS;
        law || t.non_served_after.suffix_of(w).is_some()
    }

    /// A head that segmentation glued to what it receives in word `k` (居民收入,
    /// 服务人员培训): the target ends inside the word.
    fn glued(&self, u: UnitView, first: usize, k: usize) -> Option<Core> {
        let t = self.tables;
        let glued = u.word(k);
        let cut = glued
            .char_indices()
            .skip(2)
            .map(|(i, _)| i)
            .find(|&i| t.heads.contains(&glued[..i]) && t.served_nouns.contains(&glued[i..]))?;
        Some(Core {
            first,
            last: k,
            end: u.token(k).span.start + cut,
            staff: false,
        })
    }

    /// Where the target starts before its phrase: over a determiner (各种人才), over a verb
    /// that qualifies a head that needs a modifier (脱贫人口, 农业转移人口), and over a list
    /// of members closed by 等
    /// (大龄、残疾等劳动者); with whether it took a list of members.
    fn first_of(&self, u: UnitView, core: Core) -> (usize, bool) {
        let t = self.tables;
        let mut first = core.first;
        let needs = t.heads_needing_modifier.contains(u.word(core.last));
        if first > 0 && needs && self.qualifies(u, first - 1) {
            first -= 1;
            while first > 0 && u.token(first - 1).pos == Pos::Noun {
                first -= 1;
            }
        }
        let members = self.members_start(u, first);
        let first = members.unwrap_or(first);
        if first > 0 && t.determiners.contains(u.word(first - 1)) {
            (first - 1, members.is_some())
        } else {
            (first, members.is_some())
        }
    }

    /// Whether word `i`, a verb before a head that needs a modifier, qualifies it (脱贫,
    /// 退休, 转移) rather than governing it: no listed verb, marker or care verb.
    fn qualifies(&self, u: UnitView, i: usize) -> bool {
        let g = self.grammar;
        let w = u.word(i);
        u.token(i).pos == Pos::Verb
            && w.chars().count() == 2
            && !g.is_measure_verb(w)
            && !g.is_marker(w)
            && !self.tables.care_verbs.contains(w)
            && !self.tables.agent_verbs.contains(w)
    }

    /// Where a list of members closed by 等 before word `first` starts (大龄、残疾等劳动者).
    fn members_start(&self, u: UnitView, first: usize) -> Option<usize> {
        let g = self.grammar;
        let before = first.checked_sub(1)?;
        if !g.is_list_closer(u.word(before)) {
            return None;
        }
        let mut i = before;
        let mut chars = 0;
        while i > 0 {
            let w = u.word(i - 1);
            let pos = u.token(i - 1).pos;
            let member = matches!(
                pos,
                Pos::Noun | Pos::VerbalNoun | Pos::Adjective | Pos::Verb
            ) && !g.is_measure_verb(w)
                && !g.is_marker(w);
            if !(member || is_enumeration_comma(w)) {
                break;
            }
            chars += w.chars().count();
            if chars > MAX_MODIFIER_CHARS {
                return None;
            }
            i -= 1;
        }
        let start = (i..before).find(|&j| !is_enumeration_comma(u.word(j)))?;
        (start < before).then_some(start)
    }

    /// Whether a group after the word `before` and ending at word `last` is part of a name
    /// in quotes or a title (“百姓宣讲直通车”), not a group served.
    fn in_name(&self, u: UnitView, before: &str, last: usize) -> bool {
        let opens = is_opening_quote(before);
        opens && last + 1 < u.len() && !is_closing_mark(u.word(last + 1))
    }

    /// Whether the group from word `first` to `last` stands where it is served: after a
    /// preposition of whom (对, 为, 向), as the object of a verb that is no agent's pivot
    /// (培训护理服务人员, not 组织医务人员开展义诊), or before what it receives
    /// (执法人员待遇).
    fn is_served(&self, u: UnitView, first: usize, last: usize) -> bool {
        let (g, t) = (self.grammar, self.tables);
        let received = last + 1 < u.len() && t.served_nouns.contains(u.word(last + 1));
        let Some(before) = first.checked_sub(1) else {
            return received;
        };
        let w = u.word(before);
        let object = (u.token(before).pos == Pos::Verb || g.is_measure_verb(w))
            && w.chars().nth(1).is_some()
            && !g.is_marker(w)
            && !t.agent_verbs.contains(w)
            && !t.pivot_verbs.contains(w);
        received || t.served_after.contains(w) || object || t.care_verbs.contains(w)
    }

    /// The last word of the cadres a care verb before the phrase is for (关心基层干部,
    /// 关心驻村一线干部), looking a few words on.
    fn cared_for(&self, u: UnitView, p: &Phrase) -> Option<usize> {
        let t = self.tables;
        // The care verb stands before the phrase, or opens it when jieba tags it a noun.
        // A determiner or a word jieba does not know may stand between (关心各类…,
        // 关心驻村一线干部).
        let (verb, from) = if t.care_verbs.contains(u.word(p.first)) {
            (p.first, p.first + 1)
        } else {
            let before = p.first.checked_sub(1)?;
            let w = u.word(before);
            let skip = t.determiners.contains(w) || u.token(before).pos == Pos::Other;
            let verb = before.checked_sub(usize::from(skip))?;
            (verb, verb + 1)
        };
        if !t.care_verbs.contains(u.word(verb)) {
            return None;
        }
        (from..u.len().min(from + MAX_CARED_WORDS))
            .take_while(|&i| {
                let pos = u.token(i).pos;
                let word = matches!(
                    pos,
                    Pos::Noun | Pos::VerbalNoun | Pos::Number | Pos::Adjective
                );
                word || (pos == Pos::Other && !self.grammar.is_de(u.word(i)))
            })
            .find(|&i| t.cadre_heads.suffix_of(u.word(i)).is_some())
    }

    /// Where cadres a care verb is for start: after the verb when the phrase opens with it,
    /// else at the word after the verb before the phrase.
    fn cared_first(&self, u: UnitView, p: &Phrase) -> usize {
        let t = self.tables;
        if t.care_verbs.contains(u.word(p.first)) {
            p.first + 1
        } else if p.first > 1 && !t.care_verbs.contains(u.word(p.first - 1)) {
            p.first - 1
        } else {
            p.first
        }
    }

    /// The word where a `…的` restriction before word `first` starts (符合条件的, 培训合格的,
    /// 付出辛劳的): it runs left from the 的 to a preposition of whom, a marker, a care or
    /// pivot verb, a clause boundary or another 的, and is at most 14 characters long.
    fn modifier_start(&self, u: UnitView, first: usize) -> Option<usize> {
        let (g, t) = (self.grammar, self.tables);
        if first < 2 || !g.is_de(u.word(first - 1)) {
            return None;
        }
        // A listed verb that opens its clause's predicate governs the group (建立…的居民…).
        let governs = |j: usize| {
            g.is_measure_verb(u.word(j))
                && (j == 0 || {
                    let before = u.token(j - 1);
                    g.is_marker(u.word(j - 1)) || matches!(before.pos, Pos::Adverb | Pos::Symbol)
                })
        };
        let stops = |w: &str| {
            t.modifier_openers.contains(w)
                || g.is_marker(w)
                || t.care_verbs.contains(w)
                || t.agent_verbs.contains(w)
                || t.modifier_breaks.contains(w)
                || g.is_de(w)
        };
        let mut i = first - 1;
        let mut chars = 0;
        while i > 0 {
            let token = u.token(i - 1);
            let w = u.word(i - 1);
            if stops(w) || token.pos == Pos::Symbol || governs(i - 1) {
                break;
            }
            chars += token.span.len_chars(u.doc.text);
            if chars > MAX_MODIFIER_CHARS {
                return None;
            }
            i -= 1;
        }
        // A restriction cut from a list (…、政府支持保障的), naming nothing (这样的, 像某人
        // 这样的) or only a count (覆盖97%的) is none.
        let cut = i > 0 && is_enumeration_comma(u.word(i - 1));
        let from = if u.token(i).pos == Pos::Verb {
            i + 1
        } else {
            i
        };
        let content = (from..first - 1).any(|j| {
            matches!(
                u.token(j).pos,
                Pos::Noun | Pos::Verb | Pos::VerbalNoun | Pos::Adjective
            )
        }) && u.token(first - 2).pos != Pos::Other;
        let opened =
            i == 0 || stops(u.word(i - 1)) || u.token(i - 1).pos == Pos::Symbol || governs(i - 1);
        let restricted = t
            .restriction_starts
            .iter()
            .any(|s| u.word(i).starts_with(s));
        let taken = i < first - 1 && !cut && content && (opened || restricted);
        taken.then_some(i)
    }
}
