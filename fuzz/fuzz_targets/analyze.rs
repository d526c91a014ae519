//! Any bytes, read as text (lossily, as a browser would), must analyse without a panic and
//! keep the schema's promises (`Analysis::check`, the check the property tests make too):
//! spans inside the text on character boundaries, `text` equal to the slice their UTF-16
//! offsets name, in order, links that exist.

#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_lens::Analyzer;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = analyzer().analyze(&text);
    if let Err(e) = a.check(&text) {
        panic!("{e}");
    }
});
