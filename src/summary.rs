//! The summary: counts, who must do what, measures by instrument, slogans, keywords,
//! issuers, dates and sources.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::Serialize;

use crate::analysis::{Analysis, Stretch};
use crate::document::{sorted_range, Document};
use crate::lexicon::Lexicons;
use crate::model::{Instrument, Role};
use crate::segment::Pos;
use crate::text::Span;

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

/// One row of the who-must-do-what table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Responsibility {
    /// The actor as written.
    pub actor: String,
    /// Its level.
    pub level: &'static str,
    /// Indices in `actors` of its responsible mentions.
    pub mentions: Vec<usize>,
    /// Indices in `directives` addressed to it.
    pub directives: Vec<usize>,
    /// Indices in `measures` of those directives' measures.
    pub measures: Vec<usize>,
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
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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
    /// Source lines (`来源:青海日报`).
    pub sources: Vec<Stretch>,
}

/// How many keywords the summary lists.
const KEYWORDS: usize = 12;
/// Longest quoted text taken as a slogan, in characters.
const MAX_SLOGAN_CHARS: usize = 16;

/// Builds the summary of an analysis; `at` turns a byte span into a stretch.
pub fn summarize(
    doc: &Document,
    lex: &Lexicons,
    a: &Analysis,
    at: &dyn Fn(Span) -> Stretch,
) -> Summary {
    let mut counts = Counts {
        directives: a.directives.len(),
        actors: a.actors.len(),
        measures: a.measures.len(),
        targets: a.targets.len(),
        ..Counts::default()
    };
    for d in &a.directives {
        *counts.force.entry(d.force.as_str()).or_default() += 1;
    }
    for x in &a.actors {
        *counts.role.entry(x.role.as_str()).or_default() += 1;
        *counts.level.entry(x.level.as_str()).or_default() += 1;
    }
    let mut measures_by_instrument: BTreeMap<&'static str, Vec<usize>> = Instrument::ALL
        .iter()
        .map(|i| (i.as_str(), Vec::new()))
        .collect();
    for (i, m) in a.measures.iter().enumerate() {
        *counts.instrument.entry(m.instrument.as_str()).or_default() += 1;
        measures_by_instrument
            .entry(m.instrument.as_str())
            .or_default()
            .push(i);
    }
    let mut issuers: Vec<String> = Vec::new();
    for x in a.actors.iter().filter(|x| x.role == Role::Issuer) {
        if !issuers
            .iter()
            .any(|s| s.contains(&x.at.text) || x.at.text.contains(s.as_str()))
        {
            issuers.push(x.at.text.clone());
        }
    }
    Summary {
        counts,
        responsibilities: responsibilities(a),
        measures_by_instrument,
        slogans: slogans(doc.text, at),
        keywords: keywords(doc, lex),
        issuers,
        dates: dates(doc.text).into_iter().map(at).collect(),
        sources: sources(doc.text).into_iter().map(at).collect(),
    }
}

fn responsibilities(a: &Analysis) -> Vec<Responsibility> {
    let mut rows: Vec<Responsibility> = Vec::new();
    let mut row_of: HashMap<&str, usize> = HashMap::default();
    let mut mentioned: HashSet<usize> = HashSet::default();
    for (di, d) in a.directives.iter().enumerate() {
        for &ai in &d.actors {
            let actor = &a.actors[ai];
            let r = *row_of.entry(actor.at.text.as_str()).or_insert_with(|| {
                rows.push(Responsibility {
                    actor: actor.at.text.clone(),
                    level: actor.level.as_str(),
                    mentions: Vec::new(),
                    directives: Vec::new(),
                    measures: Vec::new(),
                });
                rows.len() - 1
            });
            let row = &mut rows[r];
            if mentioned.insert(ai) {
                row.mentions.push(ai);
            }
            // Directives come in order, so a repeat is always the last one.
            if row.directives.last() != Some(&di) {
                row.directives.push(di);
                row.measures
                    .extend(sorted_range(&a.measures, |m| m.directive, di));
            }
        }
    }
    rows
}

fn slogans(text: &str, at: &dyn Fn(Span) -> Stretch) -> Vec<Slogan> {
    let mut found: Vec<Slogan> = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find('“').map(|k| rest + k) {
        let inner = open + '“'.len_utf8();
        let Some(close) = text[inner..].find(['”', '\n']).map(|k| inner + k) else {
            break;
        };
        rest = close;
        let body = &text[inner..close];
        if text[close..].starts_with('\n')
            || body.is_empty()
            || body.chars().count() > MAX_SLOGAN_CHARS
        {
            continue;
        }
        match found.iter_mut().find(|s| s.text == body) {
            Some(s) => s.count += 1,
            None => found.push(Slogan {
                text: body.to_string(),
                count: 1,
                first: at(Span::new(inner, close)),
            }),
        }
    }
    found.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.first.start.cmp(&b.first.start))
    });
    found
}

fn keywords(doc: &Document, lex: &Lexicons) -> Vec<Keyword> {
    let mut freq: HashMap<&str, usize> = HashMap::default();
    let mut order: Vec<&str> = Vec::new();
    for unit in &doc.units {
        for t in &unit.tokens {
            let w = doc.word(t);
            // Place names from segmentation are mostly modifiers (深度 in 深度贫困地区).
            let content = matches!(t.pos, Pos::Noun | Pos::VerbalNoun | Pos::Name);
            if !content || w.chars().count() < 2 || lex.stopwords.contains(w) {
                continue;
            }
            let n = freq.entry(w).or_insert(0);
            if *n == 0 {
                order.push(w);
            }
            *n += 1;
        }
    }
    order.sort_by(|a, b| {
        freq[b]
            .cmp(&freq[a])
            .then(b.chars().count().cmp(&a.chars().count()))
    });
    order
        .into_iter()
        .filter(|w| freq[w] > 1)
        .take(KEYWORDS)
        .map(|w| Keyword {
            word: w.to_string(),
            count: freq[w],
        })
        .collect()
}

/// Dates: `2017-09-29`, `2018年11月16日`, `2019年3月`.
fn dates(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let digits = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let y = digits(i);
        let mut end = i + y;
        if y == 4
            && text[end..].starts_with('-')
            && digits(end + 1) == 2
            && text[end + 3..].starts_with('-')
            && digits(end + 4) == 2
        {
            end += 6;
            out.push(Span::new(i, end));
        } else if y == 4 && text[end..].starts_with('年') {
            let m = end + '年'.len_utf8();
            let md = digits(m);
            if (1..=2).contains(&md) && text[m + md..].starts_with('月') {
                end = m + md + '月'.len_utf8();
                let dd = digits(end);
                if (1..=2).contains(&dd) && text[end + dd..].starts_with('日') {
                    end += dd + '日'.len_utf8();
                }
                out.push(Span::new(i, end));
            }
        }
        i = end.max(i + 1);
    }
    out
}

/// Source lines: the text after `来源:` up to the next white space.
fn sources(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for label in ["来源:", "来源：", "来源 :"] {
        let mut from = 0;
        while let Some(k) = text[from..].find(label) {
            let start = from + k + label.len();
            let end = text[start..]
                .find(char::is_whitespace)
                .map_or(text.len(), |e| start + e);
            if end > start {
                out.push(Span::new(start, end));
            }
            from = end.max(start);
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dates_in_both_styles() {
        let text = "日期:2017-09-29 浏览量 国务院 2018年11月16日 到2020年，2019年4月底前";
        let found: Vec<&str> = dates(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(found, ["2017-09-29", "2018年11月16日", "2019年4月"]);
    }

    #[test]
    fn finds_source_after_label() {
        let text = "来源:青海日报 日期:2017";
        let found: Vec<&str> = sources(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(found, ["青海日报"]);
    }
}
