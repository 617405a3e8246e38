#!/usr/bin/env python3
"""Cross-debate F1 of the shipped check-worthiness configuration, and of a plain baseline.

    pip install scikit-learn==1.5.2 numpy scipy
    python3 tools/triage/cross_debate.py          # from the repository root

Why: dev is a sample of the same debates as train (its Sentence_ids lie between train's),
so dev figures flatter a model; dev-test and the official test split come from later
debates. This holds out whole debates instead. The data has no debate column, so debates
are inferred from Sentence_id: the ids number the sentences of each debate in order, with
the moderators' lines left out, so inside a debate consecutive train ids are 1-2 apart
(99 % within 8) and a new debate starts after a gap of 20 or more (its first lines are the
candidates' thanks and openings). The folds are contiguous runs of whole inferred debates,
cut at the boundary nearest to equal sizes.

For each fold, on the other folds only (idf included):
- the shipped configuration of train.py (word + char n-grams + hand features, and the
  library's static sentence embeddings when train.STATIC, C, balanced LR), scored at the
  shipped threshold, and at a threshold chosen without the fold (the
  one maximising mean F1 over the other folds' out-of-fold scores);
- a plain baseline: sklearn TfidfVectorizer word 1-2-grams (defaults otherwise) + the same
  balanced logistic regression at C = 1, threshold 0.5; nothing tuned.
Only train is used: dev chose the shipped features and C, and it shares train's debates.
dev-test is not read. Nothing is written but the report on stdout.
Deterministic (lbfgs, fixed folds); one BLAS thread.
"""
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import argparse, sys, time
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train as T  # noqa: E402  (the shipped features and configuration)
import scipy.sparse as sp  # noqa: E402

GAP = 20  # a Sentence_id gap at least this large starts a new debate


def debates(sorted_ids):
    """Start positions (into sorted_ids) of the inferred debates."""
    gaps = np.diff(sorted_ids)
    return [0] + [int(i) + 1 for i in np.nonzero(gaps >= GAP)[0]]


def contiguous_folds(sorted_ids, k):
    """k runs of whole inferred debates, each cut at the debate start nearest to i*n/k."""
    n = len(sorted_ids)
    starts = debates(sorted_ids)
    cuts = [0]
    for i in range(1, k):
        c = min(starts, key=lambda s: (abs(s - i * n / k), s))
        if c <= cuts[-1]:
            raise SystemExit(f"too few inferred debates for {k} folds")
        cuts.append(c)
    cuts.append(n)
    return [(cuts[i], cuts[i + 1]) for i in range(k)], len(starts)


def curve(pairs):
    return {float(t): float(np.mean([T.f1_at(y, s, t) for y, s in pairs])) for t in T.THRESHOLDS}


def pick(c):
    best = max(c.values())
    return min((t for t, v in c.items() if v >= best - 1e-12), key=lambda t: (abs(t - 0.5), t))


def spread(xs):
    xs = np.asarray(xs)
    return f"{xs.mean():.3f} ± {xs.std(ddof=1):.3f} (min {xs.min():.3f}, max {xs.max():.3f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/ct24")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    log = lambda m: print(m, flush=True)
    t0 = time.time()
    rows = T.read_tsv(f"{args.data}/train.tsv")
    ids = np.array(T.read_ids(f"{args.data}/train.tsv"))
    order = np.argsort(ids, kind="stable")
    rows = [rows[i] for i in order]
    ids = ids[order]
    trw, trc, trh, y = T.build(rows, T.Hasher())
    texts = [t for t, _ in rows]
    folds, n_debates = contiguous_folds(ids, args.folds)
    emb = None
    if T.STATIC:
        from candidates import Static, STATIC
        emb = Static(STATIC).embed(texts)

    def shipped(rows_idx, widf, cidf):
        x = T.assemble(trw[rows_idx], trc[rows_idx], trh[rows_idx], widf, cidf, T.HAND, T.BLOCKS)
        return x if emb is None else sp.hstack([x, sp.csr_matrix(emb[rows_idx])]).tocsr()
    log(f"train: {len(rows)} sentences, {y.mean():.3f} check-worthy, {n_debates} inferred debates "
        f"(Sentence_id gap >= {GAP}); {args.folds} folds; features in {time.time()-t0:.0f}s")
    log(f"shipped configuration: {T.name(T.BLOCKS, T.HAND)}{' + static embeddings' if T.STATIC else ''}, "
        f"C={T.C}, threshold {T.THRESHOLD}")

    ship, base = [], []
    for f, (a, b) in enumerate(folds):
        te = np.arange(a, b)
        tr = np.concatenate([np.arange(0, a), np.arange(b, len(rows))])
        widf, cidf = T.idf_of(trw[tr]), T.idf_of(trc[tr])
        clf = T.fit(shipped(tr, widf, cidf), y[tr], T.C)
        s = clf.predict_proba(shipped(te, widf, cidf))[:, 1]
        ship.append((y[te], s))
        vec = TfidfVectorizer(ngram_range=(1, 2))
        xtr = vec.fit_transform([texts[i] for i in tr])
        sb = T.fit(xtr, y[tr], 1.0).predict_proba(vec.transform([texts[i] for i in te]))[:, 1]
        base.append((y[te], sb))
        log(f"fold {f}: Sentence_id {ids[a]}-{ids[b-1]}, {len(te)} sentences, {y[te].mean():.3f} yes | "
            f"shipped F1@{T.THRESHOLD} {T.f1_at(y[te], s, T.THRESHOLD):.3f} AP {T.average_precision(y[te], s):.3f} | "
            f"baseline F1@0.5 {T.f1_at(y[te], sb, 0.5):.3f} AP {T.average_precision(y[te], sb):.3f} "
            f"({time.time()-t0:.0f}s)")

    # The threshold for each fold from the other folds' out-of-fold scores only. (Those
    # scores come from models that trained on this fold; one scalar is chosen from them.)
    loo = []
    for f in range(len(folds)):
        t = pick(curve([p for g, p in enumerate(ship) if g != f]))
        loo.append((t, T.f1_at(*ship[f], t)))
    whole = curve(ship)
    t_all = pick(whole)

    log("")
    log(f"| fold | sentences | check-worthy | shipped F1 @{T.THRESHOLD} | shipped F1 @threshold from other folds | shipped AP | baseline F1 @0.5 | baseline AP |")
    log("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for f, (a, b) in enumerate(folds):
        (yt, s), (_, sb) = ship[f], base[f]
        log(f"| {f} ({ids[a]}–{ids[b-1]}) | {b-a} | {yt.mean():.1%} | {T.f1_at(yt, s, T.THRESHOLD):.3f} | "
            f"{loo[f][1]:.3f} (at {loo[f][0]:.2f}) | {T.average_precision(yt, s):.3f} | "
            f"{T.f1_at(yt, sb, 0.5):.3f} | {T.average_precision(yt, sb):.3f} |")
    log("")
    log(f"shipped, F1 @{T.THRESHOLD}: {spread([T.f1_at(yt, s, T.THRESHOLD) for yt, s in ship])}")
    log(f"shipped, F1 @threshold from the other folds: {spread([x[1] for x in loo])}")
    log(f"shipped, AP: {spread([T.average_precision(yt, s) for yt, s in ship])}")
    log(f"baseline, F1 @0.5: {spread([T.f1_at(yt, s, 0.5) for yt, s in base])}")
    log(f"baseline, AP: {spread([T.average_precision(yt, s) for yt, s in base])}")
    log(f"threshold maximising mean F1 over all {len(folds)} folds: {t_all:.2f} (mean F1 {whole[t_all]:.3f}); "
        + " ".join(f"{k:.2f}:{v:.3f}" for k, v in whole.items() if round(k * 100) % 5 == 0 and 0.3 <= k <= 0.75))
    log(f"done in {time.time()-t0:.0f}s")


if __name__ == "__main__":
    main()
