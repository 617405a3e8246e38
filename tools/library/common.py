"""Shared pieces of the library's re-ranker scripts: the CLEF CheckThat! 2020
Task 2 data, the query cleaning of crates/core/src/library/query.rs, MAP@5."""
import csv, re, sys
from collections import defaultdict

DATA = "data/clef2020-claim-retrieval"


def read_tsv_pairs(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" not in line:
                continue
            a, b = line.split("\t", 1)
            a = a.strip()
            if a:
                out.append((a, b.strip()))
    return out


def read_claims(data=DATA):
    claims = {}
    with open(f"{data}/verified_claims.docs.tsv", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0].strip():
                continue
            claims[parts[0].strip()] = (parts[1], parts[2] if len(parts) > 2 else "")
    return claims


def read_qrels(path):
    q = defaultdict(set)
    with open(path) as f:
        for line in f:
            p = line.split()
            if len(p) >= 4 and int(p[3]) > 0:
                q[p[0]].add(p[2])
    return q


def read_split(split, data=DATA):
    queries = dict(read_tsv_pairs(f"{data}/{split}/tweets.queries.tsv"))
    qrels = read_qrels(f"{data}/{split}/tweet-vclaim-pairs.qrels")
    return queries, qrels


def read_candidates(path):
    """query id -> [(doc key, bm25)] best first."""
    c = defaultdict(list)
    with open(path) as f:
        for line in f:
            q, r, d, s = line.rstrip("\n").split("\t")
            c[q].append((d, float(s)))
    return c


def split_camel(tag):
    out, prev_lower = [], False
    for ch in tag:
        if ch.isupper() and prev_lower:
            out.append(" ")
        prev_lower = ch.islower() or ch.isdigit()
        out.append(ch)
    return "".join(out)


def clean_query(text):
    out = []
    for word in text.split():
        at = word.find("http")
        if at < 0:
            at = word.find("pic.twitter.com")
        if at >= 0:
            word = word[:at]
        if word.startswith("www.") or not word:
            continue
        word = word.lstrip("(")
        if word.startswith("#") or word.startswith("@"):
            out.append(split_camel(word[1:].replace("_", " ")))
        else:
            out.append(word)
    return " ".join(out)


def map_at_5(runs, qrels, k=5):
    total = 0.0
    for q, rel in qrels.items():
        ranked = runs.get(q, [])
        found = s = 0.0
        for i, d in enumerate(ranked[:k]):
            if d in rel:
                found += 1
                s += found / (i + 1)
        total += s / min(len(rel), k)
    return total / len(qrels)


class EmbeddingCache:
    """Cached MiniLM sentence embeddings, as tools/library/embed_cache.py (and
    minilm_probe.py) write them: claim_keys.txt + full_claims.npy, and
    {split}_ids.txt + full_{split}.npy. Read by train_reranker.py --minilm."""

    def __init__(self, d):
        import numpy as np
        self.keys = open(f"{d}/claim_keys.txt").read().split("\n")
        self.claims = np.load(f"{d}/full_claims.npy")
        self.row = {k: i for i, k in enumerate(self.keys)}
        self.q = {}
        for s in ["train", "dev"]:
            ids = open(f"{d}/{s}_ids.txt").read().split("\n")
            e = np.load(f"{d}/full_{s}.npy")
            self.q[s] = {i: e[j] for j, i in enumerate(ids)}

    def cosine_column(self, split):
        q = self.q[split]
        return lambda qid, keys: self.claims[[self.row[k] for k in keys]] @ q[qid]
