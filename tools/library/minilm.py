"""all-MiniLM-L6-v2 in numpy (no PyTorch): the forward pass of
tools/triage/minilm_probe.py, plus the static distillation (model2vec's
method: every vocabulary token run through the model alone)."""
import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer
from scipy.special import erf


def load(model_dir):
    w = {k: v.astype(np.float32) for k, v in load_file(f"{model_dir}/model.safetensors").items()}
    w = {k.removeprefix("bert."): v for k, v in w.items()}
    tok = Tokenizer.from_file(f"{model_dir}/tokenizer.json")
    tok.no_padding()
    tok.no_truncation()
    return w, tok


def layer_norm(x, g, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b


def encode(w, ids, mask, pool="mean"):
    L, H, D = 6, 12, 384
    dh = D // H
    B, T = ids.shape
    x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:T][None] + w["embeddings.token_type_embeddings.weight"][0]
    x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    bias = (1.0 - mask[:, None, None, :]) * -1e9
    for l in range(L):
        p = f"encoder.layer.{l}."
        lin = lambda h, name: h @ w[p + name + ".weight"].T + w[p + name + ".bias"]
        q = lin(x, "attention.self.query").reshape(B, T, H, dh).transpose(0, 2, 1, 3)
        k = lin(x, "attention.self.key").reshape(B, T, H, dh).transpose(0, 2, 1, 3)
        v = lin(x, "attention.self.value").reshape(B, T, H, dh).transpose(0, 2, 1, 3)
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh) + bias
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, D)
        x = layer_norm(x + lin(ctx, "attention.output.dense"), w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
        h = lin(x, "intermediate.dense")
        h = 0.5 * h * (1.0 + erf(h / np.sqrt(2.0)))
        x = layer_norm(x + lin(h, "output.dense"), w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
    if pool == "all":
        return x
    pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def embed(w, tok, texts, batch=32, max_len=128):
    order = np.argsort([len(t) for t in texts])
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i in range(0, len(texts), batch):
        idx = order[i:i + batch]
        encs = tok.encode_batch([texts[j] for j in idx])
        T = min(max_len, max(len(e.ids) for e in encs))
        ids = np.zeros((len(idx), T), dtype=np.int64)
        mask = np.zeros((len(idx), T), dtype=np.float32)
        for r, e in enumerate(encs):
            n = min(T, len(e.ids))
            ids[r, :n] = e.ids[:n]
            mask[r, :n] = 1
            if len(e.ids) > T:
                ids[r, T - 1] = e.ids[-1]  # keep [SEP]
        out[idx] = encode(w, ids, mask)
    return out


def distil(w, vocab_size, cls_id=101, sep_id=102, batch=512):
    """One vector per token: the model's output for `[CLS] token [SEP]`,
    mean-pooled over the three positions (model2vec's distillation)."""
    out = np.zeros((vocab_size, 384), dtype=np.float32)
    for i in range(0, vocab_size, batch):
        ids_ = np.arange(i, min(vocab_size, i + batch))
        ids = np.stack([np.full_like(ids_, cls_id), ids_, np.full_like(ids_, sep_id)], 1)
        mask = np.ones(ids.shape, dtype=np.float32)
        x = encode(w, ids, mask, pool="all")
        out[ids_] = x.mean(1)
    return out
