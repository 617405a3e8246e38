#!/usr/bin/env python3
"""Measures candidate re-ranking features before they are written in Rust
(BENCHMARKS.md, library, "Fourth round"). From the repository:

    cargo run --example library_candidates -- data/clef2020-claim-retrieval DIR
    python3 tools/library/feature_probe.py --candidates DIR [--lambdamart]

Starts from the 8 features the re-ranker had before the fourth round (the
first 8 columns the example writes), adds each probe feature computed here in
Python, one at a time and all together, fits the pairwise logistic regression
of train_reranker.py on train and prints train and dev MAP@5. `--lambdamart`
also fits LightGBM's lambdarank on all of them (pip install lightgbm).
Needs numpy, scikit-learn, snowballstemmer."""
import argparse, os, re, sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import features as F
import train_reranker as tr
from common import DATA, read_qrels, read_claims, read_split, clean_query, map_at_5

BEFORE = 8  # bm25_rel … emb_cos
SIG = re.compile(r"\s[—–-]\s([^@(—]{2,60})\(@(\w+)\)\s*([A-Z][a-z]+ \d{1,2}, \d{4})?\s*$")
PROBES = ["body_word_cos", "body_char_cos", "author_in_doc", "bigram_share", "max_shared_idf",
          "doc_cover", "num_shared", "caps_cover"]


def split_sig(text):
    m = SIG.search(text)
    return (text[:m.start()], m.group(1).strip()) if m else (text, "")


def bigrams(toks):
    return set(zip(toks, toks[1:]))


def probe_columns(data, claims, idf):
    docs = {}

    def doc(k):
        if k not in docs:
            c, t = claims[k]
            docs[k] = F.prepare(c, idf, t)
            docs[k]["bi"] = bigrams(F.terms(c + " " + t))
        return docs[k]

    def for_split(split):
        queries, _ = read_split(split, data)

        def columns(q, keys):
            body, author = split_sig(queries[q])
            qp, bp = F.prepare(clean_query(queries[q]), idf), F.prepare(clean_query(body), idf)
            qbi, author_terms = bigrams(qp["toks"]), set(F.terms(author))
            rows = []
            for k in keys:
                d = doc(k)
                pf = F.pair_features(qp, d, idf)
                shared = qp["set"] & d["set"]
                qbw = sum(idf(a) + idf(b) for a, b in qbi) or 1.0
                rows.append([
                    F.cos_counter(bp["wv"], d["wv"]),
                    F.cos_counter(bp["grams"], d["grams"]),
                    float(bool(author_terms) and author_terms <= d["set"]),
                    sum(idf(a) + idf(b) for a, b in qbi & d["bi"]) / qbw,
                    max((idf(t) for t in shared), default=0.0) / 10.0,
                    pf["doc_cover"], pf["num_shared"], pf["caps_cover"],
                ])
            return np.array(rows)
        return columns
    return for_split


def read_groups(path, qrels, extra):
    out = {}
    rows = {}
    with open(path) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            rows.setdefault(p[0], []).append((p[2], [float(x) for x in p[3:3 + BEFORE]]))
    for q, r in rows.items():
        keys = [k for k, _ in r]
        X = np.hstack([np.array([x for _, x in r]), extra(q, keys)])
        out[q] = (keys, X, np.array([k in qrels.get(q, ()) for k in keys], dtype=int))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--candidates", required=True)
    ap.add_argument("--lambdamart", action="store_true")
    args = ap.parse_args()
    claims = read_claims(args.data)
    for_split = probe_columns(args.data, claims, F.Idf(claims))
    split = {}
    for s in ["train", "dev"]:
        qrels = read_qrels(f"{args.data}/{s}/tweet-vclaim-pairs.qrels")
        split[s] = (read_groups(f"{args.candidates}/candidates.{s}.tsv", qrels, for_split(s)), qrels)
    names = tr.FEATURES[:BEFORE] + PROBES

    def run(label, cols):
        sub = {s: ({q: (k, X[:, cols], y) for q, (k, X, y) in g.items()}, qr) for s, (g, qr) in split.items()}
        w = tr.fit(sub["train"][0], 1.0)
        print(f"{label:60s} train {tr.evaluate(*sub['train'], w):.4f}  dev {tr.evaluate(*sub['dev'], w):.4f}")

    base = list(range(BEFORE))
    run("the 8 features before", base)
    for j, n in enumerate(PROBES):
        run(f"+ {n}", base + [BEFORE + j])
    run("+ all probes", list(range(len(names))))
    run("+ body_word_cos, body_char_cos, max_shared_idf",
        base + [BEFORE + PROBES.index(n) for n in ["body_word_cos", "body_char_cos", "max_shared_idf"]])
    if args.lambdamart:
        import lightgbm as lgb
        qs = sorted(split["train"][0])
        g = split["train"][0]
        m = lgb.LGBMRanker(objective="lambdarank", n_estimators=300, num_leaves=4, learning_rate=0.03,
                           min_child_samples=20, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                           random_state=0, verbose=-1, lambdarank_truncation_level=10)
        m.fit(np.vstack([g[q][1] for q in qs]), np.concatenate([g[q][2] for q in qs]),
              group=[len(g[q][0]) for q in qs])
        def ev(groups, qrels):
            return map_at_5({q: [k[i] for i in np.lexsort((k, -m.predict(X)))] for q, (k, X, _) in groups.items()}, qrels)
        print(f"{'lambdarank (LightGBM, 300 trees of 4 leaves), all':60s} train {ev(*split['train']):.4f}  dev {ev(*split['dev']):.4f}")


if __name__ == "__main__":
    main()
