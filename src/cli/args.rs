//! Parsing the command line.

use policy_lens::filter::Kinds;

use super::CliError;

/// The usage text printed by `--help`.
pub const HELP: &str = "\
policy-lens — find directives, actors, measures and targets in Chinese policy text

Usage:
  policy-lens analyze [OPTIONS] FILE      analyse one text ('-' reads stdin)
  policy-lens analyze [OPTIONS] PATH...   corpus mode: several files or folders
                                          (every .txt file below a folder)
  policy-lens tokens PATH...              print the segmentation, one word a line
                                          (a '# file' line before each of several)
  policy-lens vocabulary --js|--markdown  print the kinds, values, labels and rules
  policy-lens --help | --version

Options of analyze:
  -f, --format FORMAT   json, pretty, jsonl or csv (below)
  -k, --kinds LIST      only these kinds, comma-separated: directive,actor,measure,target
  --                    every argument after it is a path

Formats:
  json    the analysis as JSON (the default for one file)
  pretty  a readable view for the terminal, coloured when it is one
  jsonl   one JSON object per file, with its \"file\" (the default for several)
  csv     one row per span: file,kind,start,end,text,force,role,level,instrument,rule

Offsets are UTF-16 code units, end exclusive, as JavaScript counts them.
";

/// Output formats of `analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON document.
    Json,
    /// The terminal view.
    Pretty,
    /// One JSON object per line and file.
    Jsonl,
    /// One CSV row per span.
    Csv,
}

/// What `vocabulary` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VocabularyFormat {
    /// The ES module for the page (`www/pkg/vocabulary.js`).
    JavaScript,
    /// README's rule table.
    Markdown,
}

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Print the usage.
    Help,
    /// Print the version.
    Version,
    /// Print the segmentation of inputs.
    Tokens {
        /// Paths, folders or `-`.
        inputs: Vec<String>,
    },
    /// Print the vocabulary.
    Vocabulary {
        /// In which form.
        format: VocabularyFormat,
    },
    /// Analyse inputs.
    Analyze {
        /// Paths, folders or `-`.
        inputs: Vec<String>,
        /// The output format.
        format: Format,
        /// The kinds of span to keep.
        kinds: Kinds,
    },
}

fn usage<T>(message: impl Into<String>) -> Result<T, CliError> {
    Err(CliError::Usage(message.into()))
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, CliError> {
    let Some(first) = args.first() else {
        return usage("no command given");
    };
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "tokens" => Ok(Command::Tokens {
            inputs: paths(&args[1..], "tokens")?,
        }),
        "vocabulary" => match args[1..].iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["--js"] => Ok(Command::Vocabulary {
                format: VocabularyFormat::JavaScript,
            }),
            ["--markdown"] => Ok(Command::Vocabulary {
                format: VocabularyFormat::Markdown,
            }),
            _ => usage("vocabulary takes --js or --markdown"),
        },
        "analyze" | "analyse" => parse_analyze(&args[1..]),
        other => usage(format!("unknown command '{other}'")),
    }
}

fn parse_format(v: &str) -> Result<Format, CliError> {
    match v {
        "json" => Ok(Format::Json),
        "pretty" => Ok(Format::Pretty),
        "jsonl" => Ok(Format::Jsonl),
        "csv" => Ok(Format::Csv),
        other => usage(format!(
            "unknown format '{other}': use json, pretty, jsonl or csv"
        )),
    }
}

/// The value of option `name`: the text after `=` or the next argument.
fn option_value<'a>(
    name: &str,
    inline: Option<&'a str>,
    rest: &mut impl Iterator<Item = &'a String>,
) -> Result<&'a str, CliError> {
    match inline.or_else(|| rest.next().map(String::as_str)) {
        Some(v) => Ok(v),
        None => usage(format!("{name} needs a value")),
    }
}

/// The paths of a command that takes no options: `--` may come first; `-` once at most.
fn paths(args: &[String], command: &str) -> Result<Vec<String>, CliError> {
    let args = match args.first() {
        Some(a) if a == "--" => &args[1..],
        _ => args,
    };
    if let Some(a) = args.iter().find(|a| a.starts_with('-') && *a != "-") {
        return usage(format!(
            "unknown option '{a}'; put -- before a path that starts with -"
        ));
    }
    check_inputs(args, command)?;
    Ok(args.to_vec())
}

/// Inputs must be given, and standard input only once.
fn check_inputs(inputs: &[String], command: &str) -> Result<(), CliError> {
    if inputs.is_empty() {
        return usage(format!("{command} needs a FILE, a folder or '-'"));
    }
    if inputs.iter().filter(|i| *i == "-").count() > 1 {
        return usage("standard input ('-') can be read only once");
    }
    Ok(())
}

fn parse_analyze(args: &[String]) -> Result<Command, CliError> {
    let mut format = None;
    let mut kinds = Kinds::default();
    let mut inputs = Vec::new();
    let mut rest = args.iter();
    let mut options_end = false;
    while let Some(a) = rest.next() {
        if options_end || a == "-" || !a.starts_with('-') {
            inputs.push(a.clone());
            continue;
        }
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (a.as_str(), None),
        };
        match name {
            "--" => options_end = true,
            "-f" | "--format" => {
                format = Some(parse_format(option_value("--format", inline, &mut rest)?)?)
            }
            "-k" | "--kinds" => {
                let list = option_value("--kinds", inline, &mut rest)?;
                kinds = Kinds::parse_list(list)
                    .map_err(|e| CliError::Usage(format!("--kinds: {}", e.message)))?;
            }
            _ => return usage(format!("unknown option '{a}'")),
        }
    }
    check_inputs(&inputs, "analyze")?;
    let several = inputs.len() > 1 || inputs.iter().any(|i| std::path::Path::new(i).is_dir());
    let format = format.unwrap_or(if several { Format::Jsonl } else { Format::Json });
    Ok(Command::Analyze {
        inputs,
        format,
        kinds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn one_file_defaults_to_json_and_several_to_jsonl() {
        assert_eq!(
            parse(&args(&["analyze", "a.txt"])).unwrap(),
            Command::Analyze {
                inputs: args(&["a.txt"]),
                format: Format::Json,
                kinds: Kinds::default(),
            }
        );
        assert_eq!(
            parse(&args(&["analyze", "a.txt", "b.txt"])).unwrap(),
            Command::Analyze {
                inputs: args(&["a.txt", "b.txt"]),
                format: Format::Jsonl,
                kinds: Kinds::default(),
            }
        );
        assert_eq!(
            parse(&args(&["analyze", "--format=csv", "-"])).unwrap(),
            Command::Analyze {
                inputs: args(&["-"]),
                format: Format::Csv,
                kinds: Kinds::default(),
            }
        );
    }

    #[test]
    fn kinds_and_a_double_dash_are_read() {
        match parse(&args(&[
            "analyze",
            "--kinds=actor,target",
            "--",
            "--odd name.txt",
        ]))
        .unwrap()
        {
            Command::Analyze { inputs, kinds, .. } => {
                assert_eq!(inputs, ["--odd name.txt"]);
                assert_eq!(kinds, Kinds::parse(["actor", "target"]).unwrap());
            }
            other => panic!("{other:?}"),
        }
        let e = parse(&args(&["analyze", "-k", "directive,actors", "a"])).unwrap_err();
        assert_eq!(
            e.to_string().lines().next(),
            Some("--kinds: unknown kind \"actors\"; use directive, actor, measure or target")
        );
    }

    #[test]
    fn mistakes_are_usage_errors() {
        for bad in [
            &["analyze"][..],
            &["analyze", "--format", "xml", "a"],
            &["analyze", "--bogus", "a"],
            &["analyze", "--kinds", "actors", "a"],
            &["analyze", "--kinds"],
            &["analyze", "-", "-"],
            &["vocabulary"],
            &["frobnicate"],
            &[],
        ] {
            assert!(
                matches!(parse(&args(bad)), Err(CliError::Usage(_))),
                "{bad:?}"
            );
        }
    }
}
