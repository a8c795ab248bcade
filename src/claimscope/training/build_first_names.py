"""Build lexicon/data/first_names.tsv, the coreference stage's first-name gender list, from Faker's name lists.

Run: `python -m claimscope.training.build_first_names /tmp/fk` where the argument is a folder holding an unpacked
Faker wheel (`unzip -o -q faker-*.whl 'faker/providers/person/*' 'faker-*.dist-info/*' -d /tmp/fk`); `--out`
writes elsewhere. The output depends only on the Faker version, which its header line names.

Faker (MIT licence) ships first-name lists per locale built from public records (en_US from the US Social
Security Administration's baby names, public domain). The modules are parsed, not imported: importing them runs
the faker package's __init__, which needs its dependencies. A name is kept when its gender is unambiguous: every
locale that lists it lists it on the same side. A name listed on both sides ("Robin" male in one locale and female
in another, say) is left out, unless the only conflict is inside locales that give frequencies and one side then
holds at least DOMINANT of the weight with no other locale listing it on the minority side. Names not written
in the Latin alphabet are skipped (article text names people in Latin script). EPICENE names are left out by
hand: Faker lists them on one side only, but they are common for both (an Italian "Andrea" is a man, an
American one usually a woman), and a wrong gender misleads the resolver more than no gender.
"""

from __future__ import annotations

import argparse
import ast
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "lexicon" / "data" / "first_names.tsv"
LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "fr_FR", "fr_CA", "de_DE", "de_AT", "es_ES", "es_MX",
           "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "ro_RO",
           "hu_HU", "ru_RU")
DOMINANT = 0.9
EPICENE = frozenset("""alex andrea ashley camille casey chris claude dominique jackie jamie jean jessie jordan
    kelly kim lee leslie morgan nicola robin sam sasha shannon taylor terry tracy""".split())
_SIDES = {"first_names_male": "m", "first_names_female": "f"}


def _literal(node: ast.AST):
    """The names of a tuple/list literal, or {name: weight} of an OrderedDict((...)) call; None otherwise."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "OrderedDict" and node.args:
        return dict(ast.literal_eval(node.args[0]))
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return list(value) if isinstance(value, (tuple, list)) else None


def read_locale(path: Path) -> dict[str, list | dict]:
    """{'m': names or {name: weight}, 'f': ...} of one person provider module, read from its class body."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, list | dict] = {}
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for stmt in cls.body:
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) else getattr(stmt, "target", None)
            side = _SIDES.get(getattr(target, "id", ""))
            if side and getattr(stmt, "value", None) is not None:
                value = _literal(stmt.value)
                if value:
                    out[side] = value
    return out


def _latin(name: str) -> bool:
    return bool(name) and all(c in "-' " or "LATIN" in unicodedata.name(c, "") for c in name)


def build(faker_dir: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(sorted (name, gender) rows, the locales read) from an unpacked Faker folder."""
    listed: dict[str, set[tuple[str, str]]] = defaultdict(set)  # name -> {(locale, side)}
    weight: dict[str, dict[str, float]] = defaultdict(lambda: {"m": 0.0, "f": 0.0})
    weighted: dict[str, set[str]] = defaultdict(set)  # name -> locales that weigh it
    read = []
    for loc in LOCALES:
        path = Path(faker_dir, "faker", "providers", "person", loc, "__init__.py")
        if not path.is_file():
            continue
        sides = read_locale(path)
        if not sides:
            continue
        latin = False
        for side, names in sides.items():
            for name in names:
                key = name.strip().lower()
                if not _latin(key):
                    continue
                latin = True
                listed[key].add((loc, side))
                if isinstance(names, dict):
                    weight[key][side] += float(names[name])
                    weighted[key].add(loc)
        if latin:
            read.append(loc)
    rows = []
    for name, seen in listed.items():
        if name in EPICENE:
            continue
        sides = {s for _, s in seen}
        if len(sides) == 1:
            rows.append((name, sides.pop()))
            continue
        w = weight.get(name)
        if not w or not sum(w.values()):
            continue
        top = max(w, key=w.get)
        minority_elsewhere = any(s != top and loc not in weighted[name] for loc, s in seen)
        if w[top] / sum(w.values()) >= DOMINANT and not minority_elsewhere:
            rows.append((name, top))
    return sorted(rows), read


def faker_version(faker_dir: Path) -> str:
    """The version of the unpacked wheel, from its dist-info folder name or the wheel's file name."""
    for pattern in ("faker-*.dist-info", "faker-*.whl", "Faker-*.dist-info"):
        for p in sorted(Path(faker_dir).glob(pattern)):
            return p.name.split("-")[1].removesuffix(".dist")
    return "unknown"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("faker_dir", type=Path, help="folder with an unpacked Faker wheel (faker/providers/person/)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows, read = build(args.faker_dir)
    header = (f"# first-name genders from Faker {faker_version(args.faker_dir)} (MIT licence; en_US from US SSA "
              f"baby names, public domain), locales {','.join(read)}; built by "
              "claimscope.training.build_first_names; names listed as both genders and epicene names left out\n")
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header)
        fh.writelines(f"{name}\t{g}\n" for name, g in rows)
    print(f"{len(rows)} names from {len(read)} locales -> {args.out}")


if __name__ == "__main__":
    main()
