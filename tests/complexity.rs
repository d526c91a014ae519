//! The analysis is linear in the worst case: for each input shape that once cost more than
//! linear time or output (issue 11), the work (words visited, bytes read) and the output
//! grow at most about 4.5 times when the input grows 4 times, and the output stays a small
//! multiple of the input. Counted, not timed, so the test does not depend on the machine.

mod common;

use common::analyzer;

/// `unit` repeated after `head` until the text has at least `n` bytes, then `tail`.
fn fill(head: &str, unit: &str, n: usize, tail: &str) -> String {
    let mut s = head.to_string();
    while s.len() < n {
        s.push_str(unit);
    }
    s + tail
}

/// Each shape at about `n` bytes.
fn shapes(n: usize) -> Vec<(&'static str, String)> {
    vec![
        (
            "an addressee line, then directives with no actor of their own",
            fill(
                "各乡镇人民政府，县直各单位：\n",
                "要加强监督检查。\n",
                n,
                "",
            ),
        ),
        (
            "many actors, then many directives, on one line",
            fill(
                &("各县、各乡镇、各部门、".repeat(n / 60) + "要加强监管。"),
                "要落实监管责任。",
                n,
                "",
            ),
        ),
        ("one long noun run", fill("", "市场", n, "")),
        (
            "one clause after a modal, again and again",
            fill("", "工作要", n, ""),
        ),
        (
            "a list of actors",
            fill("", "各省、各部门、", n, "要加强监管。"),
        ),
        (
            "a 对 phrase with one long modifier",
            fill("要对", "建设", n, "的企业进行支持。"),
        ),
        (
            "many distinct slogans",
            (0..n / 22).map(|i| format!("“发展口号{i}”")).collect(),
        ),
        (
            "short units, then much trailing white space",
            "要加强监管。\n".repeat(n / 40) + &" ".repeat(n / 2),
        ),
        (
            "numbered points, one paragraph",
            fill("", "一是加强监管，二要落实责任，", n, "。"),
        ),
        (
            "clause-start markers after a verb",
            fill("加强", "鼓励", n, "。"),
        ),
    ]
}

/// Words visited and bytes of compact JSON for `text`.
fn cost(text: &str) -> (u64, usize) {
    let (analysis, visits) = analyzer().analyze_counting(text);
    (visits, serde_json::to_vec(&analysis).unwrap().len())
}

/// The failures of the shapes at `n` and `4 * n` bytes.
fn growth(n: usize) -> Vec<String> {
    let mut failures = Vec::new();
    for ((name, small), (_, large)) in shapes(n).into_iter().zip(shapes(4 * n)) {
        let (w1, o1) = cost(&small);
        let (w4, o4) = cost(&large);
        let work = w4 as f64 / w1.max(1) as f64;
        let output = o4 as f64 / o1.max(1) as f64;
        if work > 4.5 || output > 4.5 {
            failures.push(format!(
                "{name}: 4× the input costs {work:.1}× the work ({w1} → {w4} visits) and {output:.1}× the output"
            ));
        }
        if o4 > 16 * large.len() {
            failures.push(format!(
                "{name}: {} bytes of input give {o4} bytes of JSON, more than 16×",
                large.len()
            ));
        }
    }
    failures
}

/// Within one unit: 4× the input still fits in one unit (policy_lens::document::MAX_UNIT_CHARS),
/// so a rule that rescans its unit from every word shows here.
#[test]
fn work_within_a_unit_grows_linearly() {
    let failures = growth(1_400);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Across units: what is carried from unit to unit (subjects, addressees, slogans, the
/// outline) grows linearly with the number of units.
#[test]
fn work_across_units_grows_linearly() {
    let failures = growth(40_000);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
