//! Measures the library's ranking on the CLEF CheckThat! 2020 Task 2 data
//! (`data/clef2020-claim-retrieval/`): MAP@5 on train and dev for
//! each step of the pipeline. `cargo run --example library_tune [DATA_DIR]`.
//! The figures in BENCHMARKS.md come from this.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use claimdesk::library::{AddFormat, Library, SearchOptions, eval};

fn measure(library: &Library, data: &Path, split: &str, opts: &SearchOptions) -> f64 {
    let read =
        |name: &str| std::fs::read_to_string(data.join(split).join(name)).unwrap_or_default();
    let queries = eval::read_queries(&read("tweets.queries.tsv"));
    let qrels = eval::read_qrels(&read("tweet-vclaim-pairs.qrels"));
    let mut runs = HashMap::new();
    for (id, text) in queries {
        let hits = library.search_with(&text, 5, opts).unwrap_or_default();
        runs.insert(id, hits.into_iter().map(|h| h.entry.key).collect());
    }
    eval::map_at_k(&runs, &qrels, 5)
}

fn main() {
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("data/clef2020-claim-retrieval"));
    let claims = data.join("verified_claims.docs.tsv");
    for stem in [true] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut library = Library::open_with(dir.path(), stem).expect("a new library");
        library
            .add_paths(std::slice::from_ref(&claims), AddFormat::Tsv)
            .expect("the claims are added");
        let base = SearchOptions::default();
        let mut steps: Vec<(String, SearchOptions)> = vec![
            ("plain BM25 claim+title".into(), SearchOptions::plain()),
            (
                "+ query cleaning".into(),
                SearchOptions {
                    clean: true,
                    ..SearchOptions::plain()
                },
            ),
        ];
        for (c, t) in [(1.0, 0.5), (1.0, 2.0)] {
            steps.push((
                format!("+ cleaning, weights claim {c} title {t}"),
                SearchOptions {
                    clean: true,
                    claim_weight: c,
                    title_weight: t,
                    ..SearchOptions::plain()
                },
            ));
        }
        for (w, ch) in [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.0, 2.0), (1.0, 3.0)] {
            steps.push((
                format!("default fields, rerank word {w} char {ch}"),
                SearchOptions {
                    learned: false,
                    word_cosine: w,
                    char_cosine: ch,
                    ..base.clone()
                },
            ));
        }
        steps.push((
            "default fields, learned re-ranking of 50 (shipped)".into(),
            base.clone(),
        ));
        steps.push((
            "default fields, learned re-ranking of 100".into(),
            SearchOptions {
                candidates: 100,
                ..base.clone()
            },
        ));
        for (label, opts) in steps {
            let train = measure(&library, &data, "train", &opts);
            let dev = measure(&library, &data, "dev", &opts);
            println!("stem={stem}\t{label}\ttrain {train:.4}\tdev {dev:.4}");
        }
    }
}
