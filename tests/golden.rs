//! Golden snapshots of the dev-corpus analyses: one readable line per span.
//!
//! A change in behaviour shows as a diff of `tests/snapshots/*.snap`, naming the rule that
//! moved. After checking that the change is wanted, update them with
//! `UPDATE_SNAPSHOTS=1 cargo test --release --test golden` (or `make snapshots`).

mod common;

use std::path::PathBuf;

#[test]
fn dev_corpus_analyses_match_their_snapshots() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for (name, text) in common::dev_texts() {
        let got = common::render(&common::analyzer().analyze(&text), |_| true, true);
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
        "{}\nhelp: if the change is intended, run `UPDATE_SNAPSHOTS=1 cargo test --release --test golden`",
        stale.join("\n")
    );
}
