#!/usr/bin/env python3
"""Web-page intake on the article-extraction benchmark (tools/intake-bench/README.md).

Runs, on each of the benchmark's 181 saved pages (data/article-extraction-benchmark/):
  reader   the reader view alone (dom_smoothie, as ClaimDesk calls it, no second look)
  before   ClaimDesk's intake at BASE (default: main), built from a git worktree of that commit
  after    ClaimDesk's intake in this working tree
  trafilatura, readability-lxml   for comparison
and scores each against the benchmark's hand-made articleBody with the benchmark's own metric
(evaluate.py, vendored unchanged): F1 over 4-token shingles, a token being a run of \\w
characters (Python `re`, Unicode), shingles counted as a multiset. It prints the per-variant
summary, the pages the second look changed, and writes every page's figures to
target/intake-bench/pages.tsv.

Bylines: the ground truth has no author. The reference is the author the page's publisher
declares in its own metadata (JSON-LD Person authors of the article, <meta name=author>,
<meta property=article:author> when not a URL, schema.org microdata itemprop=author), read
here with lxml, independently of ClaimDesk's Rust code; pages that declare none are left out.
A page is a hit when every word of one declared name is among the words of the author found.

Needs: cargo, git, python3 with `pip install trafilatura` and `pip install readability-lxml`
(install them one at a time: pip 23's resolver fails on the pair). Run from the repository root:
    python3 tools/intake-bench/run.py [--base REV] [--no-build]
"""
import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "article-extraction-benchmark"
CACHE = ROOT / "target" / "intake-bench"
TOOL = "tools/intake-bench/extract"

sys.path.insert(0, str(DATA))
import evaluate  # noqa: E402  (the benchmark's own scorer, unchanged)

RIGHT = 0.9  # a page the reader view alone "gets right": its F1 at least this (fixed in advance)
MAX_LOSS = 0.02  # the target


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def pages():
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf8"))
    out = CACHE / "pages"
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for key in sorted(truth):
        path = out / f"{key}.html"
        if not path.exists():
            path.write_bytes(gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()))
        paths[key] = path
    return truth, paths


def build(src: Path, name: str) -> Path:
    """Builds the extractor against `src`'s crates/core; returns the binary's copy."""
    # A debug build in the repository's own target/: the dependencies a `cargo test` built are
    # reused (a release build of the core's dependencies takes most of an hour on two cores).
    target = ROOT / "target"
    manifest = src / TOOL / "Cargo.toml"
    cmd = ["cargo", "build", "--quiet", "--manifest-path", str(manifest)]
    env = {**os.environ, "CARGO_TARGET_DIR": str(target)}
    if subprocess.run(cmd + ["--offline"], env=env).returncode != 0:
        run(cmd, env=env)  # the dependencies are not fetched yet
    binary = CACHE / f"extract-{name}"
    shutil.copy2(target / "debug" / "intake-bench-extract", binary)
    return binary


def base_checkout(rev: str) -> Path:
    """A worktree of REV under target/, with this tree's extractor copied in."""
    commit = run(["git", "rev-parse", rev], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    wt = CACHE / f"base-{commit[:12]}"
    if not wt.exists():
        run(["git", "worktree", "add", "--detach", str(wt), commit], cwd=ROOT,
            capture_output=True)
    shutil.rmtree(wt / TOOL, ignore_errors=True)
    shutil.copytree(ROOT / TOOL, wt / TOOL, ignore=shutil.ignore_patterns("target"))
    return wt, commit


def extract(binary: Path, mode: str, paths):
    by_path = {str(p): k for k, p in paths.items()}
    res = run([str(binary), mode, *map(str, paths.values())], capture_output=True, text=True)
    out = {}
    for line in res.stdout.splitlines():
        row = json.loads(line)
        out[by_path[row["page"]]] = row
    return out


def python_extractors(paths):
    import trafilatura
    from readability import Document
    import lxml.html
    traf, rdl = {}, {}
    for key, path in paths.items():
        html = path.read_bytes()
        try:
            doc = trafilatura.bare_extraction(html, with_metadata=True) or {}
        except Exception:
            doc = {}
        if not isinstance(doc, dict):
            doc = doc.as_dict()
        traf[key] = {"text": doc.get("text") or "", "author": doc.get("author") or ""}
        try:
            summary = Document(html).summary(html_partial=True)
            text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        except Exception:
            text = ""
        rdl[key] = {"text": text, "author": ""}
    return traf, rdl


# ---- declared authors (the byline reference) ---------------------------------------------

ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Report|Posting|WebPage", re.I)


def _names(value):
    if isinstance(value, str):
        return [] if value.startswith("http") else [value]
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        kind = value.get("@type", "")
        kind = " ".join(kind) if isinstance(kind, list) else str(kind)
        if "Organization" in kind:
            return []
        name = value.get("name")
        return _names(name) if name else []
    return []


def _ld_objects(value):
    if isinstance(value, list):
        for v in value:
            yield from _ld_objects(v)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _ld_objects(value["@graph"])


def declared_authors(path: Path):
    import lxml.html
    raw = path.read_bytes()
    try:  # lxml reads undeclared bytes as Latin-1; most of these pages are UTF-8 undeclared
        tree = lxml.html.fromstring(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        tree = lxml.html.fromstring(raw)
    names = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except Exception:
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type", "")
            kind = " ".join(kind) if isinstance(kind, list) else str(kind)
            if ARTICLE_TYPE.search(kind) and "author" in obj:
                names += _names(obj["author"])
    for meta in tree.xpath('//meta[@name="author" or @property="article:author"]'):
        names += _names((meta.get("content") or "").strip())
    for el in tree.xpath('//*[@itemprop="author"]'):
        inner = el.xpath('.//*[@itemprop="name"]')
        node = inner[0] if inner else el
        text = node.get("content") or node.text_content()
        text = " ".join(text.split())
        if text and len(text.split()) <= 6:
            names.append(text)
    clean = []
    for n in names:
        n = re.sub(r"^\s*by\s+", "", " ".join(str(n).split()), flags=re.I)
        if n and re.search(r"\w", n) and n not in clean:
            clean.append(n)
    return clean


def words(s):
    return set(w.lower() for w in re.findall(r"\w+", s or ""))


def byline_hit(found, declared):
    got = words(found)
    return any(words(d) and words(d) <= got for d in declared)


# ---- scoring -------------------------------------------------------------------------------

def page_scores(true, pred):
    tp, fp, fn = evaluate.string_shingle_matching(true=true, pred=pred)
    p, r = evaluate.precision_score(tp, fp, fn), evaluate.recall_score(tp, fp, fn)
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return (tp, fp, fn), f1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", default=None,
                    help="the commit 'before' is built from (default: where HEAD left main)")
    ap.add_argument("--no-build", action="store_true", help="reuse the binaries already built")
    args = ap.parse_args()
    truth, paths = pages()
    base = args.base or run(["git", "merge-base", "HEAD", "main"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    wt, commit = base_checkout(base)
    if args.no_build:
        after_bin, before_bin = CACHE / "extract-after", CACHE / "extract-before"
    else:
        after_bin, before_bin = build(ROOT, "after"), build(wt, "before")
    print(f"base (before) = {commit}", file=sys.stderr)
    outputs = {
        "reader view alone": extract(after_bin, "reader", paths),
        "intake before": extract(before_bin, "intake", paths),
        "intake after": extract(after_bin, "intake", paths),
    }
    traf, rdl = python_extractors(paths)
    outputs["trafilatura"] = traf
    outputs["readability-lxml"] = rdl

    declared = {k: declared_authors(p) for k, p in paths.items()}
    with_byline = [k for k in truth if declared[k]]
    keys = sorted(truth)
    f1 = {name: {} for name in outputs}
    counts = {name: [] for name in outputs}
    hits = {name: 0 for name in outputs}
    for name, out in outputs.items():
        for k in keys:
            c, f = page_scores(truth[k]["articleBody"], out[k].get("text", ""))
            f1[name][k] = f
            counts[name].append(c)
        hits[name] = sum(byline_hit(out[k].get("author", ""), declared[k]) for k in with_byline)

    print(f"{len(keys)} pages; {len(with_byline)} declare an author")
    print(f"{'variant':<20} {'mean page F1':>12} {'benchmark F1':>12} {'P':>6} {'R':>6}  bylines")
    for name in outputs:
        m = evaluate.metrics_from_tp_fp_fns(counts[name])
        byl = f"{hits[name]}/{len(with_byline)}" if name != "readability-lxml" else "n/a"
        print(f"{name:<20} {statistics.mean(f1[name].values()):>12.4f} {m['f1']:>12.4f} "
              f"{m['precision']:>6.3f} {m['recall']:>6.3f}  {byl}")

    reader = f1["reader view alone"]
    right = [k for k in keys if reader[k] >= RIGHT]
    for name in ("intake before", "intake after"):
        loss = [(reader[k] - f1[name][k], k) for k in right]
        worst = max(loss)
        over = [k for l, k in loss if l > MAX_LOSS]
        changed = [k for k in keys if abs(f1[name][k] - reader[k]) > 1e-9]
        gained = [k for k in changed if f1[name][k] > reader[k]]
        print(f"\n{name}: second look changed {len(changed)} pages ({len(gained)} better); "
              f"of the {len(right)} pages the reader view gets right (F1 >= {RIGHT}), "
              f"{len(over)} lose more than {MAX_LOSS} (worst loss {worst[0]:.3f})")
        for k in changed:
            note = next((n for n in outputs[name][k].get("notes", []) if "reader view" in n), "")
            print(f"  {k[:12]} reader {reader[k]:.3f} -> {f1[name][k]:.3f}  {note[:110]}")

    table = CACHE / "pages.tsv"
    with table.open("w", encoding="utf8") as f:
        f.write("page\turl\t" + "\t".join(f"F1 {n}" for n in outputs)
                + "\tdeclared author\t" + "\t".join(f"author {n}" for n in outputs) + "\n")
        for k in keys:
            f.write("\t".join([k, truth[k]["url"], *(f"{f1[n][k]:.4f}" for n in outputs),
                               " | ".join(declared[k]),
                               *(outputs[n][k].get("author", "").replace("\t", " ")
                                 for n in outputs)]) + "\n")
    print(f"\nper page: {table.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
