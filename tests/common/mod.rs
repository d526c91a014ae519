//! Helpers shared by the integration tests.

use std::path::PathBuf;

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
