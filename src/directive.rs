//! Directives (ANNOTATION.md §1): which units instruct, with what force, and why.

use crate::document::{is_date_word, is_invisible, Document, Unit};
use crate::lexicon::{Lexicons, MarkerPlace};
use crate::model::Force;
use crate::outline::numbering;
use crate::segment::Pos;
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
    pub rule: &'static str,
}

/// Finds the directive units of a document.
pub fn directives(doc: &Document, lex: &Lexicons) -> Vec<Directive> {
    doc.units
        .iter()
        .enumerate()
        .filter_map(|(i, unit)| directive_of(doc, i, unit, lex))
        .collect()
}

/// The first word of a clause after numbering, time words and adverbs.
pub fn clause_head(doc: &Document, unit: &Unit, first: usize, end: usize, lex: &Lexicons) -> usize {
    let number_end = numbering(doc.unit_text(unit)).map_or(0, |n| unit.span.start + n.len);
    let mut i = first;
    while i < end {
        let t = &unit.tokens[i];
        let w = doc.word(t);
        let verb_follows = unit
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.pos == Pos::Verb || lex.is_measure_verb(doc.word(n)));
        // 将 opens a 把-like object (将…上升为…), though segmentation tags it an adverb.
        let skip = t.span.end <= number_end
            || lex.classes.time_words.contains(&w)
            || (t.pos == Pos::Number && !w.starts_with('一'))
            || is_date_word(w)
            || matches!(w, "“" | "‘" | "《")
            || lex.passes_adverb(w, verb_follows) && !lex.markers.contains_key(w)
            || (t.pos == Pos::Adjective && verb_follows && !lex.is_measure_verb(w))
            || (t.pos == Pos::Adverb && w != "将")
            || t.pos == Pos::Symbol;
        if !skip {
            break;
        }
        i += 1;
    }
    i
}

fn directive_of(doc: &Document, index: usize, unit: &Unit, lex: &Lexicons) -> Option<Directive> {
    let text = doc.unit_text(unit);
    let make = |force, marker, rule| {
        Some(Directive {
            unit: index,
            span: unit.span,
            force,
            marker,
            rule,
        })
    };
    if is_metadata(text) {
        return None;
    }
    // A number glued to 要 (一要, 二要) is itself the marker.
    if let Some(n) = numbering(text) {
        if text[..n.len].ends_with('要') {
            let at = unit.span.start + n.len - '要'.len_utf8();
            return make(
                Force::Obligation,
                Some(Span::new(at, at + '要'.len_utf8())),
                "directive-numbered-yao",
            );
        }
    }
    if is_responsibility_note(doc, unit) {
        return make(Force::Obligation, None, "directive-responsibility-note");
    }
    let marker = first_marker(doc, unit, lex);
    let blocked = non_directive_cue(doc, unit, lex);
    if let Some((span, force, strong)) = marker {
        if strong || blocked.is_none() {
            let rule = match force {
                Force::Obligation => "directive-marker-obligation",
                Force::Prohibition => "directive-marker-prohibition",
                Force::Encouragement => "directive-marker-encouragement",
            };
            return make(force, Some(span), rule);
        }
    }
    if reports_an_imperative(doc, unit, lex) {
        return make(Force::Obligation, None, "directive-reported-imperative");
    }
    if blocked.is_some()
        || text.ends_with(['：', ':'])
        || is_title_line(unit, text, lex)
        || is_noun_heading(doc, unit, lex)
    {
        return None;
    }
    if let Some(rule) = implicit_imperative(doc, unit, lex) {
        return make(Force::Obligation, None, rule);
    }
    None
}

/// Whether a unit is a responsibility note: a bracketed remark that names who is
/// responsible (（人力资源社会保障部、财政部负责）, （…按职责分工负责）, （…牵头）).
pub fn is_responsibility_note(doc: &Document, unit: &Unit) -> bool {
    doc.unit_text(unit).starts_with(['（', '('])
        && unit
            .tokens
            .iter()
            .any(|t| names_responsibility(doc.word(t)))
}

/// Whether a word says who is responsible (负责, 分工负责, 牵头), as a verb.
pub fn names_responsibility(w: &str) -> bool {
    (w.contains("负责") && !w.starts_with("负责人") && !w.starts_with("负责同志"))
        || w.contains("牵头")
}

/// Source, date and document-number lines and the like.
fn is_metadata(text: &str) -> bool {
    // A label followed by a colon: 来源:青海日报, 日期：2017-09-29.
    let labelled = |c: &str| {
        text.starts_with(c)
            || text
                .match_indices(c)
                .any(|(i, _)| text[i + c.len()..].starts_with([':', '：']))
    };
    ["来源", "日期", "浏览量", "责任编辑", "发布时间"]
        .iter()
        .any(|c| labelled(c))
        || text.contains('〔') && text.ends_with('号')
        || !text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        || text.contains("此件公开发布")
        || text
            .chars()
            .all(|c| c.is_ascii_digit() || "年月日 -./".contains(c))
}

/// A title line: one line without a stop, ending with a document type.
fn is_title_line(unit: &Unit, text: &str, lex: &Lexicons) -> bool {
    unit.ends_line
        && !text.ends_with(['。', '；', ';', '！', '!'])
        && lex.classes.document_types.iter().any(|d| text.ends_with(d))
}

/// A heading line that is a noun phrase (一、深化预算管理制度改革的总体要求): no stop,
/// a 的, and no action verb at its end.
fn is_noun_heading(doc: &Document, unit: &Unit, lex: &Lexicons) -> bool {
    let text = doc.unit_text(unit);
    unit.ends_line
        && !text.ends_with(['。', '；', ';', '！', '!', '？', '?'])
        && unit.tokens.iter().any(|t| doc.word(t) == "的")
        && unit
            .tokens
            .iter()
            .rev()
            .find(|t| t.pos != Pos::Symbol)
            .is_some_and(|t| !lex.is_measure_verb(doc.word(t)))
}

/// Whether a marker's place rule lets it count at word `i` of a clause starting at `first`.
fn marker_counts(
    doc: &Document,
    unit: &Unit,
    first: usize,
    i: usize,
    place: MarkerPlace,
    lex: &Lexicons,
) -> bool {
    match place {
        MarkerPlace::Anywhere => true,
        // Nothing verb-like may come before it in its clause.
        MarkerPlace::ClauseStart => unit.tokens[first..i].iter().all(|t| {
            let w = doc.word(t);
            !(t.pos == Pos::Verb || lex.measure_verbs.contains(w)) || lex.markers.contains_key(w)
        }),
    }
}

/// The first marker of the unit that counts: its span, force and whether it is strong
/// (a modal or a prohibition, which reports and descriptions do not use).
fn first_marker(doc: &Document, unit: &Unit, lex: &Lexicons) -> Option<(Span, Force, bool)> {
    for clause in &unit.clauses {
        for i in clause.first..clause.end {
            let t = &unit.tokens[i];
            let w = doc.word(t);
            let Some(m) = lex.markers.get(w) else {
                continue;
            };
            if !marker_counts(doc, unit, clause.first, i, m.place, lex)
                || !marker_is_modal(doc, unit, i, w)
            {
                continue;
            }
            // Clause-opening verbs (支持, 鼓励, 坚持) also open purposes and reports.
            let strong = m.place == MarkerPlace::Anywhere
                && lex.classes.weak_obligations.iter().all(|x| *x != w);
            return Some((t.span, m.force, strong));
        }
    }
    None
}

/// Whether 要/可/应 at word `i` is a modal verb, not part of a noun phrase.
fn marker_is_modal(doc: &Document, unit: &Unit, i: usize, w: &str) -> bool {
    let next = unit.tokens[i + 1..]
        .iter()
        .map(|t| (doc.word(t), t.pos))
        .find(|(n, _)| !is_invisible(n));
    // 仍需增强, 尚须完善: an assessment of what is lacking, not an instruction.
    let assessed = i > 0 && matches!(doc.word(&unit.tokens[i - 1]), "仍" | "尚" | "仍然" | "依然");
    if assessed && matches!(w, "需" | "须" | "需要" | "有待") {
        return false;
    }
    match w {
        "要" | "应" | "须" | "需" | "可" | "可以" | "必" => match next {
            None => false,
            Some((n, pos)) => pos != Pos::Symbol || matches!(n, "“" | "《"),
        },
        _ => true,
    }
}

/// A cue that the unit reports, describes or predicts instead of instructing.
fn non_directive_cue(doc: &Document, unit: &Unit, lex: &Lexicons) -> Option<&'static str> {
    let text = doc.unit_text(unit);
    for cue in &lex.definition_cues {
        // X 是 Y: a definition when a noun opens the first clause, or when a later clause
        // opens with 是 (建立…制度，是深化改革的重要内容).
        let noun_subject = unit.clauses.first().is_some_and(|c| {
            (c.first + 1..c.end).any(|i| doc.word(&unit.tokens[i]) == *cue)
                && matches!(
                    unit.tokens[c.first].pos,
                    Pos::Noun | Pos::Name | Pos::Place | Pos::VerbalNoun
                )
        });
        let copula_clause = unit.clauses.iter().skip(1).any(|c| {
            let head = (c.first..c.end)
                .find(|&i| !matches!(doc.word(&unit.tokens[i]), "也" | "又" | "更" | "还"));
            head.is_some_and(|i| doc.word(&unit.tokens[i]) == *cue)
        });
        if noun_subject || copula_clause {
            return Some(cue);
        }
    }
    if let Some(cue) = lex.non_directive_cues.first_in(text) {
        return Some(cue);
    }
    // A verb followed by 了 reports something done (提出了要求, 阐明了); 了之 closes an
    // idiom (一关了之), not a report.
    let reported = (0..unit.tokens.len().saturating_sub(1)).any(|i| {
        let verb = &unit.tokens[i];
        (verb.pos == Pos::Verb || lex.measure_verbs.contains(doc.word(verb)))
            && doc.word(&unit.tokens[i + 1]) == "了"
            && unit.tokens.get(i + 2).is_none_or(|t| doc.word(t) != "之")
    });
    reported.then_some("了")
}

/// `X强调 集中力量攻关…`: a reporting verb followed by a clause that opens with a verb.
fn reports_an_imperative(doc: &Document, unit: &Unit, lex: &Lexicons) -> bool {
    let Some(k) = unit
        .tokens
        .iter()
        .position(|t| lex.classes.reporting_verbs.contains(&doc.word(t)))
    else {
        return false;
    };
    let Some(next) = unit.clauses.iter().find(|c| c.first > k) else {
        return false;
    };
    if !unit.tokens[k + 1..next.first]
        .iter()
        .all(|t| t.pos == Pos::Symbol)
    {
        return false;
    }
    let head = clause_head(doc, unit, next.first, next.end, lex);
    head < next.end && opens_with_verb(doc, unit, head, lex)
}

/// Whether word `i` is an action verb that can open an imperative.
fn opens_with_verb(doc: &Document, unit: &Unit, i: usize, lex: &Lexicons) -> bool {
    let t = &unit.tokens[i];
    let w = doc.word(t);
    if lex.classes.non_imperative_verbs.contains(&w) {
        return false;
    }
    lex.measure_verbs.contains(w)
        || lex
            .measure_verbs
            .iter()
            .any(|v| w.len() > v.len() && w.starts_with(v) && w[v.len()..].starts_with('好'))
        || t.pos == Pos::Verb
        || lex.markers.contains_key(w)
}

/// A unit with no marker that still instructs: its first main clause opens with a verb.
fn implicit_imperative(doc: &Document, unit: &Unit, lex: &Lexicons) -> Option<&'static str> {
    // A short speaker label (王国生:) before a headline.
    let mut clauses = unit.clauses.iter().peekable();
    if let Some(first) = clauses.peek() {
        let after = unit.tokens.get(first.end).map(|t| doc.word(t));
        if matches!(after, Some(":" | "："))
            && first.end - first.first <= 2
            && unit.tokens[first.first].pos == Pos::Name
        {
            clauses.next();
        }
    }
    for clause in clauses {
        let head = clause_head(doc, unit, clause.first, clause.end, lex);
        if head >= clause.end {
            continue;
        }
        let t = &unit.tokens[head];
        let w = doc.word(t);
        // A scene-setting clause (对…的，按照…，在…中，) gives way to the next one.
        if t.pos == Pos::Preposition
            || matches!(
                w,
                "对" | "按照" | "根据" | "围绕" | "针对" | "通过" | "在" | "将"
            )
        {
            let has_verb = unit.tokens[head + 1..clause.end]
                .iter()
                .any(|t| lex.measure_verbs.contains(doc.word(t)));
            if has_verb && matches!(w, "由" | "从" | "对" | "以" | "将" | "把") {
                return Some("directive-implicit-prepositional");
            }
            continue;
        }
        if opens_with_verb(doc, unit, head, lex) {
            return Some("directive-implicit-imperative");
        }
        // A responsibility note: (商务部、国务院扶贫办等按职责分工负责).
        if unit.tokens[head..clause.end]
            .iter()
            .any(|t| names_responsibility(doc.word(t)))
        {
            return Some("directive-responsibility-note");
        }
        // A clause with a noun subject and a 由… predicate states who pays or acts.
        if unit.tokens[head..clause.end]
            .iter()
            .any(|t| doc.word(t) == "由")
        {
            return Some("directive-implicit-assignment");
        }
        return None;
    }
    None
}
