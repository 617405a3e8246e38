//! Triage: splitting an article into sentences and scoring every one with
//! the shipped models (n-gram model + sentence encoder), for a 1,000-word
//! article and a 5 MB one (the window scores on a worker thread; targets with
//! the encoder: 1 s and 60 s), and the n-gram model alone for comparison.
//! The 5 MB article with the encoder is timed once as shipped (the encoder
//! reads the n-gram model's best sentences up to its token budget), outside
//! criterion; CLAIMDESK_BENCH_5MB_NO_BUDGET=1 adds a run with no budget (over
//! ten minutes here), CLAIMDESK_BENCH_SKIP_5MB_ENCODER=1 leaves both out.
//! Run: `cargo bench --bench triage`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use claimdesk::progress::Progress;
use claimdesk::sample_data::generated_text;
use claimdesk::triage::{
    ENCODER_TOKEN_BUDGET, Encoder, Model, score_article, score_article_budgeted, score_article_with,
};
use criterion::{BenchmarkId, Criterion};

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

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg").map_or_else(
        |_| "unknown".to_owned(),
        |l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
    )
}

/// One timed run of the 5 MB article through both models: as shipped (the
/// encoder reads `ENCODER_TOKEN_BUDGET` tokens, the n-gram model's best
/// sentences) and with no budget (the encoder reads every sentence).
fn five_mb_with_encoder() {
    if std::env::var_os("CLAIMDESK_BENCH_SKIP_5MB_ENCODER").is_some() {
        return;
    }
    let model = Model::shipped().expect("the shipped model loads");
    let encoder = Encoder::shipped().expect("the shipped encoder loads");
    let text = generated_text(5_000_000, 2025);
    let split = claimdesk::triage::split_sentences(&text);
    let tokens: usize = split
        .iter()
        .map(|s| encoder.token_ids(s.text(&text)).len())
        .sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut runs = vec![("as shipped", ENCODER_TOKEN_BUDGET)];
    if std::env::var_os("CLAIMDESK_BENCH_5MB_NO_BUDGET").is_some() {
        runs.push(("no budget", usize::MAX));
    }
    for (name, budget) in runs {
        let before = load_average();
        let progress = Progress::new();
        let start = Instant::now();
        let scored = score_article_budgeted(model, Some(encoder), &text, &progress, budget);
        let took = start.elapsed();
        let read = tokens.min(budget);
        println!(
            "triage/5mb_with_encoder ({name}): {:.1} s; {} sentences, {tokens} tokens, \
             {read} read by the encoder ({:.0} tokens/s overall, {cores} cores), complete: {}; \
             load average before {before}, after {}",
            took.as_secs_f64(),
            split.len(),
            read as f64 / took.as_secs_f64(),
            scored.is_some(),
            load_average()
        );
    }
}

fn triage_group(c: &mut Criterion) {
    let model = Model::shipped().expect("the shipped model loads");
    // Parsed here, so no sample pays for it.
    Encoder::shipped().expect("the shipped encoder loads");
    println!("triage: load average {}", load_average());
    let mut group = c.benchmark_group("triage");
    let words = article_of_words(1_000);
    let tokens: usize = claimdesk::triage::split_sentences(&words)
        .iter()
        .map(|s| Encoder::shipped().map_or(0, |e| e.token_ids(s.text(&words)).len()))
        .sum();
    println!("triage/1000_words: {tokens} tokens");
    group.sample_size(20);
    group.bench_function("1000_words", |b| {
        b.iter(|| {
            let progress = Progress::new();
            black_box(score_article(model, &words, &progress))
        });
    });
    let inputs = [
        ("1000_words_ngram_only", words.clone(), 30),
        ("5mb_ngram_only", generated_text(5_000_000, 2025), 10),
    ];
    for (name, text, samples) in &inputs {
        group.sample_size(*samples);
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| {
                let progress = Progress::new();
                black_box(score_article_with(model, None, text, &progress))
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
    group.bench_function("load_encoder", |b| {
        b.iter(|| black_box(Encoder::from_bytes(Encoder::shipped_bytes()).map(|e| e.threshold)));
    });
    group.finish();
    println!("triage: load average {}", load_average());
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    triage_group(&mut c);
    c.final_summary();
    five_mb_with_encoder();
}
