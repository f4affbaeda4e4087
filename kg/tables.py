"""Flattened tables of the year's targets and how they went.

Pages often carry a table whose header names a column of targets and a column of progress
(``指标名称 | 预期增长(%) | 上半年完成(%)``; ``序号 | 重点工作 | 责任单位 | 进展情况``), copied
one cell a line. Read as prose, every figure in it looks alike; read as a table, the first
column holds targets and the second actuals (rule 55 of docs/annotation.md). A unit the header
gives (``(%)``) is the unit of the bare numbers below it.

Three layouts: one cell a line, with rows separated by a line of pipes (``|``) or opened by
their numbers (1, or ``1.地区生产总值`` under a header without 序号); or one row a line, its
cells between pipes (``大类 | 序号 | 工作任务 | … | 落实进展情况 |``), where a row that lost merged
cells on its left is aligned on its right.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.reference import normalize_name

_YEAR = r"(?:19|20)\d{2}年度?"  # a column named by its year: 2022年计划
_PERIOD = r"\d{1,2}[-—–~至]\d{1,2}月(?:底|份)?"  # …or by the months so far: 1-6月底累计完成投资
_TARGET_COLUMN = re.compile(
    rf"(?:{_YEAR})?(?:年度|全年|年初|人代会|上半年|一季度|前三季度)?(?:预期|计划)?(?:投资)?目标(?:值|任务)?|"
    rf"预期(?:增长|增速|值)?|年度计划|(?:{_YEAR})?计划(?:数|值)?|"
    r"重点工作(?:任务)?|主要(?:工作)?任务|工作任务|(?:主要)?工作内容|(?:主要)?目标任务|工作事项")
# a programme's items named with their figures (实事项目名称: 新增4000张养老床位), when no column
# above names the targets
_ITEM_COLUMN = re.compile(r"(?:实事)?项目(?:名称|内容)")
_PROGRESS_COLUMN = re.compile(
    rf"(?:{_YEAR}|{_PERIOD})?[^\d]{{0,6}}?"
    r"(?:完成(?:情况|值|数|进度|投资)?|进展情况|推进情况|实际完成)"
    r"|(?:当前|目前|工程|项目)?进度")
_HEADER_UNIT = re.compile(r"[（(](?P<unit>%|‰|万元|亿元|元|万人|人|个|家|项|亩|万亩|公里|吨|万吨)[）)]$")
_CELL_CHARS = re.compile(r"[\s|]")
_ROW_NUMBER = re.compile(r"\s*\d{1,3}(?:[.、．]|\s*\|?\s*$)")
_NUMBERED_LABEL = re.compile(r"\s*\d{1,3}[.、．](?!\d)")  # (not 9.8%: a decimal)
_NUMBER_ONLY = re.compile(r"\s*\d{1,3}\s*\|?\s*")
_SECTION_ROW = re.compile(r"\s*[一二三四五六七八九十]+、")
_UNIT_COLUMN = re.compile(r"(?:计量)?单位")
_KIND_COLUMN = re.compile(r"(?:指标)?属性|指标类型")  # 预期性 or 约束性
_RATIO_COLUMN = re.compile(r"[^\d]{0,12}(?:比例|占比|完成率)")  # how far a target is met
_PERIOD_HEADER = re.compile(rf"^{_PERIOD}")
_YEAR_HEADER = re.compile(r"(?:19|20)\d{2}年度?[^\d]{1,6}")
_ROW_UNIT = re.compile(r"[^\d\s|]{1,8}")  # a unit written in a row's own cell (%, 亿元, 万元/人)
_MAX_HEADER_CELLS = 8


@dataclass(frozen=True)
class Cell:
    """What a line of a table holds: a ``target`` or an ``actual``, and the unit its column's
    header gives, if any."""

    role: str
    unit: str | None = None
    header: str = ""  # the column's name (预期增长)
    label: str = ""  # the row's first cell, its number cut (地区生产总值)
    expected: bool = False  # the row's 指标属性 says 预期性


@dataclass
class TableCells:
    """The cells of every such table in a text, by their character spans in it."""

    spans: list[tuple[int, int, Cell]] = field(default_factory=list)  # sorted by start

    def __bool__(self) -> bool:
        return bool(self.spans)

    def within(self, start: int, end: int) -> list[tuple[int, int, Cell]]:
        """The cells that lie inside [start, end)."""
        i = bisect.bisect_left(self.spans, start, key=lambda span: span[0])
        out = []
        while i < len(self.spans) and self.spans[i][1] <= end:
            out.append(self.spans[i])
            i += 1
        return out

    def at(self, offset: int) -> Cell | None:
        """The cell holding ``offset``, if any."""
        i = bisect.bisect_right(self.spans, offset, key=lambda span: span[0]) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i][2]
        return None


def table_cells(text: str) -> TableCells:
    """The cells of every table of targets and progress in ``text``, by span."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    spans = [(starts[k], starts[k + 1] - 1, c) for k, c in _line_cells(text).items()]
    spans += _inline_cells(text, starts)
    spans.sort(key=lambda span: span[0])
    return TableCells(spans)


def _line_cells(text: str) -> dict[int, Cell]:
    """Line number (0-based, in ``text``) → :class:`Cell`, for tables of one cell a line."""
    lines = [normalize_name(line) if len(line) <= 24 else line for line in text.split("\n")]
    cells: dict[int, Cell] = {}
    i = 0
    while i < len(lines):
        header, j, piped = _header(lines, i)
        names = [_CELL_CHARS.sub("", lines[k]) for k in header]
        if "序号" in names[1:]:  # (•字体:[] above it: the page's furniture, no column)
            header, names = header[names.index("序号"):], names[names.index("序号"):]
        units = [(u.group("unit") if (u := _HEADER_UNIT.search(n)) else None) for n in names]
        bare = [_HEADER_UNIT.sub("", n) for n in names]
        target = _target_column(bare)
        progress = next((n for n, c in enumerate(bare) if _PROGRESS_COLUMN.fullmatch(c)), None)
        if len(header) < 3 or target is None or (progress is not None and progress < target):
            i = max(j, i + 1)  # (a table of targets alone has no column of progress)
            continue
        numbered = bare[0] == "序号"
        unit_column = next((n for n, c in enumerate(bare) if _UNIT_COLUMN.fullmatch(c)), None)
        after_header = _CELL_CHARS.sub("", lines[j]) if j < len(lines) else ""
        if not numbered and not piped and progress is not None and (
                cut := _first_row_in_header(bare, progress)) is not None and (
                _UNIT_CELL.fullmatch(bare[-1]) or _VALUE_CELL.fullmatch(after_header)):
            # 指标 | 单位 | 全年目标 | 完成情况 | 地区生产总值 | %: the first row's short cells ran on
            j, header, bare, units = header[cut], header[:cut], bare[:cut], units[:cut]
            rows, end = _rows_by_label_cell(lines, j, len(header), unit_column, target)
        elif numbered and not piped:
            rows, end = _rows_by_number(lines, j, len(header), (target, progress))
        else:
            found, end = (_piped_rows if piped else _numbered_rows)(lines, j, len(header), numbered)
            rows = [dict(enumerate(row)) for row in found]
            if not piped and target > 0 and (labelled := _rows_by_label(lines, j, len(header), target - 1)) and (
                    len(labelled[0]) > len(rows)):
                rows, end = labelled  # 类别 merged over rows: each row read from its numbered label on
        ratios = [n for n, c in enumerate(bare) if n > target and n != progress and _RATIO_COLUMN.fullmatch(c)]
        kind_column = next((n for n, c in enumerate(bare) if _KIND_COLUMN.fullmatch(c)), None)
        for row in rows:  # (the last row may be cut short where the page ends)
            label = _row_label(lines, row, numbered=numbered)
            own_unit = _row_unit(lines, row.get(unit_column)) if unit_column is not None else None
            expected = kind_column in row and "预期" in lines[row[kind_column]]
            if target in row:
                cells[row[target]] = Cell("target", units[target] or own_unit, bare[target], label, expected)
            if progress is not None and progress in row:
                cells[row[progress]] = Cell("actual", units[progress] or own_unit, bare[progress], label)
            for n in ratios:
                if n in row:  # 完成投资占年度投资目标的比例(%): how far the target is met, an actual too
                    cells[row[n]] = Cell("actual", units[n], bare[n], label)
        i = max(end, j + 1)
    return cells


# columns a table of targets and progress may carry after its progress column
_TRAILING_COLUMN = re.compile(rf"(?:(?:牵头|责任|配合)(?:单位|部门)|备注|评价|排名|全[省市区]排名|"
                              rf"(?:指标)?属性|增幅|绝对值|同比(?:增长)?|(?:19|20)\d{{2}}年[^\d]{{0,4}}|"
                              rf"[^\d]{{0,12}}比重|{_RATIO_COLUMN.pattern})")
# a unit written in a row's 单位 cell: %, 亿元, 万人, 场次/年, 微克/立方米
_UNIT_CELL = re.compile(r"%|‰|[万亿千百]?(?:元|美元|人|个|家|项|亩|吨|公里|米|户|套|所|座|张|次|件|幢|栋|"
                        r"千瓦时?|平方米|立方米|标箱|人次|场次)|[^\d\s|/]{1,6}/[^\d\s|/]{1,6}")
_VALUE_CELL = re.compile(r"[-+]?\d[\d.,，]*\s*(?:%|‰)?\s*(?:左右|以上|以内|以下|上下)?")


def _first_row_in_header(names: list[str], progress: int) -> int | None:
    """Where the first row starts among the short lines read as a header of an unnumbered
    table: the first name after the progress column that names no column."""
    return next((n for n in range(progress + 1, len(names)) if not _TRAILING_COLUMN.fullmatch(names[n])), None)


def _rows_by_label_cell(lines: list[str], j: int, width: int, unit_column: int | None,
                        target: int) -> tuple[list[dict[int, int]], int]:
    """Rows of an unnumbered table of one cell a line, each opened by its label (地区生产总值),
    counted off by the header's width; a row whose figure stands where its unit should be lost
    its 单位 cell (每万人发明专利拥有量 | 135 | 160). The table ends at a row that does not read as
    one: a label that is a figure or a paragraph, or no figure where the target should be."""
    rows: list[dict[int, int]] = []
    k = j
    while k < len(lines):
        if not (cell := _CELL_CHARS.sub("", lines[k])):
            k += 1
            continue
        if _VALUE_CELL.fullmatch(cell) or len(cell) > 30:
            break
        row, col, at = {0: k}, 1, k + 1
        while col < width and at < len(lines):
            if not (cell := _CELL_CHARS.sub("", lines[at])):
                at += 1
                continue
            if col == unit_column and _VALUE_CELL.fullmatch(cell):
                col += 1  # the unit cell is missing: this is the target
            row[col], col, at = at, col + 1, at + 1
        figure = _CELL_CHARS.sub("", lines[row[target]]) if target in row else ""
        if not figure or len(figure) > 12 or (re.search(r"\d", figure) and not re.match(r"[-+]?\d", figure)):
            break  # (表3： a title over the next table, no row)
        rows.append(row)
        k = at
    return rows, k


def _row_unit(lines: list[str], line: int | None) -> str | None:
    """The unit a row writes in its 单位 cell (%, 亿元), for the bare numbers of that row."""
    if line is None:
        return None
    cell = _CELL_CHARS.sub("", lines[line])
    return cell if _ROW_UNIT.fullmatch(cell) else None


def _rows_by_number(lines: list[str], j: int, width: int,
                    number_columns: tuple[int, int | None]) -> tuple[list[dict[int, int]], int]:
    """Rows of a table under 序号, each opened by the next number (1, 2, 3…): a row short of
    cells lost its figures (全员劳动生产率 | 万元/人 | 预期性: no target given), so its cells
    skip the columns of figures; the table ends where a row runs longer than the header."""
    rows: list[list[int]] = []
    k = j
    while k < len(lines):
        cell = _CELL_CHARS.sub("", lines[k])
        if not cell or (_SECTION_ROW.match(lines[k]) and (not rows or len(rows[-1]) >= width - 1)):
            k += 1  # (一、经济发展: a section's title across the table, no row)
            continue
        if cell == str(len(rows) + 1):
            rows.append([k])
        elif rows and len(rows[-1]) < width:
            rows[-1].append(k)
        else:
            break
        k += 1
    return [_aligned(lines, row, width, number_columns) for row in rows], k


def _rows_by_label(lines: list[str], j: int, width: int, label_column: int) -> tuple[list[dict[int, int]], int]:
    """Rows read from their numbered labels (1、地区生产总值增长率) on, the label's column and the
    ones after it filled by the lines that follow, when cells merged over rows on the left (类别)
    and cells on the right running over several lines (责任部门) leave no fixed count a row."""
    labels = [k for k in range(j, len(lines)) if _NUMBERED_LABEL.match(lines[k])]
    expected = [k for n, k in enumerate(labels) if lines[k].lstrip().startswith(f"{n + 1}")]
    if len(expected) < 2 or len(expected) != len(labels):
        return [], j
    rows: list[dict[int, int]] = []
    for n, k in enumerate(expected):
        stop = expected[n + 1] if n + 1 < len(expected) else len(lines)
        cells = [c for c in range(k + 1, stop) if _CELL_CHARS.sub("", lines[c])]
        after = cells[:width - label_column - 1]
        rows.append({label_column: k} | {label_column + 1 + m: c for m, c in enumerate(after)})
    return rows, len(lines)


def _aligned(lines: list[str], row: list[int], width: int, number_columns: tuple[int, int | None]) -> dict[int, int]:
    """Column → line of a row. A short row with figures lost cells merged on its left (its
    cells after the number go to the right); one without lost its figures (the columns of
    figures are the ones left empty)."""
    missing = width - len(row)
    if missing <= 0:
        return dict(enumerate(row[:width]))
    if any(re.search(r"\d", lines[k]) for k in row[1:]):
        return {0: row[0]} | {width - len(row) + 1 + n: k for n, k in enumerate(row[1:])}
    out: dict[int, int] = {}
    at = 0
    for col in range(width):
        if at >= len(row):
            break
        if missing > 0 and col in number_columns:
            missing -= 1
            continue
        out[col] = row[at]
        at += 1
    return out


def _target_column(names: list[str]) -> int | None:
    """The column of targets: one a target's word names, else one of items with their figures."""
    return next((n for n, c in enumerate(names) if _TARGET_COLUMN.fullmatch(c)),
                next((n for n, c in enumerate(names) if _ITEM_COLUMN.fullmatch(c)), None))


def _row_label(lines: list[str], row: dict[int, int], numbered: bool) -> str:
    """What the row measures: its first cell (or its second, after a 序号), number cut."""
    at = 1 if numbered and 1 in row else min(row, default=0)  # (a row read from its label on)
    if at not in row:
        return ""
    label = re.sub(r"^\d{1,3}(?![\d年])[.、．]?", "", _CELL_CHARS.sub("", lines[row[at]]))
    return re.sub(r"^其中[:：]|(?<=[\u4e00-\u9fff）)])增长$", "", label)  # (其中：工业增加值; 地区生产总值增长)


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
        name = _PERIOD_HEADER.sub("", _HEADER_UNIT.sub("", cell))  # (1-6月底累计完成投资(万元))
        if len(name) > (14 if _HEADER_UNIT.search(cell) else 8) or (
                re.search(r"\d", name) and not _YEAR_HEADER.fullmatch(name)):
            break  # (2021年目标: a column named by its year)
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


def _inline_cells(text: str, starts: list[int]) -> list[tuple[int, int, Cell]]:
    """Cells of tables of one row a line: a header line of names naming both columns, between
    pipes or spaces, then the lines below it with as many cells, or fewer (cells merged on the
    left, or a row's 单位 cell left empty)."""
    lines = text.split("\n")
    out: list[tuple[int, int, Cell]] = []
    k = 0
    while k < len(lines):
        spaced = lines[k].count("|") < 2
        if spaced and not _SPACED_HEADER.fullmatch(lines[k]):
            k += 1
            continue
        names = [normalize_name(_CELL_CHARS.sub("", c)) for c in _split_row(lines[k], spaced)[1]]
        names = names[:-1] if names and not names[-1] else names
        target = _target_column(names)
        progress = next((n for n, c in enumerate(names) if _PROGRESS_COLUMN.fullmatch(c)), None)
        if len(names) < 3 or target is None or (progress is not None and progress < target and not (
                _base_year_before(names[progress], names[target]))) or (spaced and progress is None):
            k += 1
            continue
        named = list(names)
        while named and not named[-1]:
            named.pop()  # (a header line of pipes running on past its last name)
        split = _split_columns(named, lines[k + 1] if k + 1 < len(lines) else "", (target, progress))
        if split:  # 2021年完成 | 2022年计划 over 绝对值 | 增长% | 绝对值 | 增长%: each column in two
            names, columns = split
            k += 1
        else:
            columns = {n: ("target" if n == target else "actual", None) for n in (target, progress) if n is not None}
        width = len(names)
        target = min(n for n, (role, _) in columns.items() if role == "target")
        unit_column = next((n for n, c in enumerate(names) if _UNIT_COLUMN.fullmatch(c)), None)
        k += 1
        while k < len(lines):
            offsets, parts = _split_row(lines[k], spaced)
            numbered_row = (re.fullmatch(r"\s*\d{1,3}\s*", parts[0]) if names[0] == "序号"
                            else _NUMBERED_LABEL.match(parts[0])) if parts else None
            if (lines[k].count("|") if not spaced else len(parts) - 1) < width - 2 or width - 2 < 1 or (
                    spaced and names[0] == "序号" and not numbered_row):
                break
            while parts and not parts[-1].strip():
                parts.pop()  # (a row that lost its number on the left may carry an empty cell on the right)
            shift = max(0, width - len(parts))  # cells merged on the left are missing
            if numbered_row:
                shift = 0  # (a numbered row cut short on the right where the page ends)
            if unit_column is not None and unit_column < len(parts) and _UNIT_CELL.fullmatch(
                    _CELL_CHARS.sub("", parts[unit_column])):
                shift = 0  # its unit where the header has it: the row lost cells on its right, not its left
            lost_unit = (len(parts) == width - 1 and unit_column is not None and unit_column < len(parts)
                         and bool(_VALUE_CELL.fullmatch(_CELL_CHARS.sub("", parts[unit_column]))))
            label = re.sub(r"^\s*\d{1,3}[.、．]?\s*\*?", "", parts[1 if names[0] == "序号" and len(parts) > 1 else 0])
            unit_cell = _CELL_CHARS.sub("", parts[unit_column - shift]) if (
                unit_column is not None and not lost_unit and 0 <= unit_column - shift < len(parts)) else ""
            unit = unit_cell if _ROW_UNIT.fullmatch(unit_cell) else None
            extra = max(0, len(parts) - width)  # (王 明: a cell with a space inside it, on a row of spaces)
            for n, part in enumerate(parts):
                col = n + shift + (1 if lost_unit and n >= unit_column else 0)
                if extra and n > target:
                    col = n - extra  # the cells after the target's counted from the right
                    if col <= target:
                        continue
                if col in columns and part.strip():
                    role, own_unit = columns[col]
                    pos = starts[k] + offsets[n]
                    out.append((pos, pos + len(part), Cell(role, own_unit or unit, names[col],
                                                           _CELL_CHARS.sub("", label))))
            k += 1
    return out


_SUB_HEADER = re.compile(r"绝对值|总量|数值|增长%?|增速%?|增幅%?|增长率%?|增长[（(]%[）)]")


def _base_year_before(progress: str, target: str) -> bool:
    """A column of the year before's results ahead of the plan's (2021年完成 | 2022年计划)."""
    years = [re.match(r"(?:19|20)\d{2}", c) for c in (progress, target)]
    return all(years) and int(years[0].group(0)) < int(years[1].group(0))


def _split_columns(names: list[str], below: str, roles: tuple[int, int | None]
                   ) -> tuple[list[str], dict[int, tuple[str, str | None]]] | None:
    """The header's names with the columns a line of sub-headers splits in two (绝对值, 增长%),
    and the role and unit of each target or progress column, when the line below the header
    is such a line, with two sub-headers for each column of figures."""
    subs = [normalize_name(_CELL_CHARS.sub("", c)) for c in below.split("|")]
    subs = [c for c in subs if c]
    target = roles[0]
    figures = [n for n, c in enumerate(names) if n in roles or _YEAR_HEADER.fullmatch(c)]
    if not subs or not all(_SUB_HEADER.fullmatch(c) for c in subs) or len(subs) != 2 * len(figures):
        return None
    out: list[str] = []
    columns: dict[int, tuple[str, str | None]] = {}
    for n, name in enumerate(names):
        if n not in figures:
            out.append(name)
            continue
        for sub in subs[2 * figures.index(n):2 * figures.index(n) + 2]:
            if n in roles:
                columns[len(out)] = ("target" if n == target else "actual", "%" if "%" in sub or "增" in sub else None)
            out.append(name + sub)
    return (out, columns) if any(role == "target" for role, _ in columns.values()) else None


# a header line of a table whose cells are separated by spaces (序号 指标名称 单位 年初目标 全年完成数)
_SPACED_HEADER = re.compile(r"\s*[^\s\d|]{1,8}(?:[ \t\u3000]+[^\s\d|]{1,8}){3,7}\s*")


def _split_row(line: str, spaced: bool) -> tuple[list[int], list[str]]:
    """A row's cells and where each starts in the line: between pipes, or between spaces."""
    if spaced:
        found = list(re.finditer(r"[^ \t\u3000]+", line))
        return [m.start() for m in found], [m.group(0) for m in found]
    parts = line.split("|")
    offsets, pos = [], 0
    for part in parts:
        offsets.append(pos)
        pos += len(part) + 1
    return offsets, parts
