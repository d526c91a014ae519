//! Actor candidates: the phrase cut at its head, relatives, sessions, shared heads and
//! coordinated titles, before roles are given.

use super::tables::{Head, TITLE};
use super::{
    listed_names, phrase_core, ActorTagger, Candidate, TitledNames, MAX_BEARER_WORDS,
    MAX_GROUP_WORDS, MAX_OWNED_CHARS, MAX_RELATIVE_CHARS, MAX_SHARING_CHARS,
};
use crate::document::UnitView;
use crate::grammar::{clause_at, is_colon, is_comma, is_enumeration_comma};
use crate::model::{ActorKind, Level};
use crate::phrase::{de_modifier, Phrase};
use crate::segment::Pos;

impl ActorTagger<'_> {
    /// The head of the phrase made of words `first..=last`, if it ends with one. A head that
    /// is also a common noun or verb (领导 "leadership", 组织 "organise") needs a modifier
    /// before it in the phrase that is no manner word (省级领导, 社会组织; not 组织领导), and
    /// some (组织) are a verb between a body and another verb (乡政府组织实施).
    pub(super) fn head_at(&self, u: UnitView, first: usize, last: usize) -> Option<Head> {
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
                && !self.tables.verb_modifiers.contains(m)
                && !self.grammar.passes_adverb(m, true)
                // 党的领导 is the party's leadership, not its leaders.
                && !self.tables.attributive_particles.iter().any(|p| m.ends_with(p))
                && !tagged
        });
        (qualified && !(last > first && self.acts_after_body(u, last))).then_some(head)
    }

    /// Whether word `k` is a verb head between a body and a verb (镇政府组织实施): what the
    /// body does, not a body.
    fn acts_after_body(&self, u: UnitView, k: usize) -> bool {
        self.tables.verb_heads.contains(u.word(k))
            && k > 0
            && self.tables.head_of(u.word(k - 1)).is_some()
            && k + 1 < u.len()
            && u.token(k + 1).pos == Pos::Verb
            && !self.grammar.is_marker(u.word(k + 1))
    }

    /// The phrase cut after the head inside it (ERRORS ACT-4), when the words after the head
    /// begin or end with what the body decides or owns (省委决策部署 → 省委, 乡镇政府属地管理
    /// 责任 → 乡镇政府), are one or two verbal nouns (党中央统一…), a predicate segmentation
    /// tagged as a noun (党中央高度重视, …负责同志通报了, 向县应急管理局报告。), or when a
    /// titled name owns them (李明重要讲话精神); with the words after a predicate, which may
    /// name another actor (…紧紧围绕中央 → 中央).
    pub(super) fn cut_at_head(
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
        // The verbal nouns after a body are what it does only when a verb goes on (政府投资
        // 兴建…, not 政府工作和…).
        let verb_after = p.end < u.len()
            && (u.token(p.end).pos == Pos::Verb || self.grammar.is_measure_verb(after));
        let cut = (p.first..p.last).rev().find(|&j| {
            let strong = self.head_at(u, p.first, j).is_some_and(|h| !h.doer_only)
                || (j == p.first && u.token(j).pos == Pos::Name && names.contains_key(u.word(j)));
            // 党中央统一, 政府投资: verbal nouns after a body are what it does.
            let acts = verb_after
                && p.last - j <= 2
                && (j + 1..=p.last).all(|k| u.token(k).pos == Pos::VerbalNoun);
            // 乡政府组织实施: a verb head between the body and a verb is what it does.
            let verb_head = j + 1 == p.last && self.acts_after_body(u, p.last);
            strong
                && (owned
                    || acts
                    || verb_head
                    || t.possessed.contains(u.word(j + 1))
                    || (verb_last && j + 1 == p.last))
        });
        let Some(mut j) = cut else {
            return (*p, None);
        };
        // 县应急管理局局长李明通报了…: a name after the title goes with it.
        if j + 1 < p.last && u.token(j + 1).pos == Pos::Name {
            j += 1;
        }
        let rest =
            (j + 2 <= p.last && t.predicates.contains(u.word(j + 1))).then(|| piece(j + 2, p.last));
        (piece(p.first, j), rest)
    }

    /// Whether a word ends with what a body decides or owns (重要指示精神, 决策部署).
    pub(super) fn owned(&self, w: &str) -> bool {
        let mut starts = w.char_indices().map(|(k, _)| k).rev().take(MAX_OWNED_CHARS);
        starts.any(|k| self.tables.possessed.contains(&w[k..]))
    }

    /// The candidate a phrase names, if any, before modifiers and lists are joined to it.
    pub(super) fn candidate(
        &self,
        u: UnitView,
        p: &Phrase,
        names: &TitledNames,
    ) -> Option<Candidate> {
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
    pub(super) fn take_restriction(&self, u: UnitView, cand: &mut Candidate) {
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
    pub(super) fn relative_start(&self, u: UnitView, first: usize, end: usize) -> Option<usize> {
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
        // At the head of a clause, the body must be a subject: a marker follows, or the
        // group it opens goes on with its verb (…的国有企业和学校结合…, not 吸引…的企业、
        // 金融机构等社会资本).
        let clause = clause_at(u, i)?;
        let after = u.word_or_empty(end);
        let subject = i == g.clause_head(u, clause.first, clause.end)
            && (g.is_marker(after) || (t.joiners.contains(after) && self.group_acts(u, end)));
        let opened = i > 0 && opens(u.word(i - 1));
        (((predicate && subject) || opened) && i < first - 1).then_some(i)
    }

    /// Whether the coordinated group that goes on at word `end` (a joiner) is followed by its
    /// verb or a marker within a few words: the group is a subject.
    pub(super) fn group_acts(&self, u: UnitView, end: usize) -> bool {
        let limit = u.len().min(end + MAX_GROUP_WORDS);
        let mut k = end;
        while k < limit && (self.tables.joiners.contains(u.word(k)) || u.token(k).pos.is_nominal())
        {
            k += 1;
        }
        k < limit && (u.token(k).pos == Pos::Verb || self.grammar.is_marker(u.word(k)))
    }

    /// Whether the words after a body, up to three, name a responsibility it bears
    /// (民政部门监管责任, 乡镇政府的属地管理责任).
    pub(super) fn bears_responsibility(&self, u: UnitView, end: usize) -> bool {
        (end..u.len().min(end + MAX_BEARER_WORDS))
            .take_while(|&k| u.token(k).pos != Pos::Symbol)
            .any(|k| self.tables.responsibilities.contains(u.word(k)))
    }

    /// A body named with its term and session (省第七届人大常委会第五次会议):
    /// takes the place or body before the term (第七届) and the session after the body
    /// (第五次会议) into `cand`, dropping the candidate it absorbs from `out`.
    pub(super) fn take_session(&self, u: UnitView, cand: &mut Candidate, out: &mut Vec<Candidate>) {
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
    pub(super) fn take_listed_items(
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
    pub(super) fn continues(
        &self,
        u: UnitView,
        prev: &Candidate,
        cand: &Candidate,
        p: &Phrase,
    ) -> bool {
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
    pub(super) fn candidates(
        &self,
        u: UnitView,
        phrases: &[Phrase],
        names: &TitledNames,
    ) -> Vec<Candidate> {
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
    pub(super) fn add_candidate(
        &self,
        u: UnitView,
        phrases: &[Phrase],
        pi: usize,
        p: &Phrase,
        names: &TitledNames,
        out: &mut Vec<Candidate>,
    ) {
        let Some(mut cand) = self.candidate(u, p, names) else {
            return;
        };
        self.take_restriction(u, &mut cand);
        if p.first == phrases[pi].first {
            self.take_listed_items(u, phrases, pi, &mut cand, out);
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

    /// 中共中央总书记、国家主席李明: titles listed before the titled name that
    /// closes the list are that person's too; joins them into the last candidate of `out`.
    pub(super) fn join_titles(&self, u: UnitView, out: &mut Vec<Candidate>) {
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
    pub(super) fn coordinated_groups(&self, u: UnitView, cands: &[Candidate]) -> Vec<Vec<usize>> {
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
}
