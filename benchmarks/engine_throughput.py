"""Rules-engine throughput: how many goals per second ``check_goals`` assesses on one core.

Generates a deterministic, varied set of distinct goals (en/zh/ru; good, partial and
vague ones, some with a parent goal or inline fields), then times
``briefsmith.check.check_goals`` over the whole set: best of ``--repeat`` runs in CPU
time (``time.process_time``, so a busy shared machine skews it less than wall time).
Parsing is not timed; the goals are built as ``Goal`` objects up front.

    python benchmarks/engine_throughput.py
    python benchmarks/engine_throughput.py --goals 50000 --repeat 5
    python benchmarks/engine_throughput.py --profile     # top 25 functions by cumulative time
    python benchmarks/engine_throughput.py --floor       # + what matching and building cost alone

Target: >= 8,000 goals/s on one core (issue #11; the engine reads goals in their document
and their structure now). The script prints PASS/MISS; it never fails on time.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import os
import platform
import pstats
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

try:
    import briefsmith.check  # noqa: F401  (fails early with a clear message)
except ImportError:  # not installed: run from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from briefsmith.check import check_goals
from briefsmith.models import Goal, Lang

TARGET_GOALS_PER_SECOND = 8_000
TODAY = dt.date(2026, 11, 22)

# --- templates --------------------------------------------------------------------------
# Per language: verbs x metrics x numbers x date phrases x purpose clauses, plus vague
# goals, absolutes and recurrences, so every criterion sees passes, partials and fails.
# Metrics have a kind ("up": counts to grow, "rate": percentages to grow, "down": costs to
# cut) so the verb and the numbers fit the metric; multipliers ("double") take no number.
# Counts also get fresh random baselines and targets, vague and recurring goals get a date
# and a purpose, and a statement already generated is drawn again: every goal is distinct,
# as in real goal files (an engine that memoised statements would gain nothing here).

EN = {
    "verbs": {"up": ["Increase", "Grow", "Raise", "Lift"], "down": ["Cut", "Reduce", "Bring"]},
    "multipliers": {"up": ["Double", "Triple"], "down": ["Halve"]},
    "metrics": [
        ("MQLs from paid search", "up", ["from 400 to 520", "to 1,800", "by 15%"]),
        ("the landing-page conversion rate", "rate", ["from 2.1% to 2.8%", "by 0.5 points"]),
        ("webinar registrations", "up", ["from 300 to 450", "to 1,200 a quarter"]),
        ("newsletter subscribers", "up", ["to 50,000", "from 31,000 to 38,000"]),
        ("blended CAC", "down", ["from $9,200 to $8,000", "to under $8,500", "by 10%"]),
        ("demo requests from the pricing page", "up", ["by a third", "to 600 a month"]),
        ("the MQL-to-SQL conversion rate", "rate", ["from 18% to 24%"]),
        ("cost per lead on LinkedIn", "down", ["from $210 to $150", "by 20%"]),
        ("G2 reviews", "up", ["by 40", "to 250"]),
        ("net revenue retention", "rate", ["from 104% to 110%"]),
    ],
    "dates": [
        "by 31 March 2027",
        "by the end of Q2 2027",
        "in 90 days",
        "this month",
        "between January and June 2027",
        "by 2027-09-30",
        "in the next two weeks",
        "soon",
        "",
    ],
    "purposes": [
        " to support the FY27 pipeline target",
        ", so that both teams review the same numbers",
        " to fund the FY28 hiring plan",
        " to do better",
        "",
        "",
    ],
    "vague": [
        "Improve how the market sees our brand",
        "Make social media better",
        "Work more closely with sales",
        "Get engineers more involved in content",
        "Do something about the spring campaign",
        "Be the most talked-about brand in every channel, forever",
    ],
    "recurring": [
        "Hold a 30-minute pipeline sync every Monday",
        "Publish two blog posts a week from January to June 2027",
        "Run two A/B tests per month on the pricing page",
    ],
    "range": "from {a:,} to {b:,}",
    "fields": [{"owner": "Anna"}, {"confidence": "8/10"}, {"baseline": "400"}, {}],
    "parents": ["Grow ARR from $18.4M to $23.5M by 31 December 2027"],
}

ZH = {
    "verbs": {"up": ["提高", "增加", "提升"], "down": ["降低", "减少"]},
    "multipliers": {"up": ["翻一番", "增长到三倍"], "down": ["减半"]},
    "metrics": [
        ("搜索广告带来的市场合格线索", "up", ["从400条到520条", "到1,200条"]),
        ("官网试用注册页的转化率", "rate", ["从3.2%到3.8%"]),
        ("线上研讨会报名人数", "up", ["到每季度1,500人", "20%"]),
        ("邮件订阅用户", "up", ["到10万"]),
        ("单个付费线索的获取成本", "down", ["到150元以内", "从210元到150元"]),
        ("老客户续费率", "rate", ["从86%到90%"]),
    ],
    "dates": ["2027年3月31日前", "本季度", "2027年第二季度末前", "今年内", "两周内", "尽快", ""],
    "purposes": ["，以支撑全年收入目标", "，用于降低整体获客成本", "，让两个团队看同一套数据", ""],
    "vague": ["让更多人知道我们的品牌", "把社交媒体做得更好", "加强与销售部门的配合"],
    "recurring": ["每周三发布一条客户案例短视频", "2027年1月至6月每周一召开销售例会"],
    "range": "从{a:,}到{b:,}",
    "fields": [{"负责人": "王磊"}, {"信心": "7/10"}, {"基线": "400"}, {}],
    "parents": ["2027年12月31日前将年度经常性收入提升到1.6亿元"],
}

RU = {
    "verbs": {"up": ["Увеличить", "Поднять"], "down": ["Снизить", "Сократить"]},
    "multipliers": {"up": ["Удвоить", "Утроить"], "down": ["Вдвое сократить"]},
    "metrics": [
        ("число маркетинговых лидов из контекстной рекламы", "up", ["с 400 до 520", "на 15%"]),
        ("конверсию посадочной страницы", "rate", ["с 0,8% до 1,1%"]),
        ("число регистраций на вебинары", "up", ["до 1 200 в квартал"]),
        ("базу подписчиков рассылки", "up", ["до 100 000"]),
        ("стоимость привлечения клиента", "down", ["со 110 000 до 85 000 рублей", "на 10%"]),
        ("удержание выручки (NRR)", "rate", ["со 103% до 108%"]),
    ],
    "dates": [
        "до 31 марта 2027 года",
        "к концу второго квартала 2027 года",
        "с января по июнь 2027 года",
        "за две недели",
        "как можно скорее",
        "",
    ],
    "purposes": [
        ", чтобы обеспечить воронку под план по выручке",
        " для поддержки крупных сделок",
        ", чтобы оба отдела считали воронку одинаково",
        "",
    ],
    "vague": ["Сделать бренд заметнее", "Улучшить работу с соцсетями", "Вовлечь разработчиков"],
    "recurring": ["Публиковать пост в Telegram-канале каждый понедельник"],
    "range": "с {a:_} до {b:_}",
    "fields": [{"ответственный": "Ирина"}, {"уверенность": "8/10"}, {"база": "400"}, {}],
    "parents": ["Увеличить выручку до 2 млрд рублей до 31 декабря 2027 года"],
}

Templates = dict[str, Any]
LANGS: list[tuple[Lang, Templates]] = [(Lang.EN, EN), (Lang.ZH, ZH), (Lang.RU, RU)]
LANG_WEIGHTS = [6, 2, 2]


def _statement(rng: random.Random, lang: Lang, t: Templates) -> str:
    roll = rng.random()
    when, purpose = rng.choice(t["dates"]), rng.choice(t["purposes"])
    if roll < 0.18:  # vague or recurring, with or without a date and a purpose
        base = str(rng.choice(t["vague"] if roll < 0.12 else t["recurring"]))
        if lang is Lang.ZH:
            return f"{when}{base}{purpose}"
        return " ".join(p for p in (base, when) if p) + purpose
    metric, kind, numbers = rng.choice(t["metrics"])
    direction = "down" if kind == "down" else "up"
    shape = rng.random()
    if shape < 0.08:  # "double X in two weeks": a multiplier, no number
        verb, number = rng.choice(t["multipliers"][direction]), ""
    else:  # one in six names the metric with no target value
        verb = rng.choice(t["verbs"][direction])
        number = "" if shape > 0.85 else rng.choice(numbers)
        if number and rng.random() < 0.4 and kind == "up":  # fresh numbers: fewer repeats
            a = rng.randrange(100, 20_000)
            b = int(a * rng.choice((1.1, 1.25, 1.5, 2, 3, 5, 12)))
            number = t["range"].format(a=a, b=b).replace("_", " ")  # ru: 12 000
    if lang is Lang.ZH:  # 时间 + 动词 + 指标 + 数值 + 目的; 倍数放在指标后面
        if verb in t["multipliers"][direction]:
            return f"{when}{metric}{verb}{purpose}"
        return f"{when}{verb}{metric}{number}{purpose}"
    return " ".join(p for p in (verb, metric, number, when) if p) + purpose


def generate_goals(n: int, seed: int = 2027) -> list[Goal]:
    """``n`` distinct goals, the same ones for the same seed."""
    rng = random.Random(seed)
    goals: list[Goal] = []
    seen: set[str] = set()
    for i in range(n):
        lang, t = rng.choices(LANGS, weights=LANG_WEIGHTS)[0]
        parent = rng.choice(t["parents"]) if rng.random() < 0.25 else None
        statement = _statement(rng, lang, t)
        for _ in range(50):  # the template space is large; a repeat is rare past the start
            if statement not in seen:
                break
            statement = _statement(rng, lang, t)
        seen.add(statement)
        goals.append(
            Goal(
                id=f"g{i:05d}",
                statement=statement,
                parent_id="root" if parent else None,
                parent_statement=parent,
                fields=dict(rng.choice(t["fields"])),
            )
        )
    return goals


def mix(goals: list[Goal]) -> str:
    """Language and shape mix of the generated set, by script and by parent."""
    counts = Counter(
        "zh"
        if any("\u4e00" <= c <= "\u9fff" for c in g.statement)
        else "ru"
        if any("\u0400" <= c <= "\u04ff" for c in g.statement)
        else "en"
        for g in goals
    )
    with_parent = sum(1 for g in goals if g.parent_statement)
    distinct = len({g.statement for g in goals})
    langs = ", ".join(f"{lang} {counts[lang]:,}" for lang in ("en", "zh", "ru"))
    return f"{langs}; {with_parent:,} with a parent goal; {distinct:,} distinct statements"


# --- measurement ------------------------------------------------------------------------


def pin_to_one_core() -> str:
    """Pin this process to a single CPU where the OS allows it (Linux)."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this OS)"


def time_runs(goals: list[Goal], repeat: int) -> list[float]:
    check_goals(goals[:50], today=TODAY)  # warm-up: lazy imports, lexicons, regex compile
    timings = []
    for _ in range(repeat):
        start = time.process_time()
        report = check_goals(goals, today=TODAY)
        timings.append(time.process_time() - start)
        if report.summary.goals != len(goals):
            msg = f"report has {report.summary.goals} goals, expected {len(goals)}"
            raise RuntimeError(msg)
    return timings


def profile(goals: list[Goal], top: int = 25) -> None:
    check_goals(goals[:50], today=TODAY)
    profiler = cProfile.Profile()
    profiler.enable()
    check_goals(goals, today=TODAY)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    print(out.getvalue())


def _best_cpu(run: Any, repeat: int) -> float:
    """Best CPU time of ``run()`` over ``repeat`` runs, with the cycle collector paused (as
    ``check_goals`` pauses it)."""
    timings = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        start = time.process_time()
        run()
        timings.append(time.process_time() - start)
        gc.enable()
    return min(timings)


def floors(goals: list[Goal], repeat: int) -> None:
    """Two costs the current design cannot go below, each measured alone, in µs per goal.

    - pattern matching: every compiled pattern the engine's literal pre-tests select for
      a goal (its plan, plus the number and purpose patterns), run over the goal's
      lower-cased text, and nothing else — no word lists, no reading of what matched;
    - report building: every ``Evidence``, ``CriterionResult`` and ``GoalAssessment`` of
      the finished report made again from its field values with the engine's own
      constructor (``models.fast.maker``), and nothing else.

    Everything else (word lists, dates, numbers, changes, verdicts, messages, rewrites)
    has to fit in what remains of the target's budget.
    """
    from briefsmith.models.fast import maker
    from briefsmith.models.report import CriterionResult, Evidence, GoalAssessment
    from briefsmith.rules.lang import detect_lang
    from briefsmith.rules.lexicon import load_lexicon
    from briefsmith.rules.lexicon_util import lower_text

    work = []
    for goal in goals:
        lex = load_lexicon(detect_lang(goal.statement))
        low = lower_text(goal.statement)
        plan = lex.plan(lex.scan(low)[1])
        patterns = [pattern for pattern, _ in plan.time]
        patterns += [*plan.confidence, *plan.baseline, *plan.change_pair, *plan.relative_change]
        patterns += [p for p in (plan.budget, plan.multipliers) if p is not None]
        patterns += [lex.number, lex.purpose]
        work.append((low, goal.statement, patterns, plan.owner))  # owners read the raw text

    def match_all() -> None:
        for low, text, patterns, owner in work:
            for pattern in patterns:
                for _ in pattern.finditer(low):
                    pass
            for pattern in owner:
                for _ in pattern.finditer(text):
                    pass

    report = check_goals(goals, today=TODAY)
    new_evidence, new_result = maker(Evidence), maker(CriterionResult)
    new_assessment = maker(GoalAssessment)
    values = [
        (
            a.__dict__,
            [(c, r.__dict__, [e.__dict__ for e in r.evidence]) for c, r in a.criteria.items()],
        )
        for a in report.goals
    ]

    def build_all() -> None:
        for fields, criteria in values:
            results = {}
            for criterion, result, cited in criteria:
                evidence = [new_evidence(dict(e)) for e in cited]
                results[criterion] = new_result({**result, "evidence": evidence})
            new_assessment({**fields, "criteria": results})

    per_goal = 1e6 / len(goals)
    matching = _best_cpu(match_all, repeat) * per_goal
    building = _best_cpu(build_all, repeat) * per_goal
    budget = 1e6 / TARGET_GOALS_PER_SECOND
    patterns = sum(len(p) + len(o) for _, _, p, o in work) / len(goals)
    print(f"pattern matching alone: {matching:5.1f} µs/goal ({patterns:.1f} patterns a goal)")
    print(f"report building alone:  {building:5.1f} µs/goal")
    print(
        f"together:               {matching + building:5.1f} µs/goal of the target's {budget:.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rules-engine throughput (goals/second).")
    parser.add_argument("--goals", type=int, default=10_000, help="how many goals (10,000)")
    parser.add_argument("--seed", type=int, default=2027, help="generator seed (2027)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; best is kept (3)")
    parser.add_argument("--profile", action="store_true", help="cProfile one run, top 25")
    parser.add_argument(
        "--floor", action="store_true", help="also time pattern matching and report building alone"
    )
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one CPU")
    args = parser.parse_args(argv)

    pinning = "not pinned (--no-pin)" if args.no_pin else pin_to_one_core()
    start = time.perf_counter()
    goals = generate_goals(args.goals, args.seed)
    built = time.perf_counter() - start
    print(f"python {platform.python_version()} on {platform.machine()}, {pinning}")
    print(f"generated {len(goals):,} goals (seed {args.seed}) in {built:.2f} s: {mix(goals)}")

    if args.profile:
        profile(goals)
        return 0

    timings = time_runs(goals, args.repeat)
    best = min(timings)
    rate = len(goals) / best
    runs = ", ".join(f"{t:.3f}" for t in timings)
    verdict = "PASS" if rate >= TARGET_GOALS_PER_SECOND else "MISS"
    print(f"runs (CPU s): {runs}")
    print(f"best:         {best:.3f} s for {len(goals):,} goals")
    print(f"throughput:   {rate:,.0f} goals/s")
    print(f"per goal:     {best / len(goals) * 1e6:.1f} µs")
    print(f"target:       >= {TARGET_GOALS_PER_SECOND:,} goals/s  {verdict}")
    if args.floor:
        floors(goals, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
