"""Regenerate the controlled list of units in ontology/shapes/target.ttl from kg/numbers.py.

The list is written as one anchored ``sh:pattern`` alternation rather than ``sh:in``: pyshacl
walks an ``sh:in`` RDF list for every value it checks, which made a 175-item list the
largest cost of validating a report; a regular expression is checked in one step.

Run after adding a unit to the parser: ``python scripts/gen_unit_list.py``. A test checks that
the shapes accept every unit the parser can emit.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.numbers import EMITTED_UNITS, canonical_unit

SHAPE = Path(__file__).resolve().parents[1] / "ontology" / "shapes" / "target.ttl"


def unit_pattern() -> str:
    """The anchored alternation of every unit the parser can emit, longest first."""
    units = sorted({canonical_unit(u) for u in EMITTED_UNITS}, key=lambda u: (-len(u), u))
    return "^(?:" + "|".join(re.escape(u) for u in units) + ")$"


def main() -> None:
    text = SHAPE.read_text("utf-8")
    literal = unit_pattern().replace("\\", "\\\\")
    pattern = (r"(sh:path schema:unitText ; sh:minCount 1 ; sh:maxCount 1 ; "
               r"sh:datatype xsd:string ;\n\s+)sh:(?:in \(.*?\)|pattern \".*?\") ;")
    new, n = re.subn(pattern, lambda m: m.group(1) + f'sh:pattern "{literal}" ;', text,
                     flags=re.S)
    assert n == 1, "unit constraint not found in the shape"
    SHAPE.write_text(new, "utf-8")
    print(f"unit pattern written to {SHAPE}")


if __name__ == "__main__":
    main()
