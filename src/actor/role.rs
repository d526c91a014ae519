//! Roles by position: addressees, responsibility notes, title lines and signatures,
//! subjects and what their predicate says, pivot doers, agents and partners.

use super::{ActorTagger, Candidate, UnitFacts, SIGNATURE_LINES, TITLE_LINES};
use crate::document::{Clause, UnitView};
use crate::grammar::{clause_at, is_colon, is_date_word, is_line_without_stop};
use crate::model::{ActorKind, Role};
use crate::rule::Rule;
use crate::segment::Pos;

impl ActorTagger<'_> {
    /// The role of a coordinated group, from its first member `lead` and last member
    /// `tail`, and the rule that gave it; no rule when nothing marks the group as a doer.
    pub(super) fn role_of(
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
        self.object_role(u.word_or_empty(lead.first.wrapping_sub(1)), lead, facts)
    }

    /// The role of a group by the word before it: the doer after a pivot verb (responsible
    /// in a directive when the verb asks it to act: 鼓励, 支持, 希望 …), the agent after 由,
    /// a partner after 与/向/经 … (a body, not a place: 经郑州至… is a route); no rule when
    /// the word marks none of these.
    pub(super) fn object_role(
        &self,
        before: &str,
        lead: &Candidate,
        facts: &UnitFacts,
    ) -> (Role, Option<Rule>) {
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
        if t.partner_prepositions.contains(before) && lead.kind != ActorKind::Place {
            return (Role::Other, Some(Rule::ActorPartner));
        }
        (Role::Other, None)
    }

    /// A role given by where the group stands in the document: the issuer in a title line
    /// (县政府关于…, …人大常委会第五次会议通过) or a signature, a speaker before a colon.
    pub(super) fn placed_role(
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
    pub(super) fn dated_after(&self, u: UnitView) -> bool {
        let doc = u.doc;
        (u.index + 1..doc.units.len().min(u.index + 1 + SIGNATURE_LINES)).any(|k| {
            let v = doc.view(k);
            !v.is_empty()
                && (0..v.len()).all(|i| v.token(i).pos == Pos::Symbol || is_date_word(v.word(i)))
        })
    }

    /// The role of a group that is the subject of its clause: what it does decides.
    pub(super) fn subject_role(
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
