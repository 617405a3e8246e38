//! The check-worthiness model: a logistic regression over hashed word and
//! character n-grams (TF-IDF, each block L2-normalised), hand features and
//! the library's static sentence embedding (`library::embed`, already in
//! the binary: the block that made the model carry over better to unseen
//! debates, issue 27), trained by `tools/triage/train.py`. The file ships in
//! `assets/` and is built into the binary, so nothing is read or fetched at
//! run time; it is parsed once (`Model::shipped`).
//!
//! File layout (little-endian): `CDTRIAG2`, u32 word bits, u32 char bits,
//! u32 hand features, f32 bias, f32 default threshold, f32 dev-test F1 at
//! training, then f32 arrays: word idf, word weights, char idf, char
//! weights, hand weights; then u32 embedding dimensions and that many f32
//! weights (0 for none). `CDTRIAG1`, the same without the embedding block,
//! is still read.

use std::sync::OnceLock;

use super::features::{Counts, N_HAND, char_counts, hand_features, word_counts};
use crate::i18n::Message;
use crate::library::embed::{self, Embeddings};

const MAGIC_V1: &[u8; 8] = b"CDTRIAG1";
const MAGIC: &[u8; 8] = b"CDTRIAG2";
static SHIPPED_BYTES: &[u8] = include_bytes!("../../assets/triage-model.bin");

pub struct Model {
    word_bits: u32,
    char_bits: u32,
    bias: f32,
    /// The threshold chosen by cross-validation over the training split
    /// (`tools/triage/train.py --select`): the window's default.
    pub threshold: f32,
    /// The F1 on dev-test the trainer measured (a test recomputes it).
    pub trained_dev_test_f1: f32,
    /// (idf, weight) per bucket, side by side: one cache line per n-gram.
    word: Vec<[f32; 2]>,
    chars: Vec<[f32; 2]>,
    hand_w: Vec<f32>,
    /// Weights of the static sentence embedding, and the table that
    /// computes it (none when the file has no such block).
    embed_w: Vec<f32>,
    embeddings: Option<&'static Embeddings>,
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], Message> {
        if self.bytes.len() < n {
            return Err(Message::new("triage-error-cut-off"));
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn u32(&mut self) -> Result<u32, Message> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f32(&mut self) -> Result<f32, Message> {
        Ok(f32::from_bits(self.u32()?))
    }

    fn f32s(&mut self, n: usize) -> Result<Vec<f32>, Message> {
        let b = self.take(n.checked_mul(4).ok_or("the model file is too large")?)?;
        Ok(b.chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }
}

impl Model {
    /// The model built into ClaimDesk, parsed on first use.
    pub fn shipped() -> Result<&'static Model, Message> {
        static MODEL: OnceLock<Result<Model, Message>> = OnceLock::new();
        MODEL
            .get_or_init(|| Model::from_bytes(SHIPPED_BYTES))
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, Message> {
        let mut r = Reader { bytes };
        let magic = r.take(8)?;
        let with_embedding = magic == MAGIC;
        if !with_embedding && magic != MAGIC_V1 {
            return Err(Message::new("triage-error-not-a-model"));
        }
        let word_bits = r.u32()?;
        let char_bits = r.u32()?;
        let hand = r.u32()? as usize;
        if !(1..=24).contains(&word_bits) || !(1..=24).contains(&char_bits) || hand != N_HAND {
            return Err(Message::new("triage-error-unknown-shape"));
        }
        let bias = r.f32()?;
        let threshold = r.f32()?;
        let trained_dev_test_f1 = r.f32()?;
        let (nw, nc) = (1usize << word_bits, 1usize << char_bits);
        let pairs = |idf: Vec<f32>, w: Vec<f32>| -> Vec<[f32; 2]> {
            idf.into_iter().zip(w).map(|(i, w)| [i, w]).collect()
        };
        let (word_idf, word_w) = (r.f32s(nw)?, r.f32s(nw)?);
        let (char_idf, char_w) = (r.f32s(nc)?, r.f32s(nc)?);
        let hand_w = r.f32s(hand)?;
        let embed_w = if with_embedding {
            let dims = r.u32()? as usize;
            r.f32s(dims)?
        } else {
            Vec::new()
        };
        let embeddings = if embed_w.is_empty() {
            None
        } else {
            let table = embed::shipped().ok_or("the library's embeddings cannot be read")?;
            if table.dims() != embed_w.len() {
                return Err(Message::new("triage-error-embedding"));
            }
            Some(table)
        };
        let model = Model {
            word_bits,
            char_bits,
            bias,
            threshold,
            trained_dev_test_f1,
            word: pairs(word_idf, word_w),
            chars: pairs(char_idf, char_w),
            hand_w,
            embed_w,
            embeddings,
        };
        if !r.bytes.is_empty() {
            return Err(Message::new("triage-error-trailing-bytes"));
        }
        Ok(model)
    }

    /// The probability that `sentence` is worth checking, in 0..=1.
    pub fn score(&self, sentence: &str) -> f32 {
        let lower = sentence.to_lowercase();
        let mut z = self.bias;
        z += block(&word_counts(&lower, self.word_bits), &self.word);
        z += block(&char_counts(&lower, self.char_bits), &self.chars);
        for (x, w) in hand_features(sentence).iter().zip(&self.hand_w) {
            z += x * w;
        }
        if let Some(table) = self.embeddings {
            z += embed::dot(&table.embed(sentence), &self.embed_w);
        }
        1.0 / (1.0 + (-z).exp())
    }
}

/// One block's share of the logit: sublinear tf times idf, L2-normalised, dot the weights.
fn block(counts: &Counts, table: &[[f32; 2]]) -> f32 {
    let mut dot = 0.0f32;
    let mut norm = 0.0f32;
    for &(b, n) in counts {
        let Some(&[idf, w]) = table.get(b as usize) else {
            continue;
        };
        let x = (1.0 + (n as f32).ln()) * idf;
        dot += x * w;
        norm += x * x;
    }
    if norm > 0.0 { dot / norm.sqrt() } else { 0.0 }
}
