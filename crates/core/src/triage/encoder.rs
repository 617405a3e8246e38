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

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::wordpiece::{Vocab, bert_words};

const MAGIC: &[u8; 8] = b"CDTRENC1";
static SHIPPED_BYTES: &[u8] = include_bytes!("../../assets/triage-encoder.bin");
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

struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    fn u32(&mut self) -> Option<usize> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn f32(&mut self) -> Option<f32> {
        let b = self.take(4)?;
        Some(f32::from_le_bytes([b[0], b[1], b[2], b[3]])).filter(|x| x.is_finite())
    }

    fn f32s(&mut self, n: usize) -> Option<Vec<f32>> {
        let b = self.take(n.checked_mul(4)?)?;
        let v: Vec<f32> = b
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        v.iter().all(|x| x.is_finite()).then_some(v)
    }

    /// A vector of exactly `len` floats.
    fn vector(&mut self, len: usize) -> Option<Vec<f32>> {
        (self.u32()? == len).then_some(())?;
        self.f32s(len)
    }

    /// An int8 matrix of `rows` x `cols`, still quantised.
    fn quantised(&mut self, rows: usize, cols: usize) -> Option<QuantRows> {
        (self.u32()? == rows && self.u32()? == cols).then_some(())?;
        let scales = self.f32s(rows)?;
        let q = self
            .take(rows.checked_mul(cols)?)?
            .iter()
            .map(|b| *b as i8)
            .collect();
        Some(QuantRows { cols, scales, q })
    }

    /// An int8 matrix made f32.
    fn matrix(&mut self, rows: usize, cols: usize) -> Option<Vec<f32>> {
        let m = self.quantised(rows, cols)?;
        Some(
            m.q.chunks_exact(cols)
                .zip(&m.scales)
                .flat_map(|(row, s)| row.iter().map(move |q| f32::from(*q) * s))
                .collect(),
        )
    }

    fn linear(&mut self, out: usize, inp: usize) -> Option<Linear> {
        let w = self.matrix(out, inp)?;
        let b = self.vector(out)?;
        Some(Linear { w, b, out, inp })
    }

    fn norm(&mut self, len: usize) -> Option<Norm> {
        Some(Norm {
            g: self.vector(len)?,
            b: self.vector(len)?,
        })
    }
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

    pub fn from_bytes(bytes: &[u8]) -> Option<Encoder> {
        let mut r = Reader { bytes };
        (r.take(8)? == MAGIC).then_some(())?;
        let header_len = r.u32()?;
        let mut h = Reader {
            bytes: r.take(header_len)?,
        };
        let [n_vocab, hidden, n_layers, heads, ffn, positions, max_tokens] =
            [(); 7].map(|_| h.u32());
        let (n_vocab, hidden, n_layers, heads) = (n_vocab?, hidden?, n_layers?, heads?);
        let (ffn, positions, max_tokens) = (ffn?, positions?, max_tokens?);
        let (eps, ngram_weight, threshold) = (h.f32()?, h.f32()?, h.f32()?);
        let sane = (1..=4096).contains(&hidden)
            && (1..=hidden).contains(&heads)
            && hidden % heads == 0
            && (1..=64).contains(&n_layers)
            && (1..=65536).contains(&ffn)
            && (3..=positions).contains(&max_tokens)
            && positions <= 65536
            && eps > 0.0
            && (0.0..=1.0).contains(&ngram_weight)
            && (0.0..=1.0).contains(&threshold);
        sane.then_some(())?;
        let vocab_len = r.u32()?;
        let vocab = Vocab::from_lines(std::str::from_utf8(r.take(vocab_len)?).ok()?);
        (vocab.len() == n_vocab && vocab.is_distinct()).then_some(())?;
        let word = r.quantised(n_vocab, hidden)?;
        let position = r.matrix(positions, hidden)?;
        let type0 = r.vector(hidden)?;
        let norm = r.norm(hidden)?;
        let mut layers = Vec::with_capacity(n_layers);
        for _ in 0..n_layers {
            let (q, k, v) = (
                r.linear(hidden, hidden)?,
                r.linear(hidden, hidden)?,
                r.linear(hidden, hidden)?,
            );
            let qkv = Linear {
                w: [q.w, k.w, v.w].concat(),
                b: [q.b, k.b, v.b].concat(),
                out: 3 * hidden,
                inp: hidden,
            };
            let o = r.linear(hidden, hidden)?;
            let ln1 = r.norm(hidden)?;
            let up = r.linear(ffn, hidden)?;
            let down = r.linear(hidden, ffn)?;
            let ln2 = r.norm(hidden)?;
            layers.push(Layer {
                qkv,
                o,
                ln1,
                up,
                down,
                ln2,
            });
        }
        let head_w = r.vector(hidden)?;
        let head_b = r.vector(1)?[0];
        r.bytes.is_empty().then_some(())?;
        let specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
            .into_iter()
            .filter_map(|name| Some((name.to_owned(), vocab.id(name)?)))
            .collect();
        Some(Encoder {
            specials,
            cls: vocab.id("[CLS]")?,
            sep: vocab.id("[SEP]")?,
            unk: vocab.id("[UNK]")?,
            vocab,
            hidden,
            heads,
            max_tokens,
            eps,
            ngram_weight,
            threshold,
            word,
            position,
            type0,
            norm,
            layers,
            head_w,
            head_b,
        })
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

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// out (rows x l.out) = x (rows x l.inp) W^T + b.
fn linear(x: &[f32], rows: usize, l: &Linear, out: &mut Vec<f32>) {
    out.clear();
    for _ in 0..rows {
        out.extend_from_slice(&l.b);
    }
    gemm(
        (rows, l.inp, l.out),
        1.0,
        (x, l.inp, 1),
        (&l.w, 1, l.inp),
        1.0,
        (out, l.out, 1),
    );
}

/// C = alpha A B + beta C for an m x k A, a k x n B and an m x n C, each
/// given as (slice, row stride, column stride).
fn gemm(
    (m, k, n): (usize, usize, usize),
    alpha: f32,
    (a, rsa, csa): (&[f32], usize, usize),
    (b, rsb, csb): (&[f32], usize, usize),
    beta: f32,
    (c, rsc, csc): (&mut [f32], usize, usize),
) {
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let last = |rows: usize, cols: usize, rs: usize, cs: usize| (rows - 1) * rs + (cols - 1) * cs;
    // The bounds the unsafe call relies on; the callers' shapes are fixed
    // by the parsed asset, so this is a check of this file's arithmetic.
    assert!(
        last(m, k, rsa, csa) < a.len()
            && last(k, n, rsb, csb) < b.len()
            && last(m, n, rsc, csc) < c.len()
    );
    // SAFETY: every element the strides reach is inside its slice (checked
    // above); `c` is borrowed mutably, so it overlaps neither `a` nor `b`.
    unsafe {
        matrixmultiply::sgemm(
            m,
            k,
            n,
            alpha,
            a.as_ptr(),
            rsa as isize,
            csa as isize,
            b.as_ptr(),
            rsb as isize,
            csb as isize,
            beta,
            c.as_mut_ptr(),
            rsc as isize,
            csc as isize,
        );
    }
}

fn softmax(r: &mut [f32]) {
    let max = r.iter().fold(f32::NEG_INFINITY, |m, x| m.max(*x));
    let mut sum = 0.0;
    for x in r.iter_mut() {
        *x = (*x - max).exp();
        sum += *x;
    }
    r.iter_mut().for_each(|x| *x /= sum);
}

fn layer_norm(x: &mut [f32], n: &Norm, eps: f32) {
    let len = x.len() as f32;
    let mean = x.iter().sum::<f32>() / len;
    let var = x.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / len;
    let inv = 1.0 / (var + eps).sqrt();
    for ((v, g), b) in x.iter_mut().zip(&n.g).zip(&n.b) {
        *v = (*v - mean) * inv * g + b;
    }
}

/// x = LayerNorm(x + y), row by row.
fn add_and_norm(x: &mut [f32], y: &[f32], n: &Norm, eps: f32, d: usize) {
    for (xr, yr) in x.chunks_exact_mut(d).zip(y.chunks_exact(d)) {
        xr.iter_mut().zip(yr).for_each(|(a, b)| *a += b);
        layer_norm(xr, n, eps);
    }
}

/// The exact GELU, x Φ(x), as torch's default (not the tanh form).
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x * std::f32::consts::FRAC_1_SQRT_2))
}

/// erf in f32 as Eigen and XLA compute it: a rational function on
/// [-4, 4] (erf is 1 to f32 precision beyond), odd numerator over even
/// denominator, a few units in the last place. No branch and no exp, so the
/// loop over the intermediate layer vectorises: the earlier f64 erfc with
/// exp took about a fifth of the whole forward pass.
fn erf(x: f32) -> f32 {
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    // Plain multiply-adds: `mul_add` without FMA enabled at compile time is
    // a call to libm's software fmaf, which made the whole pass 1.5x slower.
    let mut p = x2 * -2.726_142_3e-10 + 2.770_681_4e-8;
    p = x2 * p - 2.101_024e-6;
    p = x2 * p - 5.692_506_4e-5;
    p = x2 * p - 7.349_906_3e-4;
    p = x2 * p - 2.954_600_2e-3;
    p = x2 * p - 1.609_603_3e-2;
    let mut q = x2 * -1.456_607_2e-5 - 2.133_740_6e-4;
    q = x2 * q - 1.682_827e-3;
    q = x2 * q - 7.373_329_2e-3;
    q = x2 * q - 1.426_474e-2;
    x * p / q
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `tools/triage/export_encoder.py` wrote beside the asset: HF
    /// `tokenizers` ids, and a float64 forward pass over the same int8
    /// weights dequantised.
    fn fixture() -> Vec<(String, Vec<u32>, f32)> {
        let json: serde_json::Value =
            serde_json::from_str(include_str!("encoder-fixture.json")).expect("the fixture");
        json["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|s| {
                let ids = s["ids"].as_array().expect("ids");
                (
                    s["text"].as_str().expect("text").to_owned(),
                    ids.iter()
                        .map(|i| i.as_u64().expect("an id") as u32)
                        .collect(),
                    s["probability"].as_f64().expect("a probability") as f32,
                )
            })
            .collect()
    }

    #[test]
    fn tokens_are_those_of_the_python_tokenizer() {
        let e = Encoder::shipped().expect("the shipped encoder");
        let cases = fixture();
        assert!(cases.len() >= 40);
        assert!(
            cases.iter().any(|(_, ids, _)| ids.len() == 128),
            "one is cut"
        );
        for (text, ids, _) in &cases {
            assert_eq!(&e.token_ids(text), ids, "{text:?}");
        }
    }

    #[test]
    fn probabilities_are_those_of_the_python_forward_pass() {
        let e = Encoder::shipped().expect("the shipped encoder");
        let cases = fixture();
        let texts: Vec<&str> = cases.iter().map(|(t, _, _)| t.as_str()).collect();
        // One at a time, and stacked into batches on several threads.
        let batched = e.probabilities(&texts, &|_, _| true).expect("not stopped");
        let mut worst = 0.0f32;
        for ((_, ids, p), b) in cases.iter().zip(batched) {
            let z = e.logits(std::slice::from_ref(ids), &mut Scratch::default())[0];
            let one = 1.0 / (1.0 + (-z).exp());
            worst = worst.max((one - p).abs()).max((b - p).abs());
        }
        eprintln!("largest difference from the fixture: {worst:e}");
        assert!(worst < 1e-4, "{worst}");
    }

    #[test]
    fn erf_is_erf() {
        // Against a power series in f64 (exact enough for |x| <= 3) and erf's tail.
        let series = |x: f64| {
            let (mut term, mut sum) = (x, x);
            for n in 1..200 {
                term *= -x * x / n as f64;
                sum += term / (2 * n + 1) as f64;
            }
            sum * 2.0 / std::f64::consts::PI.sqrt()
        };
        let mut worst = 0.0f64;
        for i in -3000..=3000 {
            let x = i as f64 / 1000.0;
            worst = worst.max((f64::from(erf(x as f32)) - series(x)).abs());
        }
        assert!(worst < 1e-6, "{worst}");
        assert!((erf(5.0) - 1.0).abs() < 1e-6 && (erf(-30.0) + 1.0).abs() < 1e-6);
        assert!((gelu(1.0) - 0.841_344_7).abs() < 1e-6);
    }

    #[test]
    fn a_damaged_asset_gives_none() {
        let good = SHIPPED_BYTES;
        assert!(Encoder::from_bytes(good).is_some());
        assert!(Encoder::from_bytes(b"").is_none());
        assert!(Encoder::from_bytes(b"CDTRENC1\xff\xff\xff\xff").is_none());
        assert!(Encoder::from_bytes(&good[..good.len() - 1]).is_none());
        assert!(Encoder::from_bytes(&[good, b"x"].concat()).is_none());
        let mut other = good.to_vec();
        other[7] = b'9';
        assert!(Encoder::from_bytes(&other).is_none());
        // The header's heads (12) made 7: no longer a divisor of hidden.
        let mut heads = good.to_vec();
        heads[12 + 12] = 7;
        assert!(Encoder::from_bytes(&heads).is_none());
        // ngram_weight (the header's ninth field) out of 0..=1.
        let mut weight = good.to_vec();
        weight[12 + 32..12 + 36].copy_from_slice(&2.0f32.to_le_bytes());
        assert!(Encoder::from_bytes(&weight).is_none());
    }

    #[test]
    fn the_pass_stops_when_asked() {
        let e = Encoder::shipped().expect("the shipped encoder");
        let text = "We cut taxes by 5 percent last year, the lowest in fifty years.";
        let texts = vec![text; 200];
        let asked = AtomicUsize::new(0);
        let stopped = e.probabilities(&texts, &|done, total| {
            assert!(done <= total);
            asked.fetch_add(1, Ordering::Relaxed);
            false
        });
        assert!(stopped.is_none());
        // Each thread finishes the batch it holds, then takes no other.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert!(asked.load(Ordering::Relaxed) <= threads);
        let all = e.probabilities(&texts, &|_, _| true).expect("not stopped");
        assert_eq!(all.len(), 200);
    }
}

/// A wider tokeniser check than the fixture, run by hand:
/// `CLAIMDESK_TOKEN_CHECK=FILE cargo test -p claimdesk-core --lib -- --ignored token_check`
/// where FILE is a JSON list of {"text", "ids"} from HF `tokenizers`
/// (cut to 128 keeping [SEP]); prints each mismatch and the count.
#[cfg(test)]
mod token_check {
    use super::Encoder;

    #[test]
    #[ignore = "needs a file written by the Python tokenizer"]
    fn token_check() {
        let Ok(path) = std::env::var("CLAIMDESK_TOKEN_CHECK") else {
            return;
        };
        let text = std::fs::read_to_string(&path).expect("the check file");
        let rows: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let e = Encoder::shipped().expect("the shipped encoder");
        let rows = rows.as_array().expect("a list");
        let mut bad = 0;
        for row in rows {
            let text = row["text"].as_str().expect("text");
            let ids: Vec<u32> = row["ids"]
                .as_array()
                .expect("ids")
                .iter()
                .map(|i| i.as_u64().expect("id") as u32)
                .collect();
            let ours = e.token_ids(text);
            if ours != ids {
                bad += 1;
                if bad <= 20 {
                    eprintln!("{text:?}\n  HF   {ids:?}\n  Rust {ours:?}");
                }
            }
        }
        eprintln!("{bad} of {} differ", rows.len());
        assert_eq!(bad, 0);
    }
}
