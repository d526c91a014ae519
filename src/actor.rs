//! Actors (ANNOTATION.md §2): who can bear responsibility, with role and level.

use rustc_hash::FxHashMap as HashMap;

use crate::document::{Clause, Document, UnitView};
use crate::grammar::{
    clause_at, is_colon, is_comma, is_enumeration_comma, is_line_without_stop, next_where, Grammar,
};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{longest_key, word_set, WordList, WordMap, WordSet};
use crate::model::{ActorKind, Level, Role};
use crate::phrase::{de_modifier, Phrase, Phrases};
use crate::rule::Rule;
use crate::segment::Pos;
use crate::tagged::{Actor, Directive};
use crate::text::{is_han, Span};

/// The tables the actor tagger reads: `data/actor_heads.tsv`, `actor_non_heads.tsv`,
/// `actor_levels.tsv`, `role_verbs.tsv` and `data/classes/actor.tsv` (besides the
/// grammar's markers and verbs).
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
}

impl ActorTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        let heads = tables::ACTOR_HEADS
            .iter()
            .map(|h| (h.head, h.kind))
            .collect();
        let level_cues = tables::LEVEL_CUES
            .iter()
            .map(|c| (c.cue, c.level))
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
        }
    }

    /// The actor head a phrase's text ends with, if any, longest first.
    fn head_kind(&self, text: &str) -> Option<ActorKind> {
        if self.non_heads.suffix_of(text).is_some() {
            return None;
        }
        let starts: Vec<usize> = text
            .char_indices()
            .rev()
            .take(self.head_max_chars)
            .map(|(i, _)| i)
            .collect();
        starts
            .iter()
            .rev()
            .find_map(|&i| self.heads.get(&text[i..]).copied())
    }

    /// The administrative level of an actor's text: the first level cue after its last 的
    /// (有深度贫困乡镇的各县 is a county), else the first cue of all; 各级 means all levels.
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
            .and_then(|s| self.first_level_cue(s))
            .or_else(|| self.first_level_cue(text))
            .unwrap_or(Level::Unspecified)
    }

    /// The level of the first cue in `s` that names one, the longest cue at each place.
    fn first_level_cue(&self, s: &str) -> Option<Level> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let longest = (1..=self.level_cue_max_chars.min(chars.len() - i))
                .rev()
                .find_map(|n| {
                    let end = chars.get(i + n).map_or(s.len(), |c| c.0);
                    self.level_cues.get(&s[chars[i].0..end]).map(|l| (n, *l))
                });
            match longest {
                Some((_, Some(level))) => return Some(level),
                Some((n, None)) => i += n,
                None => i += 1,
            }
        }
        None
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
    level: Level,
    /// Whether it names a person by name.
    named: bool,
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
    /// For each word, the next issuer verb, marker or measure verb: where a subject's
    /// predicate shows its role.
    next_predicate: Vec<usize>,
}

/// Names that stand after or before a title somewhere in the text (省委书记李明, 李明副省长),
/// with the level of that title.
type TitledNames<'t> = HashMap<&'t str, Level>;

/// The role of one member of a group that got `role` by `rule` (`None` when nothing marks
/// the group as a doer). Organisations and places are actors only as doers; an
/// organisation as subject is addressed, not responsible.
fn member_role(kind: ActorKind, role: Role, rule: Option<Rule>) -> Option<(Role, Rule)> {
    let doer_only = matches!(kind, ActorKind::Organisation | ActorKind::Place);
    match rule {
        None if doer_only => None,
        None => Some((Role::Other, Rule::ActorMention)),
        Some(Rule::ActorSubject) if kind == ActorKind::Organisation => {
            Some((Role::Other, Rule::ActorSubject))
        }
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
        let mut out = Vec::new();
        for u in doc.views() {
            let cands = self.candidates(u, phrases.of(u.index), &names);
            let facts = UnitFacts {
                directive: is_directive[u.index],
                addressee: addressee_unit == Some(u.index),
                note: self.grammar.is_responsibility_note(u),
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
        for &k in group {
            let c = &cands[k];
            let Some((role, rule)) = member_role(c.kind, role, rule) else {
                continue;
            };
            // 各级党委和政府: the level of the first member is shared by the rest.
            let level = match lead.level {
                Level::All if c.level == Level::Unspecified => Level::All,
                _ => c.level,
            };
            out.push(Actor {
                unit: u.index,
                span: c.span,
                first: c.first,
                end: c.end,
                kind: c.kind,
                role,
                level,
                rule,
            });
        }
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

    /// The candidate a phrase names, if any, before modifiers and lists are joined to it.
    fn candidate(&self, u: UnitView, p: &Phrase, names: &TitledNames) -> Option<Candidate> {
        let core = phrase_core(u, p);
        let mut kind = self.tables.head_kind(core);
        let name = self.person_name(u, p);
        if let (None, Some((name, titled))) = (kind, name) {
            let known = names.contains_key(name.of(u.doc.text));
            let after = u.word_or_empty(p.end);
            let speaks = self.tables.role_verbs.contains_key(after)
                || is_colon(after)
                || self.tables.name_followers.contains(after);
            if titled || known || speaks {
                kind = Some(ActorKind::Person);
            }
        }
        let kind = kind?;
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
            level,
            named: kind == ActorKind::Person && name.is_some(),
        })
    }

    /// Takes a restriction before 的 into the candidate (有贫困村的各乡镇, 符合条件的企业).
    fn take_restriction(&self, u: UnitView, cand: &mut Candidate) {
        let joiners = &self.tables.joiners;
        if let Some((i, _)) = de_modifier(self.grammar, u, cand.first, |w| joiners.contains(w)) {
            let w = u.word(i);
            if self
                .tables
                .restriction_starts
                .iter()
                .any(|s| w.starts_with(s))
            {
                cand.first = i;
                cand.span.start = u.token(i).span.start;
            }
        }
    }

    /// 各省、自治区、直辖市人民政府: head-less places listed before a government head share
    /// it. Widens `cand` over them and drops the candidates it absorbs from `out`.
    fn take_listed_places(
        &self,
        u: UnitView,
        phrases: &[Phrase],
        pi: usize,
        cand: &mut Candidate,
        out: &mut Vec<Candidate>,
    ) {
        let mut k = pi;
        while k > 0
            && is_enumeration_comma(u.word_or_empty(phrases[k].first.wrapping_sub(1)))
            && phrases[k - 1].end + 1 == phrases[k].first
        {
            let prev_core = phrase_core(u, &phrases[k - 1]);
            let placeish = (2..=4).contains(&prev_core.chars().count())
                && self
                    .tables
                    .head_kind(prev_core)
                    .is_none_or(|h| h == ActorKind::Place)
                && self.tables.level_of(prev_core) != Level::Unspecified;
            if !placeish {
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
            && self.tables.generic_heads.contains(u.word(p.last));
        titles || generic
    }

    /// Actor candidates of one unit, with coordinated titles and enumerated places merged.
    fn candidates(&self, u: UnitView, phrases: &[Phrase], names: &TitledNames) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        for (pi, p) in phrases.iter().enumerate() {
            // A name already taken from a list after a titled name (…、李强参加).
            if out.last().is_some_and(|c| c.end > p.first) {
                continue;
            }
            let Some(mut cand) = self.candidate(u, p, names) else {
                continue;
            };
            self.take_restriction(u, &mut cand);
            if cand.kind == ActorKind::Government {
                self.take_listed_places(u, phrases, pi, &mut cand, &mut out);
            }
            if let Some(prev) = out.last_mut() {
                if self.continues(u, prev, &cand, p) {
                    prev.span.end = cand.span.end;
                    prev.end = cand.end;
                    continue;
                }
            }
            let (after, named, level) = (cand.end, cand.named, cand.level);
            out.push(cand);
            if named {
                out.extend(listed_names(u, after, level));
            }
        }
        out
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
        let k = u.clauses().partition_point(|c| c.end <= lead.first);
        if lead.first == facts.heads[k] {
            return self.subject_role(u, tail, clause, facts);
        }
        if lead.first > 0 && self.tables.pivot_verbs.contains(u.word(lead.first - 1)) {
            let doer = matches!(lead.kind, ActorKind::Government | ActorKind::Place);
            let role = if facts.directive && doer {
                Role::Responsible
            } else {
                Role::Other
            };
            return (role, Some(Rule::ActorPivot));
        }
        (Role::Other, None)
    }

    /// A role given by where the group stands in the document: the issuer in a title line
    /// (县政府关于…) or a signature, a speaker before a colon.
    fn placed_role(
        &self,
        u: UnitView,
        lead: &Candidate,
        tail: &Candidate,
    ) -> Option<(Role, Option<Rule>)> {
        let after = u.word_or_empty(tail.end);
        if self.tables.document_topics.contains(after) && u.index < 3 && is_line_without_stop(u) {
            return Some((Role::Issuer, Some(Rule::ActorDocumentIssuer)));
        }
        if u.text() == lead.span.of(u.doc.text) && u.index + 4 >= u.doc.units.len() && u.index > 0 {
            return Some((Role::Issuer, Some(Rule::ActorSignature)));
        }
        if lead.first == 0 && is_colon(after) {
            return Some((Role::Issuer, Some(Rule::ActorSpeaker)));
        }
        None
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
            level,
            named: true,
        });
        i = j;
    }
    out
}
