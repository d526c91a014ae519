//! Golden snapshots of the dev-corpus analyses: one readable line per span.
//!
//! A change in behaviour shows as a diff of `tests/snapshots/*.snap`, naming the rule that
//! moved. After checking that the change is wanted, update them with
//! `UPDATE_SNAPSHOTS=1 cargo test --test golden` (or `make snapshots`).

mod common;

use std::fmt::Write;
use std::path::PathBuf;

use policy_lens::analysis::Stretch;
use policy_lens::{Analysis, Analyzer};

fn line(out: &mut String, kind: &str, at: &Stretch, attrs: &str, rule: &str) {
    let text = at.text.escape_debug().to_string();
    writeln!(
        out,
        "{:>5}..{:<5} {kind:<9} {attrs:<28} {rule:<26} {text}",
        at.start, at.end
    )
    .unwrap();
}

/// The snapshot text of an analysis, spans in text order within each kind.
fn render(a: &Analysis) -> String {
    let mut out = String::new();
    for d in &a.directives {
        let who: Vec<String> = d.actors.iter().map(|i| format!("a{i}")).collect();
        line(
            &mut out,
            "directive",
            &d.at,
            &format!("{} → {}", d.force.as_str(), who.join(",")),
            d.rule,
        );
    }
    for (i, x) in a.actors.iter().enumerate() {
        line(
            &mut out,
            "actor",
            &x.at,
            &format!("a{i} {} {}", x.role.as_str(), x.level.as_str()),
            x.rule,
        );
    }
    for m in &a.measures {
        line(
            &mut out,
            "measure",
            &m.at,
            &format!("{} ← d{}", m.instrument.as_str(), m.directive),
            m.rule,
        );
    }
    for t in &a.targets {
        line(&mut out, "target", &t.at, "", t.rule);
    }
    for o in &a.outline {
        line(
            &mut out,
            "outline",
            &o.title,
            &format!("{} depth {}", o.number, o.depth),
            "",
        );
    }
    out
}

#[test]
fn dev_corpus_analyses_match_their_snapshots() {
    let analyzer = Analyzer::new();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for (name, text) in common::dev_texts() {
        let got = render(&analyzer.analyze(&text));
        let path = dir.join(format!("{name}.snap"));
        if update {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            let first = got.lines().zip(want.lines()).position(|(g, w)| g != w);
            let at = first.unwrap_or(got.lines().count().min(want.lines().count()));
            stale.push(format!(
                "{name}: first difference at line {}\n  got:  {}\n  want: {}",
                at + 1,
                got.lines().nth(at).unwrap_or("<end>"),
                want.lines().nth(at).unwrap_or("<end>")
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nhelp: if the change is intended, run `UPDATE_SNAPSHOTS=1 cargo test --test golden`",
        stale.join("\n")
    );
}
