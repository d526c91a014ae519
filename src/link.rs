//! Links: each directive to the responsible actors the text names for it.

use crate::document::{sorted_range, Document};
use crate::model::Role;
use crate::numbering::NumberStyle;
use crate::outline::OutlineItem;
use crate::rule::Rule;
use crate::tagged::{Actor, Directive};

/// Who a directive is addressed to: a list of its own, or the list of another directive
/// (a carried-over subject, the responsibility note that closes its point, the addressees),
/// shared instead of copied so that a long list and many directives never multiply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// Indices of actors, the first time this list is named.
    Own(Vec<usize>),
    /// The same actors as the directive of this index, whose link is `Own`.
    SameAs(usize),
}

/// For each directive, its responsible actors, found in this order: the unit's own
/// responsible actors; the subject of the previous directive of the same paragraph
/// (各地要…。要着力…); a responsibility note of the same numbered point (（…负责）); the
/// document's addressees.
pub fn responsible_actors(
    doc: &Document,
    directives: &[Directive],
    actors: &[Actor],
    outline: &[OutlineItem],
) -> Vec<Link> {
    let own = |unit: usize| -> Vec<usize> {
        sorted_range(actors, |a| a.unit, unit)
            .filter(|&i| {
                actors[i].role == Role::Responsible && actors[i].rule != Rule::ActorAddressee
            })
            .collect()
    };
    let addressees: Vec<usize> = (0..actors.len())
        .filter(|&i| actors[i].rule == Rule::ActorAddressee)
        .collect();
    let mut links: Vec<Link> = directives.iter().map(|d| Link::Own(own(d.unit))).collect();
    // A note names who is responsible for the whole point it closes: (unit, directive).
    let notes: Vec<(usize, usize)> = directives
        .iter()
        .enumerate()
        .filter(|(di, d)| {
            d.rule == Rule::DirectiveResponsibilityNote && links[*di] != Link::Own(Vec::new())
        })
        .map(|(di, d)| (d.unit, di))
        .collect();
    // Units that open a part or section, in order.
    let headings: Vec<usize> = outline
        .iter()
        .filter(|o| {
            matches!(
                o.style,
                NumberStyle::Chapter | NumberStyle::Part | NumberStyle::Section
            )
        })
        .map(|o| o.unit)
        .collect();
    // The first directive that the addressees were given to.
    let mut addressed: Option<usize> = None;
    for di in 0..directives.len() {
        if links[di] != Link::Own(Vec::new()) {
            continue;
        }
        let points = Points {
            notes: &notes,
            headings: &headings,
        };
        links[di] = match points.shared_list(doc, directives, &links, di) {
            Some(k) => Link::SameAs(k),
            None => match addressed {
                Some(k) => Link::SameAs(k),
                None if addressees.is_empty() => continue,
                None => {
                    addressed = Some(di);
                    Link::Own(addressees.clone())
                }
            },
        };
    }
    links
}

/// The responsibility notes and the part and section headings of a document.
struct Points<'a> {
    /// `(unit, directive)` of each note that names someone, in order.
    notes: &'a [(usize, usize)],
    /// Units that open a part or section, in order.
    headings: &'a [usize],
}

impl Points<'_> {
    /// The directive whose list directive `di` (with none of its own) shares: the previous
    /// directive of its paragraph when that has one, else the note that closes its point.
    fn shared_list(
        &self,
        doc: &Document,
        directives: &[Directive],
        links: &[Link],
        di: usize,
    ) -> Option<usize> {
        let unit = directives[di].unit;
        let same_line = di > 0 && doc.units[directives[di - 1].unit].line == doc.units[unit].line;
        if same_line {
            match &links[di - 1] {
                Link::Own(list) if !list.is_empty() => return Some(di - 1),
                Link::SameAs(k) => return Some(*k),
                Link::Own(_) => {}
            }
        }
        let point_end = self
            .headings
            .get(self.headings.partition_point(|&u| u <= unit))
            .copied()
            .unwrap_or(usize::MAX);
        let next_note = self.notes.partition_point(|(u, _)| *u < unit);
        self.notes
            .get(next_note)
            .filter(|(u, _)| *u < point_end)
            .map(|&(_, note)| note)
    }
}
