//! The WebAssembly API in headless Chromium (`make wasm-test`): it returns the same analysis
//! as the native command line on every dev text, keeps offsets exact beyond the BMP, draws
//! one element per span without losing text, and reports bad arguments as Errors.
//!
//! The native analyses are written to `target/native-analyses/` by `make wasm-test` first.

#![cfg(target_arch = "wasm32")]

use policy_lens::wasm::WasmAnalyzer;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! dev_text {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../shared/corpus/dev/", $name, ".txt")),
            include_str!(concat!("../target/native-analyses/", $name, ".json")),
        )
    };
}

const DEV: [(&str, &str, &str); 4] = [
    dev_text!("gwr_2019_tasks"),
    dev_text!("henan_landres_2018"),
    dev_text!("sc_employment_2018"),
    dev_text!("seed_qinghai_2017"),
];

fn as_json(value: &JsValue) -> serde_json::Value {
    let s = js_sys::JSON::stringify(value).unwrap().as_string().unwrap();
    serde_json::from_str(&s).unwrap()
}

fn message(error: wasm_bindgen::JsError) -> String {
    let value: JsValue = error.into();
    js_sys::Reflect::get(&value, &"message".into())
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn wasm_gives_the_native_analysis_of_every_dev_text() {
    let analyzer = WasmAnalyzer::new();
    for (name, text, native) in DEV {
        let got = as_json(&analyzer.analyze(text.into(), None).unwrap());
        let want: serde_json::Value = serde_json::from_str(native).unwrap();
        assert!(
            got == want,
            "{name}: the wasm analysis differs from the native one"
        );
    }
}

#[wasm_bindgen_test]
fn offsets_stay_exact_beyond_the_bmp() {
    let analyzer = WasmAnalyzer::new();
    let text = "𠀀😀各级党委政府要建设扶贫产业园区。";
    let a = as_json(&analyzer.analyze(text.into(), None).unwrap());
    let actor = &a["actors"][0];
    assert_eq!(actor["text"], "各级党委政府");
    assert_eq!(
        (actor["start"].as_u64(), actor["end"].as_u64()),
        (Some(4), Some(10))
    );
    let js_slice = js_sys::JsString::from(text).slice(4, 10);
    assert_eq!(
        js_slice.as_string().unwrap(),
        "各级党委政府",
        "JavaScript's slice names the same text"
    );
}

#[wasm_bindgen_test]
fn render_draws_one_element_per_span_and_keeps_every_character() {
    let analyzer = WasmAnalyzer::new();
    let document = web_sys::window().unwrap().document().unwrap();
    let container = document.create_element("div").unwrap();
    let (_, text, _) = DEV[3];
    let a = as_json(&analyzer.render(&container, text.into(), None).unwrap());
    assert_eq!(
        container.text_content().unwrap(),
        text,
        "the drawing holds the text, unchanged"
    );
    for (kind, key) in [
        ("directive", "directives"),
        ("actor", "actors"),
        ("measure", "measures"),
        ("target", "targets"),
    ] {
        let found = container
            .query_selector_all(&format!("[data-kind=\"{kind}\"]"))
            .unwrap()
            .length();
        assert_eq!(
            found as usize,
            a[key].as_array().unwrap().len(),
            "{kind} elements"
        );
    }
    let first = container
        .query_selector("[data-kind=\"actor\"]")
        .unwrap()
        .unwrap();
    let start: usize = first.get_attribute("data-start").unwrap().parse().unwrap();
    assert_eq!(start as u64, a["actors"][0]["start"].as_u64().unwrap());
}

#[wasm_bindgen_test]
fn pasted_markup_is_drawn_as_text() {
    let analyzer = WasmAnalyzer::new();
    let document = web_sys::window().unwrap().document().unwrap();
    let container = document.create_element("div").unwrap();
    let text = "<img src=x onerror=alert(1)>各地要<b>加强</b>基础设施建设。";
    analyzer.render(&container, text.into(), None).unwrap();
    assert_eq!(container.text_content().unwrap(), text);
    assert!(
        container
            .query_selector("img, b:not(.pl-marker)")
            .unwrap()
            .is_none(),
        "no element comes from the text"
    );
}

#[wasm_bindgen_test]
fn options_choose_the_categories() {
    let analyzer = WasmAnalyzer::new();
    let options = js_sys::JSON::parse(r#"{"kinds": ["directive", "measure"]}"#).unwrap();
    let a = as_json(
        &analyzer
            .analyze("各地要建设扶贫产业园区。".into(), Some(options))
            .unwrap(),
    );
    assert_eq!(a["actors"].as_array().unwrap().len(), 0);
    assert_eq!(a["measures"].as_array().unwrap().len(), 1);
    assert_eq!(
        a["directives"][0]["actors"].as_array().unwrap().len(),
        0,
        "no link into a dropped category"
    );
}

#[wasm_bindgen_test]
fn bad_arguments_become_errors_a_person_can_act_on() {
    let analyzer = WasmAnalyzer::new();
    let not_text = analyzer.analyze(JsValue::from(5), None).err().map(message);
    assert_eq!(
        not_text.as_deref(),
        Some("analyze(text): text must be a string, got number")
    );
    let bad_kind = js_sys::JSON::parse(r#"{"kinds": ["actors"]}"#).unwrap();
    let msg = analyzer
        .analyze("要".into(), Some(bad_kind))
        .err()
        .map(message)
        .unwrap();
    assert!(msg.contains("unknown kind \"actors\""), "{msg}");
    let typo = js_sys::JSON::parse(r#"{"kind": ["actor"]}"#).unwrap();
    let msg = analyzer
        .analyze("要".into(), Some(typo))
        .err()
        .map(message)
        .unwrap();
    assert!(msg.contains("unknown field"), "{msg}");
}
