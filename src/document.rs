//! The analysed text cut into units, words and clauses: what every tagger reads.

use crate::segment::{Pos, Segmenter, Token};
use crate::text::{is_clause_separator, split_units, Span};

/// A clause: the words of a unit between two clause separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    /// Index of its first word in the unit's `tokens`.
    pub first: usize,
    /// One past the index of its last word.
    pub end: usize,
}

/// A unit (ANNOTATION.md §0) with its words and clauses.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Where the unit stands in the text.
    pub span: Span,
    /// Its words, separators included, in order.
    pub tokens: Vec<Token>,
    /// Its clauses, in order; separators belong to none.
    pub clauses: Vec<Clause>,
    /// Whether the unit is the last of its line.
    pub ends_line: bool,
    /// Index of its line (paragraph) in the text, counted from 0.
    pub line: usize,
}

/// The text with its units: built once per analysis and read by every tagger.
#[derive(Debug)]
pub struct Document<'t> {
    /// The whole text.
    pub text: &'t str,
    /// Its units, in order.
    pub units: Vec<Unit>,
}

impl<'t> Document<'t> {
    /// Splits `text` into units and segments each.
    pub fn new(text: &'t str, segmenter: &Segmenter) -> Self {
        let mut line = 0;
        let mut last_end = 0;
        let units = split_units(text)
            .into_iter()
            .map(|span| {
                line += text[last_end..span.start].matches('\n').count();
                last_end = span.start;
                let tokens = segmenter.tokens(text, span);
                let clauses = clauses_of(text, &tokens);
                let rest = &text[span.end..];
                let ends_line = span.of(text).ends_with('\n')
                    || rest
                        .trim_start_matches([' ', '\t', '\r', '\u{3000}'])
                        .starts_with('\n')
                    || rest.trim().is_empty();
                Unit {
                    span,
                    tokens,
                    clauses,
                    ends_line,
                    line,
                }
            })
            .collect();
        Document { text, units }
    }

    /// The text of a word.
    pub fn word(&self, token: &Token) -> &'t str {
        token.span.of(self.text)
    }

    /// The text of a unit.
    pub fn unit_text(&self, unit: &Unit) -> &'t str {
        unit.span.of(self.text)
    }
}

/// Whether a word is made only of characters that show nothing by themselves: zero-width
/// and bidirectional controls, the byte-order mark, combining marks.
pub fn is_invisible(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| {
            matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
                || matches!(c, '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
        })
}

/// Whether a word is part of a date or period (2019年, 1月, 31日至, 起), however
/// segmentation cut it.
pub fn is_date_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || "年月日至起".contains(c))
}

/// Whether a word is a clause separator.
fn is_separator_word(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if is_clause_separator(c))
        || (!word.is_empty() && word.chars().all(char::is_whitespace))
}

fn clauses_of(text: &str, tokens: &[Token]) -> Vec<Clause> {
    let mut clauses = Vec::new();
    let mut first = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.pos == Pos::Symbol && is_separator_word(t.span.of(text)) {
            if i > first {
                clauses.push(Clause { first, end: i });
            }
            first = i + 1;
        }
    }
    if first < tokens.len() {
        clauses.push(Clause {
            first,
            end: tokens.len(),
        });
    }
    clauses
}

/// The items of `items`, sorted by `key`, whose key equals `value`: a binary search, so
/// that per-unit lookups stay linear in the size of the text.
pub fn sorted_range<T>(
    items: &[T],
    key: impl Fn(&T) -> usize,
    value: usize,
) -> std::ops::Range<usize> {
    let start = items.partition_point(|x| key(x) < value);
    let end = items.partition_point(|x| key(x) <= value);
    start..end
}
