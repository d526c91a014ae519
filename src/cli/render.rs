//! Printing analyses: JSON, JSON lines, CSV rows and the terminal view.

use std::io::Write;

use policy_lens::schema::{Analysis, Stretch};

use super::CliError;

/// Prints one analysis as indented JSON.
pub fn json(out: &mut impl Write, a: &Analysis) -> Result<(), CliError> {
    serde_json::to_writer_pretty(&mut *out, a).map_err(std::io::Error::from)?;
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
    serde_json::to_writer(&mut *out, &Line { file, analysis: a }).map_err(std::io::Error::from)?;
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

/// Quotes a CSV field when it needs it.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
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

/// Prints the readable terminal view: each directive with its actors and measures, then
/// the summary.
pub fn pretty(
    out: &mut impl Write,
    file: &str,
    a: &Analysis,
    colour: bool,
) -> Result<(), CliError> {
    let st = Style { on: colour };
    writeln!(out, "{}", st.paint("1", &format!("== {file}")))?;
    let c = &a.summary.counts;
    writeln!(
        out,
        "{} directives, {} actors, {} measures, {} targets",
        c.directives, c.actors, c.measures, c.targets
    )?;
    if !a.summary.issuers.is_empty() {
        writeln!(out, "issued by {}", a.summary.issuers.join("、"))?;
    }
    for (di, d) in a.directives.iter().enumerate() {
        let who: Vec<&str> = d
            .actors
            .iter()
            .map(|&i| a.actors[i].at.text.as_str())
            .collect();
        let force = st.paint("1;34", d.force.as_str());
        let who = if who.is_empty() {
            String::new()
        } else {
            format!(" → {}", st.paint("33", &who.join("、")))
        };
        writeln!(out, "\n[{force}]{who} {}", one_line(&d.at.text))?;
        for m in a.measures.iter().filter(|m| m.directive == di) {
            writeln!(
                out,
                "    {} {}",
                st.paint("32", &format!("{:<11}", m.instrument.as_str())),
                m.at.text
            )?;
        }
    }
    if !a.summary.keywords.is_empty() {
        let kw: Vec<String> = a
            .summary
            .keywords
            .iter()
            .map(|k| format!("{}×{}", k.word, k.count))
            .collect();
        writeln!(out, "\nkeywords: {}", kw.join(" "))?;
    }
    if !a.summary.slogans.is_empty() {
        let sl: Vec<String> = a
            .summary
            .slogans
            .iter()
            .map(|s| format!("“{}”", s.text))
            .collect();
        writeln!(out, "slogans: {}", sl.join(" "))?;
    }
    writeln!(out)?;
    Ok(())
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Prints a segmentation, one `word<TAB>tag` a line.
pub fn tokens(out: &mut impl Write, words: Vec<(&str, &str)>) -> Result<(), CliError> {
    for (w, t) in words {
        writeln!(out, "{}\t{t}", w.escape_debug())?;
    }
    Ok(())
}
