//! Native throughput of the full analysis beside jieba-rs's `cut` alone (the segmenter the
//! analysis uses, HMM on, as jieba-wasm's `cut(text, true)`), on the texts `make bench`
//! writes to target/bench/input/ (bench/texts.mjs): the dev corpus, text by text, and 1 MB of
//! the unlabeled corpus as one text. `make bench` runs each benchmark in its own process
//! (`--exact dev/analyze` …), several times, in alternating order, and reads criterion's
//! medians; criterion prints MB/s on its "thrpt" line.

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use policy_lens::Analyzer;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

/// The dev texts and the 1 MB text, as bench/texts.mjs wrote them.
fn texts() -> (Vec<String>, String) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench/input");
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| {
            panic!("{}: {e} (`make bench` writes it)", dir.join(name).display())
        })
    };
    let dev: Vec<serde_json::Value> =
        serde_json::from_str(&read("dev.json")).expect("dev.json: a list of { name, text }");
    let dev = dev
        .iter()
        .map(|d| d["text"].as_str().expect("a text").to_owned())
        .collect();
    (dev, read("unlabeled-1mb.txt"))
}

fn bench(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let (dev, big) = texts();

    let mut g = c.benchmark_group("dev");
    g.throughput(Throughput::Bytes(dev.iter().map(|t| t.len() as u64).sum()));
    g.sampling_mode(SamplingMode::Flat).sample_size(10);
    g.bench_function("analyze", |b| {
        b.iter(|| {
            for t in &dev {
                black_box(analyzer.analyze(t));
            }
        })
    });
    g.bench_function("cut", |b| {
        b.iter(|| {
            for t in &dev {
                black_box(analyzer.segmenter().cut(t));
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("unlabeled_1MB");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .measurement_time(Duration::from_secs(6));
    g.bench_function("analyze", |b| b.iter(|| analyzer.analyze(&big)));
    g.bench_function("cut", |b| b.iter(|| analyzer.segmenter().cut(&big)));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
