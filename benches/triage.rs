//! Triage: splitting an article into sentences and scoring every one with
//! the shipped model, for a 1,000-word article and a 5 MB one (the window
//! scores on a worker thread; the targets are 100 ms and 5 s).
//! Run: `cargo bench --bench triage`.

use std::hint::black_box;
use std::time::Duration;

use claimdesk::progress::Progress;
use claimdesk::sample_data::generated_text;
use claimdesk::triage::{Model, score_article};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// The first `words` words of a generated article, paragraphs kept.
fn article_of_words(words: usize) -> String {
    let text = generated_text(words * 12, 2025);
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == words {
                    return text[..i].to_owned();
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

fn triage_group(c: &mut Criterion) {
    let model = Model::shipped().expect("the shipped model loads");
    let mut group = c.benchmark_group("triage");
    let inputs = [
        ("1000_words", article_of_words(1_000), 30),
        ("5mb", generated_text(5_000_000, 2025), 10),
    ];
    for (name, text, samples) in &inputs {
        group.sample_size(*samples);
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| {
                let progress = Progress::new();
                black_box(score_article(model, text, &progress))
            });
        });
    }
    group.sample_size(10);
    group.bench_function("load_model", |b| {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/crates/core/assets/triage-model.bin"
        ))
        .expect("the model file");
        b.iter(|| black_box(Model::from_bytes(&bytes).map(|m| m.threshold)));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    targets = triage_group
}
criterion_main!(benches);
