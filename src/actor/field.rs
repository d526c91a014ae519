//! Fields of a document's header and of a task list (发文机关：县人民政府办公室,
//! （牵头单位：县商务局；配合单位：县财政局）): the label before the colon names no one, and
//! the bodies after it take the role the label's words give (`data/field_labels.tsv`).

use super::{ActorTagger, Candidate};
use crate::document::UnitView;
use crate::grammar::{is_colon, is_opening_bracket};
use crate::model::{Level, Role};
use crate::segment::Pos;

/// Most words of a field's label (牵头 单位, 发文 机关).
const MAX_LABEL_WORDS: usize = 3;

/// One field of a unit: its label's words, its colon and its value's words.
pub(super) struct Field {
    /// The first word of the label.
    label_first: usize,
    /// The colon after the label.
    colon: usize,
    /// One past the value's last word.
    value_end: usize,
    /// The role of the bodies in the value.
    pub(super) role: Role,
}

impl Field {
    /// Whether a candidate lies in the label.
    pub(super) fn labels(&self, c: &Candidate) -> bool {
        self.label_first <= c.first && c.end <= self.colon
    }

    /// Whether a candidate lies in the value.
    pub(super) fn holds(&self, c: &Candidate) -> bool {
        self.colon < c.first && c.end <= self.value_end
    }
}

/// Whether a word ends a field: a stop, a semicolon or a closing bracket.
fn ends_field(w: &str) -> bool {
    matches!(w, "。" | "；" | ";" | "）" | ")")
}

impl ActorTagger<'_> {
    /// The fields of a unit whose candidates are `cands`: a label of a word of
    /// `field_labels.tsv` (or another modifier) and a field head, at the unit's start or
    /// after a bracket or semicolon, before a colon; then a value up to the field's end
    /// with no verb outside a body.
    pub(super) fn fields(&self, u: UnitView, cands: &[Candidate]) -> Vec<Field> {
        let mut out = Vec::new();
        for colon in (1..u.len()).filter(|&i| is_colon(u.word(i))) {
            let opens_field = |s: usize| {
                !is_opening_bracket(u.word(s))
                    && (s == 0 || is_opening_bracket(u.word(s - 1)) || ends_field(u.word(s - 1)))
            };
            let Some(label_first) =
                (colon.saturating_sub(MAX_LABEL_WORDS)..colon).find(|&s| opens_field(s))
            else {
                continue;
            };
            let Some(role) = self.label_role(u.text_of(label_first, colon - 1)) else {
                continue;
            };
            let value_end = field_end(u, colon + 1);
            let in_body = |i: usize| cands.iter().any(|c| c.first <= i && i < c.end);
            let verb_outside = (colon + 1..value_end).any(|i| {
                let w = u.word(i);
                !in_body(i)
                    && (u.token(i).pos == Pos::Verb
                        || self.grammar.is_listed_verb(w)
                        || self.grammar.is_marker(w))
            });
            if !verb_outside {
                out.push(Field {
                    label_first,
                    colon,
                    value_end,
                    role,
                });
            }
        }
        out
    }

    /// The role a label gives the bodies after it, if it is a label: a field head after a
    /// modifier that names no level (县教育局： is a speaker, 责任单位： a label).
    fn label_role(&self, label: &str) -> Option<Role> {
        let head = self
            .tables
            .field_heads
            .iter()
            .find(|h| label.ends_with(*h))?;
        let modifier = &label[..label.len() - head.len()];
        if modifier.is_empty() || self.tables.level_of(label) != Level::Unspecified {
            return None;
        }
        Some(
            self.tables
                .field_labels
                .get(modifier)
                .copied()
                .unwrap_or(Role::Other),
        )
    }
}

/// One past the last word of a value that starts at word `first`: the first stop,
/// semicolon or closing bracket outside the brackets the value opens (各县（市、区）政府).
fn field_end(u: UnitView, first: usize) -> usize {
    let mut depth = 0usize;
    for i in first..u.len() {
        let w = u.word(i);
        if is_opening_bracket(w) {
            depth += 1;
        } else if depth > 0 && matches!(w, "）" | ")") {
            depth -= 1;
        } else if ends_field(w) {
            return i;
        }
    }
    u.len()
}
