"""A translator's session in translate-toolkit, the library behind Virtaal and Pootle (run by
translate-toolkit.test.js with Debian's /usr/bin/python3 and python3-translate).

Opens an XLIFF file with translate.storage.factory, reports how the tool sees some units, does
what a translator does in the tool, and saves the file the way the tool saves it.

usage: python3 translate-toolkit-session.py FILE SESSION_JSON
SESSION_JSON: {"report": [id, ...], "translate": {id: text, ...}, "confirm": [id, ...]}
  translate: set the unit's translation (as typed in the editor); confirm: untick "fuzzy"
  (markfuzzy(False), what Virtaal does when a translator accepts a segment).
Prints {"before": {id: unit}, "after": {id: unit}}, unit = {target, fuzzy, workflow, state, approved}.
"""

import json
import sys

from translate.storage import factory
from translate.storage.workflow import StateEnum

# translate-toolkit's own workflow buckets (translate/storage/workflow.py), highest first.
WORKFLOW = [
    (StateEnum.FINAL, "final"),
    (StateEnum.UNREVIEWED, "translated, not reviewed"),
    (StateEnum.NEEDS_REVIEW, "needs review"),
    (StateEnum.NEEDS_WORK, "needs work"),
    (StateEnum.EMPTY, "empty"),
]


def describe(unit):
    n = unit.get_state_n()
    target = unit.xmlelement.find(unit.namespaced("target"))
    return {
        "target": unit.target,
        "fuzzy": unit.isfuzzy(),
        "workflow": next(name for low, name in WORKFLOW if n >= low),
        "state": None if target is None else target.get("state"),
        "approved": unit.xmlelement.get("approved"),
    }


def main(path, session):
    store = factory.getobject(path)
    units = {unit.xmlelement.get("id"): unit for unit in store.units}
    wanted = session.get("report", [])
    missing = [i for i in wanted + list(session.get("translate", {})) + session.get("confirm", []) if i not in units]
    if missing:
        sys.exit(f"{path}: no trans-unit with id {', '.join(missing)}")
    before = {i: describe(units[i]) for i in wanted}
    for unit_id, text in session.get("translate", {}).items():
        units[unit_id].target = text
    for unit_id in session.get("confirm", []):
        units[unit_id].markfuzzy(False)
    store.save()
    after = {i: describe(units[i]) for i in wanted}
    print(json.dumps({"before": before, "after": after}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], json.loads(sys.argv[2]))
