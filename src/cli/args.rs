//! Parsing the command line.

use super::CliError;

/// The usage text printed by `--help`.
pub const HELP: &str = "\
policy-lens — find directives, actors, measures and targets in Chinese policy text

Usage:
  policy-lens analyze [--format FORMAT] FILE     analyse one text ('-' reads stdin)
  policy-lens analyze [--format FORMAT] PATH...  corpus mode: several files or folders
                                                 (every .txt file below a folder)
  policy-lens tokens FILE                        print the segmentation, one word a line
  policy-lens --help | --version

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

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// Print the usage.
    Help,
    /// Print the version.
    Version,
    /// Print the segmentation of one input.
    Tokens {
        /// A path or `-`.
        input: String,
    },
    /// Analyse inputs.
    Analyze {
        /// Paths, folders or `-`.
        inputs: Vec<String>,
        /// The output format.
        format: Format,
    },
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, CliError> {
    let usage = |m: &str| Err(CliError::Usage(m.to_string()));
    let Some(first) = args.first() else {
        return usage("no command given");
    };
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "tokens" => match &args[1..] {
            [input] => Ok(Command::Tokens {
                input: input.clone(),
            }),
            _ => usage("tokens takes exactly one FILE"),
        },
        "analyze" | "analyse" => {
            let mut format = None;
            let mut inputs = Vec::new();
            let mut rest = args[1..].iter();
            while let Some(a) = rest.next() {
                let value = if a == "--format" || a == "-f" {
                    match rest.next() {
                        Some(v) => Some(v.as_str()),
                        None => return usage("--format needs a value: json, pretty, jsonl or csv"),
                    }
                } else {
                    a.strip_prefix("--format=")
                };
                if let Some(v) = value {
                    format = Some(match v {
                        "json" => Format::Json,
                        "pretty" => Format::Pretty,
                        "jsonl" => Format::Jsonl,
                        "csv" => Format::Csv,
                        other => {
                            return usage(&format!(
                                "unknown format '{other}': use json, pretty, jsonl or csv"
                            ))
                        }
                    });
                } else if a.starts_with('-') && a != "-" {
                    return usage(&format!("unknown option '{a}'"));
                } else {
                    inputs.push(a.clone());
                }
            }
            if inputs.is_empty() {
                return usage("analyze needs a FILE, a folder or '-'");
            }
            let several =
                inputs.len() > 1 || inputs.iter().any(|i| std::path::Path::new(i).is_dir());
            let format = format.unwrap_or(if several { Format::Jsonl } else { Format::Json });
            Ok(Command::Analyze { inputs, format })
        }
        other => usage(&format!("unknown command '{other}'")),
    }
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
                format: Format::Json
            }
        );
        assert_eq!(
            parse(&args(&["analyze", "a.txt", "b.txt"])).unwrap(),
            Command::Analyze {
                inputs: args(&["a.txt", "b.txt"]),
                format: Format::Jsonl
            }
        );
        assert_eq!(
            parse(&args(&["analyze", "--format=csv", "-"])).unwrap(),
            Command::Analyze {
                inputs: args(&["-"]),
                format: Format::Csv
            }
        );
    }

    #[test]
    fn mistakes_are_usage_errors() {
        for bad in [
            &["analyze"][..],
            &["analyze", "--format", "xml", "a"],
            &["analyze", "--bogus", "a"],
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
