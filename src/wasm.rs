//! The WebAssembly API, for the page, the worker and the embeddable widget. The only
//! module that imports wasm-bindgen: it maps arguments and results between JavaScript and
//! the core, and turns the core's drawing steps ([`crate::layout`]) into elements and text
//! nodes (never HTML strings). Everything it decides is decided in the core.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use crate::compact::Compact;
use crate::error::{Error, ErrorKind};
use crate::filter::Kinds;
use crate::layout::{check_drawable, marks, steps, Step};
use crate::schema::{SpanLists, Spans};

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = crate::schema::TYPESCRIPT;

/// The one conversion of a core error to a JavaScript `Error`, whose message says what was
/// expected.
fn js_error(e: Error) -> JsError {
    JsError::new(&e.message)
}

/// An error of `kind` that the binding itself finds (an argument of the wrong type).
fn binding_error(kind: ErrorKind, message: String) -> JsError {
    js_error(Error::new(kind, message))
}

/// The kinds an options object asks for; all when it is absent.
fn kinds_of(options: Option<JsValue>) -> Result<Kinds, JsError> {
    let Some(value) = options.filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(Kinds::default());
    };
    let invalid = |m: String| binding_error(ErrorKind::InvalidOption, m);
    let Some(object) = value.dyn_ref::<js_sys::Object>() else {
        return Err(invalid(
            "options must be an object such as { kinds: [\"directive\"] }".into(),
        ));
    };
    let keys = js_sys::Object::keys(object);
    if let Some(key) = keys
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| k != "kinds")
    {
        return Err(invalid(format!(
            "options: unknown field \"{key}\"; the options are {{ kinds?: [...] }}"
        )));
    }
    let kinds = js_sys::Reflect::get(&value, &"kinds".into()).unwrap_or(JsValue::UNDEFINED);
    if kinds.is_undefined() {
        return Ok(Kinds::default());
    }
    let Some(list) = kinds.dyn_ref::<js_sys::Array>() else {
        return Err(invalid(
            "options.kinds must be an array of kind names".into(),
        ));
    };
    let names: Vec<String> = list
        .iter()
        .map(|k| k.as_string().unwrap_or_default())
        .collect();
    Kinds::parse(names.iter().map(String::as_str))
        .map_err(|e| invalid(format!("options.kinds: {}", e.message)))
}

/// The text argument as a string, or an error that says what came instead.
fn text_of(value: &JsValue, method: &str) -> Result<String, JsError> {
    value.as_string().ok_or_else(|| {
        binding_error(
            ErrorKind::InvalidOption,
            format!(
                "{method}(text): text must be a string, got {}",
                value.js_typeof().as_string().unwrap_or_default()
            ),
        )
    })
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the analysis to JavaScript: {e}")))
}

/// The Policy Lens analyzer. Build it once: building the dictionary is the expensive part.
#[wasm_bindgen(js_name = Analyzer)]
pub struct WasmAnalyzer {
    inner: crate::Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl WasmAnalyzer {
    /// Builds the dictionary and the taggers' tables.
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)]
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
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let text = text_of(&text, "analyze")?;
        let kinds = kinds_of(options)?;
        let mut analysis = self.inner.analyze(&text);
        kinds.apply(&mut analysis);
        to_js(&analysis)
    }

    /// Analyses `text` and returns its spans as typed arrays (`Uint32Array` offsets and
    /// links, `Uint8Array` attribute codes; see `src/compact.rs`), with the outline and
    /// the summary as objects: a fraction of `analyze`'s cost for a long text, and
    /// transferable from a worker. `www/compact.js` turns it back into the plain analysis.
    #[wasm_bindgen(js_name = analyzeCompact, unchecked_return_type = "CompactAnalysis")]
    pub fn analyze_compact(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let text = text_of(&text, "analyzeCompact")?;
        let kinds = kinds_of(options)?;
        let mut analysis = self.inner.analyze(&text);
        kinds.apply(&mut analysis);
        let c = Compact::of(&analysis);
        let out = js_sys::Object::new();
        let set =
            |key: &str, value: &JsValue| js_sys::Reflect::set(&out, &key.into(), value).map(|_| ());
        let words = |v: &[u32]| JsValue::from(js_sys::Uint32Array::from(v));
        let bytes = |v: &[u8]| JsValue::from(js_sys::Uint8Array::from(v));
        let fields: [(&str, JsValue); 9] = [
            ("directives", words(&c.directives)),
            ("directiveCodes", bytes(&c.directive_codes)),
            ("actorLists", words(&c.actor_lists)),
            ("actors", words(&c.actors)),
            ("actorCodes", bytes(&c.actor_codes)),
            ("measures", words(&c.measures)),
            ("measureCodes", bytes(&c.measure_codes)),
            ("targets", words(&c.targets)),
            ("targetCodes", bytes(&c.target_codes)),
        ];
        let mut result = set("length", &JsValue::from(c.length));
        for (key, value) in &fields {
            result = result.and(set(key, value));
        }
        result
            .and(set("outline", &to_js(&analysis.outline)?))
            .and(set("summary", &to_js(&analysis.summary)?))
            .map_err(|_| JsError::new("cannot hand the analysis to JavaScript"))?;
        Ok(out.into())
    }

    /// Analyses `text`, draws it into `container` (replacing what it held) with one element
    /// per highlighted stretch, and returns the analysis.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn render(
        &self,
        container: &Element,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AnalyzeOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsError> {
        let text = text_of(&text, "render")?;
        let kinds = kinds_of(options)?;
        let mut analysis = self.inner.analyze(&text);
        kinds.apply(&mut analysis);
        draw_lists(container, &text, analysis.lists())?;
        to_js(&analysis)
    }

    /// Draws a given analysis (one returned by `analyze`, in this page or in a worker) of
    /// `text` into `container`, as `render` does. `text` may be a prefix of the analysed
    /// text: spans that end past it are not drawn. Throws when the analysis does not
    /// belong to the text.
    pub fn draw(
        &self,
        container: &Element,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Analysis")] analysis: JsValue,
    ) -> Result<(), JsError> {
        let text = text_of(&text, "draw")?;
        let spans: Spans = serde_wasm_bindgen::from_value(analysis).map_err(|e| {
            binding_error(ErrorKind::InvalidAnalysis, format!("draw(analysis): {e}"))
        })?;
        let utf16: Vec<u16> = text.encode_utf16().collect();
        check_drawable(spans.lists(), &utf16).map_err(js_error)?;
        draw_lists(container, &text, spans.lists())
    }
}

/// Draws `text` with the spans of `lists` into `container`.
fn draw_lists(container: &Element, text: &str, lists: SpanLists) -> Result<(), JsError> {
    let document = container.owner_document().ok_or_else(|| {
        binding_error(
            ErrorKind::InvalidOption,
            "draw(container): the container is not in a document".into(),
        )
    })?;
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let drawing = steps(marks(lists, utf16.len()), utf16.len());
    build(&document, container, &utf16, drawing).map_err(|e| {
        JsError::new(&format!(
            "cannot draw the text: {}",
            e.as_string().unwrap_or_else(|| format!("{e:?}"))
        ))
    })
}

/// Turns the drawing steps into a fragment and puts it into `container`.
fn build(
    document: &Document,
    container: &Element,
    utf16: &[u16],
    drawing: Vec<Step>,
) -> Result<(), JsValue> {
    let root: Node = document.create_document_fragment().into();
    let mut open: Vec<Node> = Vec::new();
    for step in drawing {
        let parent = open.last().unwrap_or(&root);
        match step {
            Step::Open(m) => {
                let el = document.create_element(m.tag)?;
                el.set_class_name(m.class);
                for (k, v) in &m.attrs {
                    el.set_attribute(k, v)?;
                }
                if m.tag == "span" {
                    el.set_attribute("tabindex", "0")?;
                }
                parent.append_child(&el)?;
                open.push(el.into());
            }
            Step::Text { start, end } => {
                let piece = String::from_utf16_lossy(&utf16[start..end]);
                parent.append_child(&document.create_text_node(&piece))?;
            }
            Step::Close => {
                open.pop();
            }
        }
    }
    container.replace_children_with_node_1(&root);
    Ok(())
}
