"""Markdown goal files read as documents: OKR shapes, headings above goals, done and
placeholder items, HTML-wrapped goals (SMART-RUBRIC.md, "Reading a goal in its document")."""

from __future__ import annotations

from briefsmith.models.goal import Goal, GoalKind, GoalStatus
from briefsmith.parsing import load_goals

OKR = """\
---
period: FY27-Q1
---
# Growth OKRs

## Marketing

- **Objective:** Make self-serve the easiest way to buy
  - KR1: Raise trial-to-paid conversion from 3.1% to 4%
  - KR2: Cut time to first dashboard to under 10 minutes (65%)
  - [x] KR3: Publish the pricing FAQ
  - KR4: [N] new reviews on G2
- [Planning doc](https://example.com/plan)
- TBD

## Our reports are trusted

- Every weekly report reconciles with finance within 1%
- ~~Migrate the BI stack~~
- Two analytics dashboards are published and reviewed

## Release 2.0 (plan: June 2027)

- <div>Increase API uptime to 99.95%</div>

### Milestone 2 (March)

- Ship the audit log
- Improve onboarding
  - Cut time to first value from 5 days to 2 days
  - Raise week-1 retention from 40% to 48%
"""


def load(text: str) -> dict[str, Goal]:
    return {goal.statement: goal for goal in load_goals("okr.md", text=text)}


def test_labelled_objective_and_its_key_results() -> None:
    goals = load(OKR)
    objective = goals["Make self-serve the easiest way to buy"]
    assert objective.kind is GoalKind.OBJECTIVE
    assert objective.key_results == 4
    kr = goals["Raise trial-to-paid conversion from 3.1% to 4%"]
    assert kr.kind is GoalKind.KEY_RESULT
    assert kr.objective_id == objective.id == kr.parent_id


def test_done_progress_and_placeholder_items() -> None:
    goals = load(OKR)
    assert goals["Publish the pricing FAQ"].status is GoalStatus.DONE
    assert goals["Migrate the BI stack"].status is GoalStatus.DONE  # struck through
    progress = goals["Cut time to first dashboard to under 10 minutes"]
    assert progress.progress == 0.65 and progress.status is GoalStatus.OPEN
    assert goals["[N] new reviews on G2"].status is GoalStatus.PLACEHOLDER
    link = goals["Planning doc"]
    assert (link.status, link.status_reason) == (GoalStatus.PLACEHOLDER, "only a link")
    assert goals["TBD"].status is GoalStatus.PLACEHOLDER


def test_a_heading_written_as_a_desired_state_is_an_objective() -> None:
    goals = load(OKR)
    heading = goals["Our reports are trusted"]
    assert heading.kind is GoalKind.OBJECTIVE
    assert heading.source.line == 16
    assert heading.key_results == 3
    kr = goals["Every weekly report reconciles with finance within 1%"]
    assert kr.kind is GoalKind.KEY_RESULT and kr.parent_id == heading.id


def test_area_and_milestone_headings_are_context_not_goals() -> None:
    goals = load(OKR)
    assert "Marketing" not in goals and "Release 2.0 (plan: June 2027)" not in goals
    audit = goals["Ship the audit log"]
    assert audit.kind is GoalKind.GOAL
    assert [(a.text, a.line, a.source) for a in audit.ancestors] == [
        ("Milestone 2 (March)", 26, "heading"),
        ("Release 2.0 (plan: June 2027)", 22, "heading"),
        ("Growth OKRs", 4, "heading"),
        ("FY27-Q1", 2, "front_matter"),
    ]


def test_html_list_items_are_read() -> None:
    goals = load(OKR)
    assert goals["Increase API uptime to 99.95%"].source.line == 24


def test_an_unlabelled_item_with_no_number_over_numbered_items_is_an_objective() -> None:
    goals = load(OKR)
    assert goals["Improve onboarding"].kind is GoalKind.OBJECTIVE
    assert goals["Improve onboarding"].key_results == 2
    child = goals["Raise week-1 retention from 40% to 48%"]
    assert child.kind is GoalKind.KEY_RESULT
    assert child.ancestors[0].source == "goal"


def test_a_numbered_parent_stays_a_goal() -> None:
    goals = load("- Grow ARR from $18M to $23M by 2027\n  - Raise demo conversion to 3%\n")
    assert {g.kind for g in goals.values()} == {GoalKind.GOAL}


def test_under_an_okr_heading_an_item_over_items_is_an_objective() -> None:
    goals = load(
        "# Support OKRs\n\n"
        "1. Support: Make self-service the first stop\n"
        "   1. Publish 40 help articles by March 2027\n"
        "   1. Docs: Answer 80% of questions in the help centre\n"
        "      1. Tag every article by topic\n"
        "2. Ship the new status page by June 2027\n"
    )
    assert goals["Support: Make self-service the first stop"].kind is GoalKind.OBJECTIVE
    assert goals["Publish 40 help articles by March 2027"].kind is GoalKind.KEY_RESULT
    assert goals["Docs: Answer 80% of questions in the help centre"].kind is GoalKind.OBJECTIVE
    assert goals["Tag every article by topic"].kind is GoalKind.KEY_RESULT
    assert goals["Ship the new status page by June 2027"].kind is GoalKind.GOAL


def test_without_an_okr_heading_a_numbered_parent_stays_a_goal() -> None:
    goals = load(
        "# Plan\n\n- Grow ARR from $18M to $23M by 2027\n  - Raise demo conversion to 3%\n"
    )
    assert {g.kind for g in goals.values()} == {GoalKind.GOAL}


def test_sections_name_the_kind_of_their_items() -> None:
    text = """\
## Objective 1: Customers onboard themselves

### Key results

- Cut setup time from 3 days to 1 day

### Initiatives

- Rewrite the setup wizard
"""
    goals = load(text)
    objective = goals["Customers onboard themselves"]
    assert objective.kind is GoalKind.OBJECTIVE and objective.key_results == 1
    assert goals["Cut setup time from 3 days to 1 day"].kind is GoalKind.KEY_RESULT
    initiative = goals["Rewrite the setup wizard"]
    assert initiative.kind is GoalKind.INITIATIVE
    assert initiative.objective_id == objective.id


def test_details_summary_heads_the_items_inside() -> None:
    text = """\
### Q3 2027 objectives

<details>
<summary>Every ad ladders up to the new product</summary>

- Ship 12 ads that name the product by August

</details>

- Outside the details
"""
    goals = load(text)
    inside = goals["Ship 12 ads that name the product by August"]
    assert inside.ancestors[0].text == "Every ad ladders up to the new product"
    outside = goals["Outside the details"]
    assert outside.ancestors[0].text == "Q3 2027 objectives"


def test_chinese_and_russian_labels() -> None:
    goals = load(
        "- 目标：报表值得信赖\n  - 关键结果1：对账差异低于1%\n"
        "- Цель: клиенты довольны\n  - КР1: NPS с 30 до 40\n"
    )
    assert goals["报表值得信赖"].kind is GoalKind.OBJECTIVE
    assert goals["对账差异低于1%"].kind is GoalKind.KEY_RESULT
    assert goals["клиенты довольны"].kind is GoalKind.OBJECTIVE
    assert goals["NPS с 30 до 40"].kind is GoalKind.KEY_RESULT


def test_records_read_marks_too() -> None:
    goals = load_goals("g.txt", text="KR1: Cut churn to 4%\n[x] Publish the FAQ\nTBD\n")
    assert [(g.kind, g.status) for g in goals] == [
        (GoalKind.KEY_RESULT, GoalStatus.OPEN),
        (GoalKind.GOAL, GoalStatus.DONE),
        (GoalKind.GOAL, GoalStatus.PLACEHOLDER),
    ]


def test_desired_state_headings_in_an_okr_document_are_objectives() -> None:
    text = """\
# Platform team OKRs

## 2027 Q2

### Deploys are boring
- Every service deploys from the main branch
- Rollbacks take one command

### Notes
- Remember to book the offsite
"""
    goals = load(text)
    assert goals["Deploys are boring"].kind is GoalKind.OBJECTIVE
    assert goals["Rollbacks take one command"].kind is GoalKind.KEY_RESULT
    assert "Notes" not in goals  # a label for an area, not a statement
    assert goals["Remember to book the offsite"].kind is GoalKind.GOAL


def test_desired_state_headings_outside_okr_documents_need_key_result_shapes() -> None:
    goals = load("# Team wiki\n\n## Deploys are boring\n- Every service deploys from main\n")
    assert "Deploys are boring" not in goals


def test_a_heading_over_a_key_results_section_is_an_objective() -> None:
    text = """\
# Data platform

## Make every nightly load observable

Why: nobody notices a failed load until Monday.

### Key results
- Each load writes its row counts to the run log
- Failed loads page the on-call engineer

## Notes
### Key results
- Keep the notes short
"""
    goals = load(text)
    objective = goals["Make every nightly load observable"]
    assert objective.kind is GoalKind.OBJECTIVE
    assert objective.key_results == 2
    kr = goals["Failed loads page the on-call engineer"]
    assert kr.kind is GoalKind.KEY_RESULT
    assert kr.objective_id == objective.id
    assert "Notes" not in goals  # an area label over key results is still only a label


def test_labels_after_a_pictograph_and_before_a_bracket() -> None:
    text = """\
## 🎯 Objective 1 (reliable builds)

- KR1: 95% of builds finish green in 2027
- KR2: Median build time under 8 minutes in 2027
"""
    goals = load(text)
    objective = next(g for g in goals.values() if g.kind is GoalKind.OBJECTIVE)
    assert "Objective" not in objective.statement and "🎯" not in objective.statement
    assert goals["95% of builds finish green in 2027"].objective_id == objective.id


def test_a_numbered_goal_heading_over_its_measures_is_an_objective() -> None:
    text = """\
# Goals 2027

### Goal 1: A steady running habit

- [ ] Run 3 times a week for 10 weeks in a row
- [ ] 5 km under 28 minutes
"""
    goals = load(text)
    assert goals["A steady running habit"].kind is GoalKind.OBJECTIVE
    assert goals["5 km under 28 minutes"].kind is GoalKind.KEY_RESULT


def test_an_unfilled_numbered_template_label_is_a_placeholder() -> None:
    goals = load(
        "# Roadmap\n\n- [ ] Milestone 1\n- [ ] Этап 2\n- [ ] 阶段三\n- Ship v2 by May 2027\n"
    )
    for name in ("Milestone 1", "Этап 2", "阶段三"):
        assert goals[name].status is GoalStatus.PLACEHOLDER
    assert goals["Ship v2 by May 2027"].status is GoalStatus.OPEN


def test_a_title_heading_with_nothing_under_it_bounds_the_sections_after_it() -> None:
    text = """\
# Search team
## Objectives and key results — Q3 2027

Still a draft.

## Results load fast everywhere

### Key results
- Median search latency under 300 ms

## Queries find what people mean

### Key results
- Zero-result searches below 4%

## Team notes
## Q4 2027
- Hire two engineers
"""
    goals = load(text)
    for name in ("Median search latency under 300 ms", "Zero-result searches below 4%"):
        assert "Objectives and key results — Q3 2027" in [a.text for a in goals[name].ancestors]
    assert goals["Queries find what people mean"].kind is GoalKind.OBJECTIVE
    # a section with a heading or items of its own titles nothing after it
    assert "Team notes" not in [a.text for a in goals["Hire two engineers"].ancestors]


def test_labelled_tasks_serve_the_objective_above_plain_headings() -> None:
    text = """\
## Objective 1: The handbook is ready to print

### Work plan

#### Phase one
- [ ] **Task 1.1:** Draft the onboarding chapter
- [ ] **Task B:** Commission the cover illustration

#### Phase two
- Collect reviewer notes
"""
    goals = load(text)
    objective = goals["The handbook is ready to print"]
    for name in ("Draft the onboarding chapter", "Commission the cover illustration"):
        assert goals[name].kind is GoalKind.INITIATIVE
        assert goals[name].objective_id == objective.id
    # an unlabelled item belongs to the plain heading it sits under
    assert goals["Collect reviewer notes"].objective_id is None


def test_key_result_headings_under_an_objective_hold_their_tasks() -> None:
    text = """\
## O1: Releases are boring

### KR1.1: Every release ships from main
- [ ] Freeze the release branch workflow
- [ ] Document the rollback steps

### KR1.2: Zero hotfixes in Q3 2027
- [x] Add canary deploys
"""
    goals = load(text)
    objective = goals["Releases are boring"]
    kr = goals["Every release ships from main"]
    assert kr.kind is GoalKind.KEY_RESULT and kr.objective_id == objective.id
    assert objective.key_results == 2
    task = goals["Document the rollback steps"]
    assert task.kind is GoalKind.INITIATIVE
    assert task.parent_id == kr.id and task.objective_id == objective.id
    assert goals["Add canary deploys"].status is GoalStatus.DONE
    # outside an objective a key-result heading stays a heading over its items
    assert set(load("## KR1: Faster builds\n- Cache the dependencies\n")) == {
        "Cache the dependencies"
    }


def test_a_labelled_objective_line_and_a_lead_in_head_the_list_after_them() -> None:
    text = """\
Goals for Q3 2027:

O: Paid plans pay for themselves
- KR: 40 teams on a paid plan
- KR: Refunds under 2% of payments

Some prose that says nothing about the list.

- Tidy the pricing FAQ
"""
    goals = load(text)
    objective = goals["Paid plans pay for themselves"]
    assert objective.kind is GoalKind.OBJECTIVE
    kr = goals["40 teams on a paid plan"]
    assert kr.kind is GoalKind.KEY_RESULT and kr.objective_id == objective.id
    assert "Goals for Q3 2027" in [a.text for a in kr.ancestors]
    # prose heads nothing: the last item keeps only the lead-in above it
    assert [a.text for a in goals["Tidy the pricing FAQ"].ancestors] == ["Goals for Q3 2027"]


def test_a_struck_statement_with_a_note_after_it_is_done() -> None:
    goals = load(
        "- ~~Ride a bike once a week~~ didn't manage it\n"
        "- ~~500~~ 600 sign-ups by Q2 2027\n"
        "- ~~Cut churn~~ Cut churn to 2% by Q3 2027\n"
    )
    assert goals["Ride a bike once a week didn't manage it"].status is GoalStatus.DONE
    # a struck number or a word or two replaced by new text is a correction: still open
    assert goals["500 600 sign-ups by Q2 2027"].status is GoalStatus.OPEN
    assert goals["Cut churn Cut churn to 2% by Q3 2027"].status is GoalStatus.OPEN
