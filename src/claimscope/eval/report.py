"""Plain-text rendering of a score report, so results read the same in a terminal, a log or a PR."""

from __future__ import annotations

from typing import Sequence


def _num(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence]) -> str:
    """Columns aligned with spaces: first column left, the rest right."""
    cells = [list(headers)] + [[_num(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        parts = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_report(report: dict) -> str:
    """Human-readable tables for a report made by `score`."""
    r = report["relation"]
    sa = report["source_accuracy"]
    out = [
        f"{report['documents']} documents, {r['gold']} gold and {r['pred']} predicted relations; "
        f"match: {report['settings']['match']}",
        "",
        table(["", "P", "R", "F1", "matched", "pred", "gold"],
              [["relation", r["precision"], r["recall"], r["f1"], r["tp"], r["pred"], r["gold"]]]),
        f"source accuracy on matched relations: {_num(sa['accuracy'])} ({sa['correct']}/{sa['matched']})",
        "",
        table(["role", "token P", "token R", "token F1", "exact P", "exact R", "exact F1"],
              [[role, t["precision"], t["recall"], t["f1"], e["precision"], e["recall"], e["f1"]]
               for role, v in report["roles"].items() for t, e in [(v["token"], v["exact"])]]),
        "",
        table(["cue lemma", "gold", "pred", "recall", "precision"],
              [[row["lemma"], row["gold"], row["pred"], row["recall"], row["precision"]]
               for row in report["by_cue_lemma"]]),
        "",
        table(["subset", "gold", "pred", "recall", "precision"],
              [[name, v["gold"], v["pred"], v["recall"], v["precision"]]
               for name, v in [*report["by_kind"].items(), ("no source", report["no_source"])]]),
    ]
    if report.get("by_confidence"):
        out += ["", table(["confidence", "pred", "correct", "precision"],
                          [[b["band"], b["pred"], b["correct"], b["precision"]] for b in report["by_confidence"]])]
    if report.get("ignored_pred_documents"):
        out += ["", f"ignored {len(report['ignored_pred_documents'])} predicted documents not in gold"]
    return "\n".join(out) + "\n"
