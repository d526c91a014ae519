//! The WebAssembly API, for the page and the embeddable widget. This is the only module
//! that imports wasm-bindgen; it maps the core's types to JavaScript and renders the
//! highlighted text through web-sys (elements and text nodes, never HTML strings).

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use crate::analysis::{Analysis, Stretch};

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A stretch of the text: UTF-16 offsets (end exclusive) and the text they name. */
export interface Stretch { start: number; end: number; text: string; }
export type Force = "obligation" | "prohibition" | "encouragement";
export type Role = "responsible" | "issuer" | "other";
export type Level = "central" | "provincial" | "municipal" | "county" | "township" | "village" | "all" | "unspecified";
export type Instrument = "supply" | "environment" | "demand";
export type Kind = "directive" | "actor" | "measure" | "target";
export interface Directive extends Stretch { rule: string; force: Force; implicit: boolean; marker: Stretch | null; actors: number[]; }
export interface Actor extends Stretch { rule: string; role: Role; level: Level; kind: "government" | "person" | "organisation" | "place"; }
export interface Measure extends Stretch { rule: string; instrument: Instrument; directive: number; }
export interface Target extends Stretch { rule: string; }
export interface OutlinePoint extends Stretch { number: string; title: Stretch; depth: number; directive: number | null; }
export interface Responsibility { actor: string; level: Level; mentions: number[]; directives: number[]; measures: number[]; }
export interface Summary {
  counts: { directives: number; actors: number; measures: number; targets: number;
            force: Record<string, number>; role: Record<string, number>; level: Record<string, number>; instrument: Record<string, number>; };
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
/** Options of `analyze` and `render`: which categories to return and draw (all by default). */
export interface AnalyzeOptions { kinds?: Kind[]; }
"#;

/// The categories, as the schema names their elements' `data-kind`.
const KINDS: [&str; 4] = ["directive", "actor", "measure", "target"];

/// The fields `Options` has, as JavaScript spells them.
const OPTION_FIELDS: [&str; 1] = ["kinds"];

/// Options of `analyze` and `render`.
#[derive(Debug, Default, Deserialize)]
struct Options {
    /// Which categories to return and draw; all when absent.
    kinds: Option<Vec<String>>,
}

impl Options {
    fn from_js(value: Option<JsValue>) -> Result<Options, JsError> {
        let Some(value) = value.filter(|v| !v.is_undefined() && !v.is_null()) else {
            return Ok(Options::default());
        };
        // serde-wasm-bindgen reads only the fields it knows, so a typo would pass silently.
        if let Some(object) = value.dyn_ref::<js_sys::Object>() {
            for key in js_sys::Object::keys(object)
                .iter()
                .filter_map(|k| k.as_string())
            {
                if !OPTION_FIELDS.contains(&key.as_str()) {
                    return Err(JsError::new(&format!(
                        "options: unknown field \"{key}\"; the options are {{ kinds?: [...] }}"
                    )));
                }
            }
        }
        let options: Options = serde_wasm_bindgen::from_value(value)
            .map_err(|e| JsError::new(&format!("options: {e}; expected {{ kinds?: [\"directive\", \"actor\", \"measure\", \"target\"] }}")))?;
        for k in options.kinds.iter().flatten() {
            if !KINDS.contains(&k.as_str()) {
                return Err(JsError::new(&format!(
                    "options.kinds: unknown kind \"{k}\"; use directive, actor, measure or target"
                )));
            }
        }
        Ok(options)
    }

    fn shows(&self, kind: &str) -> bool {
        self.kinds
            .as_ref()
            .is_none_or(|ks| ks.iter().any(|k| k == kind))
    }

    /// Empties the categories the options leave out, and the links into them.
    fn apply(&self, a: &mut Analysis) {
        if !self.shows("directive") {
            a.directives.clear();
            a.outline.iter_mut().for_each(|o| o.directive = None);
        }
        if !self.shows("actor") {
            a.actors.clear();
            a.directives.iter_mut().for_each(|d| d.actors.clear());
            a.summary.responsibilities.clear();
        }
        if !self.shows("measure") || !self.shows("directive") {
            a.measures.clear();
            a.summary
                .responsibilities
                .iter_mut()
                .for_each(|r| r.measures.clear());
            a.summary
                .measures_by_instrument
                .values_mut()
                .for_each(Vec::clear);
        }
        if !self.shows("target") {
            a.targets.clear();
        }
    }
}

/// The text argument as a string, or an error that says what came instead.
fn text_of(value: &JsValue, method: &str) -> Result<String, JsError> {
    value.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "{method}(text): text must be a string, got {}",
            value.js_typeof().as_string().unwrap_or_default()
        ))
    })
}

/// The Policy Lens analyzer. Build it once: building the dictionary is the expensive part.
#[wasm_bindgen(js_name = Analyzer)]
pub struct WasmAnalyzer {
    inner: crate::Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl WasmAnalyzer {
    /// Builds the dictionary and loads the lexicons.
    #[wasm_bindgen(constructor)]
    pub fn new() -> WasmAnalyzer {
        WasmAnalyzer {
            inner: crate::Analyzer::new(),
        }
    }

    /// Analyses `text` and returns plain objects in the schema of `policy-lens analyze`.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let text = text_of(&text, "analyze")?;
        let options = Options::from_js(options)?;
        let mut analysis = self.inner.analyze(&text);
        options.apply(&mut analysis);
        to_js(&analysis)
    }

    /// Analyses `text`, draws it into `container` (replacing what it held) with one element
    /// per highlighted stretch, and returns the analysis.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn render(
        &self,
        container: &Element,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let text = text_of(&text, "render")?;
        let options = Options::from_js(options)?;
        let mut analysis = self.inner.analyze(&text);
        options.apply(&mut analysis);
        let document = container
            .owner_document()
            .ok_or_else(|| JsError::new("render(container): the container is not in a document"))?;
        draw(&document, container, &text, &analysis).map_err(js_error)?;
        to_js(&analysis)
    }
}

impl Default for WasmAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the analysis to JavaScript: {e}")))
}

fn js_error(e: JsValue) -> JsError {
    JsError::new(&format!(
        "cannot draw the text: {}",
        e.as_string().unwrap_or_else(|| format!("{e:?}"))
    ))
}

/// One element to draw: its place, its tag and class, and its data attributes.
struct Mark {
    start: usize,
    end: usize,
    /// Drawing order among marks with the same extent: outer layers first.
    layer: u8,
    tag: &'static str,
    class: &'static str,
    attrs: Vec<(&'static str, String)>,
}

fn mark(
    at: &Stretch,
    layer: u8,
    tag: &'static str,
    class: &'static str,
    mut attrs: Vec<(&'static str, String)>,
) -> Mark {
    attrs.push(("data-start", at.start.to_string()));
    attrs.push(("data-end", at.end.to_string()));
    Mark {
        start: at.start,
        end: at.end,
        layer,
        tag,
        class,
        attrs,
    }
}

/// Every element of the drawing, outer layers first where extents tie.
fn marks(a: &Analysis) -> Vec<Mark> {
    let mut out = Vec::new();
    let list = |ids: &[usize]| {
        ids.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for (i, d) in a.directives.iter().enumerate() {
        let kind = ("data-kind", "directive".to_string());
        let attrs = vec![
            kind,
            ("data-id", format!("d{i}")),
            ("data-force", d.force.as_str().into()),
            ("data-rule", d.rule.into()),
            ("data-actors", list(&d.actors)),
        ];
        out.push(mark(&d.at, 0, "span", "pl pl-directive", attrs));
        if let Some(m) = &d.marker {
            out.push(mark(m, 4, "b", "pl-marker", vec![]));
        }
    }
    for (i, m) in a.measures.iter().enumerate() {
        let attrs = vec![
            ("data-kind", "measure".into()),
            ("data-id", format!("m{i}")),
            ("data-instrument", m.instrument.as_str().into()),
            ("data-rule", m.rule.into()),
            ("data-directive", m.directive.to_string()),
        ];
        out.push(mark(&m.at, 1, "span", "pl pl-measure", attrs));
    }
    for (i, x) in a.actors.iter().enumerate() {
        let attrs = vec![
            ("data-kind", "actor".into()),
            ("data-id", format!("a{i}")),
            ("data-role", x.role.as_str().into()),
            ("data-level", x.level.as_str().into()),
            ("data-rule", x.rule.into()),
        ];
        out.push(mark(&x.at, 2, "span", "pl pl-actor", attrs));
    }
    for (i, t) in a.targets.iter().enumerate() {
        let attrs = vec![
            ("data-kind", "target".into()),
            ("data-id", format!("t{i}")),
            ("data-rule", t.rule.into()),
        ];
        out.push(mark(&t.at, 3, "span", "pl pl-target", attrs));
    }
    out.sort_by(|x, y| {
        x.start
            .cmp(&y.start)
            .then(y.end.cmp(&x.end))
            .then(x.layer.cmp(&y.layer))
    });
    out
}

/// Draws `text` with its marks into `container`: text nodes for the text, one element
/// per mark, nested as the spans nest.
fn draw(document: &Document, container: &Element, text: &str, a: &Analysis) -> Result<(), JsValue> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let piece = |from: usize, to: usize| String::from_utf16_lossy(&units[from.min(to)..to]);
    let root = document.create_document_fragment();
    let mut stack: Vec<(Node, usize)> = vec![(root.clone().into(), units.len())];
    let mut pos = 0;
    for m in marks(a) {
        // Close the elements that end before this one starts.
        while let Some((node, end)) = stack.last().cloned() {
            if stack.len() > 1 && (end <= m.start || m.end > end) {
                append_text(document, &node, &piece(pos, end))?;
                pos = pos.max(end);
                stack.pop();
            } else {
                break;
            }
        }
        let (parent, _) = stack.last().cloned().expect("the root stays open");
        append_text(document, &parent, &piece(pos, m.start))?;
        pos = pos.max(m.start);
        let el = document.create_element(m.tag)?;
        el.set_class_name(m.class);
        for (k, v) in &m.attrs {
            el.set_attribute(k, v)?;
        }
        if m.tag == "span" {
            el.set_attribute("tabindex", "0")?;
        }
        parent.append_child(&el)?;
        stack.push((el.into(), m.end));
    }
    while let Some((node, end)) = stack.pop() {
        append_text(document, &node, &piece(pos, end))?;
        pos = pos.max(end);
    }
    container.replace_children_with_node_1(&root);
    Ok(())
}

fn append_text(document: &Document, parent: &Node, s: &str) -> Result<(), JsValue> {
    if !s.is_empty() {
        parent.append_child(&document.create_text_node(s))?;
    }
    Ok(())
}
