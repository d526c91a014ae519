//! The one error type of the core, with a kind that each front end maps once (the CLI to
//! an exit status, the WebAssembly API to a JavaScript `Error`).

use std::fmt;

/// What kind of mistake an [`Error`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// An option has a wrong value (an unknown kind, an empty list).
    InvalidOption,
    /// An analysis handed back to be drawn does not fit the text.
    InvalidAnalysis,
}

/// A mistake in what a caller asked for, with a message that says what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What kind of mistake it is.
    pub kind: ErrorKind,
    /// One line for the user.
    pub message: String,
}

impl Error {
    /// An error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
