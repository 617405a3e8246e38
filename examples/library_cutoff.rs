//! How strong a library match must be to show in the Library tab's search
//! (`crates/core/src/library/close.rs`, [`SEARCH_FLOOR`] and the strength
//! bands), measured on the CLEF CheckThat! 2020 Task 2 train and dev splits
//! (`data/clef2020-claim-retrieval/`; the test split is not here). For each
//! tweet the shipped search's top 10 is taken; the answers' scores and, per
//! score band, how many of the matches there are answers are printed, for
//! the whole tweet and for its first six words (a search box gets a few
//! words). `cargo run --example library_cutoff [DATA_DIR]` (about
//! 10 minutes in a debug build)..
//!
//! [`SEARCH_FLOOR`]: claimdesk::library::SEARCH_FLOOR

use std::path::PathBuf;

use claimdesk::library::{AddFormat, Library, eval};

/// (score, is an answer, rank) of every hit in the top 10 of every query.
fn hits_of(
    library: &Library,
    data: &std::path::Path,
    split: &str,
    short: bool,
) -> (Vec<(f32, bool, usize)>, usize) {
    let read = |name: &str| std::fs::read_to_string(data.join(split).join(name)).unwrap();
    let queries = eval::read_queries(&read("tweets.queries.tsv"));
    let qrels = eval::read_qrels(&read("tweet-vclaim-pairs.qrels"));
    let mut out = Vec::new();
    let mut asked = 0;
    for (id, text) in queries {
        let Some(answers) = qrels.get(&id) else {
            continue;
        };
        asked += 1;
        let text = if short {
            claimdesk::library::clean_query(&text)
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            text
        };
        for (rank, h) in library
            .search(&text, 10)
            .unwrap_or_default()
            .into_iter()
            .enumerate()
        {
            out.push((h.score, answers.contains(&h.entry.key), rank));
        }
    }
    (out, asked)
}

fn report(name: &str, hits: &[(f32, bool, usize)], asked: usize) {
    let mut answers: Vec<f32> = hits.iter().filter(|h| h.1).map(|h| h.0).collect();
    answers.sort_by(f32::total_cmp);
    let q = |p: f64| answers[((answers.len() as f64 * p) as usize).min(answers.len() - 1)];
    println!(
        "\n{name}: {asked} queries, {} answers in the top 10; answer scores: 0.5 % below {:.1}, 1 % below {:.1}, 2 % below {:.1}, 5 % below {:.1}, median {:.1}",
        answers.len(),
        q(0.005),
        q(0.01),
        q(0.02),
        q(0.05),
        q(0.5)
    );
    println!("score band | hits | answers | share answers | answers at rank 1");
    for lo in (0..40).step_by(2) {
        let lo = lo as f32;
        let band: Vec<_> = hits
            .iter()
            .filter(|h| h.0 >= lo && h.0 < lo + 2.0)
            .collect();
        if band.is_empty() {
            continue;
        }
        let rel = band.iter().filter(|h| h.1).count();
        let top = band.iter().filter(|h| h.1 && h.2 == 0).count();
        println!(
            "{lo:>4}–{:<4} | {:>5} | {rel:>5} | {:>5.1} % | {top}",
            lo + 2.0,
            band.len(),
            100.0 * rel as f64 / band.len() as f64
        );
    }
    for floor in [
        claimdesk::library::SEARCH_FLOOR,
        claimdesk::library::POSSIBLE_MATCH,
        claimdesk::library::STRONG_MATCH,
    ] {
        let kept = hits.iter().filter(|h| h.0 >= floor).count();
        let kept_answers = hits.iter().filter(|h| h.0 >= floor && h.1).count();
        println!(
            "at {floor}: {kept} of {} hits kept ({:.1} %), {kept_answers} of {} answers ({:.1} %), {:.1} % of the kept are answers",
            hits.len(),
            100.0 * kept as f64 / hits.len() as f64,
            answers.len(),
            100.0 * kept_answers as f64 / answers.len() as f64,
            100.0 * kept_answers as f64 / kept.max(1) as f64,
        );
    }
}

fn main() {
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("data/clef2020-claim-retrieval"));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut library = Library::open(dir.path()).expect("a new library");
    library
        .add_paths(&[data.join("verified_claims.docs.tsv")], AddFormat::Tsv)
        .expect("the claims are added");
    for short in [false, true] {
        let mut all = Vec::new();
        let mut asked_all = 0;
        for split in ["train", "dev"] {
            let (hits, asked) = hits_of(&library, &data, split, short);
            let what = if short {
                "first six words"
            } else {
                "whole tweet"
            };
            report(&format!("{split}, {what}"), &hits, asked);
            all.extend(hits);
            asked_all += asked;
        }
        report(
            if short {
                "train + dev, first six words"
            } else {
                "train + dev, whole tweet"
            },
            &all,
            asked_all,
        );
    }
}
