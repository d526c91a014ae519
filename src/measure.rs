//! Measures (ANNOTATION.md §3): the concrete actions a directive prescribes, typed by
//! policy instrument.

use crate::actor::Actor;
use crate::directive::Directive;
use crate::document::{is_date_word, sorted_range, Clause, Document, Unit};
use crate::lexicon::Lexicons;
use crate::model::{Force, Instrument};
use crate::outline::numbering;
use crate::segment::Pos;
use crate::text::Span;

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
    pub rule: &'static str,
}

/// Finds the measures of every directive.
pub fn measures(
    doc: &Document,
    lex: &Lexicons,
    directives: &[Directive],
    actors: &[Actor],
) -> Vec<Measure> {
    let mut out = Vec::new();
    for (di, d) in directives.iter().enumerate() {
        let unit = &doc.units[d.unit];
        let unit_actors: Vec<&Actor> = actors[sorted_range(actors, |a| a.unit, d.unit)]
            .iter()
            .collect();
        for clause in &unit.clauses {
            for (span, rule) in clause_measures(doc, unit, *clause, lex, &unit_actors) {
                out.push(Measure {
                    unit: d.unit,
                    directive: di,
                    span,
                    // A prohibition shapes conditions (ANNOTATION.md §3).
                    instrument: if rule == "measure-prohibition" {
                        Instrument::Environment
                    } else {
                        instrument_of(span.of(doc.text), lex)
                    },
                    rule,
                });
            }
        }
    }
    out
}

/// Whether word `i` of a clause is a preposition or adverb that `measure_start` may pass.
fn passable(doc: &Document, unit: &Unit, i: usize, lex: &Lexicons, number_end: usize) -> bool {
    let t = &unit.tokens[i];
    let w = doc.word(t);
    if lex.classes.opening_prepositions.contains(&w)
        || lex.classes.passed_prepositions.contains(&w)
        || w == "对"
    {
        return false;
    }
    let prohibition = lex
        .markers
        .get(w)
        .is_some_and(|m| m.force == Force::Prohibition);
    let next_is_verb = unit
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.pos == Pos::Verb || lex.is_measure_verb(doc.word(n)));
    t.span.end <= number_end
        || (!prohibition && lex.markers.contains_key(w) && !lex.is_measure_verb(w))
        || lex.passes_adverb(w, next_is_verb)
        || (t.pos == Pos::Adjective && next_is_verb && !lex.is_measure_verb(w))
        || (t.pos == Pos::Adverb && !lex.classes.negations.contains(&w) && !prohibition)
        || matches!(w, "和" | "及" | "等" | "地" | "“" | "，" | "、")
        || (t.pos == Pos::Number && !w.starts_with('一'))
        || (t.pos == Pos::Symbol && !matches!(w, "（" | "("))
        || is_date_word(w)
}

/// The first measure verb among words `from..end`; with `past_modifiers`, the first
/// with no 的 after it, for a 对 phrase whose noun has verbs in its modifier
/// (对面临困难、坚持不裁员的企业…).
fn main_verb(
    doc: &Document,
    unit: &Unit,
    from: usize,
    end: usize,
    lex: &Lexicons,
    past_modifiers: bool,
) -> Option<usize> {
    let word = |i: usize| doc.word(&unit.tokens[i]);
    (from..end).find(|&v| {
        (lex.is_measure_verb(word(v)) || word(v) == "进行")
            && !(past_modifiers && (v + 1..end).any(|k| word(k) == "的"))
    })
}

/// Index of the word a measure may start at: after numbering, the subject, modals and
/// adverbs; past a phrase that names a beneficiary, place or basis (为创业者提供…,
/// 在常住地办理…, 按规定给予…). `clause.end` when the clause has no such word.
fn measure_start(
    doc: &Document,
    unit: &Unit,
    clause: Clause,
    lex: &Lexicons,
    actors: &[&Actor],
) -> usize {
    let number_end = numbering(doc.unit_text(unit)).map_or(0, |n| unit.span.start + n.len);
    let mut i = clause.first;
    loop {
        while i < clause.end {
            if let Some(a) = actors.iter().find(|a| a.first == i) {
                i = a.end;
            } else if passable(doc, unit, i, lex, number_end) {
                i += 1;
            } else {
                break;
            }
        }
        if i >= clause.end {
            return clause.end;
        }
        let w = doc.word(&unit.tokens[i]);
        let dui = w == "对";
        let verb = main_verb(doc, unit, i + 2, clause.end, lex, dui);
        let passed = lex.classes.passed_prepositions.contains(&w)
            || (dui && verb.is_some_and(|v| doc.word(&unit.tokens[v]) != "进行"));
        if passed {
            return verb
                .filter(|&v| doc.word(&unit.tokens[v]) != "进行")
                .unwrap_or(clause.end);
        }
        let opens = lex.is_measure_verb(w)
            || lex.classes.opening_prepositions.contains(&w)
            || w == "对"
            || w == "通过"
            || lex
                .markers
                .get(w)
                .is_some_and(|m| m.force == Force::Prohibition)
            || lex.classes.negations.contains(&w);
        if opens {
            return i;
        }
        // An unrecognised subject (失业人员可…): the measure follows its modal.
        let modal = (i + 1..clause.end).find(|&k| {
            let w = doc.word(&unit.tokens[k]);
            lex.markers
                .get(w)
                .is_some_and(|m| m.force != Force::Prohibition)
                && !lex.is_measure_verb(w)
        });
        match modal {
            Some(k) => i = k + 1,
            None => return i,
        }
    }
}

/// The measures of one clause of a directive unit, with the rule of each.
fn clause_measures(
    doc: &Document,
    unit: &Unit,
    clause: Clause,
    lex: &Lexicons,
    actors: &[&Actor],
) -> Vec<(Span, &'static str)> {
    let start = measure_start(doc, unit, clause, lex, actors);
    if start >= clause.end {
        return Vec::new();
    }
    let word = |i: usize| doc.word(&unit.tokens[i]);
    let w = word(start);
    if lex.classes.negations.contains(&w) {
        return Vec::new();
    }
    let end_span =
        |s: usize, e: usize| Span::new(unit.tokens[s].span.start, unit.tokens[e - 1].span.end);
    if lex
        .markers
        .get(w)
        .is_some_and(|m| m.force == Force::Prohibition)
    {
        return object_follows(doc, unit, start + 1, clause.end, lex)
            .then(|| (end_span(start, clause.end), "measure-prohibition"))
            .into_iter()
            .collect();
    }
    if w == "通过" {
        return means_list(doc, unit, start + 1, clause.end, lex);
    }
    if lex.classes.opening_prepositions.contains(&w) || w == "对" {
        // 把…放在…上: a phrase of place, not an action.
        let locative = matches!(word(clause.end - 1), "上" | "中" | "下" | "上来" | "高度");
        return match main_verb(doc, unit, start + 2, clause.end, lex, w == "对") {
            Some(v)
                if !locative
                    && (word(v) == "进行" || object_follows(doc, unit, v + 1, clause.end, lex)) =>
            {
                vec![(end_span(start, clause.end), "measure-prepositional")]
            }
            _ => Vec::new(),
        };
    }
    if !lex.is_measure_verb(w) {
        return Vec::new();
    }
    // A list of verb-object phrases joined by 、 is one measure per verb, unless the list
    // is the object of the first verb (采取协商薪酬、调整工时…等措施).
    let listed_object = (start..clause.end).any(|i| word(i) == "等")
        && matches!(
            word(clause.end - 1),
            "措施" | "方式" | "办法" | "手段" | "形式"
        );
    let mut out = Vec::new();
    let mut item = start;
    for i in start + 1..=clause.end {
        let at_split = !listed_object
            && i + 1 < clause.end
            && word(i) == "、"
            && lex.is_measure_verb(word(i + 1))
            && unit.tokens[i + 1].pos == Pos::Verb;
        if i == clause.end || at_split {
            if is_measure(doc, unit, item, i, lex) {
                out.push((end_span(item, i), "measure-verb-object"));
            }
            item = i + 1;
        }
    }
    out
}

/// `通过建设…、发展…等方式`: each listed verb phrase is a measure, without `等方式`.
fn means_list(
    doc: &Document,
    unit: &Unit,
    first: usize,
    end: usize,
    lex: &Lexicons,
) -> Vec<(Span, &'static str)> {
    let word = |i: usize| doc.word(&unit.tokens[i]);
    let stop = (first..end).rev().find(|&i| word(i) == "等").unwrap_or(end);
    let mut out = Vec::new();
    let mut item = first;
    for i in first..=stop {
        if i == stop || word(i) == "、" {
            if item < i
                && lex.is_measure_verb(word(item))
                && object_follows(doc, unit, item + 1, i, lex)
            {
                out.push((
                    Span::new(unit.tokens[item].span.start, unit.tokens[i - 1].span.end),
                    "measure-means-list",
                ));
            }
            item = i + 1;
        }
    }
    out
}

/// Whether a noun follows among words `first..end`.
fn object_follows(doc: &Document, unit: &Unit, first: usize, end: usize, lex: &Lexicons) -> bool {
    unit.tokens[first.min(end)..end].iter().any(|t| {
        let w = doc.word(t);
        let verbal = lex.is_measure_verb(w) && !matches!(t.pos, Pos::Noun | Pos::VerbalNoun);
        t.pos.is_nominal() && !verbal && !lex.markers.contains_key(w)
    })
}

/// Whether words `first..end`, opening with a measure verb, name a concrete measure.
fn is_measure(doc: &Document, unit: &Unit, first: usize, end: usize, lex: &Lexicons) -> bool {
    let word = |i: usize| doc.word(&unit.tokens[i]);
    // An action named last stands as the object (加强后续扶持, 加强帮扶指导).
    let action_object =
        end > first + 1 && lex.is_measure_verb(word(end - 1)) && word(end - 1) != word(first);
    if !(object_follows(doc, unit, first + 1, end, lex) || action_object) || word(first + 1) == "了"
    {
        return false;
    }
    let last = (first + 1..end)
        .rev()
        .map(word)
        .find(|w| !matches!(*w, "”" | "’" | "》" | "）" | ")"))
        .unwrap_or("");
    if last.ends_with('性') {
        return false;
    }
    if lex.classes.pivot_verbs.contains(&word(first)) {
        return true;
    }
    // A list of objects is abstract when its first object is (明确总体要求、目标任务…).
    let first_object = (first + 1..end)
        .find(|&i| word(i) == "、")
        .map(|i| word(i - 1));
    // 工作作风 ends with 作风; plain 工作 is judged below.
    let is_abstract = |w: &str| {
        w != "工作"
            && lex
                .abstract_objects
                .suffix_of(w)
                .is_some_and(|a| a != "工作")
    };
    if is_abstract(last) || first_object.is_some_and(is_abstract) {
        return false;
    }
    if last == "工作" {
        let before = doc.word(&unit.tokens[end.saturating_sub(2).max(first)]);
        if end - first <= 2 || lex.classes.plain_work_modifiers.contains(&before) {
            return false;
        }
    }
    true
}

/// The instrument type of a measure's text: the type whose cues weigh most; environment
/// when none is found.
pub fn instrument_of(text: &str, lex: &Lexicons) -> Instrument {
    let mut score = [0u32; 3];
    for (cue, inst, weight) in &lex.instrument_cues {
        if text.contains(cue) {
            score[*inst as usize] += weight;
        }
    }
    let best = score.iter().copied().max().unwrap_or(0);
    if best == 0 {
        return Instrument::Environment;
    }
    // On a tie, shaping conditions is the safer reading than supplying or pulling.
    [
        Instrument::Environment,
        Instrument::Supply,
        Instrument::Demand,
    ]
    .into_iter()
    .find(|i| score[*i as usize] == best)
    .unwrap_or(Instrument::Environment)
}
