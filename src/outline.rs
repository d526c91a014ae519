//! Numbered points (一要…五要, 一、, （一）, 1., 第一, 一是) and the outline they form.

use crate::document::Document;
use crate::text::Span;

/// How a point is numbered; the order is the nesting depth of the usual documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NumberStyle {
    /// `一、` — a part of a document.
    Part,
    /// `（一）` or `(一)` — a section.
    Section,
    /// `1.` / `1、` / `（1）` — an item.
    Item,
    /// `第一，` / `一是` / `一要` — a point inside running text.
    Inline,
}

impl NumberStyle {
    /// Nesting depth, 1 for the outermost.
    pub fn depth(self) -> u8 {
        match self {
            NumberStyle::Part => 1,
            NumberStyle::Section => 2,
            NumberStyle::Item => 3,
            NumberStyle::Inline => 4,
        }
    }
}

/// The number at the start of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbering {
    /// Bytes of the unit the number takes, its punctuation (and 要/是) included.
    pub len: usize,
    /// Bytes of the number itself (`一要` → `一`, `（三）` → `（三）`).
    pub number_len: usize,
    /// Its style.
    pub style: NumberStyle,
    /// Its value: 1 for 一, 12 for 十二.
    pub value: u32,
}

const DIGITS: &str = "〇一二三四五六七八九";

/// Reads a Chinese numeral of 1 to 99 at the start of `s`; returns it and its length in bytes.
fn chinese_numeral(s: &str) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut pending = 0u32;
    let mut len = 0;
    for c in s.chars() {
        if let Some(d) = DIGITS.chars().position(|x| x == c) {
            pending = d as u32;
        } else if c == '十' {
            value += if pending == 0 { 10 } else { pending * 10 };
            pending = 0;
        } else {
            break;
        }
        len += c.len_utf8();
        if len > 4 * 3 {
            return None;
        }
    }
    let value = value + pending;
    (len > 0 && value > 0).then_some((value, len))
}

/// Reads an Arabic numeral of 1 to 999 at the start of `s`.
fn arabic_numeral(s: &str) -> Option<(u32, usize)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 3 {
        return None;
    }
    s[..len].parse().ok().filter(|v| *v > 0).map(|v| (v, len))
}

/// The numbering at the start of a unit's text, if any.
pub fn numbering(unit: &str) -> Option<Numbering> {
    let open = ['（', '('];
    let close = ['）', ')'];
    if let Some(c) = unit.chars().next().filter(|c| open.contains(c)) {
        let inner = &unit[c.len_utf8()..];
        let (value, n, style) = match chinese_numeral(inner) {
            Some((v, n)) => (v, n, NumberStyle::Section),
            None => {
                let (v, n) = arabic_numeral(inner)?;
                (v, n, NumberStyle::Item)
            }
        };
        let after = &inner[n..];
        let end = after.chars().next().filter(|c| close.contains(c))?;
        let len = c.len_utf8() + n + end.len_utf8();
        return Some(Numbering {
            len,
            number_len: len,
            style,
            value,
        });
    }
    if let Some(rest) = unit.strip_prefix('第') {
        let (value, n) = chinese_numeral(rest)?;
        let sep = rest[n..].chars().next().filter(|c| "，,、".contains(*c))?;
        let len = '第'.len_utf8() + n + sep.len_utf8();
        return Some(Numbering {
            len,
            number_len: len - sep.len_utf8(),
            style: NumberStyle::Inline,
            value,
        });
    }
    if let Some((value, n)) = chinese_numeral(unit) {
        let next = unit[n..].chars().next()?;
        let style = match next {
            '、' => NumberStyle::Part,
            '要' | '是' => NumberStyle::Inline,
            _ => return None,
        };
        return Some(Numbering {
            len: n + next.len_utf8(),
            number_len: n,
            style,
            value,
        });
    }
    let (value, n) = arabic_numeral(unit)?;
    let next = unit[n..].chars().next()?;
    if !".．、".contains(next)
        || unit[n + next.len_utf8()..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some(Numbering {
        len: n + next.len_utf8(),
        number_len: n,
        style: NumberStyle::Item,
        value,
    })
}

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
    /// Its value.
    pub value: u32,
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
            value: n.value,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn style_and_value(s: &str) -> Option<(NumberStyle, u32, &str)> {
        numbering(s).map(|n| (n.style, n.value, &s[n.len..]))
    }

    #[test]
    fn reads_every_numbering_style() {
        assert_eq!(
            style_and_value("一要认清"),
            Some((NumberStyle::Inline, 1, "认清"))
        );
        assert_eq!(
            style_and_value("三是切实加强"),
            Some((NumberStyle::Inline, 3, "切实加强"))
        );
        assert_eq!(
            style_and_value("二、鼓励"),
            Some((NumberStyle::Part, 2, "鼓励"))
        );
        assert_eq!(
            style_and_value("（十二）落实"),
            Some((NumberStyle::Section, 12, "落实"))
        );
        assert_eq!(
            style_and_value("(3)做好"),
            Some((NumberStyle::Item, 3, "做好"))
        );
        assert_eq!(
            style_and_value("2.加强"),
            Some((NumberStyle::Item, 2, "加强"))
        );
        assert_eq!(
            style_and_value("第一，要"),
            Some((NumberStyle::Inline, 1, "要"))
        );
    }

    #[test]
    fn ordinary_text_has_no_numbering() {
        for s in [
            "一线干部",
            "2019年",
            "3.5%",
            "一一对应",
            "（此件公开发布）",
            "五级书记",
        ] {
            assert_eq!(numbering(s), None, "{s}");
        }
    }
}
