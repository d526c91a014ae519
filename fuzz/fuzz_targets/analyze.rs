//! Any bytes, read as text (lossily, as a browser would), must analyse without a panic and
//! give spans that lie inside the text on character boundaries, with `text` equal to the
//! slice their UTF-16 offsets name.

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
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(a.length, units.len());
    let spans = a
        .directives
        .iter()
        .map(|d| &d.at)
        .chain(a.actors.iter().map(|x| &x.at))
        .chain(a.measures.iter().map(|m| &m.at))
        .chain(a.targets.iter().map(|t| &t.at))
        .chain(a.outline.iter().flat_map(|o| [&o.at, &o.title]));
    for s in spans {
        assert!(s.start <= s.end && s.end <= units.len());
        assert_eq!(String::from_utf16(&units[s.start..s.end]).ok().as_deref(), Some(s.text.as_str()));
    }
});
