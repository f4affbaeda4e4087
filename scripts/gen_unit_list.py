"""Regenerate the controlled list of units in ontology/shapes/target.ttl from kg/numbers.py.

Run after adding a unit to the parser: ``python scripts/gen_unit_list.py``. A test checks that
the shapes accept every unit the parser can emit.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.numbers import UNITS, canonical_unit

SHAPE = Path(__file__).resolve().parents[1] / "ontology" / "shapes" / "target.ttl"


def main() -> None:
    units = sorted({canonical_unit(u) for u in UNITS})
    lines, line = [], ""
    for u in units:
        item = f'"{u}" '
        if len(line) + len(item) > 80:
            lines.append(line.rstrip())
            line = ""
        line += item
    lines.append(line.rstrip())
    body = "\n                          ".join(lines)
    text = SHAPE.read_text("utf-8")
    pattern = (r"(sh:path schema:unitText ; sh:minCount 1 ; sh:maxCount 1 ; "
               r"sh:datatype xsd:string ;\n\s+sh:in \( ).*?( \) ;)")
    new = re.sub(pattern, lambda m: m.group(1) + body + m.group(2), text, flags=re.S)
    SHAPE.write_text(new, "utf-8")
    print(f"{len(units)} units written to {SHAPE}")


if __name__ == "__main__":
    main()
