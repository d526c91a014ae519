//! How the highlighted text is drawn: one element per span, nested as the spans nest, with
//! the text between them. The WebAssembly binding turns these steps into DOM nodes; here
//! they are plain data, tested natively.

use crate::error::{Error, ErrorKind};
use crate::schema::{SpanLists, Stretch};

/// One element to draw: where it stands (UTF-16 offsets), its tag and class, and its
/// `data-` attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// Drawing order among marks with the same extent: outer layers first.
    layer: u8,
    /// The element's tag: `span` for a span (focusable), `b` for a directive's marker.
    pub tag: &'static str,
    /// The element's class names.
    pub class: &'static str,
    /// Its attributes, `data-kind`, `data-id`, `data-start`, `data-end` and the span's own.
    pub attrs: Vec<(&'static str, String)>,
}

/// A step of the drawing, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Open an element inside the current one.
    Open(Mark),
    /// The text of UTF-16 units `start..end`, inside the current element.
    Text {
        /// First UTF-16 code unit.
        start: usize,
        /// One past the last.
        end: usize,
    },
    /// Close the current element.
    Close,
}

fn mark(
    at: &Stretch,
    layer: u8,
    tag: &'static str,
    class: &'static str,
    mut attrs: Vec<(&'static str, String)>,
) -> Mark {
    attrs.push(("data-start", at.start.to_string()));
    attrs.push(("data-end", at.end.to_string()));
    Mark {
        start: at.start,
        end: at.end,
        layer,
        tag,
        class,
        attrs,
    }
}

fn id_list(ids: &[usize]) -> String {
    ids.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every element of the drawing of `a`, sorted by start, longer first, outer layers
/// first where extents tie. Spans that end past `length` are left out (a drawn prefix).
pub fn marks(a: SpanLists, length: usize) -> Vec<Mark> {
    let mut out = Vec::new();
    for (i, d) in a.directives.iter().enumerate() {
        let attrs = vec![
            ("data-kind", "directive".into()),
            ("data-id", format!("d{i}")),
            ("data-force", d.force.as_str().into()),
            ("data-rule", d.rule.id().into()),
            ("data-actors", id_list(&d.actors)),
        ];
        out.push(mark(&d.at, 0, "span", "pl pl-directive", attrs));
        if let Some(m) = &d.marker {
            out.push(mark(m, 4, "b", "pl-marker", vec![]));
        }
    }
    for (i, m) in a.measures.iter().enumerate() {
        let mut attrs = vec![
            ("data-kind", "measure".into()),
            ("data-id", format!("m{i}")),
            ("data-instrument", m.instrument.as_str().into()),
            ("data-rule", m.rule.id().into()),
        ];
        if let Some(di) = m.directive {
            attrs.push(("data-directive", di.to_string()));
        }
        out.push(mark(&m.at, 1, "span", "pl pl-measure", attrs));
    }
    for (i, x) in a.actors.iter().enumerate() {
        let attrs = vec![
            ("data-kind", "actor".into()),
            ("data-id", format!("a{i}")),
            ("data-role", x.role.as_str().into()),
            ("data-level", x.level.as_str().into()),
            ("data-rule", x.rule.id().into()),
        ];
        out.push(mark(&x.at, 2, "span", "pl pl-actor", attrs));
    }
    for (i, t) in a.targets.iter().enumerate() {
        let attrs = vec![
            ("data-kind", "target".into()),
            ("data-id", format!("t{i}")),
            ("data-rule", t.rule.id().into()),
        ];
        out.push(mark(&t.at, 3, "span", "pl pl-target", attrs));
    }
    out.retain(|m| m.end <= length);
    out.sort_by(|x, y| {
        x.start
            .cmp(&y.start)
            .then(y.end.cmp(&x.end))
            .then(x.layer.cmp(&y.layer))
    });
    out
}

/// The steps that draw a text of `length` UTF-16 units with `marks`: every unit of the
/// text once, in order, each mark opened where it starts and closed where it ends. A mark
/// that would cross the end of the one holding it is cut there (spans of an analysis
/// nest, so that happens only to a foreign one).
pub fn steps(marks: Vec<Mark>, length: usize) -> Vec<Step> {
    let mut out = Vec::with_capacity(marks.len() * 3 + 1);
    let mut open: Vec<usize> = Vec::new();
    let mut pos = 0;
    let text = |out: &mut Vec<Step>, pos: &mut usize, to: usize| {
        if *pos < to {
            out.push(Step::Text {
                start: *pos,
                end: to,
            });
        }
        *pos = (*pos).max(to);
    };
    for m in marks {
        while let Some(&end) = open.last() {
            if end <= m.start || m.end > end {
                text(&mut out, &mut pos, end);
                out.push(Step::Close);
                open.pop();
            } else {
                break;
            }
        }
        text(&mut out, &mut pos, m.start);
        open.push(m.end);
        out.push(Step::Open(m));
    }
    while let Some(end) = open.pop() {
        text(&mut out, &mut pos, end);
        out.push(Step::Close);
    }
    text(&mut out, &mut pos, length);
    out
}

/// Checks that the spans of `a` that lie within a text (`utf16`) name that text: an
/// analysis handed back to be drawn must belong to the text it is drawn with. Spans
/// that end past it (the analysis of a longer text whose prefix is drawn) are not checked.
pub fn check_drawable(a: SpanLists, utf16: &[u16]) -> Result<(), Error> {
    let lists: [(&str, Vec<&Stretch>); 5] = [
        ("directive", a.directives.iter().map(|d| &d.at).collect()),
        (
            "marker",
            a.directives
                .iter()
                .filter_map(|d| d.marker.as_ref())
                .collect(),
        ),
        ("actor", a.actors.iter().map(|x| &x.at).collect()),
        ("measure", a.measures.iter().map(|m| &m.at).collect()),
        ("target", a.targets.iter().map(|t| &t.at).collect()),
    ];
    for (kind, stretches) in lists {
        for (i, s) in stretches
            .iter()
            .enumerate()
            .filter(|(_, s)| s.end <= utf16.len())
        {
            s.check(utf16).map_err(|e| {
                Error::new(
                    ErrorKind::InvalidAnalysis,
                    format!("the analysis does not belong to this text: {kind} {i} at {e}"),
                )
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzer;

    /// The text the steps put back together, with `[kind` and `]` around each element.
    fn drawn(text: &str, steps: &[Step]) -> String {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let mut out = String::new();
        for s in steps {
            match s {
                Step::Open(m) => {
                    let kind = m.attrs.iter().find(|a| a.0 == "data-kind");
                    out.push('[');
                    out.push_str(kind.map_or(m.tag, |k| k.1.as_str()));
                    out.push(' ');
                }
                Step::Text { start, end } => {
                    out.push_str(&String::from_utf16_lossy(&utf16[*start..*end]))
                }
                Step::Close => out.push(']'),
            }
        }
        out
    }

    #[test]
    fn spans_nest_as_elements_and_every_character_is_drawn_once() {
        let text = "𠀀各县要建设农村冷链物流设施。\n关心困难职工。";
        let a = Analyzer::new().analyze(text);
        let length = a.length;
        let steps = steps(marks(a.lists(), length), length);
        assert_eq!(
            drawn(text, &steps),
            "[directive 𠀀[actor 各县][b 要][measure 建设农村冷链物流设施]。]\n\
             [directive [measure 关心[target 困难职工]]。]"
        );
    }

    #[test]
    fn a_prefix_draws_only_the_spans_inside_it() {
        let text = "各县要建设农村冷链物流设施。\n各乡镇要关心困难职工。";
        let a = Analyzer::new().analyze(text);
        let prefix = "各县要建设农村冷链物流设施。\n";
        let utf16: Vec<u16> = prefix.encode_utf16().collect();
        assert_eq!(check_drawable(a.lists(), &utf16), Ok(()));
        let steps = steps(marks(a.lists(), utf16.len()), utf16.len());
        let out = drawn(prefix, &steps);
        assert!(out.ends_with("。]\n") && !out.contains("职工"), "{out}");
    }

    #[test]
    fn an_analysis_of_another_text_is_refused() {
        let a = Analyzer::new().analyze("各县要建设农村冷链物流设施。");
        let other: Vec<u16> = "各省要建设城市应急物资仓库。".encode_utf16().collect();
        let e = check_drawable(a.lists(), &other).unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidAnalysis);
        assert!(
            e.message
                .starts_with("the analysis does not belong to this text"),
            "{}",
            e.message
        );
    }
}
