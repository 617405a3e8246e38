#!/usr/bin/env python3
"""Check the Fluent catalogs against English: syntax and parity.

    python3 tools/i18n/check.py [--root crates/core/i18n] [--lang es ...] [--same]

For every language directory under the root (other than `en`) and every
`.ftl` file English has, it reports:

- syntax errors (Junk) in any file, English included;
- messages or terms English has that the language lacks, and the reverse;
- a message whose value or attributes differ from English's: a missing
  value, an attribute English lacks or one it has;
- variables (`{ $name }`) that differ from English's, per message and per
  attribute (a variable used only as a selector counts);
- message and term references to ids that do not exist in that language;
- select expressions without a default `*[...]` variant;
- plural variants whose keys are not CLDR categories of the language (from
  `intl_pluralrules` 7.0, CLDR 37), and plural selects that miss one of the
  language's categories without a default to catch it (a warning);
- `.ftl` files a language has and English does not.

--same also lists messages whose text is identical to English (a hint of
untranslated text; names such as "URL" are legitimately the same).

Needs `fluent.syntax` (pip install fluent.syntax). Exit status 1 on any
error, 0 otherwise (warnings do not fail).
"""
import argparse
import pathlib
import sys

try:
    from fluent.syntax import FluentParser, ast
    from fluent.syntax.visitor import Visitor
except ImportError:  # pragma: no cover
    sys.exit("check.py needs fluent.syntax: pip install fluent.syntax")

# CLDR 37 cardinal categories, as intl_pluralrules 7.0 (used by fluent-bundle
# 0.16) gives them. A region falls back to its language.
PLURAL_CATEGORIES = {
    "en": {"one", "other"},
    "es": {"one", "other"},
    "pt": {"one", "other"},
    "fr": {"one", "other"},
    "ar": {"zero", "one", "two", "few", "many", "other"},
    "ja": {"other"},
}
ALL_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}


def categories(lang):
    base = lang.split("-")[0].split("_")[0].lower()
    return PLURAL_CATEGORIES.get(lang, PLURAL_CATEGORIES.get(base, ALL_CATEGORIES))


class Refs(Visitor):
    """Collects variables, message and term references, and select problems."""

    def __init__(self):
        super().__init__()
        self.variables = set()
        self.messages = set()
        self.terms = set()
        self.selects = []

    def visit_VariableReference(self, node):
        self.variables.add(node.id.name)
        self.generic_visit(node)

    def visit_MessageReference(self, node):
        self.messages.add(node.id.name + (("." + node.attribute.name) if node.attribute else ""))
        self.generic_visit(node)

    def visit_TermReference(self, node):
        self.terms.add(node.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node):
        self.selects.append(node)
        self.generic_visit(node)


def refs(pattern):
    r = Refs()
    if pattern is not None:
        r.visit(pattern)
    return r


def parse(path, problems):
    text = path.read_text(encoding="utf-8")
    resource = FluentParser(with_spans=True).parse(text)
    entries = {}
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            line = text.count("\n", 0, entry.span.start) + 1
            notes = "; ".join(a.message for a in entry.annotations) or "unparsable"
            problems.append(("error", f"{path}:{line}: syntax: {notes}: {entry.content.strip()[:80]!r}"))
        elif isinstance(entry, (ast.Message, ast.Term)):
            key = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
            if key in entries:
                problems.append(("error", f"{path}: {key} defined twice"))
            entries[key] = entry
    return entries


def parts(entry):
    """The value and each attribute, keyed None and the attribute name."""
    out = {None: entry.value}
    for a in entry.attributes:
        out[a.id.name] = a.value
    return out


def is_plural_selector(selector):
    if isinstance(selector, ast.VariableReference):
        return True
    return isinstance(selector, ast.FunctionReference) and selector.id.name == "NUMBER"


def check_selects(where, lang, pattern, problems):
    cats = categories(lang)
    for sel in refs(pattern).selects:
        if not any(v.default for v in sel.variants):
            problems.append(("error", f"{where}: a select has no default *[...] variant"))
        if not is_plural_selector(sel.selector):
            continue
        keys = {v.key.name for v in sel.variants if isinstance(v.key, ast.Identifier)}
        plural_like = keys & ALL_CATEGORIES
        if not plural_like:
            continue  # a select on a string value, not on a number
        wrong = plural_like - cats
        if wrong:
            problems.append(("error", f"{where}: plural categories {sorted(wrong)} do not exist in {lang} (it has {sorted(cats)})"))
        missing = cats - keys
        default = next((v for v in sel.variants if v.default), None)
        if missing and not (default and isinstance(default.key, ast.Identifier) and default.key.name == "other"):
            problems.append(("warning", f"{where}: plural select lacks {sorted(missing)} and its default is not [other]"))


def text_of(pattern):
    if pattern is None:
        return None
    from fluent.syntax.serializer import serialize_pattern
    return serialize_pattern(pattern)


def compare(lang, name, en, tr, en_all, tr_all, problems, same):
    where0 = f"{lang}/{name}"
    for key in sorted(en.keys() - tr.keys()):
        problems.append(("error", f"{where0}: missing {key}"))
    for key in sorted(tr.keys() - en.keys()):
        problems.append(("error", f"{where0}: {key} is not in English"))
    for key in sorted(en.keys() & tr.keys()):
        ep, tp = parts(en[key]), parts(tr[key])
        for attr in sorted(ep.keys() | tp.keys(), key=lambda a: (a is not None, a or "")):
            label = key + (f".{attr}" if attr else "")
            where = f"{where0}: {label}"
            if attr not in tp:
                problems.append(("error", f"{where}: missing (English has it)"))
                continue
            if attr not in ep:
                problems.append(("error", f"{where}: English has no such {'attribute' if attr else 'value'}"))
                continue
            if (ep[attr] is None) != (tp[attr] is None):
                problems.append(("error", f"{where}: value present in one language only"))
                continue
            er, trr = refs(ep[attr]), refs(tp[attr])
            if er.variables != trr.variables:
                extra = sorted(trr.variables - er.variables)
                lack = sorted(er.variables - trr.variables)
                problems.append(("error", f"{where}: variables differ" + (f"; lacks ${', $'.join(lack)}" if lack else "") + (f"; extra ${', $'.join(extra)}" if extra else "")))
            for m in sorted(trr.messages):
                if m.split(".")[0] not in tr_all:
                    problems.append(("error", f"{where}: refers to unknown message {m}"))
            for t in sorted(trr.terms):
                if "-" + t not in tr_all:
                    problems.append(("error", f"{where}: refers to unknown term -{t}"))
            check_selects(where, lang, tp[attr], problems)
            if same and tp[attr] is not None and text_of(ep[attr]) == text_of(tp[attr]):
                problems.append(("same", f"{where}: same text as English"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=None, help="catalog root (default: crates/core/i18n next to this script's repository)")
    ap.add_argument("--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument("--same", action="store_true", help="also list messages identical to English")
    args = ap.parse_args()

    root = pathlib.Path(args.root) if args.root else pathlib.Path(__file__).resolve().parents[2] / "crates" / "core" / "i18n"
    en_dir = root / "en"
    if not en_dir.is_dir():
        sys.exit(f"no English catalogs at {en_dir}")
    problems = []
    en_files = {p.name: parse(p, problems) for p in sorted(en_dir.glob("*.ftl"))}
    en_all = {k for f in en_files.values() for k in f}
    for name, entries in en_files.items():
        for key, entry in entries.items():
            for attr, pat in parts(entry).items():
                check_selects(f"en/{name}: {key}" + (f".{attr}" if attr else ""), "en", pat, problems)
    langs = sorted(d.name for d in root.iterdir() if d.is_dir() and d.name != "en")
    if args.lang:
        langs = [l for l in langs if l in args.lang]
    counts = {}
    for lang in langs:
        d = root / lang
        tr_files = {p.name: parse(p, problems) for p in sorted(d.glob("*.ftl"))}
        tr_all = {k for f in tr_files.values() for k in f}
        for name in sorted(tr_files.keys() - en_files.keys()):
            problems.append(("error", f"{lang}/{name}: English has no such file"))
        done = 0
        for name, en in en_files.items():
            if name not in tr_files:
                problems.append(("error", f"{lang}/{name}: missing file ({len(en)} messages)"))
                continue
            compare(lang, name, en, tr_files[name], en_all, tr_all, problems, args.same)
            done += len(en.keys() & tr_files[name].keys())
        counts[lang] = (done, sum(len(e) for e in en_files.values()))
    for kind, text in problems:
        print(f"{kind}: {text}")
    for lang, (done, total) in counts.items():
        print(f"{lang}: {done}/{total} English messages present")
    errors = sum(1 for k, _ in problems if k == "error")
    print(f"{errors} error(s), {sum(1 for k, _ in problems if k == 'warning')} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
