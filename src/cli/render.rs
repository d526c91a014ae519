//! Printing analyses: JSON, JSON lines, CSV rows and the terminal view.

use std::io::Write;

use policy_lens::schema::{Analysis, MeasureSpan, Stretch};

use super::CliError;

/// A writer that passes JSON through with the line and paragraph separators (U+2028,
/// U+2029, U+0085) written as escapes: JSON allows them raw inside strings, but
/// line-based readers split records there. They stand only inside strings, so replacing
/// them is exact; a character split across two writes is held until it is whole.
struct SeparatorEscaper<W: Write> {
    inner: W,
    /// The start of a UTF-8 sequence that a write cut short.
    pending: Vec<u8>,
}

impl<W: Write> SeparatorEscaper<W> {
    fn new(inner: W) -> Self {
        SeparatorEscaper {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for SeparatorEscaper<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(buf);
        let mut from = 0;
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let (escape, len): (&[u8], usize) = match rest {
                [0xe2, 0x80, 0xa8, ..] => (b"\\u2028", 3),
                [0xe2, 0x80, 0xa9, ..] => (b"\\u2029", 3),
                [0xc2, 0x85, ..] => (b"\\u0085", 2),
                [0xe2] | [0xe2, 0x80] | [0xc2] => {
                    self.pending = rest.to_vec();
                    break;
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            self.inner.write_all(&bytes[from..i])?;
            self.inner.write_all(escape)?;
            i += len;
            from = i;
        }
        self.inner.write_all(&bytes[from..i.min(bytes.len())])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let pending = std::mem::take(&mut self.pending);
        self.inner.write_all(&pending)?;
        self.inner.flush()
    }
}

/// Prints one analysis as indented JSON.
pub fn json(out: &mut impl Write, a: &Analysis) -> Result<(), CliError> {
    let mut escaped = SeparatorEscaper::new(&mut *out);
    serde_json::to_writer_pretty(&mut escaped, a).map_err(std::io::Error::from)?;
    escaped.flush()?;
    writeln!(out)?;
    Ok(())
}

/// Prints one analysis as a JSON line with its file name.
pub fn jsonl(out: &mut impl Write, file: &str, a: &Analysis) -> Result<(), CliError> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        file: &'a str,
        #[serde(flatten)]
        analysis: &'a Analysis,
    }
    let mut escaped = SeparatorEscaper::new(&mut *out);
    serde_json::to_writer(&mut escaped, &Line { file, analysis: a })
        .map_err(std::io::Error::from)?;
    escaped.flush()?;
    writeln!(out)?;
    Ok(())
}

/// The CSV columns, in order.
const CSV_COLUMNS: &str = "file,kind,start,end,text,force,role,level,instrument,rule";

/// Prints the CSV header.
pub fn csv_header(out: &mut impl Write) -> Result<(), CliError> {
    writeln!(out, "{CSV_COLUMNS}")?;
    Ok(())
}

/// One CSV field: text that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, or a tab or carriage return before them) gets a leading apostrophe, as the
/// page's CSV export does (a lone `-`, standard input's name, runs nothing); quoted when it
/// holds a comma, quote or line break.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s != "-" {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Prints one CSV row per span of an analysis.
pub fn csv_rows(out: &mut impl Write, file: &str, a: &Analysis) -> Result<(), CliError> {
    let mut row = |kind: &str, at: &Stretch, attrs: [&str; 4], rule: &str| -> std::io::Result<()> {
        writeln!(
            out,
            "{},{kind},{},{},{},{},{},{},{},{rule}",
            field(file),
            at.start,
            at.end,
            field(&at.text),
            attrs[0],
            attrs[1],
            attrs[2],
            attrs[3]
        )
    };
    for d in &a.directives {
        row(
            "directive",
            &d.at,
            [d.force.as_str(), "", "", ""],
            d.rule.id(),
        )?;
    }
    for x in &a.actors {
        row(
            "actor",
            &x.at,
            ["", x.role.as_str(), x.level.as_str(), ""],
            x.rule.id(),
        )?;
    }
    for m in &a.measures {
        row(
            "measure",
            &m.at,
            ["", "", "", m.instrument.as_str()],
            m.rule.id(),
        )?;
    }
    for t in &a.targets {
        row("target", &t.at, ["", "", "", ""], t.rule.id())?;
    }
    Ok(())
}

/// ANSI styles of the terminal view.
struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// One measure of the terminal view, indented, with its instrument.
fn measure_line(out: &mut impl Write, st: &Style, m: &MeasureSpan) -> Result<(), CliError> {
    writeln!(
        out,
        "    {} {}",
        st.paint("32", &format!("{:<11}", m.instrument.as_str())),
        one_line(&m.at.text)
    )?;
    Ok(())
}

/// The directives of the terminal view, each with its actors and measures, then the
/// measures asked for without their directives (--kinds measure).
fn directives(out: &mut impl Write, st: &Style, a: &Analysis) -> Result<(), CliError> {
    for (di, d) in a.directives.iter().enumerate() {
        let who: Vec<&str> = a
            .actors_of(di)
            .iter()
            .map(|&i| a.actors[i].at.text.as_str())
            .collect();
        let force = st.paint("1;34", d.force.as_str());
        let who = if who.is_empty() {
            String::new()
        } else {
            format!(" → {}", st.paint("33", &printable(&who.join("、"))))
        };
        writeln!(out, "\n[{force}]{who} {}", one_line(&d.at.text))?;
        for m in a.measures.iter().filter(|m| m.directive == Some(di)) {
            measure_line(out, st, m)?;
        }
    }
    let unlinked: Vec<_> = a
        .measures
        .iter()
        .filter(|m| m.directive.is_none())
        .collect();
    if !unlinked.is_empty() {
        writeln!(out, "\n[measures]")?;
        for m in unlinked {
            measure_line(out, st, m)?;
        }
    }
    Ok(())
}

/// Prints the readable terminal view: each directive with its actors and measures, then
/// the summary.
pub fn pretty(
    out: &mut impl Write,
    file: &str,
    a: &Analysis,
    colour: bool,
) -> Result<(), CliError> {
    let st = Style { on: colour };
    writeln!(out, "{}", st.paint("1", &format!("== {}", printable(file))))?;
    let c = &a.summary.counts;
    writeln!(
        out,
        "{} directives, {} actors, {} measures, {} targets",
        c.directives, c.actors, c.measures, c.targets
    )?;
    if !a.summary.issuers.is_empty() {
        writeln!(
            out,
            "issued by {}",
            printable(&a.summary.issuers.join("、"))
        )?;
    }
    directives(out, &st, a)?;
    if !a.summary.keywords.is_empty() {
        let kw: Vec<String> = a
            .summary
            .keywords
            .iter()
            .map(|k| format!("{}×{}", k.word, k.count))
            .collect();
        writeln!(out, "\nkeywords: {}", printable(&kw.join(" ")))?;
    }
    if !a.summary.slogans.is_empty() {
        let sl: Vec<String> = a
            .summary
            .slogans
            .iter()
            .map(|s| format!("“{}”", s.text))
            .collect();
        writeln!(out, "slogans: {}", printable(&sl.join(" ")))?;
    }
    writeln!(out)?;
    Ok(())
}

/// `s` without control characters (escape sequences, bells, C1 controls) and bidi
/// overrides, which a terminal would obey: text from a file must not drive it.
pub fn printable(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

fn one_line(s: &str) -> String {
    printable(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Prints a segmentation, one `word<TAB>tag` a line.
pub fn tokens(out: &mut impl Write, words: Vec<(&str, &str)>) -> Result<(), CliError> {
    for (w, t) in words {
        writeln!(out, "{}\t{t}", w.escape_debug())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_escaped_even_when_a_write_cuts_them() {
        let text = "a\u{2028}b\u{2029}c\u{85}d".as_bytes();
        for cut in 0..text.len() {
            let mut out = Vec::new();
            let mut w = SeparatorEscaper::new(&mut out);
            w.write_all(&text[..cut]).unwrap();
            w.write_all(&text[cut..]).unwrap();
            w.flush().unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                "a\\u2028b\\u2029c\\u0085d",
                "cut at {cut}"
            );
        }
    }
}
