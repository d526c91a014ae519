//! The analysed text cut into units, words and clauses: what every tagger reads.

use std::cell::Cell;

use crate::numbering::{numbering, NumberStyle};
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
    /// Where its numbering (一、, （二）, 三要) ends in the text; 0 when it has none.
    pub number_end: usize,
    /// The style of its numbering, if it has one.
    pub number_style: Option<NumberStyle>,
}

/// The text with its units: built once per analysis and read by every tagger.
#[derive(Debug)]
pub struct Document<'t> {
    /// The whole text.
    pub text: &'t str,
    /// Its units, in order.
    pub units: Vec<Unit>,
    /// How many words the rules have visited (through [`UnitView`]), and the bytes read to
    /// build the units: the measure of work that the complexity tests hold linear.
    visits: Cell<u64>,
}

/// The longest unit the rules scan, in characters. No sentence of a human text comes near
/// it (the longest in the corpora has about 420); a longer stretch without a stop is cut
/// into pieces of at most this length, each a unit of its own.
pub const MAX_UNIT_CHARS: usize = 2_000;

/// `span` cut into pieces of at most [`MAX_UNIT_CHARS`] characters, each ending after a
/// clause separator where one falls in its second half.
fn pieces(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    while text[start..span.end].chars().nth(MAX_UNIT_CHARS).is_some() {
        let window: Vec<(usize, char)> = text[start..span.end]
            .char_indices()
            .take(MAX_UNIT_CHARS)
            .collect();
        let cut = window[MAX_UNIT_CHARS / 2..]
            .iter()
            .rev()
            .find(|(_, c)| is_clause_separator(*c))
            .map_or(window[MAX_UNIT_CHARS - 1], |&(i, c)| (i, c));
        let end = start + cut.0 + cut.1.len_utf8();
        out.push(Span::new(start, end));
        start = end;
    }
    out.push(Span::new(start, span.end));
    out
}

impl<'t> Document<'t> {
    /// Splits `text` into units and segments each.
    pub fn new(text: &'t str, segmenter: &Segmenter) -> Self {
        // Where the text's last non-blank character ends: a unit there ends its line.
        let content_end = text.trim_end().len();
        let mut line = 0;
        let mut last_end = 0;
        let found = split_units(text);
        let mut units = Vec::with_capacity(found.len());
        let mut scanned = 0;
        for unit in found {
            line += text[last_end..unit.start].matches('\n').count();
            last_end = unit.start;
            let parts = pieces(text, unit);
            let last = parts.len() - 1;
            for (k, span) in parts.into_iter().enumerate() {
                let tokens = segmenter.tokens(text, span);
                let clauses = clauses_of(text, &tokens);
                let rest = &text[span.end..];
                let gap = rest.trim_start_matches([' ', '\t', '\r', '\u{3000}']);
                scanned += span.end - span.start + rest.len() - gap.len();
                let ends_line = k == last
                    && (span.of(text).ends_with('\n')
                        || gap.starts_with('\n')
                        || span.end >= content_end);
                let number = numbering(span.of(text));
                let number_end = number.map_or(0, |n| span.start + n.len);
                units.push(Unit {
                    span,
                    tokens,
                    clauses,
                    ends_line,
                    line,
                    number_end,
                    number_style: number.map(|n| n.style),
                });
            }
        }
        Document {
            text,
            units,
            visits: Cell::new(scanned as u64),
        }
    }

    /// How many words the rules have visited so far.
    pub fn visits(&self) -> u64 {
        self.visits.get()
    }

    /// The text of a word.
    pub fn word(&self, token: &Token) -> &'t str {
        token.span.of(self.text)
    }

    /// The text of a unit.
    pub fn unit_text(&self, unit: &Unit) -> &'t str {
        unit.span.of(self.text)
    }

    /// The view of unit `index`.
    pub fn view(&self, index: usize) -> UnitView<'_, 't> {
        UnitView {
            doc: self,
            index,
            unit: &self.units[index],
        }
    }

    /// Every unit's view, in order.
    pub fn views(&self) -> impl Iterator<Item = UnitView<'_, 't>> + '_ {
        (0..self.units.len()).map(|i| self.view(i))
    }
}

/// One unit as the rules read it: its index, its words and their text.
#[derive(Debug, Clone, Copy)]
pub struct UnitView<'d, 't> {
    /// The document the unit belongs to.
    pub doc: &'d Document<'t>,
    /// Index of the unit in the document.
    pub index: usize,
    /// The unit.
    pub unit: &'d Unit,
}

impl<'d, 't> UnitView<'d, 't> {
    /// The number of words.
    pub fn len(&self) -> usize {
        self.unit.tokens.len()
    }

    /// Whether the unit has no words.
    pub fn is_empty(&self) -> bool {
        self.unit.tokens.is_empty()
    }

    /// Word `i`.
    pub fn token(&self, i: usize) -> &'d Token {
        self.doc.visits.set(self.doc.visits.get() + 1);
        &self.unit.tokens[i]
    }

    /// The text of word `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.doc.word(self.token(i))
    }

    /// The text of word `i`, or `""` past either end of the unit.
    pub fn word_or_empty(&self, i: usize) -> &'t str {
        if i < self.len() {
            self.word(i)
        } else {
            ""
        }
    }

    /// The unit's text.
    pub fn text(&self) -> &'t str {
        self.unit.span.of(self.doc.text)
    }

    /// The unit's clauses.
    pub fn clauses(&self) -> &'d [Clause] {
        &self.unit.clauses
    }

    /// The text from the start of word `first` to the end of word `last`.
    pub fn text_of(&self, first: usize, last: usize) -> &'t str {
        self.span_of(first, last).of(self.doc.text)
    }

    /// The span from the start of word `first` to the end of word `last`.
    pub fn span_of(&self, first: usize, last: usize) -> Span {
        Span::new(self.token(first).span.start, self.token(last).span.end)
    }
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
