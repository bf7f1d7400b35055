"""The SMART rewrite scaffold: the goal's own words, with visible placeholders for the gaps.

Nothing is invented: a missing baseline becomes ``[baseline]``, a missing date ``[date]``.
Scaffold wording lives in each language's lexicon (``[rewrite]``), so a Chinese goal gets
a Chinese scaffold.
"""

from __future__ import annotations

from briefsmith.models.goal import Criterion, Lang
from briefsmith.models.report import Status
from briefsmith.rules.criteria import Judgement
from briefsmith.rules.extract import Findings
from briefsmith.rules.lexicon import Lexicon

_END = " .。!！;；"


def scaffold(f: Findings, judged: dict[Criterion, Judgement], lex: Lexicon) -> str:
    t = lex.rewrite
    spec, meas = judged[Criterion.SPECIFIC], judged[Criterion.MEASURABLE]
    ach, rel, tb = (
        judged[c] for c in (Criterion.ACHIEVABLE, Criterion.RELEVANT, Criterion.TIME_BOUND)
    )
    stop = "。" if lex.lang is Lang.ZH else "."
    if spec.status is Status.FAIL:
        hits = f.term("abstract_objects") or f.term("vague_verbs")
        subject = hits[0].text if hits else f.text.strip(_END)
        return t["full"].format(object=subject) + stop

    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), applied right to left
    if ach.rule == "achievable.implausible-growth":
        change = next((c for c in f.changes if c.hit in ach.evidence), None)
        if change and change.target_span:
            edits.append((*change.target_span, t["realistic_target"]))
        elif change:
            edits.append((change.hit.start, change.hit.end, t["realistic_target"]))
    if ach.rule == "achievable.absolute":
        edits += [(h.start, h.end, t["bounded_scope"]) for h in f.absolutes]
    if spec.rule == "specific.abstract-metric":
        first = f.term("abstract_objects")[0]
        edits.append((first.start, first.end, t["abstract_metric"].format(object=first.text)))
    deadline_text = t.get("deadline", "").strip()
    replaced_time = False
    if tb.status is not Status.PASS and f.vague_time and deadline_text:
        edits += [(h.start, h.end, deadline_text) for h in f.vague_time[:1]]
        replaced_time = True
    text = f.text
    for start, end, new in sorted(_non_overlapping(edits), reverse=True):
        text = text[:start] + new + text[end:]
    text = text.strip(_END)

    purpose_at = f.purpose.start if f.purpose else None
    head, tail = (
        (text, "")
        if purpose_at is None or edits
        else (text[:purpose_at].rstrip(" ,，"), text[purpose_at:])
    )
    if meas.status is not Status.PASS:
        in_control = f.term("activity_verbs") and not f.term("outcome_verbs")
        head += t["measure_activity"] if in_control else t["measure"]
    if tb.status is Status.PARTIAL:
        head += t["bounded_period"]
    elif tb.status is Status.FAIL and not replaced_time:
        if "deadline_prefix" in t:
            head = t["deadline_prefix"] + head
        else:
            head += t["deadline"]
    text = head + ((" " if lex.lang is not Lang.ZH else "，") + tail if tail else "")
    if rel.status is not Status.PASS and not tail:
        text += t["purpose"]
    if ach.rule in {"achievable.unsupported", "achievable.nothing-to-judge"}:
        text += t["support"]
    return text.rstrip(_END) + stop


def _non_overlapping(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for edit in sorted(edits):
        if not kept or edit[0] >= kept[-1][1]:
            kept.append(edit)
    return kept
