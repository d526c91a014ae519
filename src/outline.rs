//! The outline: every numbered point (一要…五要, 一、, （一）, 1., 第一, 一是) with the
//! stretch of text it heads.

use crate::document::Document;
use crate::numbering::{numbering, NumberStyle};
use crate::text::Span;

/// One numbered point of the outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineItem {
    /// Index of the unit that opens the point.
    pub unit: usize,
    /// The number as written (`一`, `（三）`, `第二`).
    pub number: Span,
    /// The point's title: the rest of its opening unit, without the final stop.
    pub title: Span,
    /// The whole point, up to the next point of the same or an outer level.
    pub span: Span,
    /// Its style, which gives its depth.
    pub style: NumberStyle,
}

/// The outline of a document: every numbered point, in order.
pub fn outline(doc: &Document) -> Vec<OutlineItem> {
    let mut items: Vec<OutlineItem> = Vec::new();
    for (i, unit) in doc.units.iter().enumerate() {
        let text = doc.unit_text(unit);
        let Some(n) = numbering(text) else { continue };
        if n.len >= text.len() {
            continue;
        }
        let title_text = text[n.len..].trim_end_matches(['。', '；', ';', '！', '!']);
        let start = unit.span.start;
        items.push(OutlineItem {
            unit: i,
            number: Span::new(start, start + n.number_len),
            title: Span::new(start + n.len, start + n.len + title_text.len()),
            span: unit.span,
            style: n.style,
        });
    }
    // A point ends where the next point of the same or an outer level starts; an inline
    // point (一要, 一是) that no sibling follows ends with its paragraph.
    let next = next_at_same_or_outer_level(&items);
    let line_end = line_ends(doc);
    for k in 0..items.len() {
        let end = match next[k] {
            Some(j) => {
                let o = &items[j];
                o.unit
                    .checked_sub(1)
                    .map_or(o.span.start, |u| doc.units[u].span.end)
            }
            None if items[k].style == NumberStyle::Inline => line_end[items[k].unit],
            None => doc.units.last().map_or(items[k].span.end, |u| u.span.end),
        };
        items[k].span.end = end.max(items[k].span.end);
    }
    items
}

/// For each point, the index of the next point of the same or an outer level (a smaller or
/// equal depth), found with one stack from the right.
fn next_at_same_or_outer_level(items: &[OutlineItem]) -> Vec<Option<usize>> {
    let mut next = vec![None; items.len()];
    let mut stack: Vec<usize> = Vec::new();
    for k in (0..items.len()).rev() {
        let depth = items[k].style.depth();
        while stack
            .last()
            .is_some_and(|&j| items[j].style.depth() > depth)
        {
            stack.pop();
        }
        next[k] = stack.last().copied();
        stack.push(k);
    }
    next
}

/// For each unit, where the last unit of its line ends.
fn line_ends(doc: &Document) -> Vec<usize> {
    let mut ends = vec![0; doc.units.len()];
    for i in (0..doc.units.len()).rev() {
        let same_line_next = doc.units.get(i + 1).filter(|n| n.line == doc.units[i].line);
        ends[i] = same_line_next.map_or(doc.units[i].span.end, |_| ends[i + 1]);
    }
    ends
}
