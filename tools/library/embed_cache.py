#!/usr/bin/env python3
"""Computes and caches (in OUT) the MiniLM sentence embeddings of the claims
and the train/dev queries, and the distilled static token table."""
import sys, time, numpy as np
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import read_claims, read_split, clean_query
import minilm

model_dir, out = sys.argv[1], sys.argv[2]
what = sys.argv[3:] or ["static", "full"]
w, tok = minilm.load(model_dir)
if "static" in what:
    t = time.time()
    table = minilm.distil(w, w["embeddings.word_embeddings.weight"].shape[0])
    np.save(f"{out}/static_minilm.npy", table)
    print("static", time.time() - t, flush=True)
if "full" in what:
    claims = read_claims()
    keys = sorted(claims)
    t = time.time()
    emb = minilm.embed(w, tok, [claims[k][0] + " " + claims[k][1] for k in keys])
    np.save(f"{out}/full_claims.npy", emb)
    with open(f"{out}/claim_keys.txt", "w") as f:
        f.write("\n".join(keys))
    print("claims", time.time() - t, flush=True)
    for split in ["dev", "train"]:
        q, _ = read_split(split)
        ids = sorted(q)
        emb = minilm.embed(w, tok, [clean_query(q[i]) for i in ids])
        np.save(f"{out}/full_{split}.npy", emb)
        with open(f"{out}/{split}_ids.txt", "w") as f:
            f.write("\n".join(ids))
        print(split, time.time() - t, flush=True)
