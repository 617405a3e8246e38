//! Static sentence embeddings for the re-ranker: a text is cut into BERT
//! word pieces (lower-cased, the greedy longest-match of WordPiece) and its
//! vector is the sum of the pieces' rows, normalised. The rows are the input
//! token embeddings of all-MiniLM-L6-v2 (Apache-2.0), centred, weighted by
//! smooth inverse frequency and quantised to int8
//! (`tools/library/export_embeddings.py`); no network, no transformer at run
//! time. The file is built into the program and parsed once.

use std::sync::OnceLock;

use crate::wordpiece::Vocab;

static SHIPPED_BYTES: &[u8] = include_bytes!("../../assets/library-embeddings.bin");

pub struct Embeddings {
    vocab: Vocab,
    dims: usize,
    scales: Vec<f32>,
    rows: Vec<i8>,
}

/// The shipped table, or `None` if it cannot be read (then the re-ranker
/// gives every candidate the same embedding similarity).
pub fn shipped() -> Option<&'static Embeddings> {
    static PARSED: OnceLock<Option<Embeddings>> = OnceLock::new();
    PARSED
        .get_or_init(|| Embeddings::parse(SHIPPED_BYTES))
        .as_ref()
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(b) as usize)
}

impl Embeddings {
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        if bytes.get(..8)? != b"CDEMB1\0\0" {
            return None;
        }
        let (n, dims, vocab_len) = (u32_at(bytes, 8)?, u32_at(bytes, 12)?, u32_at(bytes, 16)?);
        let mut at = 20;
        let vocab_text = std::str::from_utf8(bytes.get(at..at + vocab_len)?).ok()?;
        at += vocab_len;
        let vocab = Vocab::from_lines(vocab_text);
        let scales = bytes
            .get(at..at + 4 * n)?
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect::<Vec<_>>();
        at += 4 * n;
        let rows = bytes
            .get(at..at + n * dims)?
            .iter()
            .map(|b| *b as i8)
            .collect::<Vec<_>>();
        (vocab.is_distinct() && vocab.len() == n).then_some(Self {
            vocab,
            dims,
            scales,
            rows,
        })
    }

    /// How many dimensions an embedding has.
    pub fn dims(&self) -> usize {
        self.dims
    }

    /// The word pieces of `text` that are in the vocabulary, as row numbers.
    pub fn pieces(&self, text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        for word in basic_words(text) {
            // A word that cannot be cut into known pieces is left out.
            self.vocab.pieces(&word, &mut out);
        }
        out
    }

    /// The normalised sum of the rows of `text`'s pieces (all zero for none).
    pub fn embed(&self, text: &str) -> Vec<f32> {
        let mut v = vec![0.0f32; self.dims];
        for id in self.pieces(text) {
            let id = id as usize;
            let scale = self.scales[id];
            let row = &self.rows[id * self.dims..(id + 1) * self.dims];
            for (x, q) in v.iter_mut().zip(row) {
                *x += scale * f32::from(*q);
            }
        }
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|x| *x /= norm);
        }
        v
    }
}

pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// An embedding as the library stores it beside each entry: a scale (f32,
/// little-endian) then one signed byte per dimension. A unit vector loses
/// under 0.01 of cosine this way, and takes 388 bytes instead of 1,536.
pub fn quantize(v: &[f32]) -> Vec<u8> {
    let max = v.iter().fold(0.0f32, |m, x| m.max(x.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 0.0 };
    let mut out = Vec::with_capacity(4 + v.len());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend(v.iter().map(|x| {
        let q = if scale > 0.0 {
            (x / scale).round()
        } else {
            0.0
        };
        q.clamp(-127.0, 127.0) as i8 as u8
    }));
    out
}

/// The dot product of `q` with a stored embedding, `None` when the bytes
/// are not one of `q`'s length (another table, or none stored).
pub fn dot_stored(q: &[f32], stored: &[u8]) -> Option<f32> {
    let (scale, values) = stored.split_first_chunk::<4>()?;
    if values.len() != q.len() {
        return None;
    }
    let sum: f32 = q
        .iter()
        .zip(values)
        .map(|(x, b)| x * f32::from(*b as i8))
        .sum();
    Some(sum * f32::from_le_bytes(*scale))
}

/// BERT's basic tokenisation (uncased), simplified: lower-cased words split
/// at white space, every punctuation mark and every CJK character a word of
/// its own, accents kept. The table and the re-ranker were fit with this cut;
/// `wordpiece::bert_words` is the exact one the triage encoder needs.
fn basic_words(text: &str) -> Vec<String> {
    crate::wordpiece::cut_words(
        text.chars().flat_map(char::to_lowercase),
        |c| c.is_whitespace() || c.is_control(),
        |c| {
            c.is_ascii_punctuation()
                || (!c.is_alphanumeric() && !c.is_ascii())
                || super::tokenizer::is_cjk(c)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_cuts_words_as_bert_does() {
        let e = shipped().expect("the shipped embeddings parse");
        // Row numbers of bert-base-uncased's vocabulary, as the Python
        // `tokenizers` library cuts "Obama's unbelievable claims!".
        assert_eq!(
            e.pieces("Obama's unbelievable claims!"),
            [8112, 1005, 1055, 23653, 4447, 999]
        );
        let a = e.embed("Obama released prisoners from Guantanamo");
        let b = e.embed("Guantanamo detainees freed under President Obama");
        let c = e.embed("Butterflies survive the Australian bush fires");
        assert!(dot(&a, &b) > dot(&a, &c));
        assert!((dot(&a, &a) - 1.0).abs() < 1e-4);
        assert!(Embeddings::parse(b"CDEMB1\0\0\x01").is_none());
    }

    #[test]
    fn a_stored_embedding_keeps_the_cosine() {
        let e = shipped().expect("the shipped embeddings parse");
        let a = e.embed("Obama released prisoners from Guantanamo");
        let b = e.embed("Guantanamo detainees freed under President Obama");
        let stored = quantize(&b);
        assert_eq!(stored.len(), 4 + b.len());
        let exact = dot(&a, &b);
        let approx = dot_stored(&a, &stored).expect("same length");
        assert!((exact - approx).abs() < 0.01, "{exact} vs {approx}");
        assert_eq!(dot_stored(&a, &stored[..10]), None);
        assert_eq!(dot_stored(&a, &quantize(&vec![0.0; a.len()])), Some(0.0));
    }
}
