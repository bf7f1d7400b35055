"""``briefsmith rules``: every check from the catalog, with severities after the config."""

from __future__ import annotations

from pathlib import Path

from briefsmith.rules.catalog import RULES

from .conftest import Invoke


def _severities(output: str) -> dict[str, str]:
    """Rule id -> severity column; the indented 'fix:' lines are skipped."""
    rows = [line.split() for line in output.splitlines() if line and not line.startswith(" ")]
    return {row[0]: row[1] for row in rows}


def test_lists_every_rule_with_its_default_severity(invoke: Invoke) -> None:
    result = invoke("rules", "check")
    assert result.exit_code == 0, result.output
    severities = _severities(result.stdout)
    assert list(severities) == [rule.id for rule in RULES]
    for rule in RULES:
        if rule.status is None:
            expected = rule.severity.value if rule.severity else "inherit"
        else:
            expected = "error" if rule.status.value == "fail" else "warning"
        assert severities[rule.id] == expected, rule.id
        assert rule.summary in result.stdout
        assert f"fix: {rule.help}" in result.stdout


def test_disabled_criteria_show_off(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "briefsmith.toml").write_text('disable = ["relevant"]\n', encoding="utf-8")
    severities = _severities(invoke("rules").stdout)
    for rule in RULES:
        if rule.group == "relevant":
            assert severities[rule.id] == "off", rule.id
        else:
            assert severities[rule.id] != "off", rule.id


def test_severity_table_is_applied(invoke: Invoke, tmp_path: Path) -> None:
    config = tmp_path / "team.toml"
    config.write_text('[severity]\ntime_bound = "warning"\n', encoding="utf-8")
    severities = _severities(invoke("rules", "--config", str(config)).stdout)
    assert severities["time_bound.no-deadline"] == "warning"
    assert severities["time_bound.vague-time"] == "warning"
    assert severities["time_bound.unbounded-recurrence"] == "suggestion"
    assert severities["specific.vague"] == "error"


def test_invalid_config_exits_2(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "briefsmith.toml").write_text('disable = ["punctual"]\n', encoding="utf-8")
    result = invoke("rules")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("briefsmith: error: ")
    assert "briefsmith.toml" in line
    assert "disable" in line


def test_lists_the_brief_checks(invoke: Invoke) -> None:
    from briefsmith.brief.catalog import rules as brief_rules

    result = invoke("rules", "brief")
    assert result.exit_code == 0, result.output
    severities = _severities(result.stdout)
    assert list(severities) == list(brief_rules())
    assert severities["brief.raci.one-accountable"] == "error"
    assert severities["brief.goal.smart"] == "inherit"


def test_lists_the_feedback_checks(invoke: Invoke) -> None:
    from briefsmith.feedback.verify import RULES as FEEDBACK_RULES

    result = invoke("rules", "feedback")
    assert result.exit_code == 0, result.output
    severities = _severities(result.stdout)
    assert list(severities) == list(FEEDBACK_RULES)
    assert severities["feedback.quote.verbatim"] == "error"
    assert "repaired by briefsmith" in result.stdout


def test_all_three_are_listed_alike_and_the_same_config_keys_apply(
    invoke: Invoke, tmp_path: Path
) -> None:
    from briefsmith.catalog import every_rule

    (tmp_path / "briefsmith.toml").write_text(
        'disable = ["brief.raci", "measurable.no-target"]\n'
        '[severity]\n"feedback.theme.nonempty" = "warning"\nsuppression = "error"\n'
        '"brief.kpi.owner" = "suggestion"\n',
        encoding="utf-8",
    )
    result = invoke("rules")
    assert result.exit_code == 0, result.output
    severities = _severities(result.stdout)
    assert list(severities) == [rule.id for rule in every_rule()]
    assert severities["measurable.no-target"] == "off"
    assert severities["measurable.no-quantity"] == "error"
    assert severities["brief.raci.one-accountable"] == "off"
    assert severities["brief.raci.responsible"] == "off"
    assert severities["brief.kpi.owner"] == "suggestion"
    assert severities["feedback.theme.nonempty"] == "warning"
    assert severities["suppression.unknown-rule"] == "error"  # a group outside the criteria
    # every rule has a fix line, whatever command it belongs to
    assert result.stdout.count("fix: ") == len(every_rule())


def test_unknown_rule_in_config_is_one_line(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "briefsmith.toml").write_text('[severity]\n"brief.nope" = "error"\n')
    result = invoke("rules")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "severity.brief.nope" in line and "unknown rule" in line


def test_unknown_rule_set_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("rules", "everything")
    assert result.exit_code == 2


def test_a_criterion_key_reaches_the_rules_that_judge_it_under_another_id(
    invoke: Invoke, tmp_path: Path
) -> None:
    """objective.no-key-results judges Measurable: `measurable` sets its severity too,
    while `objective` (its own prefix) wins over the criterion."""
    (tmp_path / "briefsmith.toml").write_text('[severity]\nmeasurable = "warning"\n')
    severities = _severities(invoke("rules", "check").stdout)
    assert severities["objective.no-key-results"] == "warning"
    assert severities["objective.too-few-key-results"] == "suggestion"  # a partial: a step lower
    assert severities["objective.no-period"] == "error"
    (tmp_path / "briefsmith.toml").write_text(
        '[severity]\nmeasurable = "warning"\nobjective = "error"\n'
    )
    severities = _severities(invoke("rules", "check").stdout)
    assert severities["objective.no-key-results"] == "error"
    assert severities["placeholder.unfilled"] == "warning"  # its catalog default
