//! Actors (ANNOTATION.md §2): who can bear responsibility, with role and level.

use rustc_hash::FxHashMap as HashMap;

use crate::document::{Clause, Document, UnitView};
use crate::grammar::{
    clause_at, is_colon, is_comma, is_date_word, is_enumeration_comma, is_line_without_stop,
    next_where, Grammar,
};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{longest_key, word_set, WordList, WordMap, WordSet};
use crate::model::{ActorKind, Level, Role};
use crate::phrase::{de_modifier, Phrase, Phrases};
use crate::rule::Rule;
use crate::segment::Pos;
use crate::tagged::{Actor, Directive};
use crate::text::{is_han, Span};

/// The tables the actor tagger reads: `data/actor_heads.tsv`, `central_organs.tsv`,
/// `actor_non_heads.tsv`, `actor_levels.tsv`, `actor_modifiers.tsv`, `role_verbs.tsv` and
/// `data/classes/actor.tsv`, with `pivot_verb` and `perfective_particle` of
/// `data/classes/grammar.tsv` (besides the grammar's markers and verbs).
#[derive(Debug)]
pub struct ActorTables {
    heads: WordMap<ActorKind>,
    head_max_chars: usize,
    non_heads: WordList,
    /// Level cues; `None` for cues that only block shorter ones.
    level_cues: WordMap<Option<Level>>,
    level_cue_max_chars: usize,
    role_verbs: WordMap<Role>,
    pivot_verbs: WordSet,
    joiners: WordSet,
    generic_heads: WordSet,
    all_levels_cues: Vec<&'static str>,
    attributive_particles: Vec<&'static str>,
    name_followers: WordSet,
    restriction_starts: Vec<&'static str>,
    coordinators: WordSet,
    document_topics: WordSet,
    /// Characters that join two level cues into one span of several levels (市、区).
    level_joiners: Vec<char>,
    level_openers: Vec<&'static str>,
    session_terms: Vec<&'static str>,
    enacting_verbs: WordSet,
    responsibilities: WordSet,
    region_heads: WordSet,
    session_meetings: WordSet,
    municipalities: Vec<&'static str>,
    fallback_cues: WordSet,
    doer_only_heads: WordSet,
    title_suffixes: Vec<char>,
    title_stems: Vec<char>,
    polysemous_heads: WordSet,
    modifiers: Vec<&'static str>,
    bare_generic_heads: WordSet,
    manner_words: WordSet,
    possessed: WordSet,
    predicates: WordSet,
    doer_pivots: WordSet,
    agent_prepositions: WordSet,
    partner_prepositions: WordSet,
    perfective: WordSet,
}

/// What an actor head says: the kind of body and whether it names an actor only where it
/// acts (an enterprise, a region, a group of people as doers).
#[derive(Debug, Clone, Copy)]
struct Head {
    /// The head's text as the table or the title rule has it.
    text: &'static str,
    kind: ActorKind,
    doer_only: bool,
}

/// Longest ending of a word tested against what a body owns, in characters.
const MAX_OWNED_CHARS: usize = 4;

/// The lines at the head of a document that may name its issuer (title, number, date).
const TITLE_LINES: usize = 4;

/// Longest relative clause before 的 taken into the actor after it, in characters.
const MAX_RELATIVE_CHARS: usize = 16;

/// Most signature lines (one body each) between a signing body and the date under them.
const SIGNATURE_LINES: usize = 4;

/// Longest head-less item, in characters, that shares the head after it (农药、兽药生产企业).
const MAX_SHARING_CHARS: usize = 8;

/// The head text of a title made by the title rule (局长, 处长), which no polysemy test names.
const TITLE: &str = "";

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
            role_verbs: tables::ROLE_VERBS
                .iter()
                .map(|r| (r.verb, r.role))
                .collect(),
            pivot_verbs: word_set(class::PIVOT_VERB),
            joiners: word_set(class::JOINER),
            generic_heads: word_set(class::GENERIC_HEAD),
            all_levels_cues: class::ALL_LEVELS_CUE.to_vec(),
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
            modifiers: tables::ACTOR_MODIFIERS.to_vec(),
            bare_generic_heads: word_set(class::BARE_GENERIC_HEAD),
            manner_words: word_set(class::MANNER_WORD),
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
    fn head_of(&self, text: &str) -> Option<Head> {
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
    fn head_kind(&self, text: &str) -> Option<ActorKind> {
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

/// The actor tagger: the grammar and its own tables.
#[derive(Clone, Copy)]
pub struct ActorTagger<'a> {
    /// The shared word classes.
    pub grammar: &'a Grammar,
    /// The actor tables.
    pub tables: &'a ActorTables,
}

/// A candidate before roles are given.
struct Candidate {
    span: Span,
    first: usize,
    end: usize,
    kind: ActorKind,
    /// Whether it names an actor only as a doer.
    doer_only: bool,
    level: Level,
    /// Whether it names a person by name.
    named: bool,
    /// Whether the words after it name its responsibility (乡镇政府主体责任).
    bears: bool,
    /// Whether its head names a region, a doer only when a directive addresses it.
    region: bool,
}

/// What decides roles that is true of a whole unit, and the indexes that keep the role of
/// every group one look-up.
struct UnitFacts {
    /// The unit is a directive.
    directive: bool,
    /// The unit lists the document's addressees.
    addressee: bool,
    /// The unit is a responsibility note (（…负责）).
    note: bool,
    /// The head word of each clause.
    heads: Vec<usize>,
    /// For each word, the next word that names who is responsible (负责, 牵头).
    next_responsibility: Vec<usize>,
    /// The document is one of a city directly under the central government (its 市 is a
    /// province).
    province_level_city: bool,
    /// For each word, the next issuer verb, marker or measure verb: where a subject's
    /// predicate shows its role.
    next_predicate: Vec<usize>,
}

/// Names that stand after or before a title somewhere in the text (省委书记李明, 李明副省长),
/// with the level of that title.
type TitledNames<'t> = HashMap<&'t str, Level>;

/// The role of one member of a group that got `role` by `rule` (`None` when nothing marks
/// the group as a doer). A doer-only head (an enterprise, a region) names an actor only as
/// a doer.
fn member_role(doer_only: bool, role: Role, rule: Option<Rule>) -> Option<(Role, Rule)> {
    match rule {
        None if doer_only => None,
        None => Some((Role::Other, Rule::ActorMention)),
        Some(rule) => Some((role, rule)),
    }
}

/// The text of a phrase without its bracketed note.
fn phrase_core<'t>(u: UnitView<'_, 't>, p: &Phrase) -> &'t str {
    u.text_of(p.first, p.last)
}

impl ActorTagger<'_> {
    /// Finds every actor of a document; `phrases` holds the noun phrases of each unit.
    pub fn actors(
        &self,
        doc: &Document,
        directives: &[Directive],
        phrases: &Phrases,
    ) -> Vec<Actor> {
        let names = self.titled_names(doc, phrases);
        let mut is_directive = vec![false; doc.units.len()];
        for d in directives {
            is_directive[d.unit] = true;
        }
        let addressee_unit = self.addressee_unit(doc);
        let province_level_city = self.of_province_level_city(doc);
        let mut out = Vec::new();
        for u in doc.views() {
            let cands = self.candidates(u, phrases.of(u.index), &names);
            let facts = UnitFacts {
                directive: is_directive[u.index],
                addressee: addressee_unit == Some(u.index),
                note: self.grammar.is_responsibility_note(u),
                province_level_city,
                heads: u
                    .clauses()
                    .iter()
                    .map(|c| self.grammar.clause_head(u, c.first, c.end))
                    .collect(),
                next_responsibility: next_where(u, |i| {
                    self.grammar.names_responsibility(u.word(i))
                }),
                next_predicate: next_where(u, |i| {
                    let w = u.word(i);
                    self.tables.role_verbs.get(w) == Some(&Role::Issuer)
                        || self.grammar.is_marker(w)
                        || self.grammar.is_listed_verb(w)
                }),
            };
            let first = out.len();
            for group in self.coordinated_groups(u, &cands) {
                self.push_group(u, &cands, &group, &facts, &mut out);
            }
            // A restriction taken into an actor may hold one (有贫困村的各乡镇): outer first.
            out[first..].sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
        }
        out
    }

    /// Gives a coordinated group its role and adds its members to `out`.
    fn push_group(
        &self,
        u: UnitView,
        cands: &[Candidate],
        group: &[usize],
        facts: &UnitFacts,
        out: &mut Vec<Actor>,
    ) {
        let lead = &cands[group[0]];
        let tail = &cands[*group.last().unwrap_or(&group[0])];
        let (role, rule) = self.role_of(u, lead, tail, facts);
        let mut before = Level::Unspecified;
        for &k in group {
            let c = &cands[k];
            // A region is a doer when a directive addresses it, not as the subject of a
            // report (中西部地区呈现…).
            if c.region && rule == Some(Rule::ActorSubjectOfReport) {
                continue;
            }
            let Some((role, rule)) = member_role(c.doer_only, role, rule) else {
                continue;
            };
            // 各级党委和政府, 各区发展改革委、教育局: a body without a level cue of its own
            // shares the level of the member before it (an organisation does not, nor the
            // bodies after 等 that close a list).
            let after_list = self
                .grammar
                .is_list_closer(u.word_or_empty(c.first.wrapping_sub(1)));
            let shares = (c.kind == ActorKind::Government || facts.addressee) && !after_list;
            let level = match c.level {
                Level::Unspecified if shares => before,
                l => l,
            };
            before = level;
            out.push(Actor {
                unit: u.index,
                span: c.span,
                first: c.first,
                end: c.end,
                kind: c.kind,
                role,
                level: self.municipal_as(level, facts.province_level_city),
                rule,
            });
        }
    }

    /// A level as the document means it: in a text of a city directly under the central
    /// government (上海, 北京 …) its 市 is a province.
    fn municipal_as(&self, level: Level, province_level_city: bool) -> Level {
        match level {
            Level::Municipal if province_level_city => Level::Provincial,
            l => l,
        }
    }

    /// Whether a document is one of a city directly under the central government: its
    /// title (its first two units) names one.
    fn of_province_level_city(&self, doc: &Document) -> bool {
        doc.views().take(2).any(|u| {
            self.tables
                .municipalities
                .iter()
                .any(|m| u.text().contains(m))
        })
    }

    /// Names that stand after or before a title somewhere in the text, with its level.
    fn titled_names<'t>(&self, doc: &Document<'t>, phrases: &Phrases) -> TitledNames<'t> {
        let mut names = HashMap::default();
        for u in doc.views() {
            for p in phrases.of(u.index) {
                if let Some((name, true)) = self.person_name(u, p) {
                    let level = self.tables.level_of(phrase_core(u, p));
                    names.entry(name.of(doc.text)).or_insert(level);
                }
            }
        }
        names
    }

    /// The personal name in a phrase, if it has one: after a title (省委书记李明), before one
    /// (李明副省长), or alone (李明); with whether a title goes with it. A name is two to four
    /// characters and starts with a word segmentation tags as a name.
    fn person_name(&self, u: UnitView, p: &Phrase) -> Option<(Span, bool)> {
        let is_name = |span: Span, first: usize| {
            u.token(first).pos == Pos::Name && (2..=4).contains(&span.len_chars(u.doc.text))
        };
        let title_end = (p.first..p.last)
            .rev()
            .find(|&j| self.tables.head_kind(u.text_of(p.first, j)) == Some(ActorKind::Person));
        if let Some(j) = title_end {
            let name = u.span_of(j + 1, p.last);
            return is_name(name, j + 1).then_some((name, true));
        }
        let first = u.token(p.first).span;
        let core = phrase_core(u, p);
        if p.last > p.first
            && is_name(first, p.first)
            && self.tables.head_kind(core) == Some(ActorKind::Person)
        {
            return Some((first, true));
        }
        let whole = u.span_of(p.first, p.last);
        is_name(whole, p.first).then_some((whole, false))
    }

    /// The unit that lists a document's addressees (`各乡镇人民政府，县直各单位：`).
    fn addressee_unit(&self, doc: &Document) -> Option<usize> {
        doc.views().take(8).position(|u| {
            u.text().ends_with(['：', ':'])
                && !(0..u.len())
                    .any(|i| u.token(i).pos == Pos::Verb || self.grammar.is_listed_verb(u.word(i)))
                && (0..u.len()).any(|i| {
                    let w = u.word(i);
                    self.tables.heads.keys().any(|h| w.ends_with(h))
                })
        })
    }

    /// The head of the phrase made of words `first..=last`, if it ends with one. A head that
    /// is also a common noun or verb (领导 "leadership", 组织 "organise") needs a modifier
    /// before it in the phrase that is no manner word (省级领导, 社会组织; not 组织领导).
    fn head_at(&self, u: UnitView, first: usize, last: usize) -> Option<Head> {
        let head = self.tables.head_of(u.text_of(first, last))?;
        if first == last && self.tables.bare_generic_heads.contains(u.word(last)) {
            // 承办单位, 有关的部门: a verb that names what it does, or a relative; not the
            // object of a measure verb (加强部门对接).
            let before = u.word_or_empty(first.wrapping_sub(1));
            let next = last + 1;
            let noun_follows = next < u.len() && u.token(next).pos.is_nominal();
            let named = first > 0
                && ((u.token(first - 1).pos == Pos::Verb && !self.grammar.is_measure_verb(before))
                    || (self.grammar.is_de(before) && !noun_follows))
                && !is_colon(u.word_or_empty(next));
            return named.then_some(head);
        }
        if !self.tables.polysemous_heads.contains(head.text) {
            return Some(head);
        }
        // The modifier: what the last word holds before the head (精心组织), else the word
        // before it.
        let word = u.word(last);
        let modifier = match word.strip_suffix(head.text) {
            Some(m) if !m.is_empty() => Some(m),
            _ => (last > first).then(|| u.word(last - 1)),
        };
        let qualified = modifier.is_some_and(|m| {
            let k = last.saturating_sub(1);
            let tagged =
                word.len() == head.text.len() && matches!(u.token(k).pos, Pos::Number | Pos::Verb);
            !self.tables.polysemous_heads.contains(m)
                && !self.tables.manner_words.contains(m)
                && !tagged
        });
        qualified.then_some(head)
    }

    /// The phrase cut after the head inside it (ERRORS ACT-4), when the words after the head
    /// begin or end with what the body decides or owns (省委决策部署 → 省委, 乡镇政府属地管理
    /// 责任 → 地方政府), are one or two verbal nouns (党中央统一…), a predicate segmentation
    /// tagged as a noun (党中央高度重视, …负责同志通报了, 向县应急管理局报告。), or when a
    /// titled name owns them (李明重要讲话精神); with the words after a predicate, which may
    /// name another actor (…紧紧围绕中央 → 中央).
    fn cut_at_head(
        &self,
        u: UnitView,
        p: &Phrase,
        names: &TitledNames,
    ) -> (Phrase, Option<Phrase>) {
        let piece = |first: usize, last: usize| Phrase {
            first,
            end: last + 1,
            span: u.span_of(first, last),
            last,
        };
        if p.last == p.first || self.head_at(u, p.first, p.last).is_some() {
            return (*p, None);
        }
        let t = self.tables;
        // After 由/向/经 …, the words after a body are its verb (向县应急管理局报告。).
        let before = u.word_or_empty(p.first.wrapping_sub(1));
        let object =
            t.agent_prepositions.contains(before) || t.partner_prepositions.contains(before);
        let after = u.word_or_empty(p.end);
        let verb_last = object && (after.is_empty() || u.token(p.end).pos == Pos::Symbol);
        let owned = self.owned(u.word(p.last)) || t.perfective.contains(after);
        let cut = (p.first..p.last).rev().find(|&j| {
            let strong = self.head_at(u, p.first, j).is_some_and(|h| !h.doer_only)
                || (j == p.first && u.token(j).pos == Pos::Name && names.contains_key(u.word(j)));
            // 党中央统一, 政府投资: verbal nouns after a body are what it does.
            let acts =
                p.last - j <= 2 && (j + 1..=p.last).all(|k| u.token(k).pos == Pos::VerbalNoun);
            strong
                && (owned
                    || acts
                    || t.possessed.contains(u.word(j + 1))
                    || (verb_last && j + 1 == p.last))
        });
        let Some(j) = cut else {
            return (*p, None);
        };
        let rest =
            (j + 2 <= p.last && t.predicates.contains(u.word(j + 1))).then(|| piece(j + 2, p.last));
        (piece(p.first, j), rest)
    }

    /// Whether a word ends with what a body decides or owns (重要指示精神, 决策部署).
    fn owned(&self, w: &str) -> bool {
        let mut starts = w.char_indices().map(|(k, _)| k).rev().take(MAX_OWNED_CHARS);
        starts.any(|k| self.tables.possessed.contains(&w[k..]))
    }

    /// The candidate a phrase names, if any, before modifiers and lists are joined to it.
    fn candidate(&self, u: UnitView, p: &Phrase, names: &TitledNames) -> Option<Candidate> {
        let core = phrase_core(u, p);
        let mut head = self.head_at(u, p.first, p.last);
        let name = self.person_name(u, p);
        if let (None, Some((name, titled))) = (head, name) {
            let known = names.contains_key(name.of(u.doc.text));
            let after = u.word_or_empty(p.end);
            let speaks = self.tables.role_verbs.contains_key(after)
                || is_colon(after)
                || self.tables.name_followers.contains(after);
            if titled || known || speaks {
                head = Some(Head {
                    text: TITLE,
                    kind: ActorKind::Person,
                    doer_only: false,
                });
            }
        }
        let Head {
            kind,
            doer_only,
            text,
        } = head?;
        let mut level = self.tables.level_of(core);
        if kind == ActorKind::Person && level == Level::Unspecified {
            if let Some(l) = name.and_then(|(n, _)| names.get(n.of(u.doc.text))) {
                level = *l;
            }
        }
        // 等单位 after a list names no one of its own.
        if p.first == p.last
            && self
                .grammar
                .is_list_closer(u.word_or_empty(p.first.wrapping_sub(1)))
            && self.tables.generic_heads.contains(core)
        {
            return None;
        }
        Some(Candidate {
            span: p.span,
            first: p.first,
            end: p.end,
            kind,
            doer_only,
            level,
            named: kind == ActorKind::Person && name.is_some(),
            bears: false,
            region: self.tables.region_heads.contains(text),
        })
    }

    /// Takes a restriction before 的 into the candidate (有贫困村的各乡镇, 符合条件的企业).
    fn take_restriction(&self, u: UnitView, cand: &mut Candidate) {
        let joiners = &self.tables.joiners;
        let restriction = de_modifier(self.grammar, u, cand.first, |w| joiners.contains(w))
            .map(|(i, _)| i)
            .filter(|&i| {
                let w = u.word(i);
                self.tables
                    .restriction_starts
                    .iter()
                    .any(|s| w.starts_with(s))
            });
        if let Some(i) = restriction.or_else(|| self.relative_start(u, cand.first, cand.end)) {
            cand.first = i;
            cand.span.start = u.token(i).span.start;
        }
    }

    /// Where a relative clause before 的 starts when it belongs to the body after it
    /// (ERRORS ACT-6: 承担托底任务的县民政局, 经营农药、兽药的批发企业): a clause of
    /// at most 16 characters with a verb or adjective in it, which opens its clause before a
    /// marker (…的企业必须…) or follows a pivot verb or preposition (鼓励具备条件的企业…).
    /// `first..end` are the words of the body.
    fn relative_start(&self, u: UnitView, first: usize, end: usize) -> Option<usize> {
        let g = self.grammar;
        if first < 2 || !g.is_de(u.word(first - 1)) {
            return None;
        }
        let t = self.tables;
        let opens = |w: &str| {
            t.doer_pivots.contains(w)
                || t.pivot_verbs.contains(w)
                || t.agent_prepositions.contains(w)
                || t.partner_prepositions.contains(w)
        };
        let mut chars = 0;
        let mut i = first - 1;
        while i > 0 {
            let (tok, w) = (u.token(i - 1), u.word(i - 1));
            let stop = g.is_de(w)
                || is_comma(w)
                || tok.pos == Pos::Preposition
                || (tok.pos == Pos::Symbol && !is_enumeration_comma(w))
                || g.is_marker(w)
                || opens(w);
            if stop {
                break;
            }
            chars += tok.span.len_chars(u.doc.text);
            if chars > MAX_RELATIVE_CHARS {
                return None;
            }
            i -= 1;
        }
        let predicate = (i..first - 1).any(|k| {
            matches!(u.token(k).pos, Pos::Verb | Pos::VerbalNoun | Pos::Adjective)
                || g.is_measure_verb(u.word(k))
        });
        // At the head of a clause, the body must be a subject: a marker or a joiner follows.
        let clause = clause_at(u, i)?;
        let after = u.word_or_empty(end);
        let subject = i == g.clause_head(u, clause.first, clause.end)
            && (g.is_marker(after) || t.joiners.contains(after));
        let opened = i > 0 && opens(u.word(i - 1));
        (((predicate && subject) || opened) && i < first - 1).then_some(i)
    }

    /// Whether the words after a body, up to three, name a responsibility it bears
    /// (民政部门监管责任, 乡镇政府的属地管理责任).
    fn bears_responsibility(&self, u: UnitView, end: usize) -> bool {
        (end..u.len().min(end + 3))
            .take_while(|&k| u.token(k).pos != Pos::Symbol)
            .any(|k| self.tables.responsibilities.contains(u.word(k)))
    }

    /// A body named with its term and session (省第七届人大常委会第五次会议):
    /// takes the place or body before the term (第七届) and the session after the body
    /// (第五次会议) into `cand`, dropping the candidate it absorbs from `out`.
    fn take_session(&self, u: UnitView, cand: &mut Candidate, out: &mut Vec<Candidate>) {
        let is_term = |i: usize| {
            u.token(i).pos == Pos::Number
                && self
                    .tables
                    .session_terms
                    .iter()
                    .any(|t| u.word(i).ends_with(t))
        };
        let mut changed = false;
        if cand.first > 0 && is_term(cand.first - 1) {
            let term = cand.first - 1;
            if let Some(prev) = out.last().filter(|c| c.end == term) {
                (cand.first, cand.span.start) = (prev.first, prev.span.start);
                out.pop();
            } else {
                (cand.first, cand.span.start) = (term, u.token(term).span.start);
            }
            changed = true;
        }
        let end = cand.end;
        if end + 1 < u.len()
            && is_term(end)
            && self.tables.session_meetings.contains(u.word(end + 1))
        {
            cand.end = end + 2;
            cand.span.end = u.token(end + 1).span.end;
            changed = true;
        }
        if changed {
            cand.level = self.tables.level_of(cand.span.of(u.doc.text));
        }
    }

    /// Head-less words listed before a head share it (ERRORS ACT-7): places before a
    /// government head (各省、自治区、直辖市人民政府), names of trades or goods before any
    /// head but a person's (农药、兽药生产企业, 自然资源和规划局). Widens `cand`
    /// over them and drops the candidates it absorbs from `out`.
    fn take_listed_places(
        &self,
        u: UnitView,
        phrases: &[Phrase],
        pi: usize,
        cand: &mut Candidate,
        out: &mut Vec<Candidate>,
    ) {
        // Only a head with a word of its own before it is shared (农药、兽药生产企业), not a
        // full name with its own modifier (其他组织, 国家有关部门) or a bare head (政府).
        let own = &phrases[pi];
        let opener = u.word(own.first);
        let sharable = own.last > own.first
            && !self.tables.modifiers.iter().any(|m| opener.starts_with(m))
            && self.tables.level_of(opener) == Level::Unspecified
            && u.token(own.first).pos != Pos::Place;
        let mut k = pi;
        while k > 0 && phrases[k - 1].end + 1 == phrases[k].first {
            let joiner = u.word_or_empty(phrases[k].first - 1);
            let comma = is_enumeration_comma(joiner);
            let prev = &phrases[k - 1];
            let prev_core = phrase_core(u, prev);
            let head = self.tables.head_kind(prev_core);
            let placeish = comma
                && cand.kind == ActorKind::Government
                && (1..=4).contains(&prev_core.chars().count())
                && head.is_none_or(|h| h == ActorKind::Place)
                && (self.tables.level_of(prev_core) != Level::Unspecified
                    || (prev.first == prev.last && u.token(prev.first).pos == Pos::Place));
            // 财政、价格、审计等监督管理部门: 等 closes the items right before the head.
            let closer = k == pi && self.grammar.is_list_closer(joiner);
            let shared = sharable
                && (comma || closer || self.tables.coordinators.contains(joiner))
                && cand.kind != ActorKind::Person
                && head.is_none()
                && prev_core.chars().count() <= MAX_SHARING_CHARS
                && (prev.first..=prev.last).all(|i| u.token(i).pos != Pos::Name);
            if !(placeish || shared) {
                break;
            }
            k -= 1;
        }
        if k < pi {
            cand.first = phrases[k].first;
            cand.span.start = phrases[k].span.start;
            let absorbed = cand.span.start;
            // The candidates are in text order: the absorbed ones are at the end.
            while out.last().is_some_and(|c| c.span.start >= absorbed) {
                out.pop();
            }
            cand.level = self.tables.level_of(cand.span.of(u.doc.text));
        }
    }

    /// Whether `cand` continues the candidate before it: another title of one person
    /// (省委副书记、省长李明), or a bare generic head that shares its modifiers (有关部门和单位).
    fn continues(&self, u: UnitView, prev: &Candidate, cand: &Candidate, p: &Phrase) -> bool {
        let between: Vec<&str> = (prev.end..cand.first).map(|i| u.word_or_empty(i)).collect();
        let titles = prev.kind == ActorKind::Person
            && cand.kind == ActorKind::Person
            && matches!(between.as_slice(), [w] if is_enumeration_comma(w))
            && !prev.named
            && cand.named;
        let generic = matches!(between.as_slice(), [w] if self.tables.coordinators.contains(w))
            && p.first == p.last
            && cand.first == p.first
            && self.tables.generic_heads.contains(u.word(p.last));
        titles || generic
    }

    /// Actor candidates of one unit, with coordinated titles and enumerated places merged.
    fn candidates(&self, u: UnitView, phrases: &[Phrase], names: &TitledNames) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        for (pi, whole) in phrases.iter().enumerate() {
            // A name already taken from a list after a titled name (…、李强参加).
            if out.last().is_some_and(|c| c.end > whole.first) {
                continue;
            }
            let (p, rest) = self.cut_at_head(u, whole, names);
            self.add_candidate(u, phrases, pi, &p, names, &mut out);
            if let Some(rest) = rest {
                self.add_candidate(u, phrases, pi, &rest, names, &mut out);
            }
        }
        out
    }

    /// Adds the candidate that phrase `p` (a piece of phrase `pi`) names to `out`, joined
    /// to what it continues, with the names listed after it.
    fn add_candidate(
        &self,
        u: UnitView,
        phrases: &[Phrase],
        pi: usize,
        p: &Phrase,
        names: &TitledNames,
        out: &mut Vec<Candidate>,
    ) {
        {
            let Some(mut cand) = self.candidate(u, p, names) else {
                return;
            };
            self.take_restriction(u, &mut cand);
            if p.first == phrases[pi].first {
                self.take_listed_places(u, phrases, pi, &mut cand, out);
            }
            self.take_session(u, &mut cand, out);
            cand.bears = self.bears_responsibility(u, cand.end);
            let continued = out
                .last()
                .is_some_and(|prev| self.continues(u, prev, &cand, p));
            match out.last_mut() {
                Some(prev) if continued => {
                    prev.span.end = cand.span.end;
                    prev.end = cand.end;
                    prev.named |= cand.named;
                    if prev.level == Level::Unspecified {
                        prev.level = cand.level;
                    }
                    self.join_titles(u, out);
                }
                _ => out.push(cand),
            }
            if let Some(last) = out.last().filter(|c| c.named && c.end == p.end) {
                let (after, level) = (last.end, last.level);
                out.extend(listed_names(u, after, level));
            }
        }
    }

    /// 中共中央总书记、国家主席李明: titles listed before the titled name that
    /// closes the list are that person's too; joins them into the last candidate of `out`.
    fn join_titles(&self, u: UnitView, out: &mut Vec<Candidate>) {
        while let [.., before, last] = out.as_slice() {
            let joined = before.kind == ActorKind::Person
                && !before.named
                && last.named
                && before.end + 1 == last.first
                && is_enumeration_comma(u.word(before.end));
            if !joined {
                return;
            }
            let (first, start) = (before.first, before.span.start);
            out.remove(out.len() - 2);
            if let Some(last) = out.last_mut() {
                last.first = first;
                last.span.start = start;
            }
        }
    }

    /// Candidates joined by 、/和/及, as groups of indices.
    fn coordinated_groups(&self, u: UnitView, cands: &[Candidate]) -> Vec<Vec<usize>> {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (k, c) in cands.iter().enumerate() {
            let joined = k > 0 && {
                let between: Vec<&str> = (cands[k - 1].end..c.first).map(|i| u.word(i)).collect();
                !between.is_empty()
                    && between.len() <= 2
                    && between
                        .iter()
                        .all(|w| self.tables.joiners.contains(w) || self.grammar.is_list_closer(w))
                    && !between.iter().any(|w| is_comma(w))
            };
            match groups.last_mut() {
                Some(g) if joined => g.push(k),
                _ => groups.push(vec![k]),
            }
        }
        groups
    }

    /// The role of a coordinated group, from its first member `lead` and last member
    /// `tail`, and the rule that gave it; no rule when nothing marks the group as a doer.
    fn role_of(
        &self,
        u: UnitView,
        lead: &Candidate,
        tail: &Candidate,
        facts: &UnitFacts,
    ) -> (Role, Option<Rule>) {
        let Some(clause) = clause_at(u, lead.first) else {
            return (Role::Other, None);
        };
        if facts.addressee {
            return (Role::Responsible, Some(Rule::ActorAddressee));
        }
        if facts.note || facts.next_responsibility[tail.end.min(u.len())] < clause.end {
            return (Role::Responsible, Some(Rule::ActorResponsibilityNote));
        }
        if let Some(found) = self.placed_role(u, lead, tail) {
            return found;
        }
        if lead.bears && facts.directive {
            return (Role::Responsible, Some(Rule::ActorBearer));
        }
        let k = u.clauses().partition_point(|c| c.end <= lead.first);
        // …、企业安全负责人必须…: a group right before a marker is its subject too.
        if lead.first == facts.heads[k] || self.grammar.is_marker(u.word_or_empty(tail.end)) {
            return self.subject_role(u, tail, clause, facts);
        }
        self.object_role(u.word_or_empty(lead.first.wrapping_sub(1)), facts)
    }

    /// The role of a group by the word before it: the doer after a pivot verb (responsible
    /// in a directive when the verb asks it to act: 鼓励, 支持, 希望 …), the agent after 由,
    /// a partner after 与/向/对 …; no rule when the word marks none of these.
    fn object_role(&self, before: &str, facts: &UnitFacts) -> (Role, Option<Rule>) {
        let t = self.tables;
        let asked = t.doer_pivots.contains(before);
        if asked || t.pivot_verbs.contains(before) {
            let role = if facts.directive && asked {
                Role::Responsible
            } else {
                Role::Other
            };
            return (role, Some(Rule::ActorPivot));
        }
        if t.agent_prepositions.contains(before) {
            return (Role::Responsible, Some(Rule::ActorAgent));
        }
        if t.partner_prepositions.contains(before) {
            return (Role::Other, Some(Rule::ActorPartner));
        }
        (Role::Other, None)
    }

    /// A role given by where the group stands in the document: the issuer in a title line
    /// (县政府关于…, …人大常委会第五次会议通过) or a signature, a speaker before a colon.
    fn placed_role(
        &self,
        u: UnitView,
        lead: &Candidate,
        tail: &Candidate,
    ) -> Option<(Role, Option<Rule>)> {
        let after = u.word_or_empty(tail.end);
        let title_line = u.index < TITLE_LINES && is_line_without_stop(u);
        let opens_line = (0..lead.first).all(|i| {
            matches!(u.token(i).pos, Pos::Number | Pos::Symbol) || is_date_word(u.word(i))
        });
        let names_document = self.tables.document_topics.contains(after)
            || (opens_line && self.tables.enacting_verbs.contains(after));
        if names_document && title_line {
            return Some((Role::Issuer, Some(Rule::ActorDocumentIssuer)));
        }
        let alone = u.text() == lead.span.of(u.doc.text) && u.index > 0;
        if alone && (u.index + 4 >= u.doc.units.len() || self.dated_after(u)) {
            return Some((Role::Issuer, Some(Rule::ActorSignature)));
        }
        if lead.first == 0 && is_colon(after) {
            return Some((Role::Issuer, Some(Rule::ActorSpeaker)));
        }
        None
    }

    /// Whether one of the few units after `u` is a date line (the date under a signature:
    /// 县人民政府 ⏎ 2026年3月1日), so that `u` signs the document.
    fn dated_after(&self, u: UnitView) -> bool {
        let doc = u.doc;
        (u.index + 1..doc.units.len().min(u.index + 1 + SIGNATURE_LINES)).any(|k| {
            let v = doc.view(k);
            !v.is_empty()
                && (0..v.len()).all(|i| v.token(i).pos == Pos::Symbol || is_date_word(v.word(i)))
        })
    }

    /// The role of a group that is the subject of its clause: what it does decides.
    fn subject_role(
        &self,
        u: UnitView,
        tail: &Candidate,
        clause: Clause,
        facts: &UnitFacts,
    ) -> (Role, Option<Rule>) {
        let k = facts.next_predicate[tail.end.min(u.len())];
        if k < clause.end && self.tables.role_verbs.get(u.word(k)) == Some(&Role::Issuer) {
            return (Role::Issuer, Some(Rule::ActorIssuerVerb));
        }
        if self.tables.role_verbs.get(u.word_or_empty(tail.end)) == Some(&Role::Other) {
            return (Role::Other, Some(Rule::ActorAttendee));
        }
        if facts.directive {
            return (Role::Responsible, Some(Rule::ActorSubject));
        }
        (Role::Other, Some(Rule::ActorSubjectOfReport))
    }
}

/// Names listed after a titled name (省委常委李明、王强、赵华): each item of two or three
/// characters after 、, whatever segmentation made of it.
fn listed_names(u: UnitView, mut i: usize, level: Level) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = u.len();
    while i < n && is_enumeration_comma(u.word(i)) {
        let first = i + 1;
        let mut j = first;
        let mut chars = 0;
        while j < n {
            let t = u.token(j);
            let c = t.span.len_chars(u.doc.text);
            if t.pos == Pos::Symbol || chars + c > 3 || !u.word(j).chars().all(is_han) {
                break;
            }
            chars += c;
            j += 1;
        }
        if !(2..=3).contains(&chars) || j == first {
            break;
        }
        out.push(Candidate {
            span: u.span_of(first, j - 1),
            first,
            end: j,
            kind: ActorKind::Person,
            doer_only: false,
            level,
            named: true,
            bears: false,
            region: false,
        });
        i = j;
    }
    out
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
