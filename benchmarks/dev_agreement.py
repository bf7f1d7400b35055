"""Agreement of the rules engine with the labelled goal sets: per criterion, and across
languages for sets that write each goal in en, zh and ru.

Reads ``../shared/data/dev-goals.jsonl`` and ``../shared/data/dev-goals-2.jsonl`` (or the
paths given) when they are present; the project's own tests never need them. Labels are
binary: 1 = pass, 0 = partial or fail. Rows that share a ``group`` are the same goal in
different languages: the rubric is language-neutral, so they should get the same verdicts.

    python benchmarks/dev_agreement.py [PATH ...] [--today 2026-11-22] [--misses]

Targets: each criterion >= 95 % agreement; >= 95 % of groups with identical verdicts
across languages. The script prints PASS/MISS; it never fails on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

try:
    import briefsmith.check  # noqa: F401  (fails early with a clear message)
except ImportError:  # not installed: run from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from briefsmith.check import check_goals
from briefsmith.models import Criterion, Goal, Status

LETTERS = {
    "S": Criterion.SPECIFIC,
    "M": Criterion.MEASURABLE,
    "A": Criterion.ACHIEVABLE,
    "R": Criterion.RELEVANT,
    "T": Criterion.TIME_BOUND,
}
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULTS = [DATA / "dev-goals.jsonl", DATA / "dev-goals-2.jsonl"]
PER_CRITERION = 0.95
ACROSS_LANGUAGES = 0.95


def measure(path: Path, today: dt.date, misses: bool) -> bool:
    """Print one set's figures; True when it meets the targets."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    goals = [Goal(id=r["id"], statement=r["goal"], parent_statement=r.get("parent")) for r in rows]
    report = check_goals(goals, today=today)
    agree = dict.fromkeys(LETTERS, 0)
    lines: list[str] = []
    groups: dict[str, list[str]] = defaultdict(list)
    for row, assessment in zip(rows, report.goals, strict=True):
        bits = ""
        for letter, criterion in LETTERS.items():
            result = assessment.criteria[criterion]
            got = int(result.status is Status.PASS)
            bits += str(got)
            if got == row["labels"][letter]:
                agree[letter] += 1
            else:
                lines.append(
                    f"  {row['id']} {letter}: label {row['labels'][letter]}, got "
                    f"{result.status.value} ({result.message}) :: {row['goal']}"
                )
        if "group" in row:
            groups[row["group"]].append(bits)
    total = len(rows)
    print(f"{path.name}: {total} labelled goals, today={today}")
    for letter, count in agree.items():
        print(f"  {letter}  {count / total:6.1%}  ({count}/{total})")
    worst = min(agree.values()) / total
    mean = sum(agree.values()) / (total * len(LETTERS))
    ok = worst >= PER_CRITERION
    print(f"  mean {mean:6.1%}   worst {worst:6.1%} (target: each >= {PER_CRITERION:.0%})")
    if groups:
        same = sum(len(set(bits)) == 1 for bits in groups.values())
        share = same / len(groups)
        ok = ok and share >= ACROSS_LANGUAGES
        print(
            f"  same verdicts in every language: {share:6.1%} ({same}/{len(groups)} goals; "
            f"target >= {ACROSS_LANGUAGES:.0%})"
        )
    print("  " + ("PASS" if ok else "MISS"))
    if misses and lines:
        print("\n".join(lines))
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 22))
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    paths = [p for p in (args.paths or DEFAULTS) if p.is_file()]
    if not paths:
        print("no labelled set found; nothing to measure", file=sys.stderr)
        return 0
    for index, path in enumerate(paths):
        if index:
            print()
        measure(path, args.today, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
