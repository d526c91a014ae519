//! Helpers shared by the integration tests: the dev corpus and the golden line format.

#![allow(dead_code)] // each test binary uses part of it

use std::fmt::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use policy_lens::schema::Stretch;
use policy_lens::{Analysis, Analyzer};

/// One analyzer for the whole test binary: building the dictionary is the slow part.
pub fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new)
}

/// The dev corpus texts of `../shared/corpus/dev`, sorted by name, with their file stems.
pub fn dev_texts() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\nhelp: the dev corpus lives in ../shared beside the project root",
            dir.display()
        )
    });
    let mut out: Vec<(String, String)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no .txt in {}", dir.display());
    out
}

/// One golden line: offsets, kind, attributes, rule, text.
pub fn line(out: &mut String, kind: &str, at: &Stretch, attrs: &str, rule: &str) {
    let text = at.text.escape_debug().to_string();
    writeln!(
        out,
        "{:>5}..{:<5} {kind:<9} {attrs:<28} {rule:<26} {text}",
        at.start, at.end
    )
    .unwrap();
}

/// The golden lines of the spans of an analysis whose rule `keep` accepts, spans in text
/// order within each kind, then the outline when `outline` is set.
pub fn render(a: &Analysis, keep: impl Fn(&str) -> bool, outline: bool) -> String {
    let mut out = String::new();
    for (di, d) in a
        .directives
        .iter()
        .enumerate()
        .filter(|(_, d)| keep(d.rule.id()))
    {
        let who: Vec<String> = a.actors_of(di).iter().map(|i| format!("a{i}")).collect();
        let attrs = format!("{} → {}", d.force.as_str(), who.join(","));
        line(&mut out, "directive", &d.at, &attrs, d.rule.id());
    }
    for (i, x) in a
        .actors
        .iter()
        .enumerate()
        .filter(|(_, x)| keep(x.rule.id()))
    {
        let attrs = format!("a{i} {} {}", x.role.as_str(), x.level.as_str());
        line(&mut out, "actor", &x.at, &attrs, x.rule.id());
    }
    for m in a.measures.iter().filter(|m| keep(m.rule.id())) {
        let owner = m.directive.map_or("none".to_string(), |d| format!("d{d}"));
        let attrs = format!("{} ← {owner}", m.instrument.as_str());
        line(&mut out, "measure", &m.at, &attrs, m.rule.id());
    }
    for t in a.targets.iter().filter(|t| keep(t.rule.id())) {
        line(&mut out, "target", &t.at, "", t.rule.id());
    }
    if outline {
        for o in &a.outline {
            let attrs = format!("{} depth {}", o.number, o.depth);
            line(&mut out, "outline", &o.title, &attrs, "");
        }
    }
    out
}
