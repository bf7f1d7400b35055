"""End to end at scale: ``briefsmith check`` on 10,000 and 100,000 goals, goals/s and peak RSS.

Writes a seeded, realistic goal document (en/zh/ru goals from ``engine_throughput``'s
generator, under headings, as OKRs with key results, field bullets, done items and
suppression comments) as Markdown, then runs the real command line on it in a fresh
process per run — ``python -m briefsmith check FILE --offline -f FORMAT -o OUT --jobs N``
— and reports wall time, goals per second and the peak resident memory of the whole
process tree (the run and its workers), sampled from ``/proc``.

    python benchmarks/scale.py              # 10k and 100k goals; jobs 1 and 2; text, json, sarif
    python benchmarks/scale.py --goals 2000 --formats json --jobs 2
    python benchmarks/scale.py --write goals.md --goals 100000   # only write the document

Target (issue #12): 100,000 goals (≈ 8 MB) in ≤ 10 s wall with peak memory ≤ 300 MB on
the 2-core development machine. Prints PASS/MISS; it never fails on time.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from engine_throughput import LANG_WEIGHTS, LANGS, _statement  # noqa: E402

TARGET_SECONDS = 10.0
TARGET_MB = 300.0
TARGET_GOALS = 100_000

# --- the document -------------------------------------------------------------------------

TEAMS = {
    "en": ["Marketing", "Marketing × Sales", "Demand generation", "Product marketing", "Brand"],
    "zh": ["市场部", "市场部 × 销售部", "增长团队", "品牌与公关"],
    "ru": ["Маркетинг", "Маркетинг и продажи", "Привлечение клиентов", "Бренд"],
}
OBJECTIVES = {
    "en": [
        "Make the self-serve funnel our main source of new revenue",
        "Be the brand enterprise buyers shortlist first",
        "Marketing and sales count pipeline the same way",
    ],
    "zh": ["让自助渠道成为新收入的主要来源", "让企业客户首先想到我们的品牌"],
    "ru": ["Сделать самообслуживание главным источником новой выручки", "Стать заметным брендом"],
}
OWNERS = {
    "en": ["Anna Kowalski", "Tom Becker", "Priya Shah"],
    "zh": ["王磊", "李娜"],
    "ru": ["Ирина"],
}
FIELD_KEYS = {
    "en": ("owner", "baseline", "confidence"),
    "zh": ("负责人", "基线", "信心"),
    "ru": ("ответственный", "база", "уверенность"),
}
DONE = {"en": "[x] ", "zh": "[x] ", "ru": "[x] "}
# engine_throughput's goals average ≈ 97 bytes; goal files are terser (≈ 8 MB for 100,000
# goals with their markup), so purpose clauses are left out more often here.
SHORTER = {
    code.value: (code, {**t, "purposes": [*t["purposes"], *[""] * (4 * len(t["purposes"]))]})
    for code, t in LANGS
}


class _Writer:
    """Goals of one language at a time, as a team's section of an OKR document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.lines: list[str] = []
        self.goals = 0
        self.seen: set[str] = set()

    def statement(self, lang: str) -> str:
        code, templates = SHORTER[lang]
        text = _statement(self.rng, code, templates)
        for _ in range(50):
            if text not in self.seen:
                break
            text = _statement(self.rng, code, templates)
        self.seen.add(text)
        return text

    def item(self, indent: int, text: str) -> None:
        self.lines.append("  " * indent + "- " + text)
        self.goals += 1

    def goal(self, indent: int, lang: str) -> None:
        rng = self.rng
        text = self.statement(lang)
        roll = rng.random()
        if roll < 0.04:
            text = f"~~{text}~~"
        elif roll < 0.08:
            text = DONE[lang] + text
        elif roll < 0.10:
            self.lines.append("  " * indent + "<!-- briefsmith: ignore relevant -->")
        owner_key, baseline_key, confidence_key = FIELD_KEYS[lang]
        sep = "：" if lang == "zh" else ": "
        if rng.random() < 0.15:
            text += f" — {owner_key}{sep}{rng.choice(OWNERS[lang])}"
        self.item(indent, text)
        if rng.random() < 0.12:  # field bullets under the goal
            self.lines.append(
                "  " * (indent + 1) + f"- {baseline_key}{sep}{rng.randrange(50, 900)}"
            )
            self.lines.append(
                "  " * (indent + 1) + f"- {confidence_key}{sep}{rng.randrange(4, 10)}/10"
            )

    def section(self, lang: str, goals: int) -> None:
        rng = self.rng
        self.lines += [f"## {rng.choice(TEAMS[lang])}", ""]
        written = 0
        while written < goals:
            shape = rng.random()
            if shape < 0.25:  # an objective with key results (and a nested goal now and then)
                self.item(0, f"Objective: {rng.choice(OBJECTIVES[lang])}")
                written += 1
                for _ in range(rng.randrange(2, 5)):
                    self.goal(1, lang)
                    written += 1
                    if rng.random() < 0.15:
                        self.goal(2, lang)
                        written += 1
            elif shape < 0.30:
                self.lines += ["", f"### {rng.choice(OBJECTIVES[lang])}", ""]
            else:
                self.goal(0, lang)
                written += 1
                if rng.random() < 0.2:
                    self.goal(1, lang)
                    written += 1
        self.lines.append("")


def generate_markdown(goals: int, seed: int = 2027) -> str:
    """A goal document with about ``goals`` goals (list items that are goals), the same for
    the same seed: front matter, a title, a section per team of 20–80 goals in one language."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    writer.lines += ["---", "as_of: 2026-11-22", "---", "", "# Company goals FY27", ""]
    writer.lines += ["Owners review these goals at the monthly business review.", ""]
    while writer.goals < goals:
        lang = rng.choices(LANGS, weights=LANG_WEIGHTS)[0][0].value
        writer.section(lang, min(rng.randrange(20, 80), goals - writer.goals))
    return "\n".join(writer.lines) + "\n"


# --- measurement --------------------------------------------------------------------------


@dataclass
class Figures:
    wall: float
    cpu: float  # user + system seconds of the run and its workers
    pss_mb: float  # peak of the process tree's summed PSS (shared pages split between sharers)
    rss_mb: float  # peak of the tree's summed RSS (shared pages counted once per process)
    largest_mb: float  # peak RSS of any one process
    load: float  # the machine's 1-minute load average when the run ended


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            out += [int(p) for p in (task / "children").read_text().split()]
    except OSError:
        pass
    return out


PAGE_MB = os.sysconf("SC_PAGE_SIZE") / (1024 * 1024) if hasattr(os, "sysconf") else 4 / 1024


def _rss(pid: int) -> float:
    """Resident MB from /proc/PID/statm (cheap enough to read every 50 ms)."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_MB
    except (OSError, IndexError, ValueError):
        return 0.0


def _pss(pid: int) -> float:
    """Proportional MB from smaps_rollup (walks the page tables: read less often)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _tree(pid: int) -> list[int]:
    tree = [pid]
    for member in tree:
        tree += _children(member)
    return tree


def run_check(args: list[str], interval: float = 0.05, pss_every: int = 5) -> Figures:
    """Run ``briefsmith check`` in a fresh process; sample its tree's memory while it runs
    (RSS every ``interval``, PSS every ``pss_every`` samples)."""
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefsmith", "check", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    pss_peak = rss_peak = largest = 0.0
    samples = 0
    while proc.poll() is None:
        tree = _tree(proc.pid)
        sizes = [_rss(pid) for pid in tree]
        rss_peak = max(rss_peak, sum(sizes))
        largest = max(largest, *sizes)
        if samples % pss_every == 0:
            pss_peak = max(pss_peak, sum(_pss(pid) for pid in tree))
        samples += 1
        time.sleep(interval)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"briefsmith check exited {proc.returncode}: {err.strip()[-500:]}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return Figures(wall, cpu, pss_peak, rss_peak, largest, load)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="briefsmith check end to end, at scale.")
    parser.add_argument("--goals", type=int, nargs="+", default=[10_000, TARGET_GOALS])
    parser.add_argument("--formats", nargs="+", default=["text", "json", "sarif"])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--write", type=Path, help="only write the document (of --goals[0])")
    args = parser.parse_args(argv)
    if args.write:
        args.write.write_text(generate_markdown(args.goals[0], args.seed), encoding="utf-8")
        return 0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores, "
        f"load {load:.2f} at the start"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for goals in args.goals:
            path = Path(tmp) / f"goals-{goals}.md"
            path.write_text(generate_markdown(goals, args.seed), encoding="utf-8")
            size = path.stat().st_size / (1024 * 1024)
            print(f"\n{goals:,} goals (seed {args.seed}): {path.name}, {size:.1f} MB")
            print(
                f"{'format':<7} {'jobs':>4} {'wall s':>7} {'goals/s':>8} {'CPU s':>6} "
                f"{'PSS MB':>7} {'RSS MB':>7} {'max proc':>8} {'load':>5}  target"
            )
            for fmt in args.formats:
                for jobs in args.jobs:
                    out = Path(tmp) / f"out.{fmt}"
                    cmd = [str(path), "--offline", "-f", fmt, "-o", str(out), "--jobs", str(jobs)]
                    f = run_check(cmd)
                    verdict = ""
                    if goals >= TARGET_GOALS:
                        ok = f.wall <= TARGET_SECONDS and f.pss_mb <= TARGET_MB
                        verdict = (
                            f"{'PASS' if ok else 'MISS'} (≤ {TARGET_SECONDS:.0f} s, "
                            f"≤ {TARGET_MB:.0f} MB)"
                        )
                    print(
                        f"{fmt:<7} {jobs:>4} {f.wall:>7.2f} {goals / f.wall:>8,.0f} "
                        f"{f.cpu:>6.1f} {f.pss_mb:>7.0f} {f.rss_mb:>7.0f} {f.largest_mb:>8.0f} "
                        f"{f.load:>5.2f}  {verdict}",
                        flush=True,
                    )
    print(
        "\nCPU s: user + system time of the run and its workers. PSS: the process tree's "
        "proportional set size (pages the workers share are split between them), sampled "
        "every 250 ms; RSS: the same summed per process (shared pages counted in each) and "
        "max proc: the largest one, every 50 ms; peaks. load: the 1-minute load average as "
        "the run ended (the machine is shared: above ~0.5 the run did not have both cores)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
