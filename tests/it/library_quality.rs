//! The library's ranking on the CLEF CheckThat! 2020 Task 2 dev set
//! (`data/clef2020-claim-retrieval/`): the shipped pipeline must
//! keep the MAP@5 reported in BENCHMARKS.md, less 0.02.

use std::collections::HashMap;
use std::path::Path;

use claimdesk::library::{AddFormat, Library, eval};

/// The dev MAP@5 reported in BENCHMARKS.md.
const REPORTED_DEV_MAP5: f64 = 0.843;

#[test]
fn dev_map_at_5_holds() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/clef2020-claim-retrieval");
    assert!(
        data.join("verified_claims.docs.tsv").exists(),
        "the CLEF 2020 data is expected in {} (see data/README.md)",
        data.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path()).unwrap();
    let report = library
        .add_paths(&[data.join("verified_claims.docs.tsv")], AddFormat::Tsv)
        .unwrap();
    assert!(!report.failed());
    assert!(library.stats().entries > 10_000);
    let read = |name: &str| std::fs::read_to_string(data.join("dev").join(name)).unwrap();
    let qrels = eval::read_qrels(&read("tweet-vclaim-pairs.qrels"));
    let mut runs = HashMap::new();
    for (id, text) in eval::read_queries(&read("tweets.queries.tsv")) {
        let hits = library.search(&text, 5).unwrap();
        runs.insert(id, hits.into_iter().map(|h| h.entry.key).collect());
    }
    let map = eval::map_at_k(&runs, &qrels, 5);
    println!("dev MAP@5 = {map:.4}");
    assert!(
        map >= REPORTED_DEV_MAP5 - 0.02,
        "dev MAP@5 fell to {map:.4} (reported {REPORTED_DEV_MAP5})"
    );
}
