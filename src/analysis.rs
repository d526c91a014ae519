//! The analysis of one text, in the JSON schema shared by the command line and the
//! WebAssembly API. Offsets are UTF-16 code units, end exclusive.

use serde::Serialize;

use crate::actor::actors;
use crate::directive::directives;
use crate::document::{sorted_range, Document};
use crate::lexicon::Lexicons;
use crate::link::responsible_actors;
use crate::measure::measures;
use crate::model::{ActorKind, Force, Instrument, Level, Role};
use crate::outline::outline;
use crate::phrase::{noun_phrases, Phrase};
use crate::segment::Segmenter;
use crate::summary::{summarize, Summary};
use crate::target::targets;
use crate::text::{Span, Utf16Index};

/// Whether `span` of unit `unit` crosses the edge of any of `others` (sorted by unit):
/// overlaps it without either holding the other.
fn crosses_any<T>(unit: usize, span: Span, others: &[T], at: impl Fn(&T) -> (usize, Span)) -> bool {
    sorted_range(others, |o| at(o).0, unit).any(|i| {
        let o = at(&others[i]).1;
        let overlap = span.start < o.end && o.start < span.end;
        overlap && !span.contains(o) && !o.contains(span)
    })
}

/// A stretch of the text: UTF-16 offsets and the text they name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stretch {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The text, equal to `text.slice(start, end)` in JavaScript.
    pub text: String,
}

/// A directive unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DirectiveSpan {
    /// Where the unit stands.
    #[serde(flatten)]
    pub at: Stretch,
    /// The rule that found it.
    pub rule: &'static str,
    /// `obligation`, `prohibition` or `encouragement`.
    pub force: Force,
    /// Whether no marker triggered it.
    pub implicit: bool,
    /// The marker that triggered it, if any.
    pub marker: Option<Stretch>,
    /// Indices in `actors` of the responsible actors it is addressed to.
    pub actors: Vec<usize>,
}

/// An actor mention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorSpan {
    /// Where it stands.
    #[serde(flatten)]
    pub at: Stretch,
    /// The rule that gave its role.
    pub rule: &'static str,
    /// `responsible`, `issuer` or `other`.
    pub role: Role,
    /// Its administrative level.
    pub level: Level,
    /// What kind of body it names.
    pub kind: ActorKind,
}

/// A measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasureSpan {
    /// Where it stands.
    #[serde(flatten)]
    pub at: Stretch,
    /// The rule that found it.
    pub rule: &'static str,
    /// `supply`, `environment` or `demand`.
    pub instrument: Instrument,
    /// Index in `directives` of the directive that prescribes it.
    pub directive: usize,
}

/// A target group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetSpan {
    /// Where it stands.
    #[serde(flatten)]
    pub at: Stretch,
    /// The rule that found it.
    pub rule: &'static str,
}

/// A numbered point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutlinePoint {
    /// The whole point, up to the next point of the same or an outer level.
    #[serde(flatten)]
    pub at: Stretch,
    /// The number as written (`一`, `（三）`).
    pub number: String,
    /// Its title.
    pub title: Stretch,
    /// Nesting depth: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `一要`/`一是`/`第一`.
    pub depth: u8,
    /// Index in `directives` of the directive its opening unit is, if it is one.
    pub directive: Option<usize>,
}

/// The whole analysis of one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Length of the text in UTF-16 code units.
    pub length: usize,
    /// Directive units, in text order.
    pub directives: Vec<DirectiveSpan>,
    /// Actor mentions, in text order.
    pub actors: Vec<ActorSpan>,
    /// Measures, in text order.
    pub measures: Vec<MeasureSpan>,
    /// Target mentions, in text order.
    pub targets: Vec<TargetSpan>,
    /// Numbered points, in text order.
    pub outline: Vec<OutlinePoint>,
    /// Counts, who must do what, instruments, slogans, keywords, issuers, dates.
    pub summary: Summary,
}

/// The analyzer: holds the lexicons and the segmenter, which are built once.
pub struct Analyzer {
    lexicons: Lexicons,
    segmenter: Segmenter,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl Analyzer {
    /// Loads the lexicons and builds the segmenter's dictionary (the expensive part).
    pub fn new() -> Self {
        let lexicons = Lexicons::load();
        let segmenter = Segmenter::new(&lexicons);
        Analyzer {
            lexicons,
            segmenter,
        }
    }

    /// The segmenter, for plain word segmentation.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Analyses `text`. Any string is accepted; none panics.
    pub fn analyze(&self, text: &str) -> Analysis {
        let lex = &self.lexicons;
        let doc = Document::new(text, &self.segmenter);
        let dirs = directives(&doc, lex);
        let phrases: Vec<Vec<Phrase>> = doc
            .units
            .iter()
            .map(|u| noun_phrases(&doc, u, lex))
            .collect();
        let mut acts = actors(&doc, lex, &dirs, &phrases);
        let meas = measures(&doc, lex, &dirs, &acts);
        let mut targs = targets(&doc, lex, &phrases);
        // Highlights must nest: a lower layer never crosses the edge of a higher one.
        acts.retain(|a| !crosses_any(a.unit, a.span, &meas, |m| (m.unit, m.span)));
        targs.retain(|t| {
            !crosses_any(t.unit, t.span, &meas, |m| (m.unit, m.span))
                && !crosses_any(t.unit, t.span, &acts, |a| (a.unit, a.span))
        });
        let points = outline(&doc);
        let links = responsible_actors(&doc, &dirs, &acts, &points);

        let idx = Utf16Index::new(text);
        let at = |s: Span| Stretch {
            start: idx.utf16(s.start),
            end: idx.utf16(s.end),
            text: s.of(text).to_string(),
        };
        let directive_of_unit = |unit: usize| sorted_range(&dirs, |d| d.unit, unit).next();

        let directives: Vec<DirectiveSpan> = dirs
            .iter()
            .zip(links)
            .map(|(d, actors)| DirectiveSpan {
                at: at(d.span),
                rule: d.rule,
                force: d.force,
                implicit: d.marker.is_none(),
                marker: d.marker.map(at),
                actors,
            })
            .collect();
        let actors = acts
            .iter()
            .map(|a| ActorSpan {
                at: at(a.span),
                rule: a.rule,
                role: a.role,
                level: a.level,
                kind: a.kind,
            })
            .collect();
        let measures = meas
            .iter()
            .map(|m| MeasureSpan {
                at: at(m.span),
                rule: m.rule,
                instrument: m.instrument,
                directive: m.directive,
            })
            .collect();
        let targets = targs
            .iter()
            .map(|t| TargetSpan {
                at: at(t.span),
                rule: t.rule,
            })
            .collect();
        let outline = points
            .iter()
            .map(|o| OutlinePoint {
                at: at(o.span),
                number: o.number.of(text).to_string(),
                title: at(o.title),
                depth: o.style.depth(),
                directive: directive_of_unit(o.unit),
            })
            .collect();
        let mut analysis = Analysis {
            length: idx.len_utf16(),
            directives,
            actors,
            measures,
            targets,
            outline,
            summary: Summary::default(),
        };
        analysis.summary = summarize(&doc, lex, &analysis, &at);
        analysis
    }
}
