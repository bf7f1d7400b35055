"""Engine-level behaviour: evidence offsets, severities, suppression, verdict policy."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefsmith.check import check_goals
from briefsmith.config import Config
from briefsmith.models import Criterion, Goal, Lang, Severity, Status, Verdict

TODAY = dt.date(2026, 11, 22)
SMART = (
    "Increase demo requests from the pricing page from 90 to 110 per month by 30 June 2027, "
    "to support the Q3 pipeline target."
)
VAGUE = "Improve our brand image."


def _assess(statement: str, config: Config | None = None, **kw: object):  # type: ignore[no-untyped-def]
    goal = Goal(id="g", statement=statement, **kw)
    return check_goals([goal], today=TODAY, config=config).goals[0]


def test_smart_goal_passes_everything() -> None:
    a = _assess(SMART)
    assert a.verdict is Verdict.SMART
    assert all(r.status is Status.PASS and r.severity is None for r in a.criteria.values())


def test_vague_goal_fails_with_rules_and_fixes() -> None:
    a = _assess(VAGUE)
    assert a.verdict is Verdict.NOT_SMART
    spec = a.criteria[Criterion.SPECIFIC]
    assert spec.status is Status.FAIL
    assert spec.rule == "specific.vague"
    assert spec.severity is Severity.ERROR
    assert spec.fix
    assert a.criteria[Criterion.TIME_BOUND].rule == "time_bound.no-deadline"


def test_a_team_name_that_also_names_a_measure_is_not_what_the_goal_is_about() -> None:
    """'sales' is a team here, as in the rubric's "work more closely with IT": vague."""
    spec = _assess("Work more closely with sales soon").criteria[Criterion.SPECIFIC]
    assert spec.rule == "specific.vague"


def test_evidence_offsets_point_at_the_text() -> None:
    for statement in (
        SMART,
        "在2027年3月31日前，将试用注册数从1,200提升到1,500，以支撑收入目标。",
        "Снизить CPL с 900 до 800 ₽ до 31 марта 2027 года, чтобы выполнить план.",
    ):
        a = _assess(statement)
        for result in a.criteria.values():
            for ev in result.evidence:
                if ev.source == "statement":
                    assert statement[ev.start : ev.end] == ev.text, (ev, statement)


def test_partial_is_a_warning_and_severity_is_configurable() -> None:
    a = _assess("Grow newsletter subscribers to 40,000 by the end of Q2 2027.")
    ach = a.criteria[Criterion.ACHIEVABLE]
    assert ach.status is Status.PARTIAL
    assert ach.severity is Severity.WARNING
    config = Config(severity={Criterion.TIME_BOUND: Severity.WARNING})
    tb = _assess(VAGUE, config).criteria[Criterion.TIME_BOUND]
    assert tb.status is Status.FAIL
    assert tb.severity is Severity.WARNING


def test_disabled_and_ignored_criteria_are_suppressed_and_do_not_block_smart() -> None:
    statement = SMART.replace(", to support the Q3 pipeline target", "")
    assert _assess(statement).verdict is Verdict.PARTIAL
    a = _assess(statement, Config(disable=[Criterion.RELEVANT]))
    assert a.criteria[Criterion.RELEVANT].suppressed
    assert a.verdict is Verdict.SMART
    b = _assess(statement, ignore=[Criterion.RELEVANT])
    assert b.criteria[Criterion.RELEVANT].suppressed
    assert b.verdict is Verdict.SMART


def test_parent_goal_makes_it_relevant_only_when_it_names_a_result() -> None:
    statement = "Run 3 webinars for partners in Q1 2027."
    assert (
        _assess(statement, parent_statement="Grow partner-sourced revenue to $2M in FY27")
        .criteria[Criterion.RELEVANT]
        .status
        is Status.PASS
    )
    assert (
        _assess(statement, parent_statement="Partner team").criteria[Criterion.RELEVANT].status
        is Status.PARTIAL
    )


def test_growth_thresholds_come_from_config() -> None:
    statement = "Grow trial sign-ups from 100 to 200 within 60 days."
    assert _assess(statement).criteria[Criterion.ACHIEVABLE].status is Status.PASS
    strict = Config.model_validate(
        {"thresholds": {"implausible_growth": [{"factor": 2, "within_days": 90}]}}
    )
    ach = _assess(statement, strict).criteria[Criterion.ACHIEVABLE]
    assert ach.rule == "achievable.implausible-growth"


def test_same_goal_gets_same_verdicts_in_three_languages() -> None:
    versions = [
        "Increase webinar sign-ups from 200 to 240 by 31 March 2027 to support the Q2 pipeline.",
        "在2027年3月31日前，将研讨会报名人数从200提升到240，以支撑第二季度的销售管道。",
        "Увеличить число регистраций на вебинары с 200 до 240 до 31 марта 2027 года, чтобы "
        "поддержать воронку второго квартала.",
    ]
    results = [_assess(v) for v in versions]
    assert [r.lang for r in results] == [Lang.EN, Lang.ZH, Lang.RU]
    statuses = [{c: r.criteria[c].status for c in Criterion} for r in results]
    assert statuses[0] == statuses[1] == statuses[2]


def test_lang_override() -> None:
    goal = Goal(id="g", statement="Increase MQLs by 10%")
    report = check_goals([goal], today=TODAY, lang=Lang.RU)
    assert report.goals[0].lang is Lang.RU


def test_as_of_resolves_relative_windows_unless_today_is_given() -> None:
    goal = Goal(
        id="g", statement="Double sign-ups from 50 to 100 next month.", as_of=dt.date(2027, 1, 10)
    )
    report = check_goals([goal])  # no today: the goal's as_of is the reference
    tb = report.goals[0].criteria[Criterion.TIME_BOUND]
    assert tb.evidence[0].value == "2027-02-28"
    report = check_goals([goal], today=TODAY)
    assert report.goals[0].criteria[Criterion.TIME_BOUND].evidence[0].value == "2026-12-31"


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_random_text_never_breaks_the_engine(text: str) -> None:
    if not text.strip():
        return
    a = _assess(text)
    assert set(a.criteria) == set(Criterion)
    assert a.rewrite
    for result in a.criteria.values():
        for ev in result.evidence:
            if ev.source == "statement":
                assert text[ev.start : ev.end] == ev.text


FRAGMENTS = st.sampled_from(
    [
        "Increase",
        "MQLs",
        "from",
        "400",
        "to",
        "520",
        "by",
        "31 March 2027",
        "next week",
        "double",
        "forever",
        "every market",
        "so that",
        "sales",
        "10万",
        "本季度",
        "从",
        "到",
        "提高",
        "с",
        "до",
        "к концу 2027 года",
        "чтобы",
        "в 10 раз",
        "$1,200",
        "0,8%",
        "Q3",
        "FY27",
        "owner: Anna",
        "confidence 8/10",
        "every Monday",
        ",",
        ".",
        "。",
        "—",
        "(",
        ")",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, min_size=1, max_size=20))
def test_goal_shaped_noise_never_breaks_the_engine(parts: list[str]) -> None:
    text = " ".join(parts)
    a = _assess(text)
    assert a.verdict in set(Verdict)
    # The rewrite never invents a number that is not in the goal.
    goal_numbers = set(re.findall(r"\d+", text))
    assert set(re.findall(r"\d+", a.rewrite)) <= goal_numbers | {"10"}  # "[x]/10"


def test_every_check_takes_its_catalog_status_and_the_configured_severity() -> None:
    """A miss is a table lookup: the catalog's status, the criterion's configured severity
    (one step lower for a partial)."""
    from briefsmith.rules.catalog import RULES, severity_of
    from briefsmith.rules.criteria import Verdicts

    config = Config.model_validate(
        {"severity": {"relevant": "warning", "measurable.no-target": "error"}}
    )
    verdicts = Verdicts(config)
    for rule in RULES:
        if rule.status is None or rule.criterion is None:  # outside the five criteria
            assert verdicts.severity(rule.id) is rule.severity
            continue
        result = verdicts.missed(rule.id, "why", [], "fix")
        assert result.status is rule.status
        if rule.id == "measurable.no-target":  # a rule's own key: exactly that severity
            assert result.severity is Severity.ERROR
            continue
        assert result.severity is severity_of(rule.status, config.severity_for(rule.criterion))
        assert (result.rule, result.message, result.fix, result.suppressed) == (
            rule.id,
            "why",
            "fix",
            False,
        )
    passed = verdicts.passed("fine", [])
    assert (passed.status, passed.rule, passed.severity, passed.fix) == (
        Status.PASS,
        None,
        None,
        None,
    )


def test_criteria_citing_the_same_evidence_get_their_own_lists() -> None:
    # Measurable and Achievable both cite the change; Time-bound and Achievable the date.
    a = _assess("Double demo requests from 100 to 200 next week.")
    measurable, achievable = a.criteria[Criterion.MEASURABLE], a.criteria[Criterion.ACHIEVABLE]
    assert measurable.evidence[0] in achievable.evidence
    lists = [id(result.evidence) for result in a.criteria.values()]
    assert len(set(lists)) == len(lists)


def test_russian_become_is_not_an_article() -> None:
    """ "стать" (become) is a vague verb; "статья" (an article) is a deliverable."""
    become = _assess("Стать лидером рынка")
    cited = [
        e.text for r in become.criteria.values() for e in r.evidence if e.kind == "deliverable"
    ]
    assert cited == []
    article = _assess("Опубликовать 4 статьи в блоге до 31 марта 2027 года")
    cited = {
        e.text for r in article.criteria.values() for e in r.evidence if e.kind == "deliverable"
    }
    assert "статьи" in cited


@pytest.mark.parametrize(
    "text",
    [
        "Become top-1 in the G2 marketing automation category by Q4 2027",
        "Войти в топ-1 рейтинга к концу 2027 года",
        "2027年底前进入行业前一名",
    ],
)
def test_first_place_is_an_absolute_but_a_top_n_is_a_target(text: str) -> None:
    assert _assess(text).criteria[Criterion.ACHIEVABLE].rule == "achievable.absolute"
    top = _assess(text.replace("1", "5").replace("前一名", "前五名"))
    assert top.criteria[Criterion.MEASURABLE].status is Status.PASS
    assert top.criteria[Criterion.ACHIEVABLE].rule != "achievable.absolute"


@pytest.mark.parametrize(
    "text",
    [
        "Collect 500 contacts at the trade show by 31 March 2027",
        "收集500个展会联系人，2027年3月31日前完成",
        "Собрать 500 контактов на выставке до 31 марта 2027 года",
    ],
)
def test_collecting_leads_is_an_outcome_not_an_own_activity(text: str) -> None:
    """How many contacts a stand collects is not in the team's control: with no baseline,
    confidence, owner or resources the target is unsupported, in every language."""
    assert _assess(text).criteria[Criterion.ACHIEVABLE].rule == "achievable.unsupported"


@pytest.mark.parametrize(
    ("parent", "names_result"),
    [
        ("Revenue growth", True),
        ("Customer retention", True),
        ("Q2 pipeline", True),
        ("Рост выручки", True),
        ("收入增长", True),
        ("Marketing × Sales", False),
        ("Маркетинг × Продажи", False),
        ("市场 × 销售", False),
        ("Brand awareness", False),
    ],
)
def test_a_heading_counts_when_it_names_a_result_not_only_teams(
    parent: str, names_result: bool
) -> None:
    from briefsmith.rules.criteria import parent_names_result
    from briefsmith.rules.lang import detect_lang
    from briefsmith.rules.lexicon import load_lexicon

    assert parent_names_result(parent, load_lexicon(detect_lang(parent))) is names_result


@pytest.mark.parametrize(
    "text",
    [
        "Grow MQLs from 400 to 520 by 31 March 2027 to support Q2 pipeline (confidence 3/10)",
        "Grow MQLs from 400 to 520 by 31 March 2027 to support Q2 pipeline, confidence: low",
        "2027年3月31日前将MQL从400提升到520，以支撑销售管道目标，三成把握",
        "Увеличить число MQL с 400 до 520 до 31 марта 2027 года, чтобы обеспечить воронку, "
        "уверенность 30%",
    ],
)
def test_a_low_stated_confidence_makes_achievable_partial(text: str) -> None:
    """The team itself doubts the target: a confidence is support only when it is not low."""
    achievable = _assess(text).criteria[Criterion.ACHIEVABLE]
    assert (achievable.status, achievable.rule) == (Status.PARTIAL, "achievable.low-confidence")
    assert [e.kind for e in achievable.evidence] == ["confidence"]


def test_the_confidence_threshold_is_configurable_and_fields_count() -> None:
    text = "Grow MQLs from 400 to 520 by 31 March 2027 to support Q2 pipeline"
    low = _assess(text, fields={"confidence": "4/10"}).criteria[Criterion.ACHIEVABLE]
    assert low.rule == "achievable.low-confidence"
    lenient = Config.model_validate({"thresholds": {"min_confidence": 0.4}})
    assert (
        _assess(text, lenient, fields={"confidence": "4/10"}).criteria[Criterion.ACHIEVABLE].status
        is Status.PASS
    )
    sure = _assess(text + ", confidence 8/10").criteria[Criterion.ACHIEVABLE]
    assert sure.status is Status.PASS


def test_rule_selection_suppresses_by_id_prefix_and_inline_ignore() -> None:
    """A miss whose rule is off is suppressed (and no longer counts for the verdict); a
    criterion none of whose rules is selected is off as a whole."""
    statement = "Raise NPS"  # S partial (no change) or vague, M no-target, T no-deadline …
    goal = Goal(id="g", statement=statement)
    plain = check_goals([goal], today=dt.date(2027, 1, 4)).goals[0]
    missed = {c: r.rule for c, r in plain.criteria.items() if r.status is not Status.PASS}
    assert missed[Criterion.TIME_BOUND] == "time_bound.no-deadline"

    only_time = Config.model_validate({"select": ["time_bound"]})
    judged = check_goals([goal], config=only_time).goals[0]
    on = [c for c, r in judged.criteria.items() if not r.suppressed]
    assert on == [Criterion.TIME_BOUND]

    by_id = Config.model_validate({"disable": ["time_bound.no-deadline"]})
    judged = check_goals([goal], config=by_id).goals[0]
    assert judged.criteria[Criterion.TIME_BOUND].suppressed
    assert not judged.criteria[Criterion.MEASURABLE].suppressed

    inline = goal.model_copy(update={"ignore": ["measurable.no-target", "time_bound"]})
    judged = check_goals([inline]).goals[0]
    assert judged.criteria[Criterion.TIME_BOUND].suppressed
    measurable = judged.criteria[Criterion.MEASURABLE]
    assert measurable.suppressed is (measurable.rule == "measurable.no-target")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Sales and marketing review the same pipeline numbers every Monday in 2027", Status.PASS),
        ("Продажи и маркетинг каждую неделю сверяют одни цифры воронки в 2027 году", Status.PASS),
        ("Improve marketing", Status.FAIL),
        ("Улучшить маркетинг", Status.FAIL),
    ],
)
def test_a_team_that_opens_the_goal_is_its_subject_not_a_vague_object(
    text: str, status: Status
) -> None:
    assert _assess(text).criteria[Criterion.SPECIFIC].status is status


@pytest.mark.parametrize("text", ["社群成为新用户的第一站", "完成第一步迁移"])
def test_chinese_first_as_an_ordinal_is_no_absolute(text: str) -> None:
    assert _assess(text).criteria[Criterion.ACHIEVABLE].rule != "achievable.absolute"


def test_a_current_value_is_a_baseline() -> None:
    goal = _assess("200k article views per 30 days by June 2027 (current is 125k)")
    achievable = goal.criteria[Criterion.ACHIEVABLE]
    assert achievable.status is Status.PASS
    assert [e.kind for e in achievable.evidence] == ["baseline"]
