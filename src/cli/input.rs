//! Reading inputs: files, folders of `.txt` files, or standard input.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::CliError;

/// A text to analyse and the name it is reported under.
pub struct Input {
    /// The path as given, or `-` for standard input.
    pub name: String,
    /// The text.
    pub text: String,
}

/// Where an input comes from.
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

/// Expands the command line's inputs: a folder becomes every `.txt` file below it, in
/// sorted order. A missing path or a folder without texts is an error.
pub fn collect(inputs: &[String]) -> Result<Vec<Source>, CliError> {
    let mut out = Vec::new();
    for i in inputs {
        if i == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let path = Path::new(i);
        if path.is_dir() {
            let mut found = Vec::new();
            texts_below(path, &mut found)
                .map_err(|e| CliError::Input(format!("cannot read the folder {i}: {e}")))?;
            if found.is_empty() {
                return Err(CliError::Input(format!(
                    "the folder {i} holds no .txt files"
                )));
            }
            found.sort();
            out.extend(found.into_iter().map(Source::File));
        } else if path.exists() {
            out.push(Source::File(path.to_path_buf()));
        } else {
            return Err(CliError::Input(format!(
                "cannot read {i}: no such file or folder"
            )));
        }
    }
    Ok(out)
}

fn texts_below(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            texts_below(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            found.push(path);
        }
    }
    Ok(())
}

/// Reads one input as UTF-8 text.
pub fn read(source: &Source) -> Result<Input, CliError> {
    let (name, bytes) = match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| CliError::Input(format!("cannot read standard input: {e}")))?;
            ("-".to_string(), bytes)
        }
        Source::File(p) => {
            let name = p.display().to_string();
            let bytes =
                fs::read(p).map_err(|e| CliError::Input(format!("cannot read {name}: {e}")))?;
            (name, bytes)
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Input { name, text }),
        Err(e) => Err(CliError::Input(format!(
            "{name} is not UTF-8 text (invalid byte at offset {}); convert it first, e.g. with iconv -f GB18030 -t UTF-8",
            e.utf8_error().valid_up_to()
        ))),
    }
}

/// Reads the single input named on the command line.
pub fn read_one(input: &str) -> Result<Input, CliError> {
    let sources = collect(&[input.to_string()])?;
    match sources.as_slice() {
        [one] => read(one),
        _ => Err(CliError::Usage(format!(
            "{input} is a folder; give one file"
        ))),
    }
}
