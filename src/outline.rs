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
    for k in 0..items.len() {
        let depth = items[k].style.depth();
        let next = items[k + 1..].iter().find(|o| o.style.depth() <= depth);
        let end = match next {
            Some(o) => doc.units[..o.unit]
                .iter()
                .rev()
                .map(|u| u.span.end)
                .next()
                .unwrap_or(o.span.start),
            None if items[k].style == NumberStyle::Inline => {
                let line = doc.units[items[k].unit].line;
                doc.units[items[k].unit..]
                    .iter()
                    .take_while(|u| u.line == line)
                    .last()
                    .map_or(items[k].span.end, |u| u.span.end)
            }
            None => doc.units.last().map_or(items[k].span.end, |u| u.span.end),
        };
        items[k].span.end = end.max(items[k].span.end);
    }
    items
}
