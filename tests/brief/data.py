"""A complete brief that passes verification, and a request to draft one from.

Tests break the brief one rule at a time (``tests/brief/test_verify.py``) and render it
(``tests/render/test_brief.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2027, 1, 10)

GOOD: dict[str, Any] = {
    "title": "Spring webinars × Sales",
    "lang": "en",
    "background": "Marketing and sales counted leads differently last year.",
    "business_objective": "Grow qualified pipeline from mid-market accounts to support the "
    "FY27 new-business revenue target",
    "goals": [
        {
            "id": "sql",
            "statement": "Raise sales-qualified leads from webinars from 22 to 30 per month by "
            "31 May 2027 to support the FY27 new-business revenue target — owner: Dana Reyes",
            "fields": {"kpi": "Sales-qualified leads"},
        }
    ],
    "audience": "Operations leaders at mid-market logistics companies",
    "key_message": "See the savings before you commit",
    "campaign_start": "2027-03-01",
    "campaign_end": "2027-05-31",
    "budget": "$38,000",
    "deliverables": [
        {"name": "Webinar series", "due": "2027-05-19"},
        {"name": "Follow-up playbook", "due": "2027-02-26"},
    ],
    "channels": ["Email", "LinkedIn"],
    "milestones": [
        {"name": "Invitations out", "date": "2027-02-15"},
        {"name": "First webinar", "date": "2027-03-10"},
    ],
    "teams": [{"name": "Marketing"}, {"name": "Sales"}],
    "people": [
        {"name": "Dana Reyes", "team": "Marketing"},
        {"name": "Marcus Feld", "team": "Sales"},
    ],
    "raci": [
        {"deliverable": "Webinar series", "party": "Marketing", "role": "A"},
        {"deliverable": "Webinar series", "party": "Dana Reyes", "role": "R"},
        {"deliverable": "Webinar series", "party": "Sales", "role": "C"},
        {"deliverable": "Follow-up playbook", "party": "Sales", "role": "A"},
        {"deliverable": "Follow-up playbook", "party": "Marcus Feld", "role": "R"},
    ],
    "kpis": [
        {
            "name": "Sales-qualified leads",
            "definition": "Accepted by sales after a discovery call",
            "owner": "Marcus Feld",
            "baseline": "22 per month",
            "target": "30 per month",
            "data_source": "Salesforce pipeline dashboard",
            "review_cadence": "weekly",
        }
    ],
    "cadence": [
        {
            "name": "Pipeline sync",
            "frequency": "weekly",
            "attendees": ["Dana Reyes", "Sales"],
            "decisions": ["lead routing"],
        }
    ],
    "data_sharing": [{"data": "Webinar attendance", "from_team": "Marketing",
                      "location": "Salesforce", "frequency": "daily"}],
    "risks": [{"risk": "Low attendance", "mitigation": "Sales invites key accounts"}],
    "approvals": [{"approver": "Marcus Feld", "scope": "lead definition"}],
}  # fmt: skip

REQUEST: dict[str, Any] = {
    "title": "Spring webinars × Sales",
    "lang": "en",
    "teams": [{"name": "Marketing"}, {"name": "Sales"}],
    "objective": GOOD["business_objective"],
    "facts": {
        "campaign_start": "2027-03-01",
        "campaign_end": "2027-05-31",
        "budget": "$38,000",
        "baselines": {"SQLs per month": "22"},
        "people": GOOD["people"],
        "dates": {"first webinar": "2027-03-10"},
    },
    "notes": "One definition of a sales-qualified lead; one Salesforce dashboard.",
}
