"""Flattened tables of the year's targets and how they went.

Pages often carry a table whose header names a column of targets and a column of progress
(``指标名称 | 预期增长(%) | 上半年完成(%)``; ``序号 | 重点工作 | 责任单位 | 进展情况``), copied
one cell a line. Read as prose, every figure in it looks alike; read as a table, the first
column holds targets and the second actuals (rule 55 of docs/annotation.md). A unit the header
gives (``(%)``) is the unit of the bare numbers below it.

Two layouts: rows separated by a line of pipes (``|``), or no separator at all, where each
row must open with its number (1, or ``1.地区生产总值`` under a header without 序号) for the
cells to be counted off row by row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.reference import normalize_name

_TARGET_COLUMN = re.compile(
    r"(?:年度)?(?:预期|计划)?目标(?:值|任务)?|预期(?:增长|增速|值)?|年度计划|计划(?:数|值)?|"
    r"重点工作(?:任务)?|主要(?:工作)?任务|工作任务|(?:主要)?工作内容|(?:主要)?目标任务")
_PROGRESS_COLUMN = re.compile(r"[^\d]{0,6}?(?:完成(?:情况|值|数|进度)?|进展情况|推进情况|实际完成)")
_HEADER_UNIT = re.compile(r"[（(](?P<unit>%|‰|万元|亿元|元|万人|人|个|家|项|亩|万亩|公里|吨|万吨)[）)]$")
_CELL_CHARS = re.compile(r"[\s|]")
_ROW_NUMBER = re.compile(r"\s*\d{1,3}(?:[.、．]|\s*\|?\s*$)")
_NUMBERED_LABEL = re.compile(r"\s*\d{1,3}[.、．]")
_NUMBER_ONLY = re.compile(r"\s*\d{1,3}\s*\|?\s*")
_SECTION_ROW = re.compile(r"\s*[一二三四五六七八九十]+、")
_MAX_HEADER_CELLS = 8


@dataclass(frozen=True)
class Cell:
    """What a line of a table holds: a ``target`` or an ``actual``, and the unit its column's
    header gives, if any."""

    role: str
    unit: str | None = None
    header: str = ""  # the column's name (预期增长)
    label: str = ""  # the row's first cell, its number cut (地区生产总值)


def table_cells(text: str) -> dict[int, Cell]:
    """Line number (0-based, in ``text``) → :class:`Cell`, for the cells of every such table."""
    lines = [normalize_name(line) if len(line) <= 24 else line for line in text.split("\n")]
    cells: dict[int, Cell] = {}
    i = 0
    while i < len(lines):
        header, j, piped = _header(lines, i)
        names = [_CELL_CHARS.sub("", lines[k]) for k in header]
        units = [(u.group("unit") if (u := _HEADER_UNIT.search(n)) else None) for n in names]
        bare = [_HEADER_UNIT.sub("", n) for n in names]
        target = next((n for n, c in enumerate(bare) if _TARGET_COLUMN.fullmatch(c)), None)
        progress = next((n for n, c in enumerate(bare) if _PROGRESS_COLUMN.fullmatch(c)), None)
        if len(header) < 3 or target is None or progress is None or progress < target:
            i = max(j, i + 1)
            continue
        rows, end = (_piped_rows if piped else _numbered_rows)(lines, j, len(header), bare[0] == "序号")
        for row in rows:  # (the last row may be cut short where the page ends)
            label = _row_label(lines, row, numbered=bare[0] == "序号")
            if target < len(row):
                cells[row[target]] = Cell("target", units[target], bare[target], label)
            if progress < len(row):
                cells[row[progress]] = Cell("actual", units[progress], bare[progress], label)
        i = max(end, j + 1)
    return cells


def _row_label(lines: list[str], row: list[int], numbered: bool) -> str:
    """What the row measures: its first cell (or its second, after a 序号), number cut."""
    at = 1 if numbered and len(row) > 1 else 0
    return re.sub(r"^\d{1,3}[.、．]?", "", _CELL_CHARS.sub("", lines[row[at]]))


def _header(lines: list[str], i: int) -> tuple[list[int], int, bool]:
    """The short lines from ``i`` on that may name columns, where they stop, and whether a
    line of pipes ended them (the rows are then separated so too)."""
    header: list[int] = []
    j = i
    while j < len(lines) and len(header) < _MAX_HEADER_CELLS:
        cell = _CELL_CHARS.sub("", lines[j])
        if not cell:
            if header and lines[j].strip():  # a line of pipes: the header row has ended
                return header, j, True
            j += 1
            continue
        if len(_HEADER_UNIT.sub("", cell)) > 8 or re.search(r"\d", cell):
            break
        header.append(j)
        j += 1
    return header, j, False


def _piped_rows(lines: list[str], j: int, width: int, _numbered: bool) -> tuple[list[list[int]], int]:
    """Rows between lines of pipes, each as wide as the header; the table ends at the first
    row that is not (a merged cell, or the page's end)."""
    rows: list[list[int]] = []
    row: list[int] = []
    k = j
    while k < len(lines):
        if _CELL_CHARS.sub("", lines[k]):
            row.append(k)
        elif lines[k].strip() and row:  # a separator: the row is complete
            if len(row) != width:
                break
            rows.append(row)
            row = []
        k += 1
    if row and len(row) <= width:
        rows.append(row)
    return rows, k


def _numbered_rows(lines: list[str], j: int, width: int, numbered: bool) -> tuple[list[list[int]], int]:
    """Cells counted off row by row while each row opens with its number; when the rows stop
    lining up (a merged cell), the row before took the next row's number into a cell, and
    goes too."""
    cells: list[int] = []
    k = j
    while k < len(lines):
        if _CELL_CHARS.sub("", lines[k]) and not (len(cells) % width == 0 and _SECTION_ROW.match(lines[k])):
            cells.append(k)  # (一、确保完成全年主要预期目标: a section's title across the table, no row)
            if len(cells) % width == 1 and not (_ROW_NUMBER if numbered else _NUMBERED_LABEL).match(lines[k]):
                last_row = cells[max(0, len(cells) - width):len(cells) - 1]
                misaligned = any(_NUMBER_ONLY.fullmatch(lines[c]) for c in last_row[1:])
                del cells[max(0, len(cells) - 1 - width) if misaligned else len(cells) - 1:]
                break
        k += 1
    return [cells[n:n + width] for n in range(0, len(cells), width)], k
