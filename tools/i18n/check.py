#!/usr/bin/env python3
"""Check the Fluent catalogs against English: syntax, parity and plurals.

    python3 -m pip install fluent.syntax      # once
    python3 tools/i18n/check.py               # every language under crates/core/i18n
    python3 tools/i18n/check.py ar ja         # only these
    python3 tools/i18n/check.py --en DIR ar   # English from DIR (e.g. files taken from
                                              # another branch with `git show`)
    python3 tools/i18n/check.py --same ar     # also list messages identical to English
                                              # (untranslated? "URL" may rightly be)

For every language directory beside `en`, and every `.ftl` file English has:

- the file parses with no junk (syntax errors);
- every English message is there, and no message English lacks;
- each message has the same attributes, and the value and each attribute use the same
  variables ($name) as English's;
- every term (-name) and message a message refers to is defined in that language's files;
- a select expression on plural categories covers that language's CLDR categories
  (Arabic: zero, one, two, few, many, other; Japanese: other only, so a `one` variant
  there is dead and reported), and always has a default variant (the parser enforces it);
  where English selects on plural categories, a language with more than one category
  must select too (Japanese, with one, may write a single text). A select on numbers
  alone (with its `other`) in a message where English has no plural select picks exact
  values (`[1] 1er` for a date's day) and is not held to the categories.

Files a language has and English lacks are reported too. Exit status 1 on any problem.
Paths are relative to the repository root (found from this file's place).
"""

import sys
from pathlib import Path

try:
    from fluent.syntax import FluentParser, FluentSerializer, ast
    from fluent.syntax.visitor import Visitor
except ImportError:  # pragma: no cover
    sys.exit("tools/i18n/check.py needs fluent.syntax: python3 -m pip install fluent.syntax")

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "crates" / "core" / "i18n"

CLDR_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
# Cardinal plural categories per language as the program chooses them: fluent-bundle 0.16
# uses intl_pluralrules 7.0, whose rules are CLDR 37 (CLDR 38 later added `many` for es,
# fr and pt, for a million and more; a `many` variant would never be chosen here). A
# language not listed is checked for a default variant only.
PLURALS = {
    "en": {"one", "other"},
    "es": {"one", "other"},
    "pt-BR": {"one", "other"},
    "fr": {"one", "other"},
    "ar": {"zero", "one", "two", "few", "many", "other"},
    "ja": {"other"},
}


# A numeric variant key that is the only number of a category stands for it: Arabic's
# `[0]` covers `zero`, `[1]` one and `[2]` two (English's `[1]` covers one).
ONLY_NUMBER = {
    "ar": {"0": "zero", "1": "one", "2": "two"},
    "en": {"1": "one"},
}


class Refs(Visitor):
    """Collects variables, term references and plural selects under a node."""

    def __init__(self):
        super().__init__()
        self.variables = set()
        self.terms = set()
        self.messages = set()
        self.selects = []  # list of sets of variant keys (identifiers only)

    def visit_VariableReference(self, node):
        self.variables.add(node.id.name)
        self.generic_visit(node)

    def visit_MessageReference(self, node):
        self.messages.add(node.id.name)
        self.generic_visit(node)

    def visit_TermReference(self, node):
        self.terms.add(node.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node):
        keys = set()
        for v in node.variants:
            if isinstance(v.key, ast.Identifier):
                keys.add(v.key.name)
            elif isinstance(v.key, ast.NumberLiteral):
                keys.add("#" + v.key.value)
        self.selects.append(keys)
        self.generic_visit(node)


def refs(node):
    r = Refs()
    if node is not None:
        r.visit(node)
    return r


def parse(path):
    """Returns (messages, terms, junk): dicts of id -> ast entry, and junk texts."""
    resource = FluentParser(with_spans=False).parse(path.read_text(encoding="utf-8"))
    messages, terms, junk = {}, {}, []
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            messages[entry.id.name] = entry
        elif isinstance(entry, ast.Term):
            terms[entry.id.name] = entry
        elif isinstance(entry, ast.Junk):
            first = entry.content.strip().splitlines()[0] if entry.content.strip() else ""
            notes = "; ".join(a.message for a in entry.annotations)
            junk.append(f"{first!r}: {notes}")
    return messages, terms, junk


def parts(entry):
    """The value and each attribute of a message, by name ('' for the value)."""
    out = {"": entry.value} if entry.value is not None else {}
    for a in entry.attributes:
        out["." + a.id.name] = a.value
    return out


def serialize_value(pattern):
    return FluentSerializer().serialize_entry(ast.Message(ast.Identifier("x"), pattern))


def check_language(lang, en_files, same=False, same_as_english=None):
    if same_as_english is None:
        same_as_english = []
    problems = []
    lang_dir = I18N / lang
    counts = {}
    defined_terms = set()
    defined_messages = set()
    referenced_terms = []
    referenced_messages = []
    for path in sorted(lang_dir.glob("*.ftl")):
        if path.name not in en_files:
            problems.append(f"{lang}/{path.name}: English has no such file")
    for name, (en_msgs, _en_terms) in sorted(en_files.items()):
        path = lang_dir / name
        if not path.exists():
            problems.append(f"{lang}/{name}: missing ({len(en_msgs)} messages in English)")
            continue
        msgs, terms, junk = parse(path)
        defined_terms |= set(terms)
        defined_messages |= set(msgs)
        counts[name] = (len(set(msgs) & set(en_msgs)), len(en_msgs))
        for j in junk:
            problems.append(f"{lang}/{name}: syntax error at {j}")
        for mid in sorted(set(en_msgs) - set(msgs)):
            problems.append(f"{lang}/{name}: missing message {mid}")
        for mid in sorted(set(msgs) - set(en_msgs)):
            problems.append(f"{lang}/{name}: message {mid} is not in English")
        for mid in sorted(set(msgs) & set(en_msgs)):
            en_parts, tr_parts = parts(en_msgs[mid]), parts(msgs[mid])
            if set(en_parts) != set(tr_parts):
                want = ", ".join(sorted(k or "value" for k in en_parts))
                got = ", ".join(sorted(k or "value" for k in tr_parts))
                problems.append(f"{lang}/{name}: {mid} has [{got}], English [{want}]")
            for key in sorted(set(en_parts) & set(tr_parts)):
                en_r, tr_r = refs(en_parts[key]), refs(tr_parts[key])
                if en_r.variables != tr_r.variables:
                    problems.append(
                        f"{lang}/{name}: {mid}{key} uses variables "
                        f"{sorted(tr_r.variables)}, English {sorted(en_r.variables)}"
                    )
                for t in tr_r.terms:
                    referenced_terms.append((name, mid, t))
                for m in tr_r.messages:
                    referenced_messages.append((name, mid, m))
                if same and key == "" and serialize_value(en_parts[key]) == serialize_value(tr_parts[key]):
                    same_as_english.append(f"{lang}/{name}: {mid} is the same as English")
                need = PLURALS.get(lang)
                en_plural = any(keys & CLDR_CATEGORIES for keys in en_r.selects)
                tr_plural = any(keys & CLDR_CATEGORIES for keys in tr_r.selects)
                if en_plural and not tr_plural and need is not None and len(need) > 1:
                    problems.append(
                        f"{lang}/{name}: {mid}{key} has no plural select; English has one"
                    )
                for keys in tr_r.selects:
                    plural_keys = keys & CLDR_CATEGORIES
                    if not plural_keys or need is None:
                        continue
                    # Numbers and `other` alone, where English does not select on plural
                    # categories, pick exact values (French "1er" for the first day of a
                    # month), not plural forms.
                    if plural_keys == {"other"} and not en_plural:
                        continue
                    covered = {ONLY_NUMBER.get(lang, {}).get(k[1:]) for k in keys if k.startswith("#")}
                    missing = need - keys - covered
                    dead = plural_keys - need
                    if missing:
                        problems.append(
                            f"{lang}/{name}: {mid}{key} plural select lacks "
                            f"{sorted(missing)} (CLDR {lang}: {sorted(need)})"
                        )
                    if dead:
                        problems.append(
                            f"{lang}/{name}: {mid}{key} plural select has {sorted(dead)}, "
                            f"never chosen in {lang}"
                        )
        for tid, term in terms.items():
            for t in refs(term.value).terms:
                referenced_terms.append((name, "-" + tid, t))
    for name, mid, t in referenced_terms:
        if t not in defined_terms:
            problems.append(f"{lang}/{name}: {mid} refers to undefined term -{t}")
    for name, mid, m in referenced_messages:
        if m not in defined_messages:
            problems.append(f"{lang}/{name}: {mid} refers to undefined message {m}")
    return problems, counts


def main(argv):
    en_dir = I18N / "en"
    if argv[:1] == ["--en"] and len(argv) >= 2:
        en_dir, argv = Path(argv[1]), argv[2:]
    if not en_dir.is_dir():
        sys.exit(f"no English catalogs at {en_dir}")
    same = "--same" in argv
    argv = [a for a in argv if a != "--same"]
    en_files, problems, same_as_english = {}, [], []
    for path in sorted(en_dir.glob("*.ftl")):
        msgs, terms, junk = parse(path)
        en_files[path.name] = (msgs, terms)
        for j in junk:
            problems.append(f"en/{path.name}: syntax error at {j}")
    langs = argv or sorted(p.name for p in I18N.iterdir() if p.is_dir() and p.name != "en")
    for lang in langs:
        if not (I18N / lang).is_dir():
            problems.append(f"{lang}: no directory crates/core/i18n/{lang}")
            continue
        lang_problems, counts = check_language(lang, en_files, same, same_as_english)
        problems += lang_problems
        total = sum(c for c, _ in counts.values())
        en_total = sum(len(m) for m, _ in en_files.values())
        print(f"{lang}: {total} of {en_total} English messages in {len(counts)} of {len(en_files)} files")
        for name, (have, want) in sorted(counts.items()):
            print(f"  {name}: {have}/{want}")
    for p in same_as_english:
        print("same:", p)
    for p in problems:
        print("error:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
