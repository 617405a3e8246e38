//! The tantivy side of the library: the schema, the analyzer, writing and
//! deleting entries, and reading stored entries back.

use std::path::Path;

use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{Language, LowerCaser, RemoveLongFilter, Stemmer, TextAnalyzer};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use super::embed;
use super::entry::{Entry, doc_text};
use super::tokenizer::CjkBigramTokenizer;

/// The name the analyzer is registered under in the schema.
pub const ANALYZER: &str = "claimdesk";

#[derive(Clone, Copy, Debug)]
pub struct Fields {
    pub key: Field,
    pub origin: Field,
    pub claim: Field,
    pub title: Field,
    pub text: Field,
    pub claimant: Field,
    pub verdict: Field,
    pub colour: Field,
    pub organisation: Field,
    pub date: Field,
    pub url: Field,
    /// The claim + title's static embedding (`embed::quantize`), computed
    /// once when the entry is added so a search embeds only the query.
    pub embedding: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    // Term frequencies are all BM25 needs; positions would only grow the index.
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(ANALYZER)
        .set_index_option(IndexRecordOption::WithFreqs);
    let searched = TextOptions::default().set_indexing_options(indexing.clone());
    let searched_stored = searched.clone().set_stored();
    let fields = Fields {
        key: b.add_text_field("key", STRING | STORED),
        origin: b.add_text_field("origin", STRING | STORED),
        claim: b.add_text_field("claim", searched_stored.clone()),
        title: b.add_text_field("title", searched_stored),
        text: b.add_text_field("text", searched),
        claimant: b.add_text_field("claimant", STORED),
        verdict: b.add_text_field("verdict", STORED),
        colour: b.add_text_field("colour", STORED),
        organisation: b.add_text_field("organisation", STORED),
        date: b.add_text_field("date", STORED),
        url: b.add_text_field("url", STORED),
        embedding: b.add_bytes_field("embedding", STORED),
    };
    (b.build(), fields)
}

/// Words and CJK bigrams, lower-cased, English stems (when `stem`).
pub fn analyzer(stem: bool) -> TextAnalyzer {
    let base = TextAnalyzer::builder(CjkBigramTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser);
    if stem {
        base.filter(Stemmer::new(Language::English)).build()
    } else {
        base.build()
    }
}

/// The analyzed terms of `text`, in order.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

pub fn create(dir: &Path, stem: bool) -> tantivy::Result<Index> {
    std::fs::create_dir_all(dir)?;
    let (schema, _) = schema();
    let index = Index::create_in_dir(dir, schema)?;
    index.tokenizers().register(ANALYZER, analyzer(stem));
    Ok(index)
}

/// Why an index with another schema (from an earlier ClaimDesk, e.g. one
/// without stored embeddings) is not opened but rebuilt.
pub const OTHER_VERSION: &str = "was made by another version of ClaimDesk";

/// Opens the index and checks every file of it against its checksum, so a
/// damaged index is noticed here, not in the middle of a search.
pub fn open(dir: &Path, stem: bool) -> Result<(Index, IndexReader), String> {
    let index = Index::open_in_dir(dir).map_err(|e| e.to_string())?;
    let (expected, _) = schema();
    if index.schema() != expected {
        return Err(OTHER_VERSION.into());
    }
    index.tokenizers().register(ANALYZER, analyzer(stem));
    let damaged = index.validate_checksum().map_err(|e| e.to_string())?;
    if !damaged.is_empty() {
        return Err(format!("{} damaged file(s)", damaged.len()));
    }
    let reader = reader(&index).map_err(|e| e.to_string())?;
    Ok((index, reader))
}

pub fn reader(index: &Index) -> tantivy::Result<IndexReader> {
    index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
}

/// A writer sized for the machine: up to four indexing threads.
pub fn writer(index: &Index) -> tantivy::Result<IndexWriter> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 4);
    index.writer_with_num_threads(threads, threads * 40_000_000)
}

pub fn document(f: &Fields, e: &Entry) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.key, &e.key);
    doc.add_text(f.origin, &e.origin);
    doc.add_text(f.claim, &e.claim);
    doc.add_text(f.title, &e.title);
    let mut text = e.text.clone();
    if !e.claimant.is_empty() {
        text.push('\n');
        text.push_str(&e.claimant);
    }
    doc.add_text(f.text, &text);
    doc.add_text(f.claimant, &e.claimant);
    doc.add_text(f.verdict, &e.verdict);
    doc.add_text(f.colour, &e.colour);
    doc.add_text(f.organisation, &e.organisation);
    doc.add_text(f.date, &e.date);
    doc.add_text(f.url, &e.url);
    if let Some(table) = embed::shipped() {
        let v = table.embed(&doc_text(&e.claim, &e.title));
        doc.add_bytes(f.embedding, &embed::quantize(&v));
    }
    doc
}

/// The entry's stored embedding (none in an index that has no such field
/// for it: then the re-ranker embeds the entry itself).
pub fn embedding_of<'a>(f: &Fields, doc: &'a TantivyDocument) -> Option<&'a [u8]> {
    doc.get_first(f.embedding).and_then(|v| v.as_bytes())
}

pub fn delete_origin(writer: &IndexWriter, f: &Fields, origin: &str) {
    writer.delete_term(Term::from_field_text(f.origin, origin));
}

/// The stored part of an entry (its `text` is not stored).
pub fn entry_of(f: &Fields, doc: &TantivyDocument) -> Entry {
    let get = |field: Field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    Entry {
        key: get(f.key),
        claim: get(f.claim),
        title: get(f.title),
        text: String::new(),
        claimant: get(f.claimant),
        verdict: get(f.verdict),
        colour: get(f.colour),
        organisation: get(f.organisation),
        date: get(f.date),
        url: get(f.url),
        origin: get(f.origin),
    }
}
