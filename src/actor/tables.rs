//! The look-ups of the actor tagger: heads by class, level cues, role verbs and the
//! small word classes its rules name.

use crate::lexicon::tables::{self, class};
use crate::lexicon::{longest_key, word_set, WordList, WordMap, WordSet};
use crate::model::{ActorKind, Level, Role};

/// The tables the actor tagger reads: `data/actor_heads.tsv`, `central_organs.tsv`,
/// `actor_non_heads.tsv`, `actor_levels.tsv`, `actor_modifiers.tsv`, `role_verbs.tsv`,
/// `field_labels.tsv` and `data/classes/actor.tsv`, with `pivot_verb` and
/// `perfective_particle` of `data/classes/grammar.tsv` (besides the grammar's markers and
/// verbs).
#[derive(Debug)]
pub struct ActorTables {
    pub(super) heads: WordMap<ActorKind>,
    pub(super) head_max_chars: usize,
    pub(super) non_heads: WordList,
    /// Level cues; `None` for cues that only block shorter ones.
    pub(super) level_cues: WordMap<Option<Level>>,
    pub(super) level_cue_max_chars: usize,
    pub(super) role_verbs: WordMap<Role>,
    pub(super) pivot_verbs: WordSet,
    pub(super) joiners: WordSet,
    pub(super) generic_heads: WordSet,
    pub(super) all_levels_cues: Vec<&'static str>,
    /// What stretches the level cue before it over several levels (县级以上).
    pub(super) level_ranges: Vec<&'static str>,
    pub(super) attributive_particles: Vec<&'static str>,
    pub(super) name_followers: WordSet,
    pub(super) restriction_starts: Vec<&'static str>,
    pub(super) coordinators: WordSet,
    pub(super) document_topics: WordSet,
    /// Characters that join two level cues into one span of several levels (市、区).
    pub(super) level_joiners: Vec<char>,
    pub(super) level_openers: Vec<&'static str>,
    pub(super) session_terms: Vec<&'static str>,
    pub(super) enacting_verbs: WordSet,
    pub(super) responsibilities: WordSet,
    pub(super) region_heads: WordSet,
    pub(super) session_meetings: WordSet,
    pub(super) municipalities: Vec<&'static str>,
    pub(super) fallback_cues: WordSet,
    pub(super) doer_only_heads: WordSet,
    pub(super) title_suffixes: Vec<char>,
    pub(super) title_stems: Vec<char>,
    pub(super) polysemous_heads: WordSet,
    /// Polysemous heads that after a body and before a verb are what the body does (组织).
    pub(super) verb_heads: WordSet,
    pub(super) modifiers: Vec<&'static str>,
    pub(super) bare_generic_heads: WordSet,
    pub(super) verb_modifiers: WordSet,
    pub(super) possessed: WordSet,
    pub(super) predicates: WordSet,
    pub(super) doer_pivots: WordSet,
    pub(super) agent_prepositions: WordSet,
    pub(super) partner_prepositions: WordSet,
    pub(super) perfective: WordSet,
    /// Generic heads of a field's label (责任单位：…).
    pub(super) field_heads: Vec<&'static str>,
    /// The role each label word gives the bodies of its field (牵头 → responsible).
    pub(super) field_labels: WordMap<Role>,
}

/// What an actor head says: the kind of body and whether it names an actor only where it
/// acts (an enterprise, a region, a group of people as doers).
#[derive(Debug, Clone, Copy)]
pub(super) struct Head {
    /// The head's text as the table or the title rule has it.
    pub(super) text: &'static str,
    /// The kind of body it names.
    pub(super) kind: ActorKind,
    /// Whether it names an actor only as a doer.
    pub(super) doer_only: bool,
}

/// The head text of a title made by the title rule (局长, 处长), which no polysemy test names.
pub(super) const TITLE: &str = "";

/// The first character of each word of a class.
fn first_chars(words: &[&'static str]) -> Vec<char> {
    words.iter().filter_map(|w| w.chars().next()).collect()
}

impl ActorTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        let organs = tables::CENTRAL_ORGANS.iter().copied();
        let heads = tables::ACTOR_HEADS
            .iter()
            .map(|h| (h.head, h.kind))
            .chain(organs.clone().map(|o| (o, ActorKind::Government)))
            .collect();
        let level_cues = tables::LEVEL_CUES
            .iter()
            .map(|c| (c.cue, c.level))
            .chain(organs.map(|o| (o, Some(Level::Central))))
            .collect();
        ActorTables {
            head_max_chars: longest_key(&heads),
            heads,
            non_heads: WordList::new(tables::ACTOR_NON_HEADS.iter().copied()),
            level_cue_max_chars: longest_key(&level_cues),
            level_cues,
            field_heads: class::FIELD_HEAD.to_vec(),
            field_labels: tables::FIELD_LABELS
                .iter()
                .map(|r| (r.word, r.role))
                .collect(),
            role_verbs: tables::ROLE_VERBS
                .iter()
                .map(|r| (r.verb, r.role))
                .collect(),
            pivot_verbs: word_set(class::PIVOT_VERB),
            joiners: word_set(class::JOINER),
            generic_heads: word_set(class::GENERIC_HEAD),
            all_levels_cues: class::ALL_LEVELS_CUE.to_vec(),
            level_ranges: class::LEVEL_RANGE.to_vec(),
            attributive_particles: class::ATTRIBUTIVE_PARTICLE.to_vec(),
            name_followers: word_set(class::NAME_FOLLOWER),
            restriction_starts: class::ACTOR_RESTRICTION_START.to_vec(),
            coordinators: word_set(class::COORDINATOR),
            document_topics: word_set(class::DOCUMENT_TOPIC),
            level_joiners: first_chars(class::LEVEL_JOINER),
            level_openers: class::LEVEL_SPAN_OPENER.to_vec(),
            session_terms: class::SESSION_TERM.to_vec(),
            enacting_verbs: word_set(class::ENACTING_VERB),
            responsibilities: word_set(class::RESPONSIBILITY_NOUN),
            region_heads: word_set(class::REGION_HEAD),
            session_meetings: word_set(class::SESSION_MEETING),
            municipalities: class::MUNICIPALITY.to_vec(),
            fallback_cues: word_set(class::FALLBACK_LEVEL_CUE),
            doer_only_heads: word_set(class::DOER_ONLY_HEAD),
            title_suffixes: first_chars(class::TITLE_SUFFIX),
            title_stems: first_chars(class::TITLE_STEM),
            polysemous_heads: word_set(class::POLYSEMOUS_HEAD),
            verb_heads: word_set(class::VERB_HEAD),
            modifiers: tables::ACTOR_MODIFIERS.to_vec(),
            bare_generic_heads: word_set(class::BARE_GENERIC_HEAD),
            verb_modifiers: word_set(class::VERB_MODIFIER),
            possessed: word_set(class::POSSESSED),
            predicates: word_set(class::ACTOR_PREDICATE),
            doer_pivots: word_set(class::DOER_PIVOT_VERB),
            agent_prepositions: word_set(class::AGENT_PREPOSITION),
            partner_prepositions: word_set(class::PARTNER_PREPOSITION),
            perfective: word_set(class::PERFECTIVE_PARTICLE),
        }
    }

    /// The actor head a phrase's text ends with, if any: the longest head of the table, else
    /// a title made of an organisation's character and a title suffix (局长, 处长, 董事长).
    /// A head of one character names someone only bound to what stands before it (研究所).
    pub(super) fn head_of(&self, text: &str) -> Option<Head> {
        let starts: Vec<usize> = text
            .char_indices()
            .rev()
            .take(self.head_max_chars)
            .map(|(i, _)| i)
            .collect();
        let found = starts
            .iter()
            .rev()
            .find_map(|&i| self.heads.get_key_value(&text[i..]));
        // A word that ends like a head names no one (格局, 场所), unless a longer head holds
        // it (工作者 is no 作者).
        let blocked = self.non_heads.suffix_of(text);
        if blocked.is_some_and(|b| found.is_none_or(|(h, _)| b.len() >= h.len())) {
            return None;
        }
        if let Some((&head, &kind)) = found {
            if head.chars().count() == 1 && text.len() == head.len() {
                return None;
            }
            let doer_only = matches!(kind, ActorKind::Organisation | ActorKind::Place)
                || self.doer_only_heads.contains(head);
            return Some(Head {
                text: head,
                kind,
                doer_only,
            });
        }
        let mut last = text.chars().rev();
        let (suffix, stem) = (last.next()?, last.next()?);
        (self.title_suffixes.contains(&suffix) && self.title_stems.contains(&stem)).then_some(
            Head {
                text: TITLE,
                kind: ActorKind::Person,
                doer_only: false,
            },
        )
    }

    /// The kind of the actor head a phrase's text ends with, if any.
    pub(super) fn head_kind(&self, text: &str) -> Option<ActorKind> {
        self.head_of(text).map(|h| h.kind)
    }

    /// The administrative level of an actor's text (ERRORS LEV-2): the cue nearest its end
    /// after its last 的 (有深度贫困乡镇的各县 is a county, 临江县白沙镇党委 a township),
    /// else the last cue of all; 各级 means all levels, and so do two cues of different
    /// levels with only a joiner between them (市县, 市、区两级, 省市县三级).
    pub fn level_of(&self, text: &str) -> Level {
        if self.all_levels_cues.iter().any(|c| text.contains(c)) {
            return Level::All;
        }
        let after_de = self
            .attributive_particles
            .iter()
            .filter_map(|p| text.rfind(p).map(|k| k + p.len()))
            .max()
            .map(|k| &text[k..]);
        after_de
            .and_then(|s| self.nearest_level_cue(s))
            .or_else(|| self.nearest_level_cue(text))
            .unwrap_or(Level::Unspecified)
    }

    /// The level of the last cue in `s` that names one (the longest cue at each place), or
    /// `All` when two cues of different levels stand side by side or joined by 、/和; a
    /// fallback cue only when no other one is found.
    fn nearest_level_cue(&self, s: &str) -> Option<Level> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut found: Option<Level> = None;
        // A cue of the body's own name (部, 厅) decides only when no place does (省委宣传部).
        let mut fallback: Option<Level> = None;
        // Where the last cue that names a level ended, in characters.
        let mut last_end: Option<usize> = None;
        let mut several = false;
        // Whether the last cue may open a span of several levels (市、区, 各市县).
        let mut opened = false;
        let mut i = 0;
        while i < chars.len() {
            match self.cue_at(s, &chars, i) {
                Some((n, Some(level), cue)) if self.fallback_cues.contains(cue) => {
                    fallback = Some(level);
                    i += n;
                }
                Some((n, Some(level), _)) => {
                    // 县级以上人民政府: a range of levels from this one.
                    let rest = &s[chars.get(i + n).map_or(s.len(), |c| c.0)..];
                    several |= self.level_ranges.iter().any(|r| rest.starts_with(r));
                    let joined = last_end.is_some_and(|e| {
                        i == e || (i == e + 1 && self.level_joiners.contains(&chars[e].1))
                    });
                    several |= joined && opened && found.is_some_and(|l| l != level);
                    // A cue inside a place's name (贵州省, 杭州市) opens no span of levels.
                    opened = joined
                        || i == 0
                        || self.level_joiners.contains(&chars[i - 1].1)
                        || self
                            .level_openers
                            .iter()
                            .any(|c| s[..chars[i].0].ends_with(c));
                    found = Some(level);
                    last_end = Some(i + n);
                    i += n;
                }
                Some((n, None, _)) => i += n,
                None => i += 1,
            }
        }
        if several {
            return Some(Level::All);
        }
        found.or(fallback)
    }

    /// The longest level cue that starts at character `i` of `s` (`chars` are its
    /// characters), in characters, with its level and text; none when a blocking cue that
    /// starts inside it runs past its end (生态环境部门 names no ministry).
    fn cue_at<'s>(
        &self,
        s: &'s str,
        chars: &[(usize, char)],
        i: usize,
    ) -> Option<(usize, Option<Level>, &'s str)> {
        let max = self.level_cue_max_chars;
        let text = |a: usize, n: usize| &s[chars[a].0..chars.get(a + n).map_or(s.len(), |c| c.0)];
        let (n, level) = (1..=max.min(chars.len() - i))
            .rev()
            .find_map(|n| self.level_cues.get(text(i, n)).map(|l| (n, *l)))?;
        let overrun = (i + 1..i + n).any(|k| {
            (i + n - k + 1..=max.min(chars.len() - k))
                .any(|m| self.level_cues.get(text(k, m)) == Some(&None))
        });
        if overrun {
            return None;
        }
        Some((n, level, text(i, n)))
    }
}

impl Default for ActorTables {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_level_is_the_cue_nearest_the_head() {
        let t = ActorTables::new();
        assert_eq!(t.level_of("临江县白沙镇党委"), Level::Township);
        assert_eq!(t.level_of("省委宣传部"), Level::Provincial);
        assert_eq!(t.level_of("教育部"), Level::Central);
        assert_eq!(t.level_of("省辖市"), Level::Municipal);
        assert_eq!(t.level_of("乡村振兴局"), Level::Unspecified);
        assert_eq!(t.level_of("生态环境部门"), Level::Unspecified);
        assert_eq!(t.level_of("有贫困村的各乡镇"), Level::Township);
    }

    #[test]
    fn cues_of_several_levels_side_by_side_are_all_levels() {
        let t = ActorTables::new();
        assert_eq!(t.level_of("市、区两级教育部门"), Level::All);
        assert_eq!(t.level_of("市县"), Level::All);
        assert_eq!(t.level_of("市和区、县人民政府"), Level::All);
        assert_eq!(t.level_of("各级政府"), Level::All);
        // A cue inside a place's name opens no span of levels.
        assert_eq!(t.level_of("杭州市"), Level::Municipal);
        assert_eq!(t.level_of("贵州省"), Level::Provincial);
    }

    #[test]
    fn heads_are_recognised_by_class() {
        let t = ActorTables::new();
        let kind = |s: &str| t.head_kind(s);
        assert_eq!(kind("县林业站站长"), Some(ActorKind::Person));
        assert_eq!(kind("董事长"), Some(ActorKind::Person));
        assert_eq!(kind("研究所"), Some(ActorKind::Organisation));
        assert_eq!(kind("社区工作者"), Some(ActorKind::Person));
        assert_eq!(kind("场所"), None);
        assert_eq!(kind("增长"), None);
        assert_eq!(kind("所"), None);
        assert_eq!(kind("海关总署"), Some(ActorKind::Government));
    }
}
