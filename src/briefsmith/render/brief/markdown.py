"""The brief as Markdown, from ``templates/brief.md.j2`` (a data file in the package).

Tables are laid out by the template; this module only prepares what a template should not
compute (the RACI matrix, who is in which team) and escapes cell text, so a ``|`` in a
team name cannot break a table.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from briefsmith.models.brief import BriefResult, CampaignBrief
from briefsmith.render.brief.common import labels, note, summary_line
from briefsmith.render.safe import printable


def cell(value: Any) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    text = "" if value is None else str(value)
    return " ".join(text.split()).replace("|", "\\|")


def oneline(value: Any) -> str:
    return " ".join(("" if value is None else str(value)).split())


def or_mark(value: Any, mark: str) -> str:
    """The value, or a visible placeholder when it is empty (a fact not given yet)."""
    text = "" if value is None else str(value)
    return text if text.strip() else mark


@cache
def _environment() -> Any:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    folder = files("briefsmith.render.brief").joinpath("templates")
    env = Environment(
        loader=FileSystemLoader(str(folder)),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(cell=cell, oneline=oneline, or_mark=or_mark)
    return env


def raci_matrix(brief: CampaignBrief) -> dict[str, Any]:
    """Parties as columns (teams first, in brief order), one row per deliverable."""
    parties: list[str] = []
    for name in [t.name for t in brief.teams] + [e.party for e in brief.raci]:
        if name not in parties and any(e.party == name for e in brief.raci):
            parties.append(name)
    deliverables = [d.name for d in brief.deliverables]
    deliverables += [e.deliverable for e in brief.raci if e.deliverable not in deliverables]
    rows = []
    for deliverable in deliverables:
        letters = []
        for party in parties:
            roles = [
                e.role.value
                for e in brief.raci
                if e.deliverable == deliverable and e.party == party
            ]
            letters.append("/".join(sorted(set(roles), key="RACI".index)) or "")
        if any(letters):
            rows.append((deliverable, letters))
    return {"parties": parties, "rows": rows}


def render(result: BriefResult) -> str:
    brief = result.brief
    teams_people: dict[str, list[str]] = {}
    for person in brief.people:
        label = f"{person.name} ({person.role})" if person.role else person.name
        teams_people.setdefault(person.team, []).append(label)
    text: str = (
        _environment()
        .get_template("brief.md.j2")
        .render(
            brief=brief,
            result=result,
            L=labels(brief.lang.value),
            note=note(result),
            raci=raci_matrix(brief),
            teams_people=teams_people,
            questions=[*result.open_questions, *brief.open_questions],
            findings=[(f, f.where) for f in result.findings],
            summary=summary_line(result),
        )
    )
    return printable(text.rstrip("\n") + "\n")
