//! The analysis of one text, in the JSON schema that the command line and the WebAssembly
//! API share (README, "The JSON schema"). Offsets are UTF-16 code units, end exclusive.
//! This module depends only on the vocabulary ([`crate::model`], [`crate::rule`]); the
//! pipeline fills it in and the summary reads it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{ActorKind, Force, Instrument, Level, Role};
use crate::rule::Rule;

/// A stretch of the text: UTF-16 offsets and the text they name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stretch {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The text, equal to `text.slice(start, end)` in JavaScript.
    pub text: String,
}

impl Stretch {
    /// Checks that the stretch lies inside `utf16`, on whole characters, and names the text
    /// it says it does.
    pub fn check(&self, utf16: &[u16]) -> Result<(), String> {
        if self.start > self.end || self.end > utf16.len() {
            return Err(format!(
                "{}..{} lies outside the text ({} UTF-16 units)",
                self.start,
                self.end,
                utf16.len()
            ));
        }
        match String::from_utf16(&utf16[self.start..self.end]) {
            Ok(slice) if slice == self.text => Ok(()),
            Ok(slice) => Err(format!(
                "{}..{} names {slice:?} in the text, not {:?}",
                self.start, self.end, self.text
            )),
            Err(_) => Err(format!(
                "{}..{} splits a surrogate pair",
                self.start, self.end
            )),
        }
    }
}

/// A directive unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectiveSpan {
    /// Where the unit stands.
    #[serde(flatten)]
    pub at: Stretch,
    /// The rule that found it.
    pub rule: Rule,
    /// `obligation`, `prohibition` or `encouragement`.
    pub force: Force,
    /// Whether no marker triggered it.
    pub implicit: bool,
    /// The marker that triggered it, if any.
    pub marker: Option<Stretch>,
    /// Indices in `actors` of the responsible actors it is addressed to, the first time
    /// this list is named; empty when `actors_from` is given.
    pub actors: Vec<usize>,
    /// Index of another directive whose `actors` this one shares (the one before it whose
    /// subject carries over, the responsibility note that closes its point, the first one
    /// given the addressees): a reference instead of a copy, so the output stays as small
    /// as the text. Absent when the directive has its own list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actors_from: Option<usize>,
}

/// An actor mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorSpan {
    /// Where it stands.
    #[serde(flatten)]
    pub at: Stretch,
    /// The rule that gave its role.
    pub rule: Rule,
    /// `responsible`, `issuer` or `other`.
    pub role: Role,
    /// Its administrative level.
    pub level: Level,
    /// What kind of body it names.
    pub kind: ActorKind,
}

/// A measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeasureSpan {
    /// Where it stands.
    #[serde(flatten)]
    pub at: Stretch,
    /// The rule that found it.
    pub rule: Rule,
    /// `supply`, `environment` or `demand`.
    pub instrument: Instrument,
    /// Index in `directives` of the directive that prescribes it; `None` when the analysis
    /// was asked without directives (`kinds`).
    pub directive: Option<usize>,
}

/// A target group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetSpan {
    /// Where it stands.
    #[serde(flatten)]
    pub at: Stretch,
    /// The rule that found it.
    pub rule: Rule,
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

/// How many of each thing, and of each attribute value.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Directive units.
    pub directives: usize,
    /// Actor mentions.
    pub actors: usize,
    /// Measures.
    pub measures: usize,
    /// Target mentions.
    pub targets: usize,
    /// Directives per force.
    pub force: BTreeMap<&'static str, usize>,
    /// Actors per role.
    pub role: BTreeMap<&'static str, usize>,
    /// Actors per level.
    pub level: BTreeMap<&'static str, usize>,
    /// Measures per instrument.
    pub instrument: BTreeMap<&'static str, usize>,
}

/// One row of the who-must-do-what table: an actor as written, and what is addressed to it.
/// The row names the directives that hold an actor list with this actor; with the ones that
/// share their list (`actors_from`), they are all the directives addressed to it. Counting
/// instead of listing keeps the summary as small as the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Responsibility {
    /// The actor as written.
    pub actor: String,
    /// Its level.
    pub level: Level,
    /// Indices in `actors` of its responsible mentions.
    pub mentions: Vec<usize>,
    /// Indices in `directives` whose own `actors` name it.
    pub lists: Vec<usize>,
    /// How many directives are addressed to it (those and the ones sharing their lists).
    pub directive_count: usize,
    /// How many measures those directives prescribe.
    pub measure_count: usize,
}

/// A slogan or formula in quotation marks, with how often it occurs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Slogan {
    /// The slogan without its quotation marks.
    pub text: String,
    /// How often it occurs.
    pub count: usize,
    /// Its first occurrence, quotation marks excluded.
    pub first: Stretch,
}

/// A keyword with its frequency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    /// The word.
    pub word: String,
    /// How often it occurs.
    pub count: usize,
}

/// The summary of an analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Counts per category and attribute.
    pub counts: Counts,
    /// Who must do what: each responsible actor with its directives and measures.
    pub responsibilities: Vec<Responsibility>,
    /// Indices in `measures`, grouped by instrument.
    pub measures_by_instrument: BTreeMap<&'static str, Vec<usize>>,
    /// Slogans and formulas in quotation marks, most frequent first.
    pub slogans: Vec<Slogan>,
    /// The most frequent content words.
    pub keywords: Vec<Keyword>,
    /// The issuers, as written, each once.
    pub issuers: Vec<String>,
    /// Dates written in the text (`2017-09-29`, `2018年11月16日`).
    pub dates: Vec<Stretch>,
    /// Source lines (`来源:江南日报`).
    pub sources: Vec<Stretch>,
}

/// The four span lists of an analysis, borrowed: what the summary counts and what is drawn.
#[derive(Debug, Clone, Copy)]
pub struct SpanLists<'a> {
    /// Directive units, in text order.
    pub directives: &'a [DirectiveSpan],
    /// Actor mentions, in text order.
    pub actors: &'a [ActorSpan],
    /// Measures, in text order.
    pub measures: &'a [MeasureSpan],
    /// Target mentions, in text order.
    pub targets: &'a [TargetSpan],
}

/// The spans of an analysis handed back from JavaScript to be drawn (the other fields of
/// the analysis are ignored).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Spans {
    /// Directive units, in text order.
    pub directives: Vec<DirectiveSpan>,
    /// Actor mentions, in text order.
    pub actors: Vec<ActorSpan>,
    /// Measures, in text order.
    pub measures: Vec<MeasureSpan>,
    /// Target mentions, in text order.
    pub targets: Vec<TargetSpan>,
}

impl<'a> SpanLists<'a> {
    /// The responsible actors of directive `d`: its own list, or the list it shares.
    pub fn actors_of(self, d: usize) -> &'a [usize] {
        match self.directives.get(d) {
            Some(x) => match x.actors_from.and_then(|k| self.directives.get(k)) {
                Some(owner) => &owner.actors,
                None => &x.actors,
            },
            None => &[],
        }
    }
}

impl Spans {
    /// The span lists, borrowed.
    pub fn lists(&self) -> SpanLists<'_> {
        SpanLists {
            directives: &self.directives,
            actors: &self.actors,
            measures: &self.measures,
            targets: &self.targets,
        }
    }
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

impl Analysis {
    /// The responsible actors of directive `d`: its own list, or the list it shares.
    pub fn actors_of(&self, d: usize) -> &[usize] {
        self.lists().actors_of(d)
    }

    /// The span lists, borrowed.
    pub fn lists(&self) -> SpanLists<'_> {
        SpanLists {
            directives: &self.directives,
            actors: &self.actors,
            measures: &self.measures,
            targets: &self.targets,
        }
    }

    /// Every stretch of the analysis, with what it is.
    pub fn stretches(&self) -> Vec<(&'static str, &Stretch)> {
        let mut out: Vec<(&'static str, &Stretch)> = Vec::new();
        out.extend(self.directives.iter().map(|d| ("directive", &d.at)));
        out.extend(
            self.directives
                .iter()
                .filter_map(|d| d.marker.as_ref())
                .map(|m| ("marker", m)),
        );
        out.extend(self.actors.iter().map(|x| ("actor", &x.at)));
        out.extend(self.measures.iter().map(|m| ("measure", &m.at)));
        out.extend(self.targets.iter().map(|t| ("target", &t.at)));
        out.extend(
            self.outline
                .iter()
                .flat_map(|o| [("outline", &o.at), ("title", &o.title)]),
        );
        let s = &self.summary;
        out.extend(s.slogans.iter().map(|x| ("slogan", &x.first)));
        out.extend(s.dates.iter().map(|x| ("date", x)));
        out.extend(s.sources.iter().map(|x| ("source", x)));
        out
    }

    /// Checks the promises the schema makes about an analysis of `text`: its length is the
    /// text's UTF-16 length; every stretch lies inside the text on whole characters and
    /// names what its offsets name; spans of one kind are in text order; every link points
    /// at something that exists, and a measure lies inside its directive.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        if self.length != utf16.len() {
            return Err(format!(
                "length {} is not the text's UTF-16 length {}",
                self.length,
                utf16.len()
            ));
        }
        for (kind, s) in self.stretches() {
            s.check(&utf16).map_err(|e| format!("{kind} {e}"))?;
        }
        let in_order = |starts: &[usize]| starts.windows(2).all(|w| w[0] <= w[1]);
        let lists: [(&str, Vec<usize>); 4] = [
            (
                "directives",
                self.directives.iter().map(|d| d.at.start).collect(),
            ),
            ("actors", self.actors.iter().map(|x| x.at.start).collect()),
            (
                "measures",
                self.measures.iter().map(|m| m.at.start).collect(),
            ),
            ("targets", self.targets.iter().map(|t| t.at.start).collect()),
        ];
        if let Some((name, _)) = lists.iter().find(|(_, starts)| !in_order(starts)) {
            return Err(format!("the {name} are not in text order"));
        }
        for (i, d) in self.directives.iter().enumerate() {
            if let Some(&a) = d.actors.iter().find(|&&a| a >= self.actors.len()) {
                return Err(format!(
                    "directive {i} links actor {a}, which does not exist"
                ));
            }
        }
        for (i, m) in self.measures.iter().enumerate() {
            let Some(di) = m.directive else { continue };
            let inside = self
                .directives
                .get(di)
                .is_some_and(|d| d.at.start <= m.at.start && m.at.end <= d.at.end);
            if !inside {
                return Err(format!("measure {i} does not lie inside its directive"));
            }
        }
        Ok(())
    }
}

/// The TypeScript types of the schema and of the WebAssembly API's options, for the
/// `.d.ts` that wasm-bindgen writes. A test checks each literal union against its enum.
pub const TYPESCRIPT: &str = r#"
/** A stretch of the text: UTF-16 offsets (end exclusive) and the text they name. */
export interface Stretch { start: number; end: number; text: string; }
export type Kind = "directive" | "actor" | "measure" | "target";
export type Force = "obligation" | "prohibition" | "encouragement";
export type Role = "responsible" | "issuer" | "other";
export type Level = "central" | "provincial" | "municipal" | "county" | "township" | "village" | "all" | "unspecified";
export type Instrument = "supply" | "environment" | "demand";
export type ActorKind = "government" | "person" | "organisation" | "place";
/** The rule that produced a span; its description is in vocabulary.js (RULES). */
export type Rule =
  | "directive-numbered-yao"
  | "directive-marker-obligation"
  | "directive-marker-prohibition"
  | "directive-marker-encouragement"
  | "directive-responsibility-note"
  | "directive-reported-imperative"
  | "directive-implicit-imperative"
  | "directive-implicit-prepositional"
  | "directive-implicit-assignment"
  | "directive-article"
  | "directive-deadline"
  | "directive-stated-duty"
  | "actor-addressee"
  | "actor-responsibility-note"
  | "actor-document-issuer"
  | "actor-signature"
  | "actor-speaker"
  | "actor-field"
  | "actor-issuer-verb"
  | "actor-attendee"
  | "actor-subject"
  | "actor-subject-of-report"
  | "actor-pivot"
  | "actor-agent"
  | "actor-bearer"
  | "actor-partner"
  | "actor-mention"
  | "measure-verb-object"
  | "measure-means-list"
  | "measure-prepositional"
  | "measure-prohibition"
  | "measure-sanction"
  | "measure-assignment"
  | "target-head"
  | "target-modified"
  | "target-members"
  | "target-cared-for";
/** `actors` lists the responsible actors the first time a list is named; a directive that
 * shares another one's list has `actors_from` (that directive's index) and no `actors`. */
export interface Directive extends Stretch { rule: Rule; force: Force; implicit: boolean; marker: Stretch | null; actors: number[]; actors_from?: number; }
export interface Actor extends Stretch { rule: Rule; role: Role; level: Level; kind: ActorKind; }
export interface Measure extends Stretch { rule: Rule; instrument: Instrument; directive: number | null; }
export interface Target extends Stretch { rule: Rule; }
export interface OutlinePoint extends Stretch { number: string; title: Stretch; depth: number; directive: number | null; }
/** A who-must-do-what row: the directives in `lists`, with those whose `actors_from` is one
 * of them, are addressed to the actor. */
export interface Responsibility { actor: string; level: Level; mentions: number[]; lists: number[]; directive_count: number; measure_count: number; }
export interface Summary {
  counts: { directives: number; actors: number; measures: number; targets: number;
            force: Partial<Record<Force, number>>; role: Partial<Record<Role, number>>;
            level: Partial<Record<Level, number>>; instrument: Partial<Record<Instrument, number>>; };
  responsibilities: Responsibility[];
  measures_by_instrument: Record<Instrument, number[]>;
  slogans: { text: string; count: number; first: Stretch; }[];
  keywords: { word: string; count: number; }[];
  issuers: string[];
  dates: Stretch[];
  sources: Stretch[];
}
/** The analysis, in the same schema as `policy-lens analyze`. */
export interface Analysis { length: number; directives: Directive[]; actors: Actor[]; measures: Measure[]; targets: Target[]; outline: OutlinePoint[]; summary: Summary; }
/** `analyzeCompact`'s result: the spans as typed arrays (src/compact.rs; codes index the
 * value lists of vocabulary.js, `RULE_IDS` for rules), the outline and summary as objects. */
export interface CompactAnalysis {
  length: number;
  directives: Uint32Array; directiveCodes: Uint8Array; actorLists: Uint32Array;
  actors: Uint32Array; actorCodes: Uint8Array;
  measures: Uint32Array; measureCodes: Uint8Array;
  targets: Uint32Array; targetCodes: Uint8Array;
  outline: OutlinePoint[]; summary: Summary;
}
/** Options of `analyze` and `render`: which categories to return and draw (all by default). */
export interface AnalyzeOptions { kinds?: Kind[]; }
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Term};

    /// The members of `export type NAME = "a" | "b";` in the TypeScript (on one line or
    /// one member a line).
    fn union(name: &str) -> Vec<String> {
        let head = format!("export type {name} =");
        let start = TYPESCRIPT
            .find(head.as_str())
            .unwrap_or_else(|| panic!("no union {name} in TYPESCRIPT"));
        let body = &TYPESCRIPT[start + head.len()..];
        let body = &body[..body.find(';').unwrap_or(body.len())];
        body.split('|')
            .map(|m| m.trim().trim_matches('"').to_string())
            .filter(|m| !m.is_empty())
            .collect()
    }

    fn spelled<T: Term>() -> Vec<String> {
        T::ALL.iter().map(|v| v.as_str().to_string()).collect()
    }

    #[test]
    fn typescript_unions_equal_the_rust_enums() {
        assert_eq!(union("Kind"), spelled::<Kind>());
        assert_eq!(union("Force"), spelled::<Force>());
        assert_eq!(union("Role"), spelled::<Role>());
        assert_eq!(union("Level"), spelled::<Level>());
        assert_eq!(union("Instrument"), spelled::<Instrument>());
        assert_eq!(union("ActorKind"), spelled::<ActorKind>());
        assert_eq!(union("Rule"), spelled::<Rule>());
    }

    #[test]
    fn a_stretch_that_names_other_text_is_refused() {
        let utf16: Vec<u16> = "各县要𠀀建设".encode_utf16().collect();
        let ok = Stretch {
            start: 0,
            end: 2,
            text: "各县".into(),
        };
        assert_eq!(ok.check(&utf16), Ok(()));
        let wrong = Stretch {
            text: "各省".into(),
            ..ok.clone()
        };
        assert!(wrong.check(&utf16).unwrap_err().contains("names \"各县\""));
        let split = Stretch {
            start: 3,
            end: 4,
            text: String::new(),
        };
        assert!(split.check(&utf16).unwrap_err().contains("surrogate"));
        let outside = Stretch {
            start: 5,
            end: 99,
            text: String::new(),
        };
        assert!(outside.check(&utf16).unwrap_err().contains("outside"));
    }
}
