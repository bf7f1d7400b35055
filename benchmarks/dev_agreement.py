"""Per-criterion agreement of the rules engine with a labelled goal set.

Reads ``../shared/data/dev-goals.jsonl`` (or the path given) when it is present; the
project's own tests never need it. Labels are binary: 1 = pass, 0 = partial or fail.

    python benchmarks/dev_agreement.py [PATH] [--today 2026-11-22] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from briefsmith.check import check_goals
from briefsmith.models import Criterion, Goal, Status

LETTERS = {
    "S": Criterion.SPECIFIC,
    "M": Criterion.MEASURABLE,
    "A": Criterion.ACHIEVABLE,
    "R": Criterion.RELEVANT,
    "T": Criterion.TIME_BOUND,
}
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-goals.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 22))
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    if not args.path.is_file():
        print(f"no labelled set at {args.path}; nothing to measure", file=sys.stderr)
        return 0
    rows = [json.loads(line) for line in args.path.read_text("utf-8").splitlines() if line]
    goals = [Goal(id=r["id"], statement=r["goal"], parent_statement=r.get("parent")) for r in rows]
    report = check_goals(goals, today=args.today)
    agree = dict.fromkeys(LETTERS, 0)
    misses: list[str] = []
    for row, assessment in zip(rows, report.goals, strict=True):
        for letter, criterion in LETTERS.items():
            result = assessment.criteria[criterion]
            got = int(result.status is Status.PASS)
            if got == row["labels"][letter]:
                agree[letter] += 1
            else:
                misses.append(
                    f"{row['id']} {letter}: label {row['labels'][letter]}, got "
                    f"{result.status.value} ({result.message}) :: {row['goal']}"
                )
    total = len(rows)
    print(f"{total} labelled goals, today={args.today}")
    for letter, count in agree.items():
        print(f"  {letter}  {count / total:6.1%}  ({count}/{total})")
    mean = sum(agree.values()) / (total * len(LETTERS))
    worst = min(agree.values()) / total
    print(f"  mean {mean:6.1%} (target ≥ 95%)   worst {worst:6.1%} (target ≥ 90%)")
    print("  " + ("PASS" if mean >= 0.95 and worst >= 0.90 else "MISS"))
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
