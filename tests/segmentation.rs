//! The dictionary as the analyzer loads it — front-coded by build.rs, expanded at start-up,
//! loaded by the patched jieba-rs's `load_dict_str` (vendor/jieba-rs/PATCH.md) — must give
//! exactly the segmentation and tags that upstream's `load_dict` of `data/jieba_dict.txt`
//! gives, on every text of the corpora.

use std::path::PathBuf;

use jieba_rs::Jieba;

const DICTIONARY: &str = include_str!("../data/jieba_dict.txt");

/// Every `.txt` of the dev and unlabeled corpora.
fn corpus_texts() -> Vec<String> {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut out = Vec::new();
    for set in ["dev", "unlabeled"] {
        for entry in std::fs::read_dir(shared.join(set)).expect("the corpora beside the project") {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                out.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    out
}

#[test]
fn the_shipped_dictionary_segments_every_corpus_text_as_upstreams_load_does() {
    let mut fast = Jieba::empty();
    fast.load_dict_str(&policy_lens::segment::dictionary())
        .unwrap();
    let body: String = DICTIONARY
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| [l, "\n"])
        .collect();
    let mut upstream = Jieba::empty();
    upstream.load_dict(&mut body.as_bytes()).unwrap();
    let texts = corpus_texts();
    assert!(texts.len() > 290, "{} texts", texts.len());
    for text in &texts {
        let a: Vec<(&str, &str)> = fast
            .tag(text, true)
            .into_iter()
            .map(|t| (t.word, t.tag))
            .collect();
        let b: Vec<(&str, &str)> = upstream
            .tag(text, true)
            .into_iter()
            .map(|t| (t.word, t.tag))
            .collect();
        let start: String = text.chars().take(30).collect();
        assert!(
            a == b,
            "the segmentations differ on a text starting {start:?}"
        );
    }
}
