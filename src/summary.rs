//! The summary: counts, who must do what, measures by instrument, slogans, keywords,
//! issuers, dates and sources. It reads the document and the schema's spans, nothing of
//! the taggers.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::document::{sorted_range, Document};
use crate::lexicon::tables::{self, class};
use crate::lexicon::{word_set, WordSet};
use crate::model::{Instrument, Role};
use crate::schema::{
    Counts, Keyword, MeasureSpan, Responsibility, Slogan, SpanLists, Stretch, Summary,
};
use crate::segment::Pos;
use crate::text::Span;

/// The tables the summary reads: `data/stopwords.tsv` and the source labels of
/// `data/classes/summary.tsv`.
#[derive(Debug)]
pub struct SummaryTables {
    stopwords: WordSet,
    source_labels: Vec<&'static str>,
}

impl SummaryTables {
    /// Builds the look-ups from the compiled tables.
    pub fn new() -> Self {
        SummaryTables {
            stopwords: word_set(tables::STOPWORDS),
            source_labels: class::SOURCE_LABEL.to_vec(),
        }
    }
}

impl Default for SummaryTables {
    fn default() -> Self {
        Self::new()
    }
}

/// How many keywords the summary lists.
const KEYWORDS: usize = 12;
/// How many issuers the summary lists at most.
const MAX_ISSUERS: usize = 50;
/// Longest quoted text taken as a slogan, in characters.
const MAX_SLOGAN_CHARS: usize = 16;

/// Builds the summary of the spans `a` found in `text`, with its `keywords` (counted from
/// the document's words beforehand, so that the document can be let go of first); `at`
/// turns a byte span into a stretch.
pub fn summarize(
    text: &str,
    tables: &SummaryTables,
    a: SpanLists,
    keywords: Vec<Keyword>,
    at: &dyn Fn(Span) -> Stretch,
) -> Summary {
    let mut counts = Counts {
        directives: a.directives.len(),
        actors: a.actors.len(),
        measures: a.measures.len(),
        targets: a.targets.len(),
        ..Counts::default()
    };
    for d in a.directives {
        *counts.force.entry(d.force.as_str()).or_default() += 1;
    }
    for x in a.actors {
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
    Summary {
        counts,
        responsibilities: responsibilities(a),
        measures_by_instrument,
        slogans: slogans(text, at),
        keywords,
        issuers: issuers(a),
        dates: dates(text).into_iter().map(at).collect(),
        sources: sources(text, tables).into_iter().map(at).collect(),
    }
}

/// The issuers as written, each once (a name inside another counts as that one).
/// At most [`MAX_ISSUERS`] of them: no text has that many, and each new one is compared
/// with all before it.
fn issuers(a: SpanLists) -> Vec<String> {
    let mut issuers: Vec<String> = Vec::new();
    for x in a.actors.iter().filter(|x| x.role == Role::Issuer) {
        if issuers.len() == MAX_ISSUERS {
            break;
        }
        if !issuers
            .iter()
            .any(|s| s.contains(&x.at.text) || x.at.text.contains(s.as_str()))
        {
            issuers.push(x.at.text.clone());
        }
    }
    issuers
}

/// The who-must-do-what rows, one per actor as written, in the order they are first
/// addressed. Each directive list is read once, where it is first named; the directives
/// and measures of the lists that share it are counted, not listed.
fn responsibilities(a: SpanLists) -> Vec<Responsibility> {
    // For each directive that owns its list: the directives and measures that list covers.
    let mut covered = vec![(0usize, 0usize); a.directives.len()];
    for (di, d) in a.directives.iter().enumerate() {
        let owner = d.actors_from.unwrap_or(di);
        covered[owner].0 += 1;
        // Every measure links its directive when the summary is made.
        let linked = |m: &MeasureSpan| m.directive.unwrap_or(usize::MAX);
        covered[owner].1 += sorted_range(a.measures, linked, di).len();
    }
    let mut rows: Vec<Responsibility> = Vec::new();
    let mut row_of: HashMap<&str, usize> = HashMap::default();
    let mut mentioned: HashSet<usize> = HashSet::default();
    let mut read = vec![false; a.directives.len()];
    // Lists are read where a directive is first addressed by them, so rows come in the
    // order their actors are first addressed.
    for (di, d) in a.directives.iter().enumerate() {
        let owner = d.actors_from.unwrap_or(di);
        if std::mem::replace(&mut read[owner], true) {
            continue;
        }
        for &ai in &a.directives[owner].actors {
            let actor = &a.actors[ai];
            let r = *row_of.entry(actor.at.text.as_str()).or_insert_with(|| {
                rows.push(Responsibility {
                    actor: actor.at.text.clone(),
                    level: actor.level,
                    mentions: Vec::new(),
                    lists: Vec::new(),
                    directive_count: 0,
                    measure_count: 0,
                });
                rows.len() - 1
            });
            let row = &mut rows[r];
            if mentioned.insert(ai) {
                row.mentions.push(ai);
            }
            // One actor may stand twice in a list; the list counts once.
            if row.lists.last() != Some(&owner) {
                row.lists.push(owner);
                row.directive_count += covered[owner].0;
                row.measure_count += covered[owner].1;
            }
        }
    }
    rows
}

fn slogans(text: &str, at: &dyn Fn(Span) -> Stretch) -> Vec<Slogan> {
    let mut found: Vec<Slogan> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::default();
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
        match index.get(body) {
            Some(&k) => found[k].count += 1,
            None => {
                index.insert(body, found.len());
                found.push(Slogan {
                    text: body.to_string(),
                    count: 1,
                    first: at(Span::new(inner, close)),
                });
            }
        }
    }
    found.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.first.start.cmp(&b.first.start))
    });
    found
}

/// The most frequent content words of a document (nouns and names of two characters or
/// more, without stopwords), each with its count.
pub fn keywords(doc: &Document, tables: &SummaryTables) -> Vec<Keyword> {
    let mut freq: HashMap<&str, usize> = HashMap::default();
    let mut order: Vec<&str> = Vec::new();
    for unit in &doc.units {
        for t in &unit.tokens {
            let w = doc.word(t);
            // Place names from segmentation are mostly modifiers (深度 in 深度贫困地区).
            let content = matches!(t.pos, Pos::Noun | Pos::VerbalNoun | Pos::Name);
            if !content || w.chars().count() < 2 || tables.stopwords.contains(w) {
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

/// Source lines: the text after a source label (`来源:`) up to the next white space.
fn sources(text: &str, tables: &SummaryTables) -> Vec<Span> {
    let mut out = Vec::new();
    for label in &tables.source_labels {
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
        let text = "来源:江南日报 日期:2017 来源：南山晚报";
        let found: Vec<&str> = sources(text, &SummaryTables::new())
            .iter()
            .map(|s| s.of(text))
            .collect();
        assert_eq!(found, ["江南日报", "南山晚报"]);
    }
}
