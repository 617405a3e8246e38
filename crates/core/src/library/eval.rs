//! Measuring retrieval: MAP@k over queries with known answers, as the CLEF
//! CheckThat! 2020 Task 2 scores it (each query's average precision over the
//! first k results, averaged over every query that has an answer).

use std::collections::{HashMap, HashSet};

/// `id<TAB>text` lines; lines without an id (a header) are skipped.
pub fn read_queries(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| {
            let (id, query) = line.split_once('\t')?;
            let id = id.trim();
            (!id.is_empty()).then(|| (id.to_owned(), query.trim().to_owned()))
        })
        .collect()
}

/// TREC qrels: `query 0 doc relevance` (tabs or spaces); relevance > 0 counts.
pub fn read_qrels(text: &str) -> HashMap<String, HashSet<String>> {
    let mut qrels: HashMap<String, HashSet<String>> = HashMap::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 4 && f[3].parse::<i32>().is_ok_and(|r| r > 0) {
            qrels
                .entry(f[0].to_owned())
                .or_default()
                .insert(f[2].to_owned());
        }
    }
    qrels
}

/// Average precision of one ranking at `k`.
pub fn average_precision(ranked: &[String], relevant: &HashSet<String>, k: usize) -> f64 {
    if relevant.is_empty() {
        return 0.0;
    }
    let mut found = 0.0;
    let mut sum = 0.0;
    for (i, key) in ranked.iter().take(k).enumerate() {
        if relevant.contains(key) {
            found += 1.0;
            sum += found / (i as f64 + 1.0);
        }
    }
    sum / relevant.len().min(k) as f64
}

/// MAP@k of `runs` (query id → ranked keys) over every query in `qrels`;
/// a query with no run counts as 0.
pub fn map_at_k(
    runs: &HashMap<String, Vec<String>>,
    qrels: &HashMap<String, HashSet<String>>,
    k: usize,
) -> f64 {
    if qrels.is_empty() {
        return 0.0;
    }
    let total: f64 = qrels
        .iter()
        .map(|(q, rel)| runs.get(q).map_or(0.0, |r| average_precision(r, rel, k)))
        .sum();
    total / qrels.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_counts_the_rank_of_the_answer() {
        let qrels = read_qrels("1 0 a 1\n2\t0\tb\t1\n");
        let mut runs = HashMap::new();
        runs.insert("1".to_owned(), vec!["a".to_owned(), "x".to_owned()]);
        runs.insert("2".to_owned(), vec!["x".to_owned(), "b".to_owned()]);
        assert!((map_at_k(&runs, &qrels, 5) - 0.75).abs() < 1e-9);
    }
}
