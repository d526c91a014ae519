//! No input panics, and every span is exact: inside the text, on character boundaries,
//! in order, with `text` equal to what its UTF-16 offsets name.

mod common;

use common::analyzer;
use policy_lens::Analysis;
use proptest::prelude::*;

/// Analyses `text` and checks the schema's promises (`Analysis::check`: inside the text,
/// on whole characters, `text` equal to its slice, in order, links that exist).
fn analyze_and_check(text: &str) -> Analysis {
    let a = analyzer().analyze(text);
    if let Err(e) = a.check(text) {
        panic!("{e}\ntext: {text:?}");
    }
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
            Just("省委书记李明华"), Just("强调"), Just(":"), Just(" "), Just("\r\n"), Just("的"),
        ], 0..60)
    ) {
        analyze_and_check(&parts.concat());
    }
}

/// Found by the fuzzer: a target whose restriction (…的) holds an earlier target came
/// before it in the list.
#[test]
fn a_target_that_holds_another_comes_first() {
    let text = "对返乡创业人员给予一次性补贴的困难人员。";
    let a = analyze_and_check(text);
    assert!(a.targets.windows(2).all(|w| w[0].at.start <= w[1].at.start));
}
