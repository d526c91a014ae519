//! No input panics, and every span is exact: inside the text, on character boundaries,
//! in order, with `text` equal to what its UTF-16 offsets name.

use policy_lens::analysis::Stretch;
use policy_lens::{Analysis, Analyzer};
use proptest::prelude::*;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new)
}

/// Every stretch of an analysis, with what it is.
fn stretches(a: &Analysis) -> Vec<(&'static str, &Stretch)> {
    let mut out: Vec<(&'static str, &Stretch)> = Vec::new();
    out.extend(a.directives.iter().map(|d| ("directive", &d.at)));
    out.extend(
        a.directives
            .iter()
            .filter_map(|d| d.marker.as_ref())
            .map(|m| ("marker", m)),
    );
    out.extend(a.actors.iter().map(|x| ("actor", &x.at)));
    out.extend(a.measures.iter().map(|m| ("measure", &m.at)));
    out.extend(a.targets.iter().map(|t| ("target", &t.at)));
    out.extend(
        a.outline
            .iter()
            .flat_map(|o| [("outline", &o.at), ("title", &o.title)]),
    );
    out.extend(a.summary.slogans.iter().map(|s| ("slogan", &s.first)));
    out.extend(a.summary.dates.iter().map(|s| ("date", s)));
    out.extend(a.summary.sources.iter().map(|s| ("source", s)));
    out
}

/// Checks the span invariants and the links of an analysis of `text`.
fn check(text: &str, a: &Analysis) {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(a.length, utf16.len(), "length must be the UTF-16 length");
    for (kind, s) in stretches(a) {
        assert!(
            s.start <= s.end && s.end <= utf16.len(),
            "{kind} {}..{} outside the text",
            s.start,
            s.end
        );
        let slice = String::from_utf16(&utf16[s.start..s.end])
            .unwrap_or_else(|_| panic!("{kind} {}..{} splits a surrogate pair", s.start, s.end));
        assert_eq!(
            slice, s.text,
            "{kind} text must equal the slice its offsets name"
        );
    }
    for list in [
        a.directives.iter().map(|d| &d.at).collect::<Vec<_>>(),
        a.actors.iter().map(|x| &x.at).collect(),
        a.measures.iter().map(|m| &m.at).collect(),
        a.targets.iter().map(|t| &t.at).collect(),
    ] {
        assert!(
            list.windows(2).all(|w| w[0].start <= w[1].start),
            "spans of one kind must be in text order"
        );
    }
    for d in &a.directives {
        assert!(
            d.actors.iter().all(|&i| i < a.actors.len()),
            "directive links a missing actor"
        );
    }
    for m in &a.measures {
        let d = &a.directives[m.directive];
        assert!(
            d.at.start <= m.at.start && m.at.end <= d.at.end,
            "a measure lies inside its directive"
        );
    }
}

fn analyze_and_check(text: &str) -> Analysis {
    let a = analyzer().analyze(text);
    check(text, &a);
    a
}

#[test]
fn hostile_inputs_neither_panic_nor_shift_offsets() {
    let cases = [
        String::new(),
        "。，；！？、…——“”（）".to_string(),
        ",;:()!?".repeat(50),
        "\0\0要\0加强\0".to_string(),
        "\u{301}".to_string(),
        "要\u{301}加强\u{200b}基础\u{202e}设施建设\u{200d}。".to_string(),
        "各地要加强😀𠀀𪚥基础设施建设，落实𠮷低保兜底政策。".to_string(),
        "一要\r\n二要加强\r三要\n\r\n（一）\n第一，".to_string(),
        "<img src=x onerror=alert(1)>各级党委政府要<script>落实</script>政策。".to_string(),
        "（（（（（（（（（（）".to_string(),
        "“".repeat(100),
        "要".repeat(5000),
        "的".repeat(5000),
        "一、二、三、四、五、六、七、八、九、十、".to_string(),
        "2018年11月16日2019年1月".to_string(),
    ];
    for text in &cases {
        analyze_and_check(text);
    }
}

#[test]
fn ten_megabytes_of_policy_text_are_analysed() {
    let seed = "各级党委政府要加强基础设施建设，落实低保兜底政策，关心贫困群众。\n";
    let text = seed.repeat(10 * 1024 * 1024 / seed.len() + 1);
    let a = analyzer().analyze(&text);
    assert_eq!(a.length, text.encode_utf16().count());
    assert_eq!(a.directives.len(), text.lines().count());
}

#[test]
fn astral_characters_keep_spans_exact() {
    let text = "𠀀𠀀各级党委政府要建设扶贫产业园区。";
    let a = analyze_and_check(text);
    let actor = a
        .actors
        .iter()
        .find(|x| x.at.text == "各级党委政府")
        .expect("the actor is found");
    assert_eq!(
        (actor.at.start, actor.at.end),
        (4, 10),
        "two astral characters count four UTF-16 units"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn any_string_keeps_the_span_invariants(text in any::<String>()) {
        analyze_and_check(&text);
    }

    #[test]
    fn policy_like_strings_keep_the_span_invariants(
        parts in proptest::collection::vec(prop_oneof![
            Just("各级党委政府"), Just("要"), Just("加强"), Just("基础设施建设"), Just("，"), Just("。"),
            Just("、"), Just("（"), Just("）"), Just("负责"), Just("贫困群众"), Just("“"), Just("”"),
            Just("一要"), Just("（二）"), Just("\n"), Just(","), Just("😀"), Just("𠀀"), Just("严禁"),
            Just("省委书记王国生"), Just("强调"), Just(":"), Just(" "), Just("\r\n"), Just("的"),
        ], 0..60)
    ) {
        analyze_and_check(&parts.concat());
    }
}
