#!/usr/bin/env python3
"""Trains the library's re-ranker (crates/core/src/library/rerank.rs) and writes its
weights to crates/core/src/library/rerank_weights.rs. One command, from the repository:

    python3 tools/library/train_reranker.py

It runs `cargo run --example library_candidates`, which writes each CLEF
CheckThat! 2020 Task 2 train and dev query's BM25 candidates with the
features the shipped code computes, then fits a pairwise logistic regression
on train only (every answer against every other candidate of its query;
lbfgs, deterministic, seed 0 for what little is random) and prints train and
dev MAP@5 of the re-ranked candidates. Needs numpy and scikit-learn.
`--no-write` measures without touching the weights file; `--candidates DIR`
reuses a DIR the example already wrote. `--minilm CACHE` adds one more
feature, the cosine of full all-MiniLM-L6-v2 sentence embeddings cached by
`tools/library/embed_cache.py` or `minilm_probe.py` (a measurement: the
shipped code does not compute it, so the weights are never written then).
Nothing here imports an experiment's script."""
import argparse, os, subprocess, sys, tempfile
from collections import defaultdict
import numpy as np
from sklearn.linear_model import LogisticRegression
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATA, read_qrels, map_at_5

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FEATURES = ["bm25_rel", "word_cos", "word_cos_claim", "word_cos_title", "char_cos",
            "query_cover", "len_ratio", "emb_cos", "body_word_cos", "body_char_cos",
            "max_shared_idf"]


def read(path, qrels, extra=None):
    """query id -> (keys, feature matrix, labels), best BM25 first. `extra`,
    if given, maps (query id, keys) to one more feature column."""
    rows = defaultdict(list)
    with open(path) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            rows[p[0]].append((p[2], [float(x) for x in p[3:]]))
    out = {}
    for q, r in rows.items():
        keys = [k for k, _ in r]
        X = np.array([x for _, x in r])
        assert X.shape[1] == len(FEATURES), "the example's features differ from FEATURES"
        if extra is not None:
            X = np.hstack([X, extra(q, keys)[:, None]])
        out[q] = (keys, X, np.array([k in qrels.get(q, ()) for k in keys], dtype=int))
    return out


def fit(groups, C):
    diffs = []
    for keys, X, y in groups.values():
        for i in np.where(y == 1)[0]:
            diffs.append(X[i] - X[y == 0])
    D = np.vstack(diffs)
    X = np.vstack([D, -D])
    Y = np.concatenate([np.ones(len(D)), np.zeros(len(D))])
    m = LogisticRegression(C=C, max_iter=5000, fit_intercept=False, random_state=0)
    return m.fit(X, Y).coef_[0]


def evaluate(groups, qrels, w):
    # Ties broken by key, as crates/core/src/library/search.rs does.
    runs = {q: [keys[i] for i in np.lexsort((keys, -(X @ w)))] for q, (keys, X, _) in groups.items()}
    return map_at_5(runs, qrels)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--candidates")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--minilm", metavar="CACHE")
    args = ap.parse_args()
    names, extra = FEATURES, {}
    if args.minilm:
        from common import EmbeddingCache
        cache = EmbeddingCache(args.minilm)
        names = FEATURES + ["minilm_cos"]
        extra = {s: cache.cosine_column(s) for s in ["train", "dev"]}
        args.no_write = True
    data = os.path.abspath(args.data)
    cand = args.candidates
    if not cand:
        cand = tempfile.mkdtemp(prefix="claimdesk-rerank-")
        subprocess.run(["cargo", "run", "--quiet", "--example", "library_candidates", "--", data, cand],
                       cwd=ROOT, check=True)
    split = {}
    for s in ["train", "dev"]:
        qrels = read_qrels(f"{data}/{s}/tweet-vclaim-pairs.qrels")
        split[s] = (read(f"{cand}/candidates.{s}.tsv", qrels, extra.get(s)), qrels)
    w = fit(split["train"][0], args.C)
    for s, (g, q) in split.items():
        print(f"{s}: BM25 MAP@5 {evaluate(g, q, np.eye(len(names))[0]):.4f}, re-ranked {evaluate(g, q, w):.4f}")
    print("weights", dict(zip(names, np.round(w, 3))))
    if not args.no_write:
        path = os.path.join(ROOT, "crates/core/src/library/rerank_weights.rs")
        with open(path, "w") as f:
            f.write("//! Written by `tools/library/train_reranker.py` (pairwise logistic regression\n"
                    "//! on the CLEF CheckThat! 2020 Task 2 train split); do not edit by hand.\n"
                    "//! The order is `rerank::FEATURES`.\n\n"
                    f"pub const WEIGHTS: [f32; {len(FEATURES)}] = [{', '.join(f'{x:.4}' for x in w)}];\n")
        print("written", path)


if __name__ == "__main__":
    main()
