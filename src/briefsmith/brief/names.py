"""Who is who in a brief: matching parties (teams, people) the way people write them.

"sales", "Sales " and "SALES" are the same team; a person counts for their team when a
meeting's attendees are checked. A ``[placeholder]`` stands for a party not yet named.
"""

from __future__ import annotations

from briefsmith.models.brief import CampaignBrief
from briefsmith.placeholders import is_placeholder


def key(name: str) -> str:
    return " ".join(name.split()).casefold()


class Parties:
    """The teams and people a brief lists, and which team each person is in."""

    def __init__(self, brief: CampaignBrief) -> None:
        self.teams = {key(team.name): team.name for team in brief.teams}
        self.people = {key(person.name): person.name for person in brief.people}
        self.team_of = {key(person.name): key(person.team) for person in brief.people}

    def known(self, name: str) -> bool:
        k = key(name)
        return k in self.teams or k in self.people or is_placeholder(name)

    def team_keys(self, attendee: str) -> set[str]:
        """The teams an attendee stands for: the team itself, or the person's team."""
        k = key(attendee)
        if k in self.teams:
            return {k}
        team = self.team_of.get(k)
        return {team} if team else set()
