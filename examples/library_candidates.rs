//! Writes the BM25 candidates of each CLEF CheckThat! 2020 Task 2 train and
//! dev query with their re-ranking features
//! (`query_id<TAB>rank<TAB>doc_key<TAB>feature...`, in the order of
//! `library::rerank::FEATURES`, as many candidates as the shipped search
//! re-ranks) for the re-ranker's training script
//! (`tools/library/train_reranker.py`).
//! `cargo run --example library_candidates [DATA_DIR] [OUT_DIR]`.

use std::fmt::Write as _;
use std::path::PathBuf;

use claimdesk::library::{AddFormat, Library, SearchOptions, eval};

fn main() {
    let mut args = std::env::args().skip(1);
    let data = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("data/clef2020-claim-retrieval"));
    let out = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut library = Library::open(dir.path()).expect("a new library");
    library
        .add_paths(&[data.join("verified_claims.docs.tsv")], AddFormat::Tsv)
        .expect("the claims are added");
    let opts = SearchOptions::default();
    for split in ["train", "dev"] {
        let text = std::fs::read_to_string(data.join(split).join("tweets.queries.tsv"))
            .expect("the queries");
        let mut lines = String::new();
        for (id, query) in eval::read_queries(&text) {
            let found = library
                .candidate_features(&query, opts.candidates, &opts)
                .expect("a search");
            for (rank, (key, features)) in found.iter().enumerate() {
                let _ = write!(lines, "{id}\t{}\t{key}", rank + 1);
                for x in features {
                    let _ = write!(lines, "\t{x}");
                }
                lines.push('\n');
            }
        }
        std::fs::write(out.join(format!("candidates.{split}.tsv")), lines).expect("written");
    }
}
