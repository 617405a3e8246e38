//! The encoder's asset as `tools/triage/export_encoder.py` writes it (the
//! layout is in that script's header): every size checked against the
//! header, every float finite, nothing left over; a file that does not
//! read gives `None`. Matrices are made f32 here, except the word table.

use super::{Encoder, Layer, Linear, Norm, QuantRows};
use crate::wordpiece::Vocab;

const MAGIC: &[u8; 8] = b"CDTRENC1";

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

impl Encoder {
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
}
