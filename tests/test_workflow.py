"""The workflow recipes: the pre-commit hook (run with ``pre-commit try-repo``) and the
GitHub Action with the README's usage snippet (its command run on a directory)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BAD_GOAL = "Collect 40 new verified reviews on Capterra to lift trial sign-ups — owner: Sofia Marin"
"""Its only finding: time_bound.no-deadline (an error)."""


def yaml_blocks() -> list[Any]:
    return [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", README, re.DOTALL)]


def snippet(key: str) -> Any:
    return next(block for block in yaml_blocks() if isinstance(block, dict) and key in block)


def hooks() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
    return loaded


def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
        cwd=cwd, check=True, capture_output=True,
    )  # fmt: skip


# -- pre-commit ---------------------------------------------------------------------------


def test_the_readme_hook_config_names_the_hook_and_its_files_pattern_works() -> None:
    [repo] = snippet("repos")["repos"]
    [hook] = repo["hooks"]
    [defined] = hooks()
    assert hook["id"] == defined["id"] == "briefsmith"
    assert defined["types_or"] == ["markdown", "yaml", "json"]
    assert defined["language"] == "python"
    default = re.compile(defined["files"])
    for path in ("goals.md", "okrs/2027-q1.yaml", "team/Goals/q3.md", "objectives.json"):
        assert default.search(path), path
    for path in ("README.md", "docs/llm.md", "mkdocs.yml"):
        assert not default.search(path), path
    assert re.search(hook["files"], "goals/q3.md") and not re.search(hook["files"], "README.md")


@pytest.mark.slow
def test_pre_commit_try_repo_runs_the_hook(tmp_path: Path) -> None:
    """The hook end to end: pre-commit builds its environment from this repository (pip
    installs from the package registry, as for any user) and runs on a temporary repo."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: pre-commit try-repo needs one")
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml"],
        cwd=ROOT, capture_output=True, check=False,
    )  # fmt: skip
    assert tracked.returncode == 0, "commit .pre-commit-hooks.yaml: try-repo reads commits"
    repo = tmp_path / "repo"
    (repo / "goals").mkdir(parents=True)
    (repo / "goals" / "q1.md").write_text(f"- {BAD_GOAL}\n", encoding="utf-8")
    (repo / "goals" / "q2.md").write_text(
        "- Publish 8 partner webinars between March and May 2027 to grow enterprise "
        "pipeline — owner: Kim Lo\n",
        encoding="utf-8",
    )
    (repo / "README.md").write_text("# Not goals\n\nProse only.\n", encoding="utf-8")
    git("init", "-q", cwd=repo)
    git("add", ".", cwd=repo)
    git("commit", "-qm", "goals", cwd=repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "briefsmith", "--all-files",
         "--color", "never"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "briefsmith (SMART goals)" in out and "Failed" in out
    assert "goals/q1.md:1:1: error time_bound.no-deadline Time-bound:" in out
    assert "goals/q2.md" not in out  # SMART: no finding line
    assert "README.md" not in out  # not a goal file: the files pattern leaves it out
    assert "2 goals: 1 SMART, 1 partial, 0 not SMART · 1 error" in out


# -- GitHub Action ------------------------------------------------------------------------


def action() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    return loaded


def test_action_is_composite_and_inputs_never_reach_a_script_as_text() -> None:
    data = action()
    assert data["runs"]["using"] == "composite"
    declared = set(data["inputs"])
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    assert set(re.findall(r"inputs\.([\w-]+)", text)) <= declared
    for step in data["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step.get("name")  # only via env


def _step_for(fmt: str) -> dict[str, Any]:
    return next(
        step
        for step in action()["runs"]["steps"]
        if "run" in step and f"inputs.format == '{fmt}'" in step.get("if", "")
    )


def _expand(value: str, inputs: dict[str, str]) -> str:
    return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], value)


@pytest.mark.parametrize("fmt", ["github", "sarif"])
def test_readme_snippet_command_works_on_a_directory(tmp_path: Path, fmt: str) -> None:
    """The README's workflow, its inputs on top of the action's defaults, runs the step's
    command as the runner would (bash, inputs in the environment) on a goals/ folder."""
    workflow = snippet("jobs")
    [uses] = [
        s for s in workflow["jobs"]["briefsmith"]["steps"] if "briefsmith@" in s.get("uses", "")
    ]
    inputs = {name: str(spec.get("default", "")) for name, spec in action()["inputs"].items()}
    inputs.update({k: str(v) for k, v in uses["with"].items()})
    inputs["format"] = fmt
    assert inputs["paths"] == "goals/"
    (tmp_path / "goals" / "team").mkdir(parents=True)
    (tmp_path / "goals" / "q1.md").write_text(f"- {BAD_GOAL}\n", encoding="utf-8")
    (tmp_path / "goals" / "team" / "okrs.yaml").write_text(
        "- goal: Publish 8 partner webinars between March and May 2027 to grow enterprise "
        "pipeline\n  owner: Kim Lo\n",
        encoding="utf-8",
    )
    step = _step_for(fmt)
    env = {
        **os.environ,
        **{k: _expand(str(v), inputs) for k, v in step.get("env", {}).items()},
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    proc = subprocess.run(
        ["bash", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    if fmt == "github":
        assert proc.returncode == 1, proc.stderr  # --fail-on error: the step fails
        lines = proc.stdout.splitlines()
        assert lines[0] == (
            "::error file=goals/q1.md,line=1,title=time_bound.no-deadline::Time-bound: No "
            "deadline or time window. Fix: Add a date, month or quarter ('by 31 March 2027', "
            "'in Q2 2027', 'in 90 days')."
        )
        assert lines[-1] == "2 goals: 1 SMART, 1 partial, 0 not SMART · 1 error"
    else:
        assert proc.returncode == 0, proc.stderr  # --fail-on never: the upload decides
        import json

        sarif = json.loads((tmp_path / inputs["sarif-file"]).read_text(encoding="utf-8"))
        [result] = sarif["runs"][0]["results"]
        assert result["ruleId"] == "time_bound.no-deadline"
