"""Use briefsmith as a library: load a goals file, check it, read the verdicts.

    python examples/embed.py                       # checks examples/goals.md
    python examples/embed.py examples/goals.zh.md  # or any goals file
    python examples/embed.py goals.md --json report.json

No API key and no network: ``check_goals`` runs the deterministic rules engine.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefsmith import check_goals, load_goals

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(HERE / "goals.md"))
    parser.add_argument("--json", metavar="FILE", help="also write the JSON report here")
    args = parser.parse_args()

    report = check_goals(load_goals(args.path))

    for goal in report.goals:
        missing = [
            f"{criterion.value}={result.status.value}"
            for criterion, result in goal.criteria.items()
            if result.status.value != "pass" and not result.suppressed
        ]
        line = f":{goal.source.line}" if goal.source.line else ""
        print(f"{goal.verdict.value:<10} {goal.source.path}{line}  {goal.statement[:70]}")
        if missing:
            print(f"{'':<10} misses: {', '.join(missing)}")

    summary = report.summary
    print(f"\n{summary.smart}/{summary.goals} goals are SMART ({summary.partial} partial).")

    # The report is a Pydantic model with a stable JSON contract (version 1).
    payload = report.model_dump_json(indent=2)
    if args.json:
        Path(args.json).write_text(payload + "\n", encoding="utf-8")
        print(f"JSON report written to {args.json}")
    else:
        print(payload[:400] + ("\n…" if len(payload) > 400 else ""))


if __name__ == "__main__":
    main()
