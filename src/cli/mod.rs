//! The command line: arguments, reading inputs and printing analyses.

mod args;
mod input;
mod render;

use std::fmt;
use std::io::{self, BufWriter, IsTerminal, Write};

use policy_lens::filter::Kinds;
use policy_lens::{vocabulary, Analyzer};

use args::{Command, Format, VocabularyFormat};

/// A failure the user can act on, printed as one line.
#[derive(Debug)]
pub enum CliError {
    /// The command line is wrong.
    Usage(String),
    /// An input cannot be read or is not UTF-8 text.
    Input(String),
    /// Writing the output failed.
    Output(io::Error),
}

impl CliError {
    /// The exit status: 2 for usage, 1 otherwise.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(m) => write!(f, "{m}\nTry 'policy-lens --help'."),
            CliError::Input(m) => write!(f, "{m}"),
            CliError::Output(e) => write!(f, "cannot write the output: {e}"),
        }
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        CliError::Output(e)
    }
}

/// Runs the command line `args` (without the program name).
pub fn run(args: &[String]) -> Result<(), CliError> {
    let stdout = io::stdout();
    let colour = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut out = BufWriter::new(stdout.lock());
    match args::parse(args)? {
        Command::Help => out.write_all(args::HELP.as_bytes())?,
        Command::Version => writeln!(out, "policy-lens {}", env!("CARGO_PKG_VERSION"))?,
        Command::Vocabulary { format } => out.write_all(
            match format {
                VocabularyFormat::JavaScript => vocabulary::javascript(),
                VocabularyFormat::Markdown => vocabulary::markdown_rules(),
            }
            .as_bytes(),
        )?,
        Command::Tokens { input } => {
            let doc = input::read_one(&input)?;
            let analyzer = Analyzer::new();
            render::tokens(&mut out, analyzer.segmenter().tagged(&doc.text))?;
        }
        Command::Analyze {
            inputs,
            format,
            kinds,
        } => analyze(&mut out, &inputs, format, kinds, colour)?,
    }
    out.flush()?;
    Ok(())
}

/// `analyze`: every input analysed, its kinds kept, printed in `format`.
fn analyze(
    out: &mut impl Write,
    inputs: &[String],
    format: Format,
    kinds: Kinds,
    colour: bool,
) -> Result<(), CliError> {
    let docs = input::collect(inputs)?;
    let single = docs.len() == 1 && !inputs.iter().any(|i| std::path::Path::new(i).is_dir());
    if format == Format::Json && !single {
        return Err(CliError::Usage(
            "--format json takes one file; use jsonl or csv for several".into(),
        ));
    }
    let analyzer = Analyzer::new();
    if format == Format::Csv {
        render::csv_header(out)?;
    }
    for d in &docs {
        let doc = input::read(d)?;
        let mut a = analyzer.analyze(&doc.text);
        kinds.apply(&mut a);
        match format {
            Format::Json => render::json(out, &a)?,
            Format::Pretty => render::pretty(out, &doc.name, &a, colour)?,
            Format::Jsonl => render::jsonl(out, &doc.name, &a)?,
            Format::Csv => render::csv_rows(out, &doc.name, &a)?,
        }
    }
    Ok(())
}
