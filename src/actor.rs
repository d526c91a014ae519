//! Actors (ANNOTATION.md §2): who can bear responsibility, with role and level.

use rustc_hash::FxHashMap as HashMap;

use crate::directive::{clause_head, is_responsibility_note, names_responsibility, Directive};
use crate::document::{Clause, Document, Unit};
use crate::lexicon::Lexicons;
use crate::model::{ActorKind, Level, Role};
use crate::phrase::{de_modifier, Phrase};
use crate::segment::Pos;
use crate::text::Span;

/// An actor mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Index of its unit.
    pub unit: usize,
    /// Where it stands in the text.
    pub span: Span,
    /// Index of its first word in the unit.
    pub first: usize,
    /// One past the index of its last word.
    pub end: usize,
    /// What kind of body it names.
    pub kind: ActorKind,
    /// Its part in the text.
    pub role: Role,
    /// Its administrative level.
    pub level: Level,
    /// The rule that gave its role.
    pub rule: &'static str,
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

/// Finds every actor of a document; `phrases` holds the noun phrases of each unit.
pub fn actors(
    doc: &Document,
    lex: &Lexicons,
    directives: &[Directive],
    phrases: &[Vec<Phrase>],
) -> Vec<Actor> {
    let names = titled_names(doc, lex, phrases);
    let is_directive: Vec<bool> = {
        let mut v = vec![false; doc.units.len()];
        for d in directives {
            v[d.unit] = true;
        }
        v
    };
    let addressee_unit = addressee_unit(doc, lex);
    let mut out = Vec::new();
    for (ui, unit) in doc.units.iter().enumerate() {
        let cands = candidates(doc, unit, &phrases[ui], lex, &names);
        let facts = UnitFacts {
            directive: is_directive[ui],
            addressee: addressee_unit == Some(ui),
            note: is_responsibility_note(doc, unit),
        };
        let groups = coordinated_groups(doc, unit, &cands, lex);
        for group in groups {
            let lead = &cands[group[0]];
            let tail = &cands[*group.last().unwrap_or(&group[0])];
            let (role, rule) = role_of(doc, ui, unit, lead, tail, lex, &facts);
            for &k in &group {
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
                    unit: ui,
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
    }
    out
}

/// The role of one member of a group that got `role` by `rule`. Organisations and places
/// are actors only as doers; an organisation as subject is addressed, not responsible.
fn member_role(kind: ActorKind, role: Role, rule: &'static str) -> Option<(Role, &'static str)> {
    let doer_only = matches!(kind, ActorKind::Organisation | ActorKind::Place);
    match rule {
        "none" if doer_only => None,
        "none" => Some((Role::Other, "actor-mention")),
        "actor-subject" if kind == ActorKind::Organisation => Some((Role::Other, rule)),
        _ => Some((role, rule)),
    }
}

/// Names that stand after or before a title somewhere in the text (省委书记王国生,
/// 汪洋副总理), with the level of that title.
fn titled_names<'t>(
    doc: &Document<'t>,
    lex: &Lexicons,
    phrases: &[Vec<Phrase>],
) -> HashMap<&'t str, Level> {
    let mut names = HashMap::default();
    for (unit, unit_phrases) in doc.units.iter().zip(phrases) {
        for p in unit_phrases {
            if let Some((name, true)) = person_name(doc, unit, p, lex) {
                let level = level_of(phrase_core(doc, unit, p), lex);
                names.entry(name.of(doc.text)).or_insert(level);
            }
        }
    }
    names
}

/// The personal name in a phrase, if it has one: after a title (省委书记王国生), before one
/// (汪洋副总理), or alone (王国生); with whether a title goes with it. A name is two to four
/// characters and starts with a word segmentation tags as a name.
fn person_name(doc: &Document, unit: &Unit, p: &Phrase, lex: &Lexicons) -> Option<(Span, bool)> {
    let toks = &unit.tokens[p.first..=p.last];
    let is_name = |span: Span, first: usize| {
        unit.tokens[first].pos == Pos::Name && (2..=4).contains(&span.len_chars(doc.text))
    };
    let title_end = (p.first..p.last).rev().find(|&j| {
        let text = Span::new(toks[0].span.start, unit.tokens[j].span.end).of(doc.text);
        head_kind(text, lex) == Some(ActorKind::Person)
    });
    if let Some(j) = title_end {
        let name = Span::new(unit.tokens[j + 1].span.start, toks[toks.len() - 1].span.end);
        return is_name(name, j + 1).then_some((name, true));
    }
    let first = toks[0].span;
    let core = phrase_core(doc, unit, p);
    if toks.len() > 1 && is_name(first, p.first) && head_kind(core, lex) == Some(ActorKind::Person)
    {
        return Some((first, true));
    }
    let whole = Span::new(first.start, toks[toks.len() - 1].span.end);
    is_name(whole, p.first).then_some((whole, false))
}

/// The unit that lists a document's addressees (`各省、自治区、直辖市人民政府，…：`).
fn addressee_unit(doc: &Document, lex: &Lexicons) -> Option<usize> {
    doc.units.iter().take(8).position(|u| {
        let text = doc.unit_text(u);
        text.ends_with(['：', ':'])
            && !u
                .tokens
                .iter()
                .any(|t| t.pos == Pos::Verb || lex.measure_verbs.contains(doc.word(t)))
            && u.tokens
                .iter()
                .any(|t| lex.actor_heads.keys().any(|h| doc.word(t).ends_with(h)))
    })
}

/// The actor head a phrase ends with, if any, longest first.
fn head_kind(text: &str, lex: &Lexicons) -> Option<ActorKind> {
    if lex.actor_non_heads.suffix_of(text).is_some() {
        return None;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let max = lex.actor_head_max_chars.min(chars.len());
    (1..=max).rev().find_map(|n| {
        let suffix = &text[chars[chars.len() - n].0..];
        lex.actor_heads.get(suffix).copied()
    })
}

/// The administrative level of an actor's text: the first level cue after its last 的
/// (有深度贫困乡镇的各县 is a county), else the first cue of all; 各级 means all levels.
pub fn level_of(text: &str, lex: &Lexicons) -> Level {
    if text.contains("各级") || text.contains("五级") {
        return Level::All;
    }
    let first_cue = |s: &str| -> Option<Level> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let longest = (1..=lex.level_cue_max_chars.min(chars.len() - i))
                .rev()
                .find_map(|n| {
                    let end = chars.get(i + n).map_or(s.len(), |c| c.0);
                    lex.level_cues.get(&s[chars[i].0..end]).map(|l| (n, *l))
                });
            match longest {
                Some((_, Some(level))) => return Some(level),
                Some((n, None)) => i += n,
                None => i += 1,
            }
        }
        None
    };
    let after_de = text.rfind('的').map(|k| &text[k + '的'.len_utf8()..]);
    after_de
        .and_then(first_cue)
        .or_else(|| first_cue(text))
        .unwrap_or(Level::Unspecified)
}

/// The text of a phrase without its bracketed note.
fn phrase_core<'t>(doc: &Document<'t>, unit: &Unit, p: &Phrase) -> &'t str {
    Span::new(
        unit.tokens[p.first].span.start,
        unit.tokens[p.last].span.end,
    )
    .of(doc.text)
}

/// Actor candidates of one unit, with coordinated titles and enumerated places merged.
fn candidates(
    doc: &Document,
    unit: &Unit,
    phrases: &[Phrase],
    lex: &Lexicons,
    names: &HashMap<&str, Level>,
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let word = |i: usize| unit.tokens.get(i).map_or("", |t| doc.word(t));
    for (pi, p) in phrases.iter().enumerate() {
        // A name already taken from a list after a titled name (…、张敬平参加).
        if out.last().is_some_and(|c| c.end > p.first) {
            continue;
        }
        let core = phrase_core(doc, unit, p);
        let last = &unit.tokens[p.last];
        let mut kind = head_kind(core, lex);
        let name = person_name(doc, unit, p, lex);
        if let (None, Some((name, titled))) = (kind, name) {
            let known = names.contains_key(name.of(doc.text));
            let speaks = lex.role_verbs.contains_key(word(p.end))
                || matches!(word(p.end), ":" | "：" | "在" | "从");
            if titled || known || speaks {
                kind = Some(ActorKind::Person);
            }
        }
        let Some(kind) = kind else { continue };
        let mut level = level_of(core, lex);
        if kind == ActorKind::Person && level == Level::Unspecified {
            if let Some(l) = name.and_then(|(n, _)| names.get(n.of(doc.text))) {
                level = *l;
            }
        }
        // 等单位 after a list names no one of its own.
        if p.first == p.last
            && word(p.first.wrapping_sub(1)) == "等"
            && lex.classes.generic_heads.contains(&core)
        {
            continue;
        }
        let mut cand = Candidate {
            span: p.span,
            first: p.first,
            end: p.end,
            kind,
            level,
            named: kind == ActorKind::Person && name.is_some(),
        };
        // 有深度贫困乡镇的各县, 符合条件的企业: a restriction before 的 belongs to the actor.
        if let Some((i, _)) = de_modifier(doc, unit, p.first, |w| lex.classes.joiners.contains(&w))
        {
            let w = word(i);
            if w.starts_with('有') || w.starts_with("符合") {
                cand.first = i;
                cand.span.start = unit.tokens[i].span.start;
            }
        }
        // 各省、自治区、直辖市人民政府: head-less places before the head share it.
        if kind == ActorKind::Government {
            let mut k = pi;
            while k > 0
                && word(phrases[k].first.wrapping_sub(1)) == "、"
                && phrases[k - 1].end + 1 == phrases[k].first
            {
                let prev = &phrases[k - 1];
                let prev_core = phrase_core(doc, unit, prev);
                let placeish = (2..=4).contains(&prev_core.chars().count())
                    && head_kind(prev_core, lex).is_none_or(|h| h == ActorKind::Place)
                    && level_of(prev_core, lex) != Level::Unspecified;
                if !placeish {
                    break;
                }
                k -= 1;
            }
            if k < pi {
                cand.first = phrases[k].first;
                cand.span.start = phrases[k].span.start;
                let absorbed = cand.span.start;
                out.retain(|c| c.span.start < absorbed);
                cand.level = level_of(cand.span.of(doc.text), lex);
            }
        }
        if let Some(prev) = out.last_mut() {
            let between = (prev.end..cand.first).map(word).collect::<Vec<_>>();
            // 省委副书记、省长王建军: titles of one person.
            let titles = prev.kind == ActorKind::Person
                && kind == ActorKind::Person
                && between == ["、"]
                && !prev.named
                && cand.named;
            // 有关部门和单位: a bare generic head shares the modifiers before it.
            let generic = matches!(between.as_slice(), ["和"] | ["及"] | ["与"])
                && p.first == p.last
                && lex.classes.generic_heads.contains(&doc.word(last));
            if titles || generic {
                prev.span.end = cand.span.end;
                prev.end = cand.end;
                continue;
            }
        }
        let after = cand.end;
        let named = cand.named;
        let level = cand.level;
        out.push(cand);
        if named {
            out.extend(listed_names(doc, unit, after, level));
        }
    }
    out
}

/// Names listed after a titled name (省委常委滕佳材、严金海、王宇燕): each item of two or
/// three characters after 、, whatever segmentation made of it.
fn listed_names(doc: &Document, unit: &Unit, mut i: usize, level: Level) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = unit.tokens.len();
    while i < n && doc.word(&unit.tokens[i]) == "、" {
        let first = i + 1;
        let mut j = first;
        let mut chars = 0;
        while j < n {
            let t = &unit.tokens[j];
            let c = t.span.len_chars(doc.text);
            if t.pos == Pos::Symbol || chars + c > 3 || !doc.word(t).chars().all(is_han) {
                break;
            }
            chars += c;
            j += 1;
        }
        if !(2..=3).contains(&chars) || j == first {
            break;
        }
        let span = Span::new(unit.tokens[first].span.start, unit.tokens[j - 1].span.end);
        out.push(Candidate {
            span,
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

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Candidates joined by 、/和/及, as groups of indices.
fn coordinated_groups(
    doc: &Document,
    unit: &Unit,
    cands: &[Candidate],
    lex: &Lexicons,
) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        let joined = k > 0 && {
            let prev = &cands[k - 1];
            let between: Vec<&str> = (prev.end..c.first)
                .map(|i| doc.word(&unit.tokens[i]))
                .collect();
            !between.is_empty()
                && between.len() <= 2
                && between
                    .iter()
                    .all(|w| lex.classes.joiners.contains(w) || *w == "等")
                && !between.contains(&"，")
                && !between.contains(&",")
        };
        match groups.last_mut() {
            Some(g) if joined => g.push(k),
            _ => groups.push(vec![k]),
        }
    }
    groups
}

/// The clause holding word `i` of a unit.
fn clause_at(unit: &Unit, i: usize) -> Option<Clause> {
    unit.clauses
        .iter()
        .copied()
        .find(|c| c.first <= i && i < c.end)
}

/// What decides roles that is true of a whole unit.
struct UnitFacts {
    /// The unit is a directive.
    directive: bool,
    /// The unit lists the document's addressees.
    addressee: bool,
    /// The unit is a responsibility note (（…负责）).
    note: bool,
}

/// The role of a coordinated group, from its first member `lead` and last member `tail`,
/// and the rule that gave it; rule `"none"` when nothing marks the group as a doer.
fn role_of(
    doc: &Document,
    ui: usize,
    unit: &Unit,
    lead: &Candidate,
    tail: &Candidate,
    lex: &Lexicons,
    facts: &UnitFacts,
) -> (Role, &'static str) {
    let word = |i: usize| unit.tokens.get(i).map_or("", |t| doc.word(t));
    let Some(clause) = clause_at(unit, lead.first) else {
        return (Role::Other, "none");
    };
    if facts.addressee {
        return (Role::Responsible, "actor-addressee");
    }
    let rest = tail.end..clause.end;
    if facts.note || rest.clone().any(|i| names_responsibility(word(i))) {
        return (Role::Responsible, "actor-responsibility-note");
    }
    // The issuer of a document names it in its title line (国务院关于…的意见).
    let title_line = unit.ends_line && !doc.unit_text(unit).ends_with(['。', '；', ';', '！', '!']);
    if word(tail.end) == "关于" && ui < 3 && title_line {
        return (Role::Issuer, "actor-document-issuer");
    }
    let unit_text = doc.unit_text(unit);
    if unit_text == lead.span.of(doc.text) && ui + 4 >= doc.units.len() && ui > 0 {
        return (Role::Issuer, "actor-signature");
    }
    if lead.first == 0 && matches!(word(tail.end), ":" | "：") {
        return (Role::Issuer, "actor-speaker");
    }
    let head = clause_head(doc, unit, clause.first, clause.end, lex);
    if lead.first == head {
        // What the subject does decides its role.
        for i in rest {
            let w = word(i);
            if lex.role_verbs.get(w) == Some(&Role::Issuer) {
                return (Role::Issuer, "actor-issuer-verb");
            }
            if lex.markers.contains_key(w) || lex.measure_verbs.contains(w) {
                break;
            }
        }
        if lex.role_verbs.get(word(tail.end)) == Some(&Role::Other) {
            return (Role::Other, "actor-attendee");
        }
        if facts.directive {
            return (Role::Responsible, "actor-subject");
        }
        return (Role::Other, "actor-subject-of-report");
    }
    if lead.first > 0 && lex.classes.pivot_verbs.contains(&word(lead.first - 1)) {
        return if facts.directive && matches!(lead.kind, ActorKind::Government | ActorKind::Place) {
            (Role::Responsible, "actor-pivot")
        } else {
            (Role::Other, "actor-pivot")
        };
    }
    (Role::Other, "none")
}
