//! The number that opens a numbered point (一要, 一、, （一）, 1., 第一, 一是, 第三条, 第二章):
//! its style and length. Read by the grammar (a number is skipped before a clause's head) and
//! by the outline.

/// How a point is numbered; the order is the nesting depth of the usual documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NumberStyle {
    /// `第一章` — a chapter of a regulation.
    Chapter,
    /// `一、` — a part of a document.
    Part,
    /// `（一）` or `(一)` — a section.
    Section,
    /// `1.` / `1、` / `（1）` — an item.
    Item,
    /// `第三条` — an article of a regulation.
    Article,
    /// `第一，` / `一是` / `一要` — a point inside running text.
    Inline,
}

impl NumberStyle {
    /// Nesting depth, 1 for the outermost.
    pub fn depth(self) -> u8 {
        match self {
            NumberStyle::Chapter | NumberStyle::Part => 1,
            NumberStyle::Section => 2,
            NumberStyle::Item | NumberStyle::Article => 3,
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
}

const DIGITS: &str = "〇一二三四五六七八九";

/// The length in bytes of a Chinese numeral of 1 to 99 at the start of `s`.
fn chinese_numeral(s: &str) -> Option<usize> {
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
    (len > 0 && value > 0).then_some(len)
}

/// The length in bytes of an Arabic numeral of 1 to 999 at the start of `s`.
fn arabic_numeral(s: &str) -> Option<usize> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 3 {
        return None;
    }
    s[..len].parse::<u32>().ok().filter(|v| *v > 0).map(|_| len)
}

/// The division a numeral after 第 names: 条 an article, 章 a chapter.
fn division(after_numeral: &str) -> Option<NumberStyle> {
    match after_numeral.chars().next() {
        Some('条') => Some(NumberStyle::Article),
        Some('章') => Some(NumberStyle::Chapter),
        _ => None,
    }
}

/// The numbering at the start of a unit's text, if any; a Markdown heading's `#`s before
/// it (`## 第三章`) belong to it.
pub fn numbering(unit: &str) -> Option<Numbering> {
    let marks = unit.len() - unit.trim_start_matches(['#', ' ']).len();
    if marks > 0 && unit.starts_with('#') {
        return numbered(&unit[marks..]).map(|n| Numbering {
            len: n.len + marks,
            number_len: n.number_len + marks,
            style: n.style,
        });
    }
    numbered(unit)
}

/// The numbering of a unit that starts with 第, `rest` being what follows it: 第三条 and
/// 第二章 (with the white space after them), or 第一， inside running text.
fn ordinal(rest: &str) -> Option<Numbering> {
    let n = chinese_numeral(rest)?;
    if let Some(style) = division(&rest[n..]) {
        // 第三条 本办法…: the number with the white space after it.
        let after = &rest[n + '条'.len_utf8()..];
        let gap = after.len() - after.trim_start().len();
        let number_len = '第'.len_utf8() + n + '条'.len_utf8();
        return Some(Numbering {
            len: number_len + gap,
            number_len,
            style,
        });
    }
    let sep = rest[n..].chars().next().filter(|c| "，,、".contains(*c))?;
    let len = '第'.len_utf8() + n + sep.len_utf8();
    Some(Numbering {
        len,
        number_len: len - sep.len_utf8(),
        style: NumberStyle::Inline,
    })
}

/// The numbering at the very start of `unit`, if any.
fn numbered(unit: &str) -> Option<Numbering> {
    let open = ['（', '('];
    let close = ['）', ')'];
    if let Some(c) = unit.chars().next().filter(|c| open.contains(c)) {
        let inner = &unit[c.len_utf8()..];
        let (n, style) = match chinese_numeral(inner) {
            Some(n) => (n, NumberStyle::Section),
            None => (arabic_numeral(inner)?, NumberStyle::Item),
        };
        let after = &inner[n..];
        let end = after.chars().next().filter(|c| close.contains(c))?;
        let len = c.len_utf8() + n + end.len_utf8();
        return Some(Numbering {
            len,
            number_len: len,
            style,
        });
    }
    if let Some(rest) = unit.strip_prefix('第') {
        return ordinal(rest);
    }
    if let Some(n) = chinese_numeral(unit) {
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
        });
    }
    let n = arabic_numeral(unit)?;
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style_and_rest(s: &str) -> Option<(NumberStyle, &str)> {
        numbering(s).map(|n| (n.style, &s[n.len..]))
    }

    #[test]
    fn reads_every_numbering_style() {
        assert_eq!(
            style_and_rest("一要认清"),
            Some((NumberStyle::Inline, "认清"))
        );
        assert_eq!(
            style_and_rest("三是切实加强"),
            Some((NumberStyle::Inline, "切实加强"))
        );
        assert_eq!(
            style_and_rest("二、鼓励"),
            Some((NumberStyle::Part, "鼓励"))
        );
        assert_eq!(
            style_and_rest("（十二）落实"),
            Some((NumberStyle::Section, "落实"))
        );
        assert_eq!(style_and_rest("(3)做好"), Some((NumberStyle::Item, "做好")));
        assert_eq!(style_and_rest("2.加强"), Some((NumberStyle::Item, "加强")));
        assert_eq!(
            style_and_rest("第一，要"),
            Some((NumberStyle::Inline, "要"))
        );
        assert_eq!(
            style_and_rest("第十二条 县民政局负责实施。"),
            Some((NumberStyle::Article, "县民政局负责实施。"))
        );
        assert_eq!(
            style_and_rest("第三章　附则"),
            Some((NumberStyle::Chapter, "附则"))
        );
    }

    #[test]
    fn ordinary_text_has_no_numbering() {
        for s in [
            "（〇）无号",
            "0.5倍",
            "一线干部",
            "2019年",
            "3.5%",
            "一一对应",
            "（此件公开发布）",
            "五级书记",
            "第三季度",
            "第一书记",
        ] {
            assert_eq!(numbering(s), None, "{s}");
        }
    }
}
