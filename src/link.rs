//! Links: each directive to the responsible actors the text names for it.

use crate::document::{sorted_range, Document};
use crate::model::Role;
use crate::numbering::NumberStyle;
use crate::outline::OutlineItem;
use crate::rule::Rule;
use crate::tagged::{Actor, Directive};

/// For each directive, the indices of its responsible actors, found in this order:
/// the unit's own responsible actors; the subject of the previous directive of the same
/// paragraph (各地要…。要着力…); a responsibility note of the same numbered point
/// (（…负责）); the document's addressees.
pub fn responsible_actors(
    doc: &Document,
    directives: &[Directive],
    actors: &[Actor],
    outline: &[OutlineItem],
) -> Vec<Vec<usize>> {
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
    let mut links: Vec<Vec<usize>> = directives.iter().map(|d| own(d.unit)).collect();
    // A note names who is responsible for the whole point it closes; notes are in unit order.
    let notes: Vec<(usize, Vec<usize>)> = directives
        .iter()
        .filter(|d| d.rule == Rule::DirectiveResponsibilityNote)
        .map(|d| (d.unit, own(d.unit)))
        .filter(|(_, a)| !a.is_empty())
        .collect();
    // Units that open a part or section, in order.
    let headings: Vec<usize> = outline
        .iter()
        .filter(|o| matches!(o.style, NumberStyle::Part | NumberStyle::Section))
        .map(|o| o.unit)
        .collect();
    for di in 0..directives.len() {
        if !links[di].is_empty() {
            continue;
        }
        let unit = directives[di].unit;
        let same_line = di > 0 && doc.units[directives[di - 1].unit].line == doc.units[unit].line;
        if same_line && !links[di - 1].is_empty() {
            links[di] = links[di - 1].clone();
            continue;
        }
        let point_end = headings
            .get(headings.partition_point(|&u| u <= unit))
            .copied()
            .unwrap_or(usize::MAX);
        let next_note = notes.partition_point(|(u, _)| *u < unit);
        if let Some((_, who)) = notes.get(next_note).filter(|(u, _)| *u < point_end) {
            links[di] = who.clone();
            continue;
        }
        links[di] = addressees.clone();
    }
    links
}
