//! The learned re-ranking of the library's BM25 candidates: a few features of
//! each (query, candidate) pair, scored by a linear model trained pairwise
//! (an answer against the other candidates of its query) on the CLEF
//! CheckThat! 2020 Task 2 train split by `tools/library/train_reranker.py`.
//! The features are computed here and nowhere else: the training script
//! reads them from `examples/library_candidates.rs`, so what is trained is
//! what ships.

use std::collections::{HashMap, HashSet};

use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, Term};

use super::embed;
use super::entry::doc_text;
use super::index;
use super::query::QueryText;

pub use super::rerank_weights::WEIGHTS;

/// The features' names, in the order of [`features`] and [`WEIGHTS`].
pub const FEATURES: [&str; 11] = [
    "bm25_rel",
    "word_cos",
    "word_cos_claim",
    "word_cos_title",
    "char_cos",
    "query_cover",
    "len_ratio",
    "emb_cos",
    "body_word_cos",
    "body_char_cos",
    "max_shared_idf",
];

pub type Features = [f32; FEATURES.len()];

/// Inverse document frequencies over the claim field, as BM25 counts them.
pub struct Idf<'a> {
    searcher: &'a Searcher,
    field: Field,
    n: f32,
    cache: HashMap<String, f32>,
}

impl<'a> Idf<'a> {
    pub fn new(searcher: &'a Searcher, field: Field) -> Self {
        Self {
            searcher,
            field,
            n: searcher.num_docs().max(1) as f32,
            cache: HashMap::new(),
        }
    }

    pub fn get(&mut self, t: &str) -> f32 {
        if let Some(v) = self.cache.get(t) {
            return *v;
        }
        let df = self
            .searcher
            .doc_freq(&Term::from_field_text(self.field, t))
            .unwrap_or(0) as f32;
        let v = (1.0 + (self.n - df + 0.5) / (df + 0.5)).ln();
        self.cache.insert(t.to_owned(), v);
        v
    }
}

/// A text's terms weighted by √tf × idf.
fn weighted(terms: &[String], idf: &mut Idf) -> HashMap<String, f32> {
    let mut tf: HashMap<String, f32> = HashMap::new();
    for t in terms {
        *tf.entry(t.clone()).or_default() += 1.0;
    }
    tf.into_iter()
        .map(|(t, n)| {
            let w = n.sqrt() * idf.get(&t);
            (t, w)
        })
        .collect()
}

/// What the features need of the query, computed once per search.
pub struct QueryView {
    terms: Vec<String>,
    vector: HashMap<String, f32>,
    grams: HashMap<[char; 4], f32>,
    set_weight: f32,
    embedding: Option<Vec<f32>>,
    /// The same for the body of a post without its signature.
    body_vector: HashMap<String, f32>,
    body_grams: HashMap<[char; 4], f32>,
}

impl QueryView {
    pub fn new(analyzer: &mut TextAnalyzer, idf: &mut Idf, query: &QueryText) -> Self {
        let terms = index::terms(analyzer, &query.full);
        let vector = weighted(&terms, idf);
        let set: HashSet<&String> = terms.iter().collect();
        let set_weight = set.iter().map(|t| idf.get(t)).sum();
        let body_terms = index::terms(analyzer, &query.body);
        Self {
            grams: char_grams(&query.full),
            terms,
            vector,
            set_weight,
            embedding: embed::shipped().map(|e| e.embed(&query.full)),
            body_vector: weighted(&body_terms, idf),
            body_grams: char_grams(&query.body),
        }
    }
}

/// The features of one candidate (`bm25_rel` is its BM25 score over the best
/// candidate's; `stored` its embedding as the index keeps it, if it does).
pub fn features(
    analyzer: &mut TextAnalyzer,
    idf: &mut Idf,
    query: &QueryView,
    claim: &str,
    title: &str,
    stored: Option<&[u8]>,
    bm25_rel: f32,
) -> Features {
    let claim_terms = index::terms(analyzer, claim);
    let title_terms = index::terms(analyzer, title);
    let mut all = claim_terms.clone();
    all.extend(title_terms.iter().cloned());
    let doc_vector = weighted(&all, idf);
    let shared: Vec<f32> = doc_vector
        .keys()
        .filter(|t| query.vector.contains_key(*t))
        .map(|t| idf.get(t))
        .collect();
    // The rarest word both share: one rare name in common often decides.
    let max_shared_idf = shared.iter().copied().fold(0.0, f32::max) / 10.0;
    let shared: f32 = shared.iter().sum();
    let query_cover = if query.set_weight > 0.0 {
        shared / query.set_weight
    } else {
        0.0
    };
    let len_ratio = ((1 + all.len()) as f32 / (1 + query.terms.len()) as f32).ln();
    let doc_text = doc_text(claim, title);
    let doc_grams = char_grams(&doc_text);
    let emb_cos = match (&query.embedding, stored) {
        (None, _) => 0.0,
        (Some(q), stored) => stored
            .and_then(|b| embed::dot_stored(q, b))
            .or_else(|| embed::shipped().map(|e| embed::dot(q, &e.embed(&doc_text))))
            .unwrap_or(0.0),
    };
    [
        bm25_rel,
        cosine(&query.vector, &doc_vector),
        cosine(&query.vector, &weighted(&claim_terms, idf)),
        cosine(&query.vector, &weighted(&title_terms, idf)),
        cosine(&query.grams, &doc_grams),
        query_cover,
        len_ratio,
        emb_cos,
        cosine(&query.body_vector, &doc_vector),
        cosine(&query.body_grams, &doc_grams),
        max_shared_idf,
    ]
}

/// The learned score of a candidate's features.
pub fn score(f: &Features) -> f32 {
    f.iter().zip(WEIGHTS.iter()).map(|(x, w)| x * w).sum()
}

/// Character 4-grams of the lower-cased letters and digits, words joined by one space.
pub fn char_grams(text: &str) -> HashMap<[char; 4], f32> {
    let mut norm: Vec<char> = vec![' '];
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            norm.push(c);
        } else if norm.last() != Some(&' ') {
            norm.push(' ');
        }
    }
    if norm.last() != Some(&' ') {
        norm.push(' ');
    }
    let mut grams = HashMap::new();
    for w in norm.windows(4) {
        *grams.entry([w[0], w[1], w[2], w[3]]).or_default() += 1.0;
    }
    grams
}

pub fn cosine<K: std::hash::Hash + Eq>(a: &HashMap<K, f32>, b: &HashMap<K, f32>) -> f32 {
    let (small, large) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let dot: f32 = small
        .iter()
        .filter_map(|(g, x)| large.get(g).map(|y| x * y))
        .sum();
    let na: f32 = a.values().map(|v| v * v).sum();
    let nb: f32 = b.values().map(|v| v * v).sum();
    if na > 0.0 && nb > 0.0 {
        dot / (na.sqrt() * nb.sqrt())
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_the_same_grams_is_one_and_of_disjoint_ones_zero() {
        let a = char_grams("Obama released prisoners");
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-5);
        assert_eq!(cosine(&a, &char_grams("xyz qwv")), 0.0);
        assert_eq!(WEIGHTS.len(), FEATURES.len());
    }
}
