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
    /// Corpus mode went on past inputs it could not read (each reported as it came).
    Skipped {
        /// How many were skipped.
        skipped: usize,
        /// How many there were.
        total: usize,
    },
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
            CliError::Skipped { skipped, total } => {
                write!(f, "{skipped} of {total} files skipped (see above)")
            }
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
        Command::Tokens { inputs } => {
            let collected = input::collect(&inputs)?;
            let headed = collected.folder || collected.sources.len() > 1;
            let analyzer = Analyzer::new();
            each(&mut out, &collected, |sink, doc| {
                if headed {
                    writeln!(sink, "# {}", render::printable(&doc.name))?;
                }
                render::tokens(sink, analyzer.segmenter().tagged(&doc.text))
            })?;
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
    let collected = input::collect(inputs)?;
    if format == Format::Json && (collected.folder || collected.sources.len() > 1) {
        return Err(CliError::Usage(
            "--format json takes one file; use jsonl or csv for several".into(),
        ));
    }
    let analyzer = Analyzer::new();
    if format == Format::Csv {
        render::csv_header(out)?;
    }
    each(out, &collected, |sink, doc| {
        let mut a = analyzer.analyze(&doc.text);
        kinds.apply(&mut a);
        match format {
            Format::Json => render::json(sink, &a),
            Format::Pretty => render::pretty(sink, &doc.name, &a, colour),
            Format::Jsonl => render::jsonl(sink, &doc.name, &a),
            Format::Csv => render::csv_rows(sink, &doc.name, &a),
        }
    })
}

/// How many inputs are read and analysed at once in corpus mode: enough to keep both
/// cores busy, few enough that their output waits in memory only briefly.
const BATCH: usize = 32;

/// Runs `print` on every input, in parallel, writing the outputs in input order. A single
/// input that cannot be read is an error; in corpus mode it is reported on stderr and
/// skipped, and the run ends with an error that counts the skipped ones.
fn each(
    out: &mut impl Write,
    collected: &input::Collected,
    print: impl Fn(&mut Vec<u8>, &input::Input) -> Result<(), CliError> + Sync,
) -> Result<(), CliError> {
    use rayon::prelude::*;
    let corpus = collected.folder || collected.sources.len() > 1;
    let mut skipped = collected.skipped.len();
    for note in &collected.skipped {
        eprintln!("policy-lens: skipped {note}");
    }
    for batch in collected.sources.chunks(BATCH) {
        let results: Vec<Result<Vec<u8>, CliError>> = batch
            .par_iter()
            .map(|source| {
                let doc = input::read(source)?;
                let mut sink = Vec::new();
                print(&mut sink, &doc)?;
                Ok(sink)
            })
            .collect();
        for result in results {
            match result {
                Ok(bytes) => out.write_all(&bytes)?,
                Err(CliError::Input(message)) if corpus => {
                    eprintln!("policy-lens: skipped {message}");
                    skipped += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }
    if skipped > 0 {
        return Err(CliError::Skipped {
            skipped,
            total: collected.sources.len() + collected.skipped.len(),
        });
    }
    Ok(())
}
