//! Actors (ANNOTATION.md §2): who can bear responsibility, with role and level.

use rustc_hash::FxHashMap as HashMap;

use crate::document::{Document, UnitView};
use crate::grammar::{is_enumeration_comma, next_where, Grammar};
use crate::model::{ActorKind, Level, Role};
use crate::phrase::{Phrase, Phrases};
use crate::rule::Rule;
use crate::segment::Pos;
use crate::tagged::{Actor, Directive};
use crate::text::{is_han, Span};

mod candidate;
mod role;
mod tables;

pub use tables::ActorTables;

/// Longest ending of a word tested against what a body owns, in characters.
const MAX_OWNED_CHARS: usize = 4;

/// The lines at the head of a document that may name its issuer (title, number, date).
const TITLE_LINES: usize = 4;

/// Longest relative clause before 的 taken into the actor after it, in characters.
const MAX_RELATIVE_CHARS: usize = 16;

/// Most words between a body and the responsibility it bears (民政部门监管责任).
const MAX_BEARER_WORDS: usize = 3;

/// Most words of a coordinated group after its first member before its verb.
const MAX_GROUP_WORDS: usize = 8;

/// Most signature lines (one body each) between a signing body and the date under them.
const SIGNATURE_LINES: usize = 4;

/// Longest head-less item, in characters, that shares the head after it (农药、兽药生产企业).
const MAX_SHARING_CHARS: usize = 8;

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
