//! The library at 100,000 claims: adding them (a TSV of synthetic claims,
//! as `claimdesk library add --format tsv` does) and searching.
//! Run: `cargo bench --bench library`.
//! Targets (issue 15): adding ≤ 60 s, one search ≤ 20 ms.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use claimdesk::library::{AddFormat, Library, SearchOptions};
use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};

const CLAIMS: usize = 100_000;

/// Deterministic pseudo-random words (xorshift), Zipf-like by squaring.
struct Words {
    state: u64,
    vocab: Vec<String>,
}

impl Words {
    fn new() -> Self {
        let syllables = [
            "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "pa", "qu", "dor", "len", "mar",
            "tis", "gra",
        ];
        let mut vocab = Vec::new();
        for a in syllables {
            for b in syllables {
                for c in ["", "n", "s", "ter", "ing", "al"] {
                    vocab.push(format!("{a}{b}{c}"));
                }
            }
        }
        Self {
            state: 0x9E37_79B9_7F4A_7C15,
            vocab,
        }
    }

    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn word(&mut self) -> &str {
        let r = (self.next() % 10_000) as f64 / 10_000.0;
        let i = ((r * r) * self.vocab.len() as f64) as usize;
        &self.vocab[i.min(self.vocab.len() - 1)]
    }

    fn sentence(&mut self, n: usize) -> String {
        let mut s = String::new();
        for k in 0..n {
            if k > 0 {
                s.push(' ');
            }
            let w = self.word().to_owned();
            s.push_str(&w);
        }
        s
    }
}

fn synthetic_tsv(dir: &std::path::Path) -> std::path::PathBuf {
    let mut words = Words::new();
    let mut text = String::new();
    for i in 0..CLAIMS {
        let claim = words.sentence(14);
        let title = words.sentence(9);
        let _ = writeln!(text, "{i}\t{claim}\t{title}");
    }
    let path = dir.join("claims.tsv");
    std::fs::write(&path, text).expect("the synthetic claims are written");
    path
}

fn library_group(c: &mut Criterion) {
    let data = tempfile::tempdir().expect("a temporary folder");
    let tsv = synthetic_tsv(data.path());
    let mut group = c.benchmark_group("library");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .measurement_time(Duration::from_secs(30));
    group.bench_function("add_100k_claims", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("a temporary folder"),
            |dir| {
                let mut library = Library::open(dir.path()).expect("a new library");
                let report = library
                    .add_paths(std::slice::from_ref(&tsv), AddFormat::Tsv)
                    .expect("the claims are added");
                assert_eq!(report.entries_added(), CLAIMS);
                dir
            },
            BatchSize::PerIteration,
        )
    });
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut library = Library::open(dir.path()).expect("a new library");
    library
        .add_paths(std::slice::from_ref(&tsv), AddFormat::Tsv)
        .expect("the claims are added");
    let mut words = Words::new();
    let queries: Vec<String> = (0..64).map(|_| words.sentence(12)).collect();
    group
        .sampling_mode(SamplingMode::Auto)
        .sample_size(50)
        .measurement_time(Duration::from_secs(10));
    let mut i = 0;
    group.bench_function("search_100k_claims", |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(library.search(&queries[i], 10).expect("the search runs"))
        })
    });
    // The same searches without re-ranking: what the re-ranking of 50 costs.
    let bm25 = SearchOptions {
        candidates: 0,
        ..SearchOptions::default()
    };
    group.bench_function("search_100k_claims_bm25_only", |b| {
        b.iter(|| {
            i = (i + 1) % queries.len();
            black_box(
                library
                    .search_with(&queries[i], 10, &bm25)
                    .expect("the search runs"),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, library_group);
criterion_main!(benches);
