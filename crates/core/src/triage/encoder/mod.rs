//! The sentence encoder triage combines with the n-gram model (issue 27):
//! all-MiniLM-L6-v2 (BERT, post-LayerNorm, exact GELU) fine-tuned for
//! check-worthiness, its token vectors averaged and put through one linear
//! unit and a sigmoid, exactly as `tools/triage/finetune_cv.py` trains it.
//! The forward pass is written here on `matrixmultiply`'s GEMM, because an
//! inference framework (candle: 45 crates, 3 min 10 s of clean release
//! build) would cost far more than these two hundred lines. The asset is
//! written by `tools/triage/export_encoder.py` (layout there), built into
//! the binary and parsed once: int8 matrices are made f32 at load, except
//! the word-embedding table, read one row per token, which stays int8 (47 MB
//! less memory). A file that does not parse gives `None`, and triage is
//! then the n-gram model alone.
//!
//! Speed: the sentences of a batch are stacked into one matrix, so the
//! linear layers are single GEMMs with no padding at all (only attention is
//! per sentence); batches go to one thread per core.
//!
//! Here: tokens and the layers. `file.rs` reads the asset, `math.rs` holds
//! the arithmetic (GEMM, softmax, LayerNorm, GELU).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::wordpiece::{Vocab, bert_words};

mod file;
mod math;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod token_check;

use math::{add_and_norm, dot, gelu, gemm, layer_norm, linear, softmax};

static SHIPPED_BYTES: &[u8] = include_bytes!("../../../assets/triage-encoder.bin");
/// Tokens stacked into one batch: large enough that packing the weights is
/// a small share of each GEMM, small enough for the cache and for Cancel.
const BATCH_TOKENS: usize = 384;
static SHIPPED: OnceLock<Option<Encoder>> = OnceLock::new();

pub struct Encoder {
    vocab: Vocab,
    cls: u32,
    sep: u32,
    unk: u32,
    /// BERT's special tokens found in the vocabulary, by name.
    specials: Vec<(String, u32)>,
    hidden: usize,
    heads: usize,
    max_tokens: usize,
    eps: f32,
    /// The n-gram model's share of the final score (0..=1).
    pub ngram_weight: f32,
    /// The default threshold of the combined score.
    pub threshold: f32,
    word: QuantRows,
    position: Vec<f32>,
    type0: Vec<f32>,
    norm: Norm,
    layers: Vec<Layer>,
    head_w: Vec<f32>,
    head_b: f32,
}

/// int8 rows with one scale each.
struct QuantRows {
    cols: usize,
    scales: Vec<f32>,
    q: Vec<i8>,
}

/// y = x W^T + b, W row-major `out` x `inp`.
struct Linear {
    w: Vec<f32>,
    b: Vec<f32>,
    out: usize,
    inp: usize,
}

struct Norm {
    g: Vec<f32>,
    b: Vec<f32>,
}

struct Layer {
    /// Query, key and value as one matrix: one GEMM instead of three.
    qkv: Linear,
    o: Linear,
    ln1: Norm,
    up: Linear,
    down: Linear,
    ln2: Norm,
}

impl QuantRows {
    fn add_row_to(&self, row: usize, out: &mut [f32]) {
        let s = self.scales[row];
        let q = &self.q[row * self.cols..(row + 1) * self.cols];
        for (o, q) in out.iter_mut().zip(q) {
            *o += f32::from(*q) * s;
        }
    }
}

impl Encoder {
    /// The encoder built into ClaimDesk, parsed on first use; `None` when
    /// the asset is missing or damaged.
    pub fn shipped() -> Option<&'static Encoder> {
        SHIPPED
            .get_or_init(|| Encoder::from_bytes(SHIPPED_BYTES))
            .as_ref()
    }

    /// The built-in encoder if it has been parsed already (by a scoring
    /// job), without parsing it: for the window's thread, which must not
    /// spend a frame on it.
    pub fn shipped_if_loaded() -> Option<&'static Encoder> {
        SHIPPED.get().and_then(Option::as_ref)
    }

    /// The asset built into the binary, as bytes (for tests of damaged copies).
    pub fn shipped_bytes() -> &'static [u8] {
        SHIPPED_BYTES
    }

    /// The token ids of `text` as HF's BertTokenizer gives them for this
    /// (uncased) vocabulary: [CLS], word pieces ([UNK] for a word that
    /// cannot be cut), [SEP]; cut to `max_tokens` keeping the [SEP].
    /// Like HF, a special token's name written in the text ("[SEP]", exact
    /// case) is that token, not words.
    pub fn token_ids(&self, text: &str) -> Vec<u32> {
        let room = self.max_tokens - 1;
        let mut ids = vec![self.cls];
        let mut rest = text;
        while ids.len() < room {
            let special = self
                .specials
                .iter()
                .filter_map(|(name, id)| rest.find(name.as_str()).map(|at| (at, name.len(), *id)))
                .min();
            let before = special.map_or(rest, |(at, _, _)| &rest[..at]);
            for word in bert_words(before) {
                if !self.vocab.pieces(&word, &mut ids) {
                    ids.push(self.unk);
                }
                if ids.len() >= room {
                    break;
                }
            }
            let Some((at, len, id)) = special else { break };
            ids.push(id);
            rest = &rest[at + len..];
        }
        ids.truncate(room);
        ids.push(self.sep);
        ids
    }

    /// The probability of each text, in order; `None` when `go_on`
    /// answers false. `go_on(done, total)` is called from the worker
    /// threads after each batch, with tokens as the unit.
    pub fn probabilities(
        &self,
        texts: &[&str],
        go_on: &(dyn Fn(usize, usize) -> bool + Sync),
    ) -> Option<Vec<f32>> {
        let ids: Vec<Vec<u32>> = texts.iter().map(|t| self.token_ids(t)).collect();
        self.probabilities_of_ids(&ids, go_on)
    }

    /// `probabilities` of texts already cut into tokens (`token_ids`).
    pub fn probabilities_of_ids(
        &self,
        ids: &[Vec<u32>],
        go_on: &(dyn Fn(usize, usize) -> bool + Sync),
    ) -> Option<Vec<f32>> {
        let total: usize = ids.iter().map(Vec::len).sum();
        let mut batches = Vec::new();
        let (mut start, mut tokens) = (0, 0);
        for (i, s) in ids.iter().enumerate() {
            if tokens > 0 && tokens + s.len() > BATCH_TOKENS {
                batches.push(start..i);
                (start, tokens) = (i, 0);
            }
            tokens += s.len();
        }
        if start < ids.len() {
            batches.push(start..ids.len());
        }
        let next = AtomicUsize::new(0);
        let done = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(batches.len())
            .max(1);
        let work = || {
            let mut out = Vec::new();
            let mut scratch = Scratch::default();
            while !stop.load(Ordering::Relaxed) {
                let b = next.fetch_add(1, Ordering::Relaxed);
                let Some(range) = batches.get(b) else { break };
                let logits = self.logits(&ids[range.clone()], &mut scratch);
                let n: usize = ids[range.clone()].iter().map(Vec::len).sum();
                let so_far = done.fetch_add(n, Ordering::Relaxed) + n;
                if !go_on(so_far, total) {
                    stop.store(true, Ordering::Relaxed);
                }
                out.push((range.start, logits));
            }
            out
        };
        let parts: Vec<Vec<(usize, Vec<f32>)>> = if threads == 1 {
            vec![work()]
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> = (0..threads).map(|_| s.spawn(work)).collect();
                // A worker's panic is a bug: it goes on to the caller's
                // thread (the window's job reports it as an internal error).
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            })
        };
        if stop.load(Ordering::Relaxed) {
            return None;
        }
        let mut probs = vec![0.0; ids.len()];
        for (start, logits) in parts.into_iter().flatten() {
            for (p, z) in probs[start..].iter_mut().zip(logits) {
                *p = 1.0 / (1.0 + (-z).exp());
            }
        }
        Some(probs)
    }

    /// The probability that one text is worth checking.
    pub fn probability(&self, text: &str) -> f32 {
        let z = self.logits(&[self.token_ids(text)], &mut Scratch::default());
        1.0 / (1.0 + (-z[0]).exp())
    }

    /// The head's logit for each sentence of a batch, run as one stack of
    /// tokens.
    fn logits(&self, batch: &[Vec<u32>], s: &mut Scratch) -> Vec<f32> {
        let d = self.hidden;
        let rows: usize = batch.iter().map(Vec::len).sum();
        s.x.clear();
        s.x.resize(rows * d, 0.0);
        let mut row = 0;
        for sentence in batch {
            for (pos, &id) in sentence.iter().enumerate() {
                let x = &mut s.x[row * d..(row + 1) * d];
                self.word.add_row_to(id as usize, x);
                let p = &self.position[pos * d..(pos + 1) * d];
                for ((x, p), t) in x.iter_mut().zip(p).zip(&self.type0) {
                    *x += p + t;
                }
                layer_norm(x, &self.norm, self.eps);
                row += 1;
            }
        }
        for layer in &self.layers {
            self.layer(layer, batch, rows, s);
        }
        let mut out = Vec::with_capacity(batch.len());
        let mut row = 0;
        for sentence in batch {
            let n = sentence.len();
            let mut z = 0.0f32;
            for r in row..row + n {
                z += dot(&s.x[r * d..(r + 1) * d], &self.head_w);
            }
            out.push(z / n as f32 + self.head_b);
            row += n;
        }
        out
    }

    fn layer(&self, l: &Layer, batch: &[Vec<u32>], rows: usize, s: &mut Scratch) {
        let d = self.hidden;
        let dh = d / self.heads;
        let scale = 1.0 / (dh as f32).sqrt();
        linear(&s.x, rows, &l.qkv, &mut s.qkv);
        s.ctx.clear();
        s.ctx.resize(rows * d, 0.0);
        let mut row = 0;
        for sentence in batch {
            let n = sentence.len();
            s.scores.clear();
            s.scores.resize(n * n, 0.0);
            let qkv = &s.qkv[row * 3 * d..(row + n) * 3 * d];
            for h in 0..self.heads {
                let (q, k, v) = (&qkv[h * dh..], &qkv[d + h * dh..], &qkv[2 * d + h * dh..]);
                // scores = q k^T / sqrt(dh), rows and columns n.
                gemm(
                    (n, dh, n),
                    scale,
                    (q, 3 * d, 1),
                    (k, 1, 3 * d),
                    0.0,
                    (&mut s.scores, n, 1),
                );
                for r in s.scores.chunks_exact_mut(n) {
                    softmax(r);
                }
                gemm(
                    (n, n, dh),
                    1.0,
                    (&s.scores, n, 1),
                    (v, 3 * d, 1),
                    0.0,
                    (&mut s.ctx[row * d + h * dh..], d, 1),
                );
            }
            row += n;
        }
        linear(&s.ctx, rows, &l.o, &mut s.tmp);
        add_and_norm(&mut s.x, &s.tmp, &l.ln1, self.eps, d);
        linear(&s.x, rows, &l.up, &mut s.up);
        s.up.iter_mut().for_each(|x| *x = gelu(*x));
        linear(&s.up, rows, &l.down, &mut s.tmp);
        add_and_norm(&mut s.x, &s.tmp, &l.ln2, self.eps, d);
    }
}

/// Buffers reused from batch to batch.
#[derive(Default)]
struct Scratch {
    x: Vec<f32>,
    qkv: Vec<f32>,
    ctx: Vec<f32>,
    scores: Vec<f32>,
    up: Vec<f32>,
    tmp: Vec<f32>,
}
