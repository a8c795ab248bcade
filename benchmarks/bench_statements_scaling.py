"""Time the statements stage on texts of repeated short speech clauses, to see how it grows with their length.

    .venv/bin/python benchmarks/bench_statements_scaling.py                    # 2k, 5k, 10k characters
    .venv/bin/python benchmarks/bench_statements_scaling.py --sizes 30000 --patterns "said " --profile 15

Each text repeats one pattern ("said ", "Smith said ", 'He said "yes" and ') up to the size; the parse (and the
components before statements) runs once and is not timed, the statements stage alone is.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

PATTERNS = ("said ", "Smith said ", 'He said "yes" and ')


def parsed(nlp, text: str):
    """The Doc with everything the statements stage needs (the components before it)."""
    before = nlp.pipe_names[:nlp.pipe_names.index("claimscope_statements")]
    with nlp.select_pipes(enable=before):
        return nlp(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 10000])
    ap.add_argument("--patterns", nargs="+", default=list(PATTERNS), help="the clauses repeated")
    ap.add_argument("--profile", type=int, default=0, help="print this many lines of a cProfile of the largest size")
    args = ap.parse_args()
    from claimscope.analyse.pipeline import load_pipeline
    from claimscope.analyse.statements import default_options, extract_statements

    nlp = load_pipeline()
    options = default_options()
    for pattern in args.patterns:
        for size in args.sizes:
            text = (pattern * (size // len(pattern) + 1))[:size]
            t0 = time.perf_counter()
            doc = parsed(nlp, text)
            parse = time.perf_counter() - t0
            t0 = time.perf_counter()
            found = extract_statements(doc, options)
            took = time.perf_counter() - t0
            print(f"{pattern!r:24} {size:6d} chars  {len(doc):5d} tokens  parse {parse:6.2f}s  "
                  f"statements {took:7.2f}s  ({len(found)} found)", flush=True)
        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            extract_statements(doc, options)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
