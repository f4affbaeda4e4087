"""Text repair keeps a map back to the original: every span quotes the input exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.segment import Segmenter, clean, parse


def test_fullwidth_digits_and_traditional_are_normalised_with_offsets() -> None:
    original = "確保完成投資２５００萬元。"
    ct = clean(original)
    assert ct.text == "确保完成投资2500万元。"
    start = ct.text.index("2500")
    assert ct.quote(start, start + 6) == "２５００萬元"


def test_stray_spaces_and_wrapped_lines_inside_a_sentence_are_removed() -> None:
    original = "全年新增城镇就业1.2万人，新增中小学公办学\n位3000个，力 争实现外贸进出口增长5%。\n"
    ct = clean(original)
    assert "学位3000个" in ct.text and "力争实现" in ct.text
    s = ct.text.index("学位")
    assert ct.quote(s, s + 2) == "学\n位"


def test_a_line_broken_inside_a_semicolon_list_is_joined() -> None:
    original = "今年全县发展主要预期目标是：生产总值增长6.5%左右；税收收\n入增长5%；城镇登记失业率控制在4%以内。\n"
    ct = clean(original)
    assert "税收收入增长5%" in ct.text


def test_headings_are_kept_as_lines() -> None:
    doc = parse("一、2023年工作回顾\n过去一年，全市生产总值增长5.2%。\n二、2024年工作安排\n预期增长5%左右。\n")
    headings = [s.text for s in doc.sentences if s.heading]
    assert headings == ["一、2023年工作回顾", "二、2024年工作安排"]


def test_ascii_punctuation_becomes_chinese_but_numbers_keep_commas() -> None:
    ct = clean("完成投资1,200万元,增长5%;")
    assert ct.text == "完成投资1,200万元，增长5%；"


def test_segmenter_tokens_cover_the_text() -> None:
    seg = Segmenter()
    text = "加快建设数字经济产业园"
    tokens = seg.tokens(text)
    assert "".join(w for w, _, _ in tokens) == text
    assert seg.boundaries(text) >= {0, len(text)}


@given(st.text(max_size=300))
def test_clean_never_raises_and_offsets_are_monotonic(text: str) -> None:
    ct = clean(text)
    assert len(ct.offsets) == len(ct.text)
    assert all(a < b for a, b in zip(ct.offsets, ct.offsets[1:], strict=False))
    assert all(0 <= o < len(text) for o in ct.offsets)


def test_page_numbers_and_running_headers_of_a_pdf_copy_are_dropped() -> None:
    from kg.segment import clean

    body = "全年新增就业1.2万人，城镇登记失业率控制在3.5%\n以内。"
    text = ("政府工作报告\n第一段。\n" + "甲乙丙。\n— 1 —\n政府工作报告\n" * 3 + body)
    c = clean(text)
    assert c.text.startswith("政府工作报告\n") and c.text.count("政府工作报告") == 1
    assert "— 1 —" not in c.text and "3.5%以内" in c.text
    start = c.text.index("3.5%")
    assert c.quote(start, start + 4) == "3.5%"


def test_pinyin_glosses_and_stray_commas_of_a_mirror_site_are_dropped() -> None:
    from kg.segment import clean

    text = "東城區(qū)2030年的任務(wù)包括:加快建設(shè),。積極推進(jìn)甲路,、乙路建設(shè),,完成。"
    c = clean(text)
    assert c.text == "东城区2030年的任务包括：加快建设。积极推进甲路、乙路建设，完成。"
    start = c.text.index("任务")
    assert c.quote(start, start + 4) == "任務(wù)包括"  # the original span, gloss and all
    assert clean("目标(a)和(b)两项，单位(吨)。").text == "目标（a）和（b）两项，单位（吨）。"


def test_a_long_numbered_heading_is_not_joined_to_the_next_line() -> None:
    doc = parse("各位代表：\n一、“十四五”发展成就和2030年主要工作回顾\n五年来，全县生产总值年均增长6%。\n")
    headings = [s.text for s in doc.sentences if s.heading]
    assert headings == ["一、“十四五”发展成就和2030年主要工作回顾"]


def test_forum_anti_scraping_noise_is_dropped_and_offsets_still_map() -> None:
    text = "●生产总值增长8%以上，力争达300亿元7 M& T\" a+ {* Q3 b( I7\n●财政收入增长9%以上* w- A- G8 i7 b4\n"
    doc = parse(text)
    assert "M&" not in doc.text and "G8" not in doc.text
    i = doc.text.index("300亿元")
    s, e = doc.clean.span(i, i + len("300亿元"))
    assert text[s:e] == "300亿元"
    latin = "建成G5511通辽段、5G+工业互联网、SKI动力电池。"
    assert parse(latin).text == latin


def test_a_short_heading_after_a_line_ending_in_a_comma_stays_a_heading() -> None:
    doc = parse("●农民收入增长8%以上，\n回顾\n财政收入预计完成30亿元。\n")
    assert [s.text for s in doc.sentences if s.heading] == ["回顾"]


def test_a_numbered_heading_run_into_its_paragraph_is_split_off() -> None:
    doc = parse("各位代表：现在我作报告。 一、2030年工作回顾2030年是攻坚的一年，生产总值增长8%。")
    assert [(s.text, s.heading) for s in doc.sentences][1:] == [
        ("一、2030年工作回顾", True), ("2030年是攻坚的一年，生产总值增长8%。", False)]


@pytest.mark.parametrize("heading", ["一、2030年工作简要回顾", "一、过去一年的工作回顾"])
def test_more_wordings_of_a_review_heading_run_into_its_paragraph(heading: str) -> None:
    doc = parse(f"各位代表：现在我作报告。{heading}一年来，我们稳中求进。")
    assert [(s.text, s.heading) for s in doc.sentences][1:] == [(heading, True), ("一年来，我们稳中求进。", False)]


def test_table_of_contents_lines_are_not_joined_to_the_heading_after_them() -> None:
    text = ("目录\n1.解读之一：2030年工作回顾 2\n2.解读之二：2031年重点工作——以转型为方向，构建产业体系 11\n"
            "解读之一：2030年工作回顾\n2030年，是极不平凡的一年。\n")
    headings = [s.text for s in parse(text).sentences if s.heading]
    assert "解读之一：2030年工作回顾" in headings


def test_sentence_offsets_hold_after_a_split_off_heading() -> None:
    for text in ("各位代表：现在我作报告。 一、2030年工作回顾 GDP增长8%。",
                 "某市2031年政府工作报告2030年工作回顾 刚刚过去的一年，增长5%。"):
        doc = parse(text)
        for s in doc.sentences:
            assert doc.text[s.start:s.start + len(s.text)] == s.text
