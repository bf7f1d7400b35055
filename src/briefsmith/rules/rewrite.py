"""The SMART rewrite scaffold: the goal's own words, with visible placeholders for the gaps.

Nothing is invented: a missing baseline becomes ``[baseline]``, a missing date ``[date]``.
What the goal already says (its deadline, its purpose, its numbers) is kept. Scaffold
wording lives in each language's lexicon (``[rewrite]``), so a Chinese goal gets a Chinese
scaffold.
"""

from __future__ import annotations

import re

from briefsmith import regex_cache
from briefsmith.models.goal import Criterion, Lang
from briefsmith.models.report import CriterionResult, Status
from briefsmith.rules.extract import Findings
from briefsmith.rules.lexicon import Lexicon

_END = " .。!！;；,，"
# A preposition right before a deadline ("by", "in the end of", "до", "к концу") is kept.
_LEAD_IN = regex_cache.compile(
    r"(?:\b(?:by|in|before|until|till|during|within|over|through|at)\s+(?:the\s+)?"
    r"(?:end\s+of\s+(?:the\s+)?)?|(?:до\s+конца|к\s+концу|в\s+течение|до|к|в|во|на|за|с)\s+"
    r"|在|于|到)$",
    re.IGNORECASE,
)


def scaffold(
    f: Findings, judged: dict[Criterion, CriterionResult], lex: Lexicon, due: str | None = None
) -> str:
    """The rewrite; ``due`` is the goal's ``due:`` field, kept when the text has no date."""
    spec = judged[Criterion.SPECIFIC]
    stop = "。" if lex.lang is Lang.ZH else "."
    vague = f.term("vague_verbs") or f.term("vague_quantifiers")
    if not _is_activity(f) and (
        spec.status is Status.FAIL or (spec.status is Status.PARTIAL and vague)
    ):
        return _template(f, judged, lex, due) + stop
    return _amend(f, judged, lex).rstrip(_END) + stop


def _is_activity(f: Findings) -> bool:
    """Goals about doing something (publish, launch) keep their shape; outcomes get a metric."""
    return bool(f.term("activity_verbs") and f.term("deliverables"))


def _template(
    f: Findings, judged: dict[Criterion, CriterionResult], lex: Lexicon, due: str | None
) -> str:
    """A full scaffold for a goal whose object is vague: keep its deadline and purpose."""
    t = lex.rewrite
    subject = f.text.strip(_END)
    if f.deadlines:
        deadline = _deadline_phrase(f, lex)
    elif due:
        deadline = t["deadline_wrap"].format(text=due)
    else:
        deadline = t["deadline_placeholder"]
    rel = judged[Criterion.RELEVANT]
    if f.purpose and not f.vague_purpose:
        purpose = t["purpose_keep"].format(purpose=f.purpose.text)
    elif rel.status is Status.PASS:  # relevant through its parent goal
        purpose = ""
    else:
        purpose = t["purpose"]
    return t["full"].format(object=subject, deadline=deadline, purpose=purpose)


def _deadline_phrase(f: Findings, lex: Lexicon) -> str:
    hit = f.deadlines[0]
    lead = _LEAD_IN.search(f.text[: hit.start])
    if lead:
        return f.text[lead.start() : hit.end].strip()
    return lex.rewrite["deadline_wrap"].format(text=hit.text)


def _amend(f: Findings, judged: dict[Criterion, CriterionResult], lex: Lexicon) -> str:
    """Keep the goal's words; replace what is wrong and append what is missing."""
    t = lex.rewrite
    spec, meas = judged[Criterion.SPECIFIC], judged[Criterion.MEASURABLE]
    ach, rel, tb = (
        judged[Criterion.ACHIEVABLE],
        judged[Criterion.RELEVANT],
        judged[Criterion.TIME_BOUND],
    )
    edits: list[tuple[int, int, str]] = []
    to_target = ""
    if ach.rule == "achievable.implausible-growth":
        change = next((c for c in f.changes if c.hit in ach.evidence), None)
        if (
            change is not None
            and change.target_span is None
            and "multiplier_verb" in t
            and (not f.text[: change.hit.start].strip())
        ):
            # "Triple sign-ups next week" → "Increase sign-ups next week to [realistic target]"
            edits.append((change.hit.start, change.hit.end, t["multiplier_verb"]))
            to_target = t["to_target"]
        elif change is not None:
            start, end = change.target_span or (change.hit.start, change.hit.end)
            edits.append((start, end, t["realistic_target"]))
    if ach.rule == "achievable.absolute":
        edits += [(h.start, h.end, t["bounded_scope"]) for h in f.absolutes[:1]]
    if spec.rule == "specific.abstract-metric":
        first = f.term("abstract_objects")[0]
        edits.append((first.start, first.end, t["abstract_metric"].format(object=first.text)))
    replaced_time = False
    if tb.status is not Status.PASS and f.vague_time:
        edits.append((f.vague_time[0].start, f.vague_time[0].end, t["deadline_placeholder"]))
        replaced_time = True
    if rel.status is Status.PARTIAL and f.purpose:
        edits.append((f.purpose.start, f.purpose.end, t["purpose"].lstrip(" ,，")))

    # Additions go before the purpose clause, so "to <result>" stays last.
    cut = f.purpose.start if f.purpose else len(f.text)
    head, tail = f.text[:cut], f.text[cut:]
    head_edits = [e for e in edits if e[1] <= cut]
    tail_edits = [(s - cut, e - cut, new) for s, e, new in edits if s >= cut]
    head = _apply(head, head_edits).rstrip(_END) + to_target
    tail = _apply(tail, tail_edits).strip(_END)

    if meas.status is not Status.PASS and not (tb.status is not Status.PASS and _is_activity(f)):
        head += t["measure_activity"] if _is_activity(f) else t["measure"]
    if tb.status is Status.PARTIAL:
        head += t["bounded_period"]
    elif tb.status is Status.FAIL and not replaced_time:
        head = t["deadline_prefix"] + head if "deadline_prefix" in t else head + t["deadline"]
    if ach.rule in {"achievable.unsupported", "achievable.nothing-to-judge"}:
        head += t["support"]
    if tail:
        return head + t["join"] + tail
    if rel.status is not Status.PASS:
        head += t["purpose"]
    return head


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    if not edits:
        return text
    kept: list[tuple[int, int, str]] = []
    for edit in sorted(edits):
        if not kept or edit[0] >= kept[-1][1]:
            kept.append(edit)
    for start, end, new in reversed(kept):
        text = text[:start] + new + text[end:]
    return text
