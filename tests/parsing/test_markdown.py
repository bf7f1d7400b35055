"""Markdown goal files: list items become goals with parents, fields, suppressions, lines."""

from __future__ import annotations

import datetime as dt

from briefsmith.models.goal import Criterion, Goal, Lang
from briefsmith.parsing import load_goals

from .conftest import ExpectError

PLAN = """\
Notes from the planning offsite.

- Audit every landing page for load time

# FY27 Marketing

- Grow qualified pipeline to $4M in FY27
  - Increase MQLs from 900 to 1,200 per quarter
    - Launch 3 gated reports by Q2
  - Cut cost per lead by 15%

## Brand

1. Be the most loved brand in fintech
"""


def load(text: str, name: str = "plan.md") -> list[Goal]:
    return load_goals(name, text=text)


def by_statement(goals: list[Goal]) -> dict[str, Goal]:
    return {goal.statement: goal for goal in goals}


def test_list_items_are_goals_and_headings_are_context() -> None:
    goals = by_statement(load(PLAN))
    assert list(goals) == [
        "Audit every landing page for load time",
        "Grow qualified pipeline to $4M in FY27",
        "Increase MQLs from 900 to 1,200 per quarter",
        "Launch 3 gated reports by Q2",
        "Cut cost per lead by 15%",
        "Be the most loved brand in fintech",
    ]
    audit = goals["Audit every landing page for load time"]
    assert audit.parent_statement is None and audit.parent_id is None
    top = goals["Grow qualified pipeline to $4M in FY27"]
    assert top.parent_statement == "FY27 Marketing"
    assert top.parent_id is None
    assert goals["Be the most loved brand in fintech"].parent_statement == "Brand"


def test_nested_items_point_at_their_parent_goal() -> None:
    goals = by_statement(load(PLAN))
    top = goals["Grow qualified pipeline to $4M in FY27"]
    mqls = goals["Increase MQLs from 900 to 1,200 per quarter"]
    assert mqls.parent_id == top.id
    assert mqls.parent_statement == top.statement
    reports = goals["Launch 3 gated reports by Q2"]
    assert reports.parent_id == mqls.id
    assert goals["Cut cost per lead by 15%"].parent_id == top.id


def test_line_numbers() -> None:
    assert [goal.source.line for goal in load(PLAN)] == [3, 7, 8, 9, 10, 14]
    assert all(goal.source.path == "plan.md" for goal in load(PLAN))


def test_statement_drops_markdown_formatting() -> None:
    text = "- [ ] Publish **12** _case studies_ on [the blog](https://x.io/blog) by `2026-06-30`\n"
    [goal] = load(text)
    assert goal.statement == "Publish 12 case studies on the blog by 2026-06-30"


def test_checked_box_and_soft_wrapped_item() -> None:
    [goal] = load("* [x] Migrate the CRM to\n  the new tenant by March\n")
    assert goal.statement == "Migrate the CRM to the new tenant by March"


def test_inline_fields_on_the_goal_line() -> None:
    text = "- Publish 12 case studies by 15 Dec 2026 owner: Anna; due: 2026-12-15\n"
    [goal] = load(text)
    assert goal.statement == "Publish 12 case studies by 15 Dec 2026"
    assert goal.fields == {"owner": "Anna", "due": "2026-12-15"}


def test_fields_in_parentheses_and_after_dash() -> None:
    text = (
        "- Launch the partner portal (Owner: Ben, Budget: $40,000) in EMEA\n"
        "- Grow webinar signups to 500 a month — confidence: 6/10\n"
    )
    first, second = load(text)
    assert first.statement == "Launch the partner portal in EMEA"
    assert first.fields == {"owner": "Ben", "budget": "$40,000"}
    assert second.statement == "Grow webinar signups to 500 a month"
    assert second.fields == {"confidence": "6/10"}


def test_field_sub_bullets_belong_to_the_goal() -> None:
    text = """\
- Reduce onboarding time from 14 to 7 days
  - owner: Dana
  - confidence: 8/10; baseline: 14 days
  - id: onboarding
  - Automate account provisioning by Q3
"""
    goal, child = load(text)
    assert goal.id == "onboarding"
    assert goal.fields == {"owner": "Dana", "confidence": "8/10", "baseline": "14 days"}
    assert child.parent_id == "onboarding"


def test_chinese_fields_with_full_width_colon() -> None:
    text = (
        "- 将线索转化率从8%提高到12%，负责人：张伟；截止日期：2026-06-30\n"
        "  - 信心：7/10\n"
        "  - 预算: 5万元\n"
    )
    [goal] = load(text)
    assert goal.statement == "将线索转化率从8%提高到12%"
    assert goal.fields == {
        "owner": "张伟",
        "due": "2026-06-30",
        "confidence": "7/10",
        "budget": "5万元",
    }


def test_russian_fields() -> None:
    text = (
        "- Увеличить долю повторных покупок до 30% ответственный: Ольга, срок: 31.12.2026\n"
        "  - база: 22%\n  - уверенность: 6/10\n"
    )
    [goal] = load(text)
    assert goal.statement == "Увеличить долю повторных покупок до 30%"
    assert goal.fields == {
        "owner": "Ольга",
        "due": "31.12.2026",
        "baseline": "22%",
        "confidence": "6/10",
    }


def test_prose_colons_are_not_fields() -> None:
    text = (
        "- Aim: raise the demo-to-close ratio to 3:1 before the 10:30 standup\n"
        "- Move docs to https://docs.example.com/id:42 by 9:00 Monday\n"
        "- Target: 25% more trial signups by June\n"
    )
    goals = load(text)
    assert [g.statement for g in goals] == [
        "Aim: raise the demo-to-close ratio to 3:1 before the 10:30 standup",
        "Move docs to https://docs.example.com/id:42 by 9:00 Monday",
        "Target: 25% more trial signups by June",
    ]
    assert goals[0].fields == {}
    assert goals[2].fields == {}


def test_item_with_only_fields_at_top_level_is_a_goal() -> None:
    [goal] = load("- owner: Anna\n")
    assert goal.statement == "owner: Anna"


def test_front_matter_sets_as_of_and_lang() -> None:
    text = "---\ntitle: Q3 plan\nas_of: 2026-07-01\nlang: ru\n---\n- Снизить отток до 3%\n- Two\n"
    goals = load(text)
    assert all(g.as_of == dt.date(2026, 7, 1) and g.lang is Lang.RU for g in goals)
    assert goals[0].source.line == 6


def test_without_front_matter_lang_is_left_to_detection() -> None:
    [goal] = load("- Grow ARR by 20% in 2027\n")
    assert goal.lang is None and goal.as_of is None


def test_bad_front_matter_names_the_line(expect_error: ExpectError) -> None:
    expect_error("fm.md", text="---\nas_of: 2026-07-01\nlang: fr\n---\n- a\n", line=3, match="lang")
    expect_error("fm.md", text="---\nas_of: next week\n---\n- a\n", line=2, match="as_of")
    expect_error("fm.md", text="---\nas_of: [1\n---\n- a\n", line=2, match="invalid front matter")
    expect_error("fm.md", text="---\n- a list\n---\n- a\n", line=2, match="key: value")
    expect_error("fm.md", text="---\nas_of: 2026-01-01\n- a\n", line=1, match="never closed")


def test_suppression_on_the_same_line() -> None:
    [goal] = load(
        "- Be the go-to brand for SMB payroll <!-- briefsmith: ignore measurable, time_bound -->\n"
    )
    assert goal.ignore == [Criterion.MEASURABLE, Criterion.TIME_BOUND]
    assert goal.statement == "Be the go-to brand for SMB payroll"


def test_suppression_on_lines_before() -> None:
    text = """\
<!-- briefsmith: ignore time_bound -->
<!-- briefsmith: ignore achievable -->
- Keep uptime above 99.95%
- Next goal is not suppressed

<!-- briefsmith: ignore specific -->

- Blank line breaks the link
- Parent
  <!-- briefsmith: ignore relevant -->
  - Child goal
"""
    goals = by_statement(load(text))
    assert goals["Keep uptime above 99.95%"].ignore == [Criterion.ACHIEVABLE, Criterion.TIME_BOUND]
    assert goals["Next goal is not suppressed"].ignore == []
    assert goals["Blank line breaks the link"].ignore == []
    assert goals["Child goal"].ignore == [Criterion.RELEVANT]
    assert goals["Parent"].ignore == []


def test_suppression_all() -> None:
    [goal] = load("<!-- briefsmith: ignore all -->\n- Improve morale\n")
    assert goal.ignore == ["all"]


def test_rule_ids_and_prefixes() -> None:
    text = (
        "<!-- briefsmith: ignore measurable.no-target -->\n"
        "- Raise NPS <!-- briefsmith: ignore Time-Bound, achievable.unsupported -->\n"
    )
    [goal] = load(text)
    assert goal.ignore == ["time_bound", "measurable.no-target", "achievable.unsupported"]
    assert goal.notes == []


def test_unknown_names_are_a_warning_on_their_line_not_an_error() -> None:
    text = "- One\n- Two <!-- briefsmith: ignore timely -->\n"
    one, two = load(text)
    [note] = two.notes
    assert (note.rule, note.line) == ("suppression.unknown-rule", 2)
    assert "'timely'" in note.message and one.notes == []
    text = "- One\n\n<!-- briefsmith: ignore measurable speed -->\n- Two\n"
    one, two = load(text)
    [note] = two.notes
    assert note.line == 3 and "'speed'" in note.message
    assert two.ignore == ["measurable", "speed"]


def test_a_comment_that_is_not_an_ignore_still_names_the_line(expect_error: ExpectError) -> None:
    text = "- One\n- Two <!-- briefsmith: skip timely -->\n"
    expect_error("s.md", text=text, line=2, match="unknown briefsmith comment 'skip'")


def test_other_comments_are_ignored() -> None:
    [goal] = load(
        "<!-- TODO: confirm numbers -->\n- Reach 5,000 app installs by May <!-- draft -->\n"
    )
    assert goal.ignore == []
    assert goal.statement == "Reach 5,000 app installs by May"


def test_no_goals(expect_error: ExpectError) -> None:
    error = expect_error("prose.md", text="# Plan\n\nWe will grow a lot.\n", match="no goals found")
    assert "list items" in error.reason
    expect_error("fm.md", text="---\nas_of: 2026-01-01\n---\n", match="no goals found")


def test_deep_nesting_names_the_line(expect_error: ExpectError) -> None:
    lines = [("  " * depth) + f"- level {depth + 1}" for depth in range(18)]
    expect_error("deep.md", text="\n".join(lines), line=17, match="nested deeper than 16")


def test_sixteen_levels_are_fine() -> None:
    lines = [("  " * depth) + f"- level {depth + 1}" for depth in range(16)]
    goals = load("\n".join(lines))
    assert len(goals) == 16
    assert goals[-1].parent_statement == "level 15"


def test_duplicate_statements_get_suffixed_ids() -> None:
    first, second, third = load("- Ship it\n- Ship  it\n- Ship it\n")
    assert second.id == first.id + "-2"
    assert third.id == first.id + "-3"


def test_duplicate_explicit_ids(expect_error: ExpectError) -> None:
    text = "- Grow ARR id: arr\n- Cut churn\n- Grow NRR id: arr\n"
    expect_error("d.md", text=text, line=3, match="duplicate id 'arr' (first used by line 1)")
