"""A brief's verification as JUnit XML: one test case per check, so CI lists what fails.

The suite is the request file; each rule of the catalog is a test case that fails when
it has a finding at or above ``fail_on`` (findings below it are kept as
``<system-out>``). A clean brief is a suite of passing checks — visible, not empty.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from briefsmith.brief.catalog import rules
from briefsmith.models.brief import BriefFinding, BriefResult
from briefsmith.render.common import fails, plural
from briefsmith.render.junit import clean_xml


def render(result: BriefResult, *, fail_on: str = "error") -> str:
    path = result.source or "brief"
    root = ET.Element("testsuites", name="briefsmith brief")
    suite = ET.SubElement(root, "testsuite", name=clean_xml(path))
    by_rule: dict[str, list[BriefFinding]] = {rule_id: [] for rule_id in rules()}
    for finding in result.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    failures = 0
    for rule_id, found in by_rule.items():
        rule = rules().get(rule_id)
        name = f"{rule_id}: {rule.summary}" if rule else rule_id
        case = ET.SubElement(suite, "testcase", classname=clean_xml(path), name=clean_xml(name))
        severe = [f for f in found if fails(f.severity, fail_on)]
        other = [f for f in found if not fails(f.severity, fail_on)]
        if severe:
            failures += 1
            failure = ET.SubElement(
                case,
                "failure",
                message=clean_xml(f"{plural(len(severe), 'finding')} in {path}"),
                type=severe[0].severity.value,
            )
            failure.text = clean_xml(_lines(severe, path))
        if other:
            ET.SubElement(case, "system-out").text = clean_xml(_lines(other, path))
    for element in (suite, root):
        element.set("tests", str(len(by_rule)))
        element.set("failures", str(failures))
        element.set("errors", "0")
        element.set("skipped", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _lines(findings: list[BriefFinding], path: str) -> str:
    out = []
    for finding in findings:
        at = f"{path}:{finding.line}" if finding.line else path
        out.append(f"{at}: {finding.severity.value}: {finding.where}: {finding.message}")
    return "\n".join(out)
