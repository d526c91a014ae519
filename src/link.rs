//! Links: each directive to the responsible actors the text names for it.

use crate::actor::Actor;
use crate::directive::Directive;
use crate::document::Document;
use crate::model::Role;
use crate::outline::{NumberStyle, OutlineItem};

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
        actors
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.unit == unit && a.role == Role::Responsible && a.rule != "actor-addressee"
            })
            .map(|(i, _)| i)
            .collect()
    };
    let addressees: Vec<usize> = actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.rule == "actor-addressee")
        .map(|(i, _)| i)
        .collect();
    let mut links: Vec<Vec<usize>> = directives.iter().map(|d| own(d.unit)).collect();
    // A note names who is responsible for the whole point it closes.
    let notes: Vec<(usize, Vec<usize>)> = directives
        .iter()
        .filter(|d| d.rule == "responsibility-note")
        .map(|d| (d.unit, own(d.unit)))
        .filter(|(_, a)| !a.is_empty())
        .collect();
    for di in 0..directives.len() {
        if !links[di].is_empty() {
            continue;
        }
        let unit = directives[di].unit;
        if di > 0
            && doc.units[directives[di - 1].unit].line == doc.units[unit].line
            && !links[di - 1].is_empty()
        {
            let carried = links[di - 1].clone();
            links[di] = carried;
            continue;
        }
        let point_start = outline
            .iter()
            .filter(|o| {
                o.unit <= unit && matches!(o.style, NumberStyle::Part | NumberStyle::Section)
            })
            .map(|o| o.unit)
            .next_back()
            .unwrap_or(0);
        let point_end = outline
            .iter()
            .find(|o| o.unit > unit && matches!(o.style, NumberStyle::Part | NumberStyle::Section))
            .map_or(usize::MAX, |o| o.unit);
        if let Some((_, who)) = notes
            .iter()
            .find(|(u, _)| *u >= unit && *u < point_end && *u >= point_start)
        {
            links[di] = who.clone();
            continue;
        }
        links[di] = addressees.clone();
    }
    links
}
