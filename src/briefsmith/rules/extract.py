"""Find the evidence in a goal's text: times, numbers, changes, owners, purposes, word lists.

Spans that have been explained (a date, a confidence, an absolute such as "number one")
are masked before numbers are read, so "Q1 2027" or "8/10" is never taken for a target.

What is found is the report's own ``Evidence``, made once here: the verdicts cite it as
it is, with no intermediate hit to convert per citation.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from briefsmith import regex_cache
from briefsmith.models.fast import maker
from briefsmith.models.report import Evidence
from briefsmith.parsing.marks import label_of
from briefsmith.rules.lexicon import Lexicon, Plan
from briefsmith.rules.lexicon_util import lower_text
from briefsmith.rules.numbers import is_percent, parse_number, parse_scaled
from briefsmith.rules.timeexpr import Period, Reading, resolve

MASK = "\x00"
# Evidence kinds for the word-list categories the verdicts and the rewrite cite. Outcome
# verbs are only compared by position (``Findings.first_outcome``); business terms only
# count in a parent goal (``criteria.parent_names_result``).
_KINDS = {
    "vague_verbs": "vague_verb",
    "abstract_objects": "abstract_object",
    "metrics": "metric",
    "deliverables": "deliverable",
    "activity_verbs": "activity",
    "vague_quantifiers": "vague_quantifier",
    "vague_comparatives": "vague_comparative",
}
_CONCRETE = frozenset(("metrics", "deliverables"))
_HAS_DIGIT = regex_cache.compile(r"\d")
_SENTENCE_END = regex_cache.compile(r"[.!?。！？;；](?:\s|$)|[。！？；]")


_new_evidence = maker(Evidence)


def evidence(kind: str, start: int, end: int, text: str, value: str | None = None) -> Evidence:
    """Evidence from the statement; an empty span at 0 stands for an inline field."""
    return _new_evidence(
        {
            "kind": kind,
            "text": text,
            "start": start,
            "end": end,
            "value": value,
            "source": "field" if start == end == 0 else "statement",
            "line": None,
        }
    )


def evidence_of_parent(statement: str, parent_id: str | None) -> Evidence:
    """The parent goal as evidence for Relevant."""
    return _new_evidence(
        {
            "kind": "parent",
            "text": statement,
            "start": 0,
            "end": 0,
            "value": parent_id,
            "source": "parent",
            "line": None,
        }
    )


@dataclass(slots=True)
class Change:
    """A baseline → target pair, or a relative change; ``factor`` is always ≥ 1."""

    hit: Evidence
    factor: float
    base: float | None = None
    target: float | None = None
    target_span: tuple[int, int] | None = None


@dataclass(slots=True)
class Findings:
    text: str
    deadlines: list[Evidence] = field(default_factory=list)
    end_dates: list[dt.date] = field(default_factory=list)
    # What the windows are worked out from, until ``windows`` is first asked for (only
    # Achievable needs them, and only for a goal with a change).
    pending_windows: tuple[str, list[tuple[int, int, str, Period]], Lexicon, dt.date] | None = None
    _windows: list[int] | None = None
    years: list[int] = field(default_factory=list)  # years the expressions state
    recurrences: list[Evidence] = field(default_factory=list)
    vague_time: list[Evidence] = field(default_factory=list)
    quantities: list[Evidence] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    confidence: list[Evidence] = field(default_factory=list)
    confidence_levels: list[float | None] = field(default_factory=list)  # 0..1, per confidence
    baselines: list[Evidence] = field(default_factory=list)
    owners: list[Evidence] = field(default_factory=list)
    budget: list[Evidence] = field(default_factory=list)
    no_budget: list[Evidence] = field(default_factory=list)
    absolutes: list[Evidence] = field(default_factory=list)
    purpose: Evidence | None = None
    vague_purpose: bool = False
    first_outcome: int | None = None  # where the first outcome verb ("grow", "cut") starts
    content: list[Evidence] = field(default_factory=list)  # what the goal is about
    state: Evidence | None = None  # a finished state it states ("is live", "已上线")
    terms: dict[str, list[Evidence]] = field(default_factory=dict)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # every list's matches
    cache: dict[str, object] = field(default_factory=dict)  # what the verdicts work out once

    @property
    def windows(self) -> list[int]:
        """Per deadline: the window it gives the goal in days — a named period's own
        length ("next month", "in Q3 2027"), a window's ("in 90 days"), else the days from
        the reference date to it ("by 31 March 2027")."""
        if self._windows is None:
            pending = self.pending_windows
            self._windows = _windows(*pending) if pending is not None else []
        return self._windows

    def term(self, name: str) -> list[Evidence]:
        return self.terms.get(name, [])


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + MASK * (end - start) + text[end:]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


def extract(text: str, lex: Lexicon, today: dt.date | Reading) -> Findings:
    """The evidence in ``text``; ``today`` is the reference date, or a ``Reading`` that
    also gives the document's year and the fiscal year's start."""
    reading = today if isinstance(today, Reading) else Reading(today)
    f = Findings(text=text)
    low = lower_text(text)  # patterns are lower-case; offsets stay those of ``text``
    work = low
    # An OKR label that opens the goal ("KR2:", "关键结果2：", "Цель 1.") names its kind:
    # its number is no quantity and its words are not what the goal is about.
    kind, rest = label_of(text)
    if kind is not None:
        work = _mask(work, 0, len(text.rstrip()) - len(rest))  # ``rest`` ends the text
    terms, mask = lex.scan(low)  # mask: which trigger literals the goal contains
    f.spans = terms
    plan = lex.plan(mask)
    get_terms = terms.get

    def visible(category: str) -> list[tuple[int, int]]:
        """A category's matches that no earlier step has explained (masked)."""
        spans = get_terms(category)
        if not spans:
            return []
        if work is low:  # nothing masked yet
            return spans
        return [(s, e) for s, e in spans if MASK not in work[s:e]]

    # 1. Absolutes first: "number one", "第一" are claims, not quantities; "zero late
    #    departures" is an absolute whose zero is still the target it counts.
    absolutes = get_terms("absolutes")
    counts: list[tuple[int, int]] = []  # absolutes that are a count ("zero late departures")
    if absolutes:
        for s, e in absolutes:
            f.absolutes.append(evidence("absolute", s, e, text[s:e]))
            if lex.number.match(low, s):
                counts.append((s, e))
            elif not _HAS_DIGIT.search(low, s, e):
                work = _mask(work, s, e)

    # 2. Time expressions, most specific pattern first; each span is read once.
    has_digit = bool(_HAS_DIGIT.search(low))
    periods, work = _time_expressions(work, plan, lex, reading)
    if not periods and (bare := _bare_month(work, lex, reading)) is not None:
        # "3D planner live (June)", "Launch the shop — March": dated as a heading would be
        periods = [bare]
        work = _mask(work, bare[0], bare[1])
    if periods:
        _read_periods(f, text, low, periods, lex, reading.today)
    if "vague_time" in terms:
        f.vague_time = [evidence("vague_time", s, e, text[s:e]) for s, e in visible("vague_time")]
    if "recurrence" in terms:
        f.recurrences = [evidence("recurrence", s, e, text[s:e]) for s, e in visible("recurrence")]

    # 3. Confidence and owners are support for Achievable, never targets.
    for pattern in plan.confidence:
        for m in pattern.finditer(work):
            groups = m.groupdict()
            value = groups.get("value") or groups.get("pct") or groups.get("word")
            f.confidence_levels.append(_confidence_level(groups, lex))
            f.confidence.append(
                evidence("confidence", m.start(), m.end(), text[m.start() : m.end()], value)
            )
            work = _mask(work, m.start(), m.end())
    for pattern in plan.owner:  # case-sensitive: names are capitalised
        for m in pattern.finditer(text):
            name = m.group("name").strip(" ,.;:")
            if name and MASK not in work[m.start() : m.end()]:
                os_, oe = _trim(text, m.start(), m.end())
                f.owners.append(evidence("owner", os_, oe, text[os_:oe], name))
                work = _mask(work, m.start(), m.end())
    for pattern in plan.baseline:
        for m in pattern.finditer(work):
            bs, be = _trim(text, m.start(), m.end())
            f.baselines.append(evidence("baseline", bs, be, text[bs:be]))
    if plan.budget is not None:
        for m in plan.budget.finditer(work):
            bs, be = _trim(text, m.start(), m.end())
            f.budget.append(evidence("resources", bs, be, text[bs:be]))
    if "no_budget" in terms:
        f.no_budget = [evidence("no_budget", s, e, text[s:e]) for s, e in visible("no_budget")]

    # 4. Changes: baseline → target pairs, relative changes, multiplier words.
    if plan.change_pair or plan.relative_change or plan.multipliers is not None:
        _find_changes(f, work, plan, lex)

    # 5. A place in a ranking ("top-3", "топ-3", "前三") is a target, though its number
    #    is joined by a hyphen (read apart, "3-5" and "2027-06-30" stay no numbers) or is
    #    a bare numeral word.
    for pattern in plan.rank:
        for m in pattern.finditer(work):
            value = parse_number(m.group("n"), lex)
            if value is None or MASK in m.group(0):
                continue
            rs, re_ = _trim(text, *m.span())
            f.quantities.append(evidence("rank", rs, re_, text[rs:re_], f"{value:g}"))
            work = _mask(work, *m.span())

    # 6. Remaining numbers are quantities (targets, counts, frequencies).
    if has_digit or lex.number_words_possible(low):
        changed = [(c.hit.start, c.hit.end) for c in f.changes]
        for m in lex.number.finditer(work):
            raw = m.group(0).strip()
            if not raw or (changed and _overlaps(changed, *m.span())):
                continue
            value = parse_number(raw, lex)
            if value is not None:
                start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                shown = text[start : start + len(raw)]
                f.quantities.append(
                    evidence("number", start, start + len(raw), shown, _fmt(value, raw))
                )

    # 7. Purpose clause: from its marker to the end of the sentence.
    purpose = lex.purpose.search(work)
    if purpose and not text[: purpose.start()].strip() and lex.stop_pattern is not None:
        # A Chinese goal that opens with "确保…"/"保证…" has it as its main verb.
        purpose = lex.purpose.search(work, purpose.end())
    if purpose and (
        lex.complement.get().search(low, 0, purpose.start())
        or lex.complement_before.get().search(low, max(0, purpose.start() - 16), purpose.start())
    ):
        # "Get more people to fill in the survey": what the verb asks for, not why.
        purpose = lex.purpose.search(work, purpose.end())
    if purpose:
        end_match = _SENTENCE_END.search(text, purpose.end())
        end = end_match.start() if end_match else len(text)
        raw = text[purpose.start() : end]
        clause = raw.lstrip(" ，,")
        start = purpose.start() + len(raw) - len(clause)
        clause = clause.rstrip(" ，,")
        f.purpose = evidence("purpose", start, start + len(clause), clause)
        rest = work[purpose.end() : end].replace(MASK, " ")
        f.vague_purpose = (
            bool(lex.vague_purpose.get().match(rest))
            or len(rest.strip()) < 2
            or _only_a_comparison(terms, purpose.span(), end, low, lex, has_digit)
        )

    # 7b. Every one of the people outside the team, or of what they do ("100% of in-store
    #     shoppers", "100%的到店顾客", "100% заказов"), is an absolute, whatever they are
    #     called; in the purpose clause it is what the goal serves, not its target.
    if "others" in terms or "others_measures" in terms:
        cut = f.purpose.start if f.purpose is not None else len(text)
        people = [(s, e) for s, e in terms.get("others", []) if e <= cut]
        counted = sorted(people + [(s, e) for s, e in terms.get("others_measures", []) if e <= cut])
        _everyone(f, low, text, people, counted, lex)

    # 8. Word lists. Terms inside an abstract object ("customer satisfaction") don't
    #    count as concrete metrics.
    if MASK not in work:
        work = low  # nothing left masked: every span is visible
    abstract_spans = visible("abstract_objects")
    if abstract_spans and "metrics" in terms:
        # A metric that holds an abstract word is a metric: "aided brand awareness".
        wider = terms["metrics"]
        abstract_spans = [
            (s, e)
            for s, e in abstract_spans
            if not any(ms <= s and e <= me and (ms, me) != (s, e) for ms, me in wider)
        ]
    if abstract_spans and (f.budget or f.owners):
        # Words inside the support ("the €150,000 partner-marketing fund", "owner: Brand
        # team") say who or what backs the goal, not what it is about.
        support = [(h.start, h.end) for h in f.budget + f.owners]
        abstract_spans = [
            (s, e) for s, e in abstract_spans if not any(a <= s and e <= b for a, b in support)
        ]
    found = f.terms
    for name, spans in terms.items():
        term_kind = _KINDS.get(name)
        if term_kind is None:
            continue
        if name != "abstract_objects":
            spans = visible(name)
            if abstract_spans and name in _CONCRETE:
                spans = [(s, e) for s, e in spans if not _overlaps(abstract_spans, s, e)]
        elif f.purpose is None:
            spans = abstract_spans
        else:
            # What a goal is for is not what it applies to: in "…, so that teams see our
            # marketing results" the object is not "marketing", so it cannot make S vague.
            why = [(f.purpose.start, f.purpose.end)]
            spans = [(s, e) for s, e in abstract_spans if not _overlaps(why, s, e)]
        if spans:
            found[name] = [evidence(term_kind, s, e, text[s:e]) for s, e in spans]
    outcome = visible("outcome_verbs")
    if outcome:
        f.first_outcome = outcome[0][0]

    # 9. What the goal is about. Concrete is the default: every word outside the purpose
    #    clause that no list explains (a function word, a vague or abstract term, a verb,
    #    a time, a number) is taken to name something concrete: "blood-pressure
    #    tablets", "staging cluster", "小程序", "склад".
    cutoff = f.purpose.start if f.purpose is not None else len(text)
    known = [span for name in _NOT_CONTENT if name in terms for span in terms[name]]
    if counts:  # what a counted absolute counts is what the goal is about
        known = [span for span in known if span not in counts]
    known += [(q.start, q.end) for q in f.quantities]
    known += [(c.hit.start, c.hit.end) for c in f.changes]
    known.sort()
    f.content = _content(text, work, cutoff, known, lex)
    state = [(s, e) for s, e in visible("states") if s < cutoff]
    if not state and lex.state_suffixes:
        state = _state_words(work, cutoff, lex.state_suffixes)
    if state and lex.stop_pattern is not None:  # Chinese: after its object, or marked 已
        state = [
            (s, e)
            for s, e in state
            if text.startswith("已", s)
            or (
                any(c.end <= s for c in f.content)
                and (
                    _ZH_STATE_END.match(work.replace(MASK, " "), e)
                    # a capability after its subject: "会员可以…兑换", "Agent 能…延续"
                    or text.startswith(_ZH_CAN, s)
                )
            )
        ]
    if state:
        f.state = evidence("done_state", state[0][0], state[0][1], text[state[0][0] : state[0][1]])
    return f


_NOT_CONTENT = (
    "vague_time",
    "recurrence",
    "vague_verbs",
    "abstract_objects",
    "activity_verbs",
    "outcome_verbs",
    "absolutes",
    "no_budget",
    "vague_quantifiers",
    "vague_comparatives",
    "team_names",
    "vague_purposes",
    "change_verbs",
    "states",
)
_WORD = regex_cache.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
_CJK_RUN = regex_cache.compile(r"[\u3400-\u9fff]+")
# A Chinese done-state is written after its object ("帮助中心上线", "报告已发布"): the
# same verb before its object is a task ("发布新闻稿").
_ZH_STATE_END = regex_cache.compile(r"\s*(?:[，,。；;！!]|$)")
_LATIN = regex_cache.compile(r"[a-z][a-z0-9+/&.-]*[a-z0-9+]|[a-z]{2,}")


_LONG_WORD = regex_cache.compile(r"\w{6,}")


def _state_words(
    work: str, cutoff: int, suffixes: tuple[tuple[str, int], ...]
) -> list[tuple[int, int]]:
    """The first word before ``cutoff`` with a finished state's ending (Russian short
    participles: "опубликован", "переведены"), at least as long as the ending asks."""
    ends = tuple(end for end, _ in suffixes)
    for m in _LONG_WORD.finditer(work, 0, cutoff):
        word = m.group()
        if word.endswith(ends) and any(
            len(word) >= size and word.endswith(end) for end, size in suffixes
        ):
            return [m.span()]
    return []


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted spans joined where they overlap or touch: the starts and ends of the runs of
    text they cover."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in spans:
        if ends and s <= ends[-1]:
            if e > ends[-1]:
                ends[-1] = e
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


_ZH_CAN = ("可以", "能够", "能")
_VAGUE_IN_PURPOSE = ("vague_quantifiers", "vague_comparatives", "vague_purposes")
_RESULT_IN_PURPOSE = ("metrics", "business_terms", "deliverables", "others", "others_measures")


def _only_a_comparison(
    terms: dict[str, list[tuple[int, int]]],
    marker: tuple[int, int],
    end: int,
    low: str,
    lex: Lexicon,
    has_digit: bool,
) -> bool:
    """A purpose that only says how the speaker will be or feel ("so I'm nicer to be
    around", "чтобы со мной было приятнее общаться", "让自己心态平和一些"): about themselves,
    a vague comparison in it, and no number, metric, business result, deliverable or
    people outside the team it names."""
    start = marker[1]
    if has_digit and _HAS_DIGIT.search(low, start, end):
        return False

    def inside(names: tuple[str, ...]) -> bool:
        return any(marker[0] <= s < end for name in names for s, _ in terms.get(name, ()))

    return (
        inside(_VAGUE_IN_PURPOSE)
        and not inside(_RESULT_IN_PURPOSE)
        and lex.self_reference.get().search(low[start:end]) is not None
    )


def _content(
    text: str, work: str, cutoff: int, known: list[tuple[int, int]], lex: Lexicon
) -> list[Evidence]:
    """Words (or Chinese runs) before ``cutoff`` that nothing else explains."""
    core = work[:cutoff]
    found: list[Evidence] = []
    if lex.stop_pattern is None:  # words with spaces between them
        stop = lex.stopwords
        starts, ends = _merged(known)
        for m in _WORD.finditer(core):
            word = m.group()
            if word in stop or word.replace("’", "'") in stop:
                continue  # a function word
            s, e = m.span()
            # Explained when known spans cover every letter of it ("brand awareness");
            # "ИТ-директоров" is not explained by the team name "ИТ" alone.
            i = bisect_right(starts, s) - 1
            if i < 0 or ends[i] < e:
                found.append(evidence("object", s, e, text[s:e]))
        return found
    spans = [(s, min(e, cutoff)) for s, e in known if s < cutoff]
    spans += [m.span() for m in lex.stop_pattern.get().finditer(core)]
    spans.sort()
    pieces: list[str] = []
    done = 0  # the text before ``done`` is in ``pieces``, explained parts as spaces
    for s, e in spans:
        if e <= done:
            continue
        if s > done:
            pieces.append(core[done:s])
            done = s
        pieces.append(" " * (e - done))
        done = e
    pieces.append(core[done:])
    visible = "".join(pieces)
    for pattern in (_CJK_RUN, _LATIN):
        for m in pattern.finditer(visible):
            found.append(evidence("object", m.start(), m.end(), text[m.start() : m.end()]))
    found.sort(key=lambda hit: hit.start)
    return found


_UNREAD = Period(dt.date.min)
_RESOLVED: dict[tuple[re.Pattern[str], str, Reading], Period | None] = {}
_RESOLVED_LIMIT = 20_000


def _time_expressions(
    work: str, plan: Plan, lex: Lexicon, reading: Reading
) -> tuple[list[tuple[int, int, str, Period]], str]:
    """Every time expression, most specific pattern first (each span is read once), and
    the text with them masked."""
    periods: list[tuple[int, int, str, Period]] = []
    cache = _RESOLVED
    for pattern, kind in plan.time:
        for m in pattern.finditer(work):
            s, e = m.span()
            said = m.group(0)
            if e == s or MASK in said:
                continue
            # The same expressions recur across a file ("by 31 March 2027"): read once.
            key = (pattern, said, reading)
            period = cache.get(key, _UNREAD)
            if period is _UNREAD:
                if len(cache) >= _RESOLVED_LIMIT:
                    cache.clear()
                period = cache[key] = resolve(kind, m, lex, reading)
            if period is None:
                continue
            periods.append((s, e, kind, period))
            work = _mask(work, s, e)
    return periods, work


def periods_in(text: str, lex: Lexicon, reading: Reading) -> Findings:
    """Only the time expressions of ``text`` (a heading or a parent goal above a goal):
    its deadlines, their windows and the years they state."""
    f = Findings(text=text)
    low = lower_text(text)
    plan = lex.plan(lex.scan(low)[1])
    periods, work = _time_expressions(low, plan, lex, reading)
    purpose = lex.purpose.search(work)
    if purpose and periods:  # a date in the purpose dates the result it serves, not this
        periods = [p for p in periods if p[0] < purpose.start()]
    if not periods and (bare := _bare_month(low, lex, reading)) is not None:
        periods = [bare]
    if periods:
        _read_periods(f, text, low, periods, lex, reading.today)
    return f


def _bare_month(text: str, lex: Lexicon, reading: Reading) -> tuple[int, int, str, Period] | None:
    """A month named on its own at the end or in brackets ("## Milestone 2 (March)",
    "3D planner live (June)"): a period, though a bare month name elsewhere ("may") is too
    ambiguous to read."""
    bare = lex.bare_month.get().search(text)
    period = resolve("month", bare, lex, reading) if bare else None
    if bare is None or period is None:
        return None
    return bare.start("month"), bare.end("month"), "month", period


def _read_periods(
    f: Findings,
    text: str,
    low: str,
    periods: list[tuple[int, int, str, Period]],
    lex: Lexicon,
    today: dt.date,
) -> None:
    """Deadlines in text order; the windows they give are worked out when asked for."""
    periods.sort(key=lambda p: p[0])
    for s, e, kind, period in periods:
        ts, te = _trim(text, s, e)
        f.deadlines.append(evidence(kind, ts, te, text[ts:te], period.end.isoformat()))
        f.end_dates.append(period.end)
        if period.year is not None:
            f.years.append(period.year)
    f.pending_windows = (low, periods, lex, today)


def _windows(
    low: str, periods: list[tuple[int, int, str, Period]], lex: Lexicon, today: dt.date
) -> list[int]:
    """Each deadline's window, in text order. Two joined as a range ("from January to
    June 2027") give one window from the first to the last."""
    windows = [window_days(p, _is_deadline(low, s, e, lex), today) for s, e, _, p in periods]
    joiner = lex.range_join.get()
    for i in range(len(periods) - 1):
        (_, e1, _, first), (s2, _, _, second) = periods[i], periods[i + 1]
        if joiner.fullmatch(low, e1, s2):
            begin = first.start or first.end
            windows[i] = windows[i + 1] = max((second.end - begin).days + 1, 1)
    return windows


def window_days(period: Period, deadline: bool, today: dt.date) -> int:
    """The window a period gives a goal: its own length, unless it is written as a
    deadline ("by the end of Q2"), which leaves the days from the reference date to it."""
    days = period.days
    if days is not None and not deadline:
        return days
    return max((period.end - today).days, 1)


def _is_deadline(low: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the expression at ``low[start:end]`` is written as a deadline ("by …",
    "… 前", "до …") rather than as the period the goal runs in ("in Q3", "next month")."""
    return bool(
        lex.deadline_lead.get().match(low, start, end)
        or lex.deadline_before.get().search(low[max(0, start - 30) : start])
        or lex.deadline_after.get().match(low, end)
    )


def _confidence_level(groups: dict[str, str | None], lex: Lexicon) -> float | None:
    """A stated confidence as a fraction: "7/10" 0.7, "60%" 0.6, "low" as the lexicon says."""
    if groups.get("value"):
        return float(str(groups["value"]).replace(",", ".")) / 10
    if groups.get("pct"):
        return float(str(groups["pct"])) / 100
    return lex.value_of(lex.confidence_words, groups.get("word") or "")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace, so evidence offsets match its text."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _everyone(
    f: Findings,
    low: str,
    text: str,
    people: list[tuple[int, int]],
    others: list[tuple[int, int]],
    lex: Lexicon,
) -> None:
    """Every one of the people outside the team, or of what they do, is an absolute: a
    100 % count a few words before them ("100% of orders") or "every"/"all" right before
    them ("every resident"; ``people`` are the spans of people, ``others`` also what
    they do). All of the organisation's own people is not ("train 100% of
    new staff"), nor are the people the team's own work reaches ("email all subscribers")."""
    insiders, all_of = lex.insiders.get(), lex.all_of.get()
    gap = lex.count_gap.get()
    for s, e in people:
        if insiders.search(low[s:e]) or any(a.start < e and s < a.end for a in f.absolutes):
            continue
        before = low[max(0, s - 40) : s]
        quantifier = all_of.search(before)
        if quantifier is None:
            continue
        said = quantifier.groupdict()
        # "确保每一位覆盖我们的分析师": every one of them, described by a clause, must act
        if said.get("clause") is not None or gap.match(said.get("gap") or ""):
            start = s - len(before) + quantifier.start()
            f.absolutes.append(evidence("absolute", start, e, text[start:e]))
    for q in f.quantities:
        if q.value != "100%" or any(a.start <= q.start < a.end for a in f.absolutes):
            continue
        for s, e in others:
            if s < q.end:
                continue
            if gap.match(low[q.end : s]) and not insiders.search(low[s:e]):
                f.absolutes.append(evidence("absolute", q.start, e, text[q.start : e]))
            break


def _fmt(value: float, raw: str) -> str:
    number = f"{value:g}" if value < 1e15 else f"{value:.3e}"
    return number + ("%" if is_percent(raw) else "")


def _find_changes(f: Findings, work: str, plan: Plan, lex: Lexicon) -> None:
    taken: list[tuple[int, int]] = []
    for pattern in plan.change_pair:
        for m in pattern.finditer(work):
            if _overlaps(taken, *m.span()):
                continue
            base_parts = parse_scaled(m.group("base"), lex)
            target_parts = parse_scaled(m.group("target"), lex)
            if base_parts is None or target_parts is None:
                continue
            # "from 1.6 to 2 billion": the baseline shares the target's scale word.
            base_scale = base_parts[1]
            if base_scale == 1 and target_parts[1] != 1 and target_parts[0] > 0:
                close = 0.1 <= base_parts[0] / target_parts[0] <= 10
                base_scale = target_parts[1] if close else 1.0
            base, target = base_parts[0] * base_scale, target_parts[0] * target_parts[1]
            if base <= 0 or target <= 0:
                continue
            factor = max(base, target) / min(base, target)
            hit = evidence(
                "change",
                m.start(),
                m.end(),
                f.text[m.start() : m.end()],
                f"{base:g} → {target:g} (×{factor:.2f})",
            )
            f.changes.append(Change(hit, factor, base, target, m.span("target")))
            taken.append(m.span())
    for pattern in plan.relative_change:
        for m in pattern.finditer(work):
            if _overlaps(taken, *m.span()):
                continue
            groups = m.groupdict()
            if groups.get("pct"):
                pct = float(str(groups["pct"]).replace(",", "."))
                factor = 1 + pct / 100
            else:
                factor = float(str(groups["factor"]).replace(",", "."))
            if factor <= 1:
                continue
            hit = evidence(
                "relative_change", m.start(), m.end(), f.text[m.start() : m.end()], f"×{factor:.2f}"
            )
            f.changes.append(Change(hit, factor))
            taken.append(m.span())
    factors = lex.multipliers[1]
    multipliers = plan.multipliers
    for m in multipliers.finditer(work) if multipliers is not None else ():
        if _overlaps(taken, *m.span()) or m.lastgroup is None:
            continue
        factor = factors[int(m.lastgroup[1:])]
        hit = evidence(
            "multiplier", m.start(), m.end(), f.text[m.start() : m.end()], f"×{factor:g}"
        )
        f.changes.append(Change(hit, factor))
        taken.append(m.span())
