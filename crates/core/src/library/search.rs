//! Ranking: BM25 over the claim, its title and the rest (weighted fields)
//! for candidates, then a re-ranking of the best candidates that adds the
//! cosine similarity of the query and the claim + title, over IDF-weighted
//! words and over character 4-grams. Tweets and posts are cleaned first (links
//! dropped, @handles and hashtags split into words; `query.rs`), and a copied
//! post's body is compared without its signature as well.
//! The weights were measured on the CLEF CheckThat! 2020 data: see
//! BENCHMARKS.md.

use std::collections::HashMap;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, TantivyDocument, Term};

use super::Library;
use super::entry::{Entry, doc_text};
use super::index;
use super::query::QueryText;
use super::rerank;

#[derive(Clone, Debug, PartialEq)]
pub struct SearchOptions {
    pub claim_weight: f32,
    pub title_weight: f32,
    pub text_weight: f32,
    /// Clean links, handles and hashtags out of the query.
    pub clean: bool,
    /// How many BM25 candidates the re-ranking looks at (0: no re-ranking).
    pub candidates: usize,
    /// Re-rank with the learned model (`rerank.rs`); when false, with the
    /// hand-weighted sum of BM25 and the two cosines below.
    pub learned: bool,
    /// Weight of the IDF-weighted word cosine against BM25 (scaled to the best = 1).
    pub word_cosine: f32,
    /// Weight of the character 4-gram cosine.
    pub char_cosine: f32,
}

impl Default for SearchOptions {
    fn default() -> Self {
        Self {
            claim_weight: 1.0,
            title_weight: 1.0,
            text_weight: 0.5,
            clean: true,
            candidates: 50,
            learned: true,
            word_cosine: 1.0,
            char_cosine: 1.0,
        }
    }
}

impl SearchOptions {
    /// Plain BM25 over claim and title, nothing else: the baseline.
    pub fn plain() -> Self {
        Self {
            clean: false,
            candidates: 0,
            text_weight: 0.0,
            ..Self::default()
        }
    }
}

/// A BM25 candidate with its stored embedding, if the index keeps one.
type Candidate = (Hit, Option<Vec<u8>>);

#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub score: f32,
    pub entry: Entry,
}

impl Library {
    /// The `top` best entries for `text`, best first.
    pub fn search(&self, text: &str, top: usize) -> Result<Vec<Hit>, String> {
        self.search_with(text, top, &SearchOptions::default())
    }

    pub fn search_with(
        &self,
        text: &str,
        top: usize,
        opts: &SearchOptions,
    ) -> Result<Vec<Hit>, String> {
        if top == 0 {
            return Ok(Vec::new());
        }
        let searcher = self.reader.searcher();
        let mut analyzer = index::analyzer(self.manifest.stem);
        let query = QueryText::new(text, opts.clean);
        let found = self.bm25(
            &searcher,
            &mut analyzer,
            &query.full,
            top.max(opts.candidates),
            opts,
        )?;
        let (mut hits, embeddings): (Vec<Hit>, Vec<_>) = found.into_iter().unzip();
        if opts.candidates > 0 && !hits.is_empty() {
            self.rerank(
                &searcher,
                &mut analyzer,
                &query,
                &mut hits,
                &embeddings,
                opts,
            );
        }
        // Equal scores (the same claim under two ids, frequent in fact-check
        // data) in a fixed order: the index's own order depends on how its
        // segments were written, which made measurements move between runs.
        sort_hits(&mut hits);
        // The same key added from two files: keep the better.
        let mut seen = std::collections::HashSet::new();
        hits.retain(|h| seen.insert(h.entry.key.clone()));
        hits.truncate(top);
        Ok(hits)
    }

    /// The `wanted` best entries by weighted BM25, best first, each with its
    /// stored embedding when the index has one.
    fn bm25(
        &self,
        searcher: &Searcher,
        analyzer: &mut tantivy::tokenizer::TextAnalyzer,
        query_text: &str,
        wanted: usize,
        opts: &SearchOptions,
    ) -> Result<Vec<Candidate>, String> {
        let mut terms = index::terms(analyzer, query_text);
        terms.sort();
        terms.dedup();
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (field, weight) in [
            (f.claim, opts.claim_weight),
            (f.title, opts.title_weight),
            (f.text, opts.text_weight),
        ] {
            if weight <= 0.0 {
                continue;
            }
            for t in &terms {
                let q = TermQuery::new(
                    Term::from_field_text(field, t),
                    IndexRecordOption::WithFreqs,
                );
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(q), weight)),
                ));
            }
        }
        let query = BooleanQuery::new(clauses);
        let found = searcher
            .search(&query, &TopDocs::with_limit(wanted).order_by_score())
            .map_err(|e| e.to_string())?;
        let mut hits = Vec::with_capacity(found.len());
        for (score, address) in found {
            let doc: TantivyDocument = searcher.doc(address).map_err(|e| e.to_string())?;
            let entry = index::entry_of(f, &doc);
            let embedding = index::embedding_of(f, &doc).map(<[u8]>::to_vec);
            hits.push((Hit { score, entry }, embedding));
        }
        Ok(hits)
    }

    /// The re-ranking features of the BM25 candidates of `text` (cleaned as
    /// `opts` says), best BM25 first: what `tools/library/train_reranker.py`
    /// trains on, computed exactly as a search computes them.
    pub fn candidate_features(
        &self,
        text: &str,
        candidates: usize,
        opts: &SearchOptions,
    ) -> Result<Vec<(String, rerank::Features)>, String> {
        let searcher = self.reader.searcher();
        let mut analyzer = index::analyzer(self.manifest.stem);
        let query_text = QueryText::new(text, opts.clean);
        let mut found = self.bm25(&searcher, &mut analyzer, &query_text.full, candidates, opts)?;
        // The order a plain BM25 search returns them in, one per key.
        found.sort_by(|(a, _), (b, _)| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.entry.key.cmp(&b.entry.key))
        });
        let mut seen = std::collections::HashSet::new();
        found.retain(|(h, _)| seen.insert(h.entry.key.clone()));
        let mut idf = rerank::Idf::new(&searcher, self.fields.claim);
        let query = rerank::QueryView::new(&mut analyzer, &mut idf, &query_text);
        let best = found
            .iter()
            .map(|(h, _)| h.score)
            .fold(f32::MIN, f32::max)
            .max(1e-6);
        Ok(found
            .iter()
            .map(|(h, stored)| {
                let f = rerank::features(
                    &mut analyzer,
                    &mut idf,
                    &query,
                    &h.entry.claim,
                    &h.entry.title,
                    stored.as_deref(),
                    h.score / best,
                );
                (h.entry.key.clone(), f)
            })
            .collect())
    }

    fn rerank(
        &self,
        searcher: &Searcher,
        analyzer: &mut tantivy::tokenizer::TextAnalyzer,
        query_text: &QueryText,
        hits: &mut [Hit],
        embeddings: &[Option<Vec<u8>>],
        opts: &SearchOptions,
    ) {
        let mut idf = rerank::Idf::new(searcher, self.fields.claim);
        let best = best_score(hits);
        if opts.learned {
            let query = rerank::QueryView::new(analyzer, &mut idf, query_text);
            for (hit, stored) in hits.iter_mut().zip(embeddings) {
                let f = rerank::features(
                    analyzer,
                    &mut idf,
                    &query,
                    &hit.entry.claim,
                    &hit.entry.title,
                    stored.as_deref(),
                    hit.score / best,
                );
                hit.score = rerank::score(&f);
            }
            return;
        }
        let mut query_terms = index::terms(analyzer, &query_text.full);
        query_terms.sort();
        query_terms.dedup();
        let mut qv: HashMap<&str, f32> = HashMap::new();
        for t in &query_terms {
            qv.insert(t.as_str(), idf.get(t));
        }
        let q_grams = rerank::char_grams(&query_text.full);
        for hit in hits.iter_mut() {
            let doc_text = doc_text(&hit.entry.claim, &hit.entry.title);
            let mut dv: HashMap<String, f32> = HashMap::new();
            for t in index::terms(analyzer, &doc_text) {
                *dv.entry(t).or_default() += 1.0;
            }
            let mut dot = 0.0;
            let mut dn = 0.0;
            for (t, tf) in &dv {
                let w = tf.sqrt() * idf.get(t);
                dn += w * w;
                if let Some(q) = qv.get(t.as_str()) {
                    dot += w * q;
                }
            }
            let qn: f32 = qv.values().map(|v| v * v).sum();
            let word_cos = if dn > 0.0 && qn > 0.0 {
                dot / (dn.sqrt() * qn.sqrt())
            } else {
                0.0
            };
            let char_cos = rerank::cosine(&q_grams, &rerank::char_grams(&doc_text));
            hit.score =
                hit.score / best + opts.word_cosine * word_cos + opts.char_cosine * char_cos;
        }
    }
}

fn sort_hits(hits: &mut [Hit]) {
    hits.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.entry.key.cmp(&b.entry.key))
    });
}

fn best_score(hits: &[Hit]) -> f32 {
    hits.iter()
        .map(|h| h.score)
        .fold(f32::MIN, f32::max)
        .max(1e-6)
}
