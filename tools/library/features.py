"""Features of a (query, candidate claim) pair for the library's re-ranker.
Mirrors what crates/core/src/library/rerank.rs computes; keep the two in step."""
import math, re
from collections import Counter
import numpy as np
import snowballstemmer

_stem = snowballstemmer.stemmer("english").stemWord
_word = re.compile(r"[^\W_]+")
_num = re.compile(r"\d+")


def terms(text):
    return [_stem(w) for w in (m.lower() for m in _word.findall(text))]


def char_grams(text):
    norm = [" "]
    for ch in text.lower():
        if ch.isalnum():
            norm.append(ch)
        elif norm[-1] != " ":
            norm.append(" ")
    if norm[-1] != " ":
        norm.append(" ")
    s = "".join(norm)
    return Counter(s[i:i + 4] for i in range(len(s) - 3))


def cos_counter(a, b):
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


class Idf:
    def __init__(self, claims):
        df = Counter()
        for claim, title in claims.values():
            df.update(set(terms(claim)))
        self.n = len(claims)
        self.df = df

    def __call__(self, t):
        d = self.df.get(t, 0)
        return math.log(1.0 + (self.n - d + 0.5) / (d + 0.5))


def weighted(idf, toks, sqrt_tf=True):
    c = Counter(toks)
    return {t: (math.sqrt(v) if sqrt_tf else 1.0) * idf(t) for t, v in c.items()}


FEATURES = [
    "bm25_rel", "bm25_gap", "rank_inv", "word_cos", "word_cos_claim", "word_cos_title",
    "char_cos", "doc_cover", "query_cover", "num_shared", "num_doc_missing",
    "caps_cover", "len_ratio", "emb_cos", "emb_rel",
]


def pair_features(q, d, idf):
    """q and d are dicts made by `prepare`; returns the features that do not
    depend on the other candidates."""
    qv = q["wv"]
    out = {}
    out["word_cos"] = cos_counter(qv, d["wv"])
    out["word_cos_claim"] = cos_counter(qv, d["wv_claim"])
    out["word_cos_title"] = cos_counter(qv, d["wv_title"])
    out["char_cos"] = cos_counter(q["grams"], d["grams"])
    dset, qset = d["set"], q["set"]
    dw = sum(idf(t) for t in dset) or 1.0
    qw = sum(idf(t) for t in qset) or 1.0
    out["doc_cover"] = sum(idf(t) for t in dset & qset) / dw
    out["query_cover"] = sum(idf(t) for t in dset & qset) / qw
    out["num_shared"] = float(len(q["nums"] & d["nums"]) > 0)
    out["num_doc_missing"] = float(len(d["nums"] - q["nums"]) > 0)
    out["caps_cover"] = len(q["caps"] & d["caps"]) / max(1, len(d["caps"]))
    out["len_ratio"] = math.log((1 + len(d["toks"])) / (1 + len(q["toks"])))
    return out


def prepare(text, idf, title=None):
    """text: the cleaned query, or a claim (then title is its title)."""
    full = text if title is None else text + " " + title
    toks = terms(full)
    p = {"toks": toks, "set": set(toks), "wv": weighted(idf, toks), "grams": char_grams(full),
         "nums": set(_num.findall(full)),
         "caps": {_stem(w.lower()) for w in _word.findall(full) if w[:1].isupper()}}
    if title is not None:
        p["wv_claim"] = weighted(idf, terms(text))
        p["wv_title"] = weighted(idf, terms(title))
    return p


def list_features(q, cands, idf, emb_q=None, emb_d=None):
    """Feature rows for one query's candidates [(key, bm25, prepared)], best first."""
    best = max(s for _, s, _ in cands) if cands else 1.0
    rows = []
    for i, (key, s, d) in enumerate(cands):
        f = pair_features(q, d, idf)
        f["bm25_rel"] = s / best
        f["bm25_gap"] = (best - s) / max(best, 1e-6)
        f["rank_inv"] = 1.0 / (i + 1)
        f["emb_cos"] = float(emb_q @ emb_d[i]) if emb_q is not None else 0.0
        rows.append(f)
    ebest = max(r["emb_cos"] for r in rows) if rows else 0.0
    for r in rows:
        r["emb_rel"] = r["emb_cos"] - ebest
    return np.array([[r[n] for n in FEATURES] for r in rows], dtype=np.float64)
