//! Throughput of the full analysis beside jieba-rs segmentation alone, on the seed article
//! and on 1 MB of concatenated dev-corpus text. Run with `make bench`; criterion prints
//! MB/s (its "thrpt" line).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use policy_lens::Analyzer;
use std::path::PathBuf;

fn corpus() -> (String, String) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let seed = std::fs::read_to_string(dir.join("seed_qinghai_2017.txt")).expect("the seed text");
    let all: String = texts
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap() + "\n")
        .collect();
    let mut mb = String::new();
    while mb.len() < 1 << 20 {
        mb.push_str(&all);
    }
    (seed, mb)
}

fn bench(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let (seed, mb) = corpus();
    for (name, text) in [("seed", &seed), ("1MB", &mb)] {
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        if name == "1MB" {
            g.sample_size(10);
        }
        g.bench_function("analyze", |b| b.iter(|| analyzer.analyze(text)));
        g.bench_function("jieba_cut", |b| {
            b.iter(|| analyzer.segmenter().cut(text).len())
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
