//! Reading inputs: files, folders of `.txt` files, or standard input. A folder is walked
//! once per real path (a symlink loop is seen once); what cannot be read there is reported
//! and skipped, not fatal.

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::CliError;

/// A text to analyse and the name it is reported under.
pub struct Input {
    /// The path as given, or `-` for standard input.
    pub name: String,
    /// The text, without a leading byte-order mark.
    pub text: String,
}

/// Where an input comes from.
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// The name the input is reported under.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".into(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// The inputs of a command line: what will be read, and what a folder held that cannot be
/// (each with the reason, already worded for stderr).
pub struct Collected {
    /// The sources, folders expanded in sorted order.
    pub sources: Vec<Source>,
    /// `path: reason` of each entry of a folder that was skipped.
    pub skipped: Vec<String>,
    /// Whether a folder was named (corpus mode).
    pub folder: bool,
}

/// Expands the command line's inputs: a folder becomes every `.txt` file below it, in
/// sorted order, each real file once. A missing path, an unreadable folder named on the
/// command line or a folder without texts is an error.
pub fn collect(inputs: &[String]) -> Result<Collected, CliError> {
    let mut collected = Collected {
        sources: Vec::new(),
        skipped: Vec::new(),
        folder: false,
    };
    let mut seen = HashSet::new();
    for i in inputs {
        if i == "-" {
            collected.sources.push(Source::Stdin);
            continue;
        }
        let path = Path::new(i);
        let meta = fs::metadata(path)
            .map_err(|e| CliError::Input(format!("cannot read {i}: {}", reason(&e))))?;
        if !meta.is_dir() {
            // A path named on the command line is read whatever it is (a pipe, /dev/stdin).
            collected.sources.push(Source::File(path.to_path_buf()));
            continue;
        }
        collected.folder = true;
        let skipped_before = collected.skipped.len();
        let mut found = Vec::new();
        let entries = fs::read_dir(path)
            .map_err(|e| CliError::Input(format!("cannot read the folder {i}: {}", reason(&e))))?;
        seen.insert(fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()));
        walk(entries, &mut seen, &mut found, &mut collected.skipped);
        if found.is_empty() && collected.skipped.len() == skipped_before {
            return Err(CliError::Input(format!(
                "the folder {i} holds no .txt files"
            )));
        }
        found.sort();
        collected
            .sources
            .extend(found.into_iter().map(Source::File));
    }
    Ok(collected)
}

/// A file error as a short reason.
fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Adds the `.txt` files below a folder's `entries` to `found`, visiting each real path
/// (`seen`) once; notes what it must skip.
fn walk(
    entries: fs::ReadDir,
    seen: &mut HashSet<PathBuf>,
    found: &mut Vec<PathBuf>,
    skipped: &mut Vec<String>,
) {
    for entry in entries {
        let path = match entry {
            Ok(e) => e.path(),
            Err(e) => {
                skipped.push(format!("an entry of a folder: {}", reason(&e)));
                continue;
            }
        };
        let is_text = path.extension().is_some_and(|e| e == "txt");
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if is_text || path.is_symlink() => {
                skipped.push(format!("{}: {}", path.display(), reason(&e)));
                continue;
            }
            Err(_) => continue,
        };
        let real = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if meta.is_dir() {
            if !seen.insert(real) {
                continue;
            }
            match fs::read_dir(&path) {
                Ok(inner) => walk(inner, seen, found, skipped),
                Err(e) => skipped.push(format!("the folder {}: {}", path.display(), reason(&e))),
            }
        } else if is_text && !meta.is_file() {
            skipped.push(format!("{}: not a regular file", path.display()));
        } else if is_text && seen.insert(real) {
            found.push(path);
        }
    }
}

/// Why `bytes` are not UTF-8 text, worded for the user.
fn not_utf8(name: &str, bytes: &[u8], valid_up_to: usize) -> String {
    let bom = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    let head = &bytes[..bytes.len().min(1000)];
    let nuls = head.iter().filter(|b| **b == 0).count();
    if bom || (head.len() >= 16 && nuls * 4 >= head.len()) {
        format!("{name} is UTF-16 text, not UTF-8; convert it first, e.g. with iconv -f UTF-16 -t UTF-8")
    } else {
        format!(
            "{name} is not UTF-8 text (invalid byte at offset {valid_up_to}); convert it first, e.g. with iconv -f GB18030 -t UTF-8"
        )
    }
}

/// Reads one input as UTF-8 text; a leading byte-order mark is dropped, so offsets count
/// from the first character after it.
pub fn read(source: &Source) -> Result<Input, CliError> {
    let name = source.name();
    let bytes = match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| CliError::Input(format!("cannot read standard input: {e}")))?;
            bytes
        }
        Source::File(p) => fs::read(p)
            .map_err(|e| CliError::Input(format!("cannot read {name}: {}", reason(&e))))?,
    };
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(Input { name, text })
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            Err(CliError::Input(not_utf8(&name, e.as_bytes(), valid)))
        }
    }
}
