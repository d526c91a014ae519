//! The WebAssembly API in headless Chromium (`make wasm-test`): it returns the same analysis
//! as the native command line on every dev text, keeps offsets exact beyond the BMP, draws
//! one element per span without losing text (its own analysis or one handed back, for a
//! prefix too), and reports bad arguments as Errors.
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

const DEV: [(&str, &str, &str); 12] = [
    dev_text!("gwr_2019_tasks"),
    dev_text!("henan_2009_cultural_facilities"),
    dev_text!("henan_landres_2018"),
    dev_text!("mianchi_2018_cultural_poverty"),
    dev_text!("ministry_1999_otc_drugs"),
    dev_text!("national_2022_work_safety"),
    dev_text!("sc_employment_2018"),
    dev_text!("sc_exec_2019_elderly_care"),
    dev_text!("sc_go_2018_gov_websites"),
    dev_text!("seed_qinghai_2017"),
    dev_text!("shanghai_2025_rooftop_solar"),
    dev_text!("speech_2019_new_year"),
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
    let (_, text, _) = DEV[9];
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
fn draw_shows_a_given_analysis_for_a_prefix_without_analysing_again() {
    let analyzer = WasmAnalyzer::new();
    let document = web_sys::window().unwrap().document().unwrap();
    let container = document.create_element("div").unwrap();
    let text = "各县要建设农村冷链物流设施。\n各乡镇要开展技能培训。";
    let analysis = analyzer.analyze(text.into(), None).unwrap();
    let prefix = "各县要建设农村冷链物流设施。\n";
    analyzer
        .draw(&container, prefix.into(), analysis.clone())
        .unwrap();
    assert_eq!(container.text_content().unwrap(), prefix);
    let measures = container
        .query_selector_all("[data-kind=\"measure\"]")
        .unwrap();
    assert_eq!(measures.length(), 1, "only the spans inside the prefix");
    let other = analyzer
        .draw(&container, "各省要建设城市应急物资仓库。".into(), analysis)
        .err()
        .map(message)
        .unwrap();
    assert!(
        other.starts_with("the analysis does not belong to this text"),
        "{other}"
    );
    let junk = js_sys::JSON::parse(r#"{"directives": 3}"#).unwrap();
    let msg = analyzer
        .draw(&container, "要".into(), junk)
        .err()
        .map(message)
        .unwrap();
    assert!(msg.starts_with("draw(analysis): "), "{msg}");
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
    assert_eq!(
        msg, "options.kinds: unknown kind \"actors\"; use directive, actor, measure or target",
        "the same message as the CLI's --kinds"
    );
    let typo = js_sys::JSON::parse(r#"{"kind": ["actor"]}"#).unwrap();
    let msg = analyzer
        .analyze("要".into(), Some(typo))
        .err()
        .map(message)
        .unwrap();
    assert!(msg.contains("unknown field"), "{msg}");
}
