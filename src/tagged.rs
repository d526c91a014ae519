//! What the taggers find, in byte spans of the text: what each tagger returns and what the
//! later taggers, the links and the schema read. No tagger imports another; they meet here.

use crate::model::{ActorKind, Force, Instrument, Level, Role};
use crate::rule::Rule;
use crate::text::Span;

/// A directive unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// Index of its unit.
    pub unit: usize,
    /// The unit's span.
    pub span: Span,
    /// The force of its main instruction.
    pub force: Force,
    /// The marker that gave the force; `None` for an implicit imperative.
    pub marker: Option<Span>,
    /// The rule that found it.
    pub rule: Rule,
}

/// An actor mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Index of its unit.
    pub unit: usize,
    /// Where it stands in the text.
    pub span: Span,
    /// Index of its first word in the unit.
    pub first: usize,
    /// One past the index of its last word.
    pub end: usize,
    /// What kind of body it names.
    pub kind: ActorKind,
    /// Its part in the text.
    pub role: Role,
    /// Its administrative level.
    pub level: Level,
    /// The rule that gave its role.
    pub rule: Rule,
}

/// A measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    /// Index of its unit.
    pub unit: usize,
    /// Index of the directive that prescribes it.
    pub directive: usize,
    /// Where it stands in the text.
    pub span: Span,
    /// Its policy-instrument type.
    pub instrument: Instrument,
    /// The rule that found it.
    pub rule: Rule,
}

/// A target mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Index of its unit.
    pub unit: usize,
    /// Where it stands in the text.
    pub span: Span,
    /// The rule that found it.
    pub rule: Rule,
}
