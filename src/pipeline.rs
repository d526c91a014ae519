//! The pipeline: the analyzer holds the segmenter and every tagger's tables, built once,
//! and runs text → document → directives → phrases → actors → measures → targets →
//! outline → links → summary, assembling the schema at the end.

use crate::actor::{ActorTables, ActorTagger};
use crate::directive::{DirectiveTables, DirectiveTagger};
use crate::document::{sorted_range, Document};
use crate::grammar::Grammar;
use crate::link::{responsible_actors, Link};
use crate::measure::{MeasureTables, MeasureTagger};
use crate::nesting::Layer;
use crate::outline::{outline, OutlineItem};
use crate::phrase::{PhraseFinder, PhraseTables};
use crate::schema::{
    ActorSpan, Analysis, DirectiveSpan, MeasureSpan, OutlinePoint, SpanLists, Stretch, TargetSpan,
};
use crate::segment::Segmenter;
use crate::summary::{self, SummaryTables};
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
        self.analyze_counting(text).0
    }

    /// Analyses `text`, and says how many words the rules visited on the way: a count of
    /// work that does not depend on the machine, which the complexity tests hold linear.
    pub fn analyze_counting(&self, text: &str) -> (Analysis, u64) {
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
        let outline = outline_points(&doc, &points, &found.directives, &at);
        let keywords = summary::keywords(&doc, &self.summary);
        let visits = doc.visits();
        // The document is done with; each list of what was found is turned into the schema
        // and let go of at once, so that no two copies of the analysis live together.
        drop(doc);
        let Found {
            directives,
            actors,
            measures,
            targets,
        } = found;
        let directives = directive_spans(directives, links, &at);
        let actors: Vec<ActorSpan> = actors.into_iter().map(|a| actor_span(a, &at)).collect();
        let measures: Vec<MeasureSpan> =
            measures.into_iter().map(|m| measure_span(m, &at)).collect();
        let targets: Vec<TargetSpan> = targets
            .into_iter()
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
        let summary = summary::summarize(text, &self.summary, lists, keywords, &at);
        let analysis = Analysis {
            length: idx.len_utf16(),
            directives,
            actors,
            measures,
            targets,
            outline,
            summary,
        };
        (analysis, visits)
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
        let phrases = finder.phrases(doc);
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
        let measure_layer = Layer::new(measures.iter().map(|m| (m.unit, m.span)));
        actors.retain(|a| !measure_layer.crossed_by(a.unit, a.span));
        let actor_layer = Layer::new(actors.iter().map(|a| (a.unit, a.span)));
        // A restriction taken into a target may hold another one: outer first.
        targets.sort_by_key(|t| (t.span.start, std::cmp::Reverse(t.span.end)));
        targets.retain(|t| {
            !measure_layer.crossed_by(t.unit, t.span) && !actor_layer.crossed_by(t.unit, t.span)
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
    found: Vec<Directive>,
    links: Vec<Link>,
    at: &dyn Fn(Span) -> Stretch,
) -> Vec<DirectiveSpan> {
    found
        .into_iter()
        .zip(links)
        .map(|(d, link)| {
            let (actors, actors_from) = match link {
                Link::Own(list) => (list, None),
                Link::SameAs(k) => (Vec::new(), Some(k)),
            };
            DirectiveSpan {
                at: at(d.span),
                rule: d.rule,
                force: d.force,
                implicit: d.marker.is_none(),
                marker: d.marker.map(at),
                actors,
                actors_from,
            }
        })
        .collect()
}

fn actor_span(a: Actor, at: &dyn Fn(Span) -> Stretch) -> ActorSpan {
    ActorSpan {
        at: at(a.span),
        rule: a.rule,
        role: a.role,
        level: a.level,
        kind: a.kind,
    }
}

fn measure_span(m: Measure, at: &dyn Fn(Span) -> Stretch) -> MeasureSpan {
    MeasureSpan {
        at: at(m.span),
        rule: m.rule,
        instrument: m.instrument,
        directive: Some(m.directive),
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
