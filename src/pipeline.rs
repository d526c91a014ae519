//! The pipeline: the analyzer holds the segmenter and every tagger's tables, built once,
//! and runs text → document → directives → phrases → actors → measures → targets →
//! outline → links → summary, assembling the schema at the end.

use crate::actor::{ActorTables, ActorTagger};
use crate::directive::{DirectiveTables, DirectiveTagger};
use crate::document::{sorted_range, Document};
use crate::grammar::Grammar;
use crate::link::responsible_actors;
use crate::measure::{MeasureTables, MeasureTagger};
use crate::outline::{outline, OutlineItem};
use crate::phrase::{Phrase, PhraseFinder, PhraseTables};
use crate::schema::{
    ActorSpan, Analysis, DirectiveSpan, MeasureSpan, OutlinePoint, SpanLists, Stretch, TargetSpan,
};
use crate::segment::Segmenter;
use crate::summary::{summarize, SummaryTables};
use crate::tagged::{Actor, Directive, Measure, Target};
use crate::target::{TargetTables, TargetTagger};
use crate::text::{Span, Utf16Index};

/// The analyzer: the segmenter and every tagger's tables, which are built once.
pub struct Analyzer {
    segmenter: Segmenter,
    grammar: Grammar,
    directive: DirectiveTables,
    phrase: PhraseTables,
    actor: ActorTables,
    measure: MeasureTables,
    target: TargetTables,
    summary: SummaryTables,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// What the taggers found in one text, in byte spans.
struct Found {
    directives: Vec<Directive>,
    actors: Vec<Actor>,
    measures: Vec<Measure>,
    targets: Vec<Target>,
}

/// Whether `span` of unit `unit` crosses the edge of any of `others` (sorted by unit):
/// overlaps it without either holding the other.
fn crosses_any<T>(unit: usize, span: Span, others: &[T], at: impl Fn(&T) -> (usize, Span)) -> bool {
    sorted_range(others, |o| at(o).0, unit).any(|i| {
        let o = at(&others[i]).1;
        let overlap = span.start < o.end && o.start < span.end;
        overlap && !span.contains(o) && !o.contains(span)
    })
}

impl Analyzer {
    /// Builds the segmenter's dictionary (the expensive part) and the taggers' tables.
    pub fn new() -> Self {
        Analyzer {
            segmenter: Segmenter::new(),
            grammar: Grammar::new(),
            directive: DirectiveTables::new(),
            phrase: PhraseTables::new(),
            actor: ActorTables::new(),
            measure: MeasureTables::new(),
            target: TargetTables::new(),
            summary: SummaryTables::new(),
        }
    }

    /// The segmenter, for plain word segmentation.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Analyses `text`. Any string is accepted; none panics.
    pub fn analyze(&self, text: &str) -> Analysis {
        let doc = Document::new(text, &self.segmenter);
        let found = self.tag(&doc);
        let points = outline(&doc);
        let links = responsible_actors(&doc, &found.directives, &found.actors, &points);
        let idx = Utf16Index::new(text);
        let at = |s: Span| Stretch {
            start: idx.utf16(s.start),
            end: idx.utf16(s.end),
            text: s.of(text).to_string(),
        };
        let directives = directive_spans(&found.directives, links, &at);
        let actors: Vec<ActorSpan> = found.actors.iter().map(|a| actor_span(a, &at)).collect();
        let measures: Vec<MeasureSpan> = found
            .measures
            .iter()
            .map(|m| measure_span(m, &at))
            .collect();
        let targets: Vec<TargetSpan> = found
            .targets
            .iter()
            .map(|t| TargetSpan {
                at: at(t.span),
                rule: t.rule,
            })
            .collect();
        let lists = SpanLists {
            directives: &directives,
            actors: &actors,
            measures: &measures,
            targets: &targets,
        };
        let summary = summarize(&doc, &self.summary, lists, &at);
        let outline = outline_points(&doc, &points, &found.directives, &at);
        Analysis {
            length: idx.len_utf16(),
            directives,
            actors,
            measures,
            targets,
            outline,
            summary,
        }
    }

    /// Runs the taggers over a document. Highlights must nest: a lower layer never crosses
    /// the edge of a higher one (measure over actor over target).
    fn tag(&self, doc: &Document) -> Found {
        let g = &self.grammar;
        let directives = DirectiveTagger {
            grammar: g,
            tables: &self.directive,
        }
        .directives(doc);
        let finder = PhraseFinder {
            grammar: g,
            tables: &self.phrase,
        };
        let phrases: Vec<Vec<Phrase>> = doc.views().map(|u| finder.noun_phrases(u)).collect();
        let mut actors = ActorTagger {
            grammar: g,
            tables: &self.actor,
        }
        .actors(doc, &directives, &phrases);
        let measures = MeasureTagger {
            grammar: g,
            tables: &self.measure,
        }
        .measures(doc, &directives, &actors);
        let mut targets = TargetTagger {
            grammar: g,
            tables: &self.target,
        }
        .targets(doc, &phrases);
        actors.retain(|a| !crosses_any(a.unit, a.span, &measures, |m| (m.unit, m.span)));
        targets.retain(|t| {
            !crosses_any(t.unit, t.span, &measures, |m| (m.unit, m.span))
                && !crosses_any(t.unit, t.span, &actors, |a| (a.unit, a.span))
        });
        Found {
            directives,
            actors,
            measures,
            targets,
        }
    }
}

fn directive_spans(
    found: &[Directive],
    links: Vec<Vec<usize>>,
    at: &dyn Fn(Span) -> Stretch,
) -> Vec<DirectiveSpan> {
    found
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
        .collect()
}

fn actor_span(a: &Actor, at: &dyn Fn(Span) -> Stretch) -> ActorSpan {
    ActorSpan {
        at: at(a.span),
        rule: a.rule,
        role: a.role,
        level: a.level,
        kind: a.kind,
    }
}

fn measure_span(m: &Measure, at: &dyn Fn(Span) -> Stretch) -> MeasureSpan {
    MeasureSpan {
        at: at(m.span),
        rule: m.rule,
        instrument: m.instrument,
        directive: m.directive,
    }
}

fn outline_points(
    doc: &Document,
    points: &[OutlineItem],
    directives: &[Directive],
    at: &dyn Fn(Span) -> Stretch,
) -> Vec<OutlinePoint> {
    points
        .iter()
        .map(|o| OutlinePoint {
            at: at(o.span),
            number: o.number.of(doc.text).to_string(),
            title: at(o.title),
            depth: o.style.depth(),
            directive: sorted_range(directives, |d| d.unit, o.unit).next(),
        })
        .collect()
}
