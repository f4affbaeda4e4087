"""Numeric targets and actual figures: which quantities are commitments, and their kind,
comparator, commitment, indicator, period and region."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import pairwise

from kg import lexicon as lx
from kg.mentions import GoalMention
from kg.numbers import COUNT_UNITS, MONEY_UNITS, TRAILING, Quantity, find_quantities, parse_number
from kg.reference import normalize_name, short_division_names
from kg.segment import Document, Segmenter, Sentence
from kg.tables import TableCells, table_cells
from kg.textrules import VERBS, clause_after, clause_before

_LEAD_MARKS = re.compile(r"^[\s（(【\[〔]*(?:[一二三四五六七八九十\d]+[、.．)）]\s*)?[（(【\[]?")


_VERBS_EARLY = (
    "加快|加强|推进|推动|新增|新建|建设|实施|完成|启动|开展|打造|培育|引进|建成|支持|深化|提升|"
    "实现|扩大|落实|全面|持续|积极|大力|着力|坚持|强化|优化|改造|整治|创建|新培育|新引进|组织|举办|参与|谋划"
)


_CN_NUMERAL = re.compile(r"^[零〇一二两三四五六七八九十百千]")


YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!\d*月)")


_YEAR_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})年\d{1,2}月")


# 人均才0.25亩, 仅有3家: how things are now (人才 is a word of its own)
_ONLY_SO_MUCH = re.compile(r"(?:(?<![人天英奇秀口贤干])才|仅有|只有|仅剩)$")


_NOT_A_TARGET_AFTER = ("生活圈", "车程", "经济圈", "号", "级", "线", "期", "届", "次会议", "周年",
                       "方面", "部分", "板块", "领域", "规定", "实事", "大事", "好事",
                       "工作", "任务", "举措", "措施", "范围")  # 八项工作 (a count); 5平方公里范围内 (a scope)


def find_goals(doc: Document, plan_year: int | None, segmenter: Segmenter,
               subregions: list[tuple[str, str, bool]] | None = None,
               leads_found: bool = False,
               ) -> tuple[list[GoalMention], list[GoalMention]]:
    """Quantities in the text, split into forward-looking targets and actual figures.

    A text about several sub-regions (德清：… 长兴：…) keeps each target with the sub-region
    named at the start of its paragraph or heading. ``leads_found``: the sub-regions are those
    :func:`lead_divisions` found leading paragraphs (they need not be named in the opening)."""
    goals: list[GoalMention] = []
    actuals: list[GoalMention] = []
    mode = "plan"
    mode_named = False  # a heading has said whether this part reviews or plans
    tense_in_paragraph: str | None = None
    last_line = -1
    last_bullet = ""  # the bullet that opened the previous line (●, ◆…)
    text = doc.text
    list_qualifier: str | None = None  # 主要预期目标是：… carries "expected" down its list
    prev_end = ""
    heading_region: str | None = None  # set by a heading, kept down to the next heading
    current_region: str | None = None  # set by a paragraph's first words, kept in it
    region_line = -1
    reporting = _reporting_order(doc, subregions or [], leads_found)  # in the order named
    question_region: str | None = None  # 问：今年A县…？ carries A down to the answer
    prev_text, prev_line = "", -1
    prev_item_unended = False  # the previous sentence was a list item that lost its ；
    list_heading = False  # the expected-target list was opened by a heading line
    list_section = False  # … by a heading that names nothing else: it covers the section
    counted_to, line_of_sent = 0, 0  # line numbers counted on as we go (long texts)
    # line of the page → "target"/"actual" in a table of targets and progress (read on the page as
    # given: cleaning drops cells repeated as if they were running headers)
    cells = table_cells(doc.clean.original)
    # a report on how the year's tasks went (…重点工作上半年完成情况进行了督办): its numbered items
    # restate each task before the progress made on it
    progress_report = bool(_PROGRESS_REPORT.search(text[:600]))
    year_over = bool(_WHOLE_YEAR_DONE.search(text[:600]))  # 2022年1-12月各类项目总结: its plan is history
    estimate_of_past = False
    review_by_intro = False  # a sentence, not a heading, said a review starts (…回顾了2020年工作)
    last_seen = ""
    undecided: set[int] = set()  # ids of targets only by default: no word, heading or list said so
    last_was_actual = False  # the last figure found was an actual
    past_before_heading = False  # a review ran up to the neutral heading(s) just read
    launch_told = False  # a launch held (本次集中开工项目58个…) was told since the last heading
    for sent in doc.sentences:
        previous_sentence, last_seen = last_seen, sent.text
        line_of_sent += text.count("\n", counted_to, sent.start)
        counted_to = sent.start
        same_line, prev_line = line_of_sent == prev_line, line_of_sent
        if sent.heading and not _LIST_ITEM_START.match(sent.text):  # (● items stay under it)
            heading_region = None
        if line_of_sent != region_line or (reporting and _lead_region(sent.text, subregions or [])):
            # (a later sentence of the paragraph may turn to the next region: 。辉县市围绕…)
            current_region, region_line = None, line_of_sent
            current_region = _lead_region(sent.text, subregions or [])
            if current_region and sent.heading:
                heading_region = current_region
            if len(reporting) >= 2:
                if _QUESTION.match(sent.text):
                    question_region = current_region
                elif current_region is None and question_region and _ANSWER.match(sent.text):
                    current_region = question_region
                else:
                    question_region = None
        current_region = current_region or heading_region
        if list_qualifier is not None and not (_LIST_ITEM_START.match(sent.text) or prev_end in "；：;:"
                                   or (not same_line and prev_item_unended)
                                   or (same_line and _LIST_GOES_ON.search(prev_text))
                                   or (same_line and _TARGET_ITEM.match(sent.text))
                                   or ((list_section or (list_heading and sent.heading))
                                       and not _NUMBERED_HEADING.match(sent.text))):
            list_qualifier = None  # (a heading 主要预期目标 goes on over sub-headings: 某市)
        if list_qualifier is not None and sent.heading and _TASK_HEADING.match(sent.text):
            list_qualifier = None  # 2031年预期目标⏎…⏎狠抓重大项目建设: a task, the list has ended
        # 主要预期目标为：A增长8%；B力争完成65亿元⏎C增长6%: a list whose lines lost their ；
        prev_item_unended = bool(list_qualifier is not None and _UNENDED_ITEM.search(sent.text))
        prev_end, prev_text = sent.text[-1:], sent.text
        if (sent.heading or _OPENS_ON_THE_YEAR.match(sent.text) or _AIMS_AHEAD.search(sent.text)) and not (
                launch_told and sent.heading and re.match(r"\s*(?:项目)?(?:计划)?(?:总投资|投资总额)", sent.text)):
            launch_told = False  # (据了解，今年，该县共谋划…项目69个: the year's programme; 力争到2025年…)
        if _LAUNCH_HELD.search(sent.text) or (
                (told := _LAUNCH_TOLD.search(sent.text)) and not _speaks_of_future(sent.text[:told.end()])):
            launch_told = True  # the batch's count and size, here and in the lines after, are events
        if sent.heading:
            review_by_intro = False
            named = None if (sent is doc.sentences[0] and _HEADLINE_FIGURE.search(sent.text)) else (
                _heading_mode(sent.text, plan_year))  # (今年某县计划供地3000亩…: a news headline, no section)
            mode, mode_named = named or mode, mode_named or named is not None
            past_before_heading = (tense_in_paragraph == "past" or past_before_heading) and not (
                _speaks_of_future(sent.text) or _names_future(sent.text, plan_year))
            tense_in_paragraph = None
        if mode == "review" and review_by_intro and _turns_to_the_plan(sent.text, plan_year):
            mode, review_by_intro = "plan", False  # …报告回顾了2020年工作。⏎2021年主要预期目标是：…
        line_no = line_of_sent
        if line_no != last_line:
            bullet = _BULLET.match(sent.text)
            carried = tense_in_paragraph if bullet and bullet.group(0) == last_bullet else None
            last_bullet = bullet.group(0) if bullet else ""
            was_past = (tense_in_paragraph == "past" and not sent.heading) or (
                sent.heading and past_before_heading and not mode_named)
            tense_in_paragraph, last_line = None, line_no
            if not mode_named and _reads_as_review(text, sent.start):
                tense_in_paragraph = "past"  # no heading says which part this is; the paragraph does
            if carried == "past":
                tense_in_paragraph = "past"  # ●2023年…增长4.8%；●甲突破3万亿元: one list, one tense
            if was_past and (not mode_named or _GOES_ON.match(sent.text)) and list_qualifier is None and (
                    _quiet_line(text, sent.start, plan_year)):
                tense_in_paragraph = "past"  # 2022年，面对…考验。⏎出台235项举措…: the review goes on
                # until a line speaks of the future (under a plan heading only if it says so: 此外，…)
        quantities = find_quantities(_without_item_number(text, sent))
        bare = _bare_numbers_in_cells(doc, sent, cells) if cells else []  # 6左右 under 预期增长(%)
        if bare:
            quantities = sorted([q for q in quantities if not any(b.start < q.end and q.start < b.end for b in bare)]
                                + bare, key=lambda q: q.start)
        if not quantities:
            said = _sentence_tense(sent.text, plan_year, mode)
            opening = _OPENING_YEAR.match(sent.text)
            looks_back = tense_in_paragraph == "past" or bool(
                opening and plan_year and int(opening.group(1)) < plan_year)
            if said == "future" and looks_back and (
                    _ACHIEVED.search(sent.text) or _ENDS_DONE.search(sent.text)) and not _names_future(
                    sent.text, plan_year):
                tense_in_paragraph = "past"  # 我们…努力…，迈出坚实步伐; 2022年，…经济要稳住…，经受住了考验
            else:
                tense_in_paragraph = said or tense_in_paragraph
            if len(sent.text) <= 14 and sent.text.endswith(("：", ":")) and (
                    named := _heading_mode(sent.text[:-1], plan_year)):
                mode, mode_named = named, True  # 2020年成就： a heading written as a list's lead
            if _REVIEW_INTRO.search(sent.text):
                mode, review_by_intro = "review", True  # 一年来，主要抓了以下重点工作：
            if _REVIEW_LEAD.match(sent.text):
                tense_in_paragraph = "past"  # ——开放带动走深走实，拓展了…空间: a review's summary line
            if (q := _list_qualifier(sent.text)) is not None:
                list_qualifier = q
                list_heading = sent.heading
                # a heading that is the list's name alone (二、预期目标) covers its section
                list_section = sent.heading and bool(_LIST_HEADING_ALONE.match(sent.text))
            continue
        boundaries: set[int] | None = None
        last_in_sentence: tuple[int, bool] | None = None  # (end, was an actual) of the figure before
        task_below: bool | None = None  # a completion report's task line, over how it went
        for q in quantities:
            if q not in bare and (_CN_NUMERAL.match(sent.text[q.start:]) or _needs_boundary(sent.text, q)):
                # (170 363.98 in a row of cells: the clean text runs the two cells together)
                if boundaries is None:
                    boundaries = segmenter.boundaries(sent.text)
                if not _plausible_chinese_numeral(sent.text, q, boundaries):
                    continue
                if sent.heading and _POINTS_OF_A_HEADING.match(sent.text, q.start):
                    continue  # 政府要着力提升四个能力 over a list of them: the points, counted
            if not _is_quantity_of_interest(sent.text, q) or _others_plan(sent.text, q.start):
                continue
            clause = clause_before(sent.text, q.start)
            past_words = [w for w in lx.CLAUSE_PAST_MARKERS if w in clause]
            if past_words and all(w in _SOFT_PAST for w in past_words) and (
                    tense_in_paragraph == "future" or list_qualifier is not None):
                past_words = []  # 到2020年…五年累计完成3500亿元: a cumulative target
            if ((_is_stock(clause) and not (_BY_A_YEAR.search(sent.text, 0, q.start)
                                            and _names_plan_year(sent.text[:q.start], plan_year)))
                    or past_words or _so_far_before(sent.text, q)
                    or _part_of_year_so_far(sent.text, q.start)
                    or _ONLY_SO_MUCH.search(sent.text, 0, q.start)
                    or (_RATE_OF_WORKS_STARTED.search(clause) and "已" in sent.text[:q.start] and not (
                        _PLEDGE.search(sent.text, sent.text.rfind("已", 0, q.start), q.start)))
                    or (launch_told and not _planned_for_the_year(clause) and not (
                        last_in_sentence is not None and not last_in_sentence[1]
                        and _ITS_INVESTMENT.match(clause)))  # 计划开工…36个，总投资58.7亿元: the plan's
                    or ((done := _DONE_AFTER.match(sent.text, q.end))
                        and not re.match(r"[\d一二三四五六七八九十两]", sent.text[done.end():done.end() + 1]))
                    or _PROFILE.match(sent.text) or _LIES_AT.search(sent.text)
                    or _SINCE_LAST_YEAR.search(clause) or _GAP_TO_TARGET.search(sent.text)
                    or _TARGET_IN_BRACKETS_AFTER.match(sent.text, q.end)
                    or (_NOW_OPENS.match(sent.text) and not any(w in sent.text for w in _NOW_BUT_AHEAD))
                    or (_DONE_AFTER_IN_SENTENCE.match(sent.text, q.end) and not _speaks_of_future(sent.text))
                    or (_RECORD_SET.search(sent.text, q.end) and not _speaks_of_future(sent.text))
                    or (last_in_sentence is not None and last_in_sentence[1] and (_BROKEN_DOWN.fullmatch(
                        sent.text, last_in_sentence[0], q.start) or (_NEXT_PART.fullmatch(
                            sent.text, last_in_sentence[0], q.start) and "其中" in re.split(
                                "[；;]", sent.text[:q.start])[-1])))
                    or _STATE_OF_PROGRESS.search(clause_after(sent.text, q.end))
                    or (_RANKED_AFTER.match(sent.text, q.end) and not _speaks_of_future(sent.text[:q.end]))
                    or (_COMPARED_AFTER.match(sent.text, q.end) and not _speaks_of_future(sent.text)
                        and not (mode_named and mode == "plan") and list_qualifier is None)):
                tense = "past"  # (今年前4个月…完成12亿元: the year so far, not a target)
            else:
                tense = _tense(sent.text, q.start, plan_year, mode) or tense_in_paragraph
                if tense == "future" and tense_in_paragraph == "past" and _only_future_word(
                        sent.text[:q.start], "争取") and _PAST_ASPECT.search(sent.text, 0, q.start):
                    tense = "past"  # 过去的一年，…圆满完成178项…，争取国家级改革试点2项: obtained
                if tense is None and any(not (mode_named and mode == "plan" and _COMPARED.fullmatch(m.group(0)))
                                         for m in _PAST_ASPECT.finditer(sent.text, 0, q.start)):
                    tense = "past"  # 报告交出了“十三五”成绩单，人均GDP突破13万元: what was done
                    # (under a plan heading 同比增长30%以上 is a target compared with last year)
                if tense == "future" and (got := _ACHIEVED.search(sent.text, 0, q.start)) and not _COMMITTED.search(
                        sent.text, 0, q.start) and not _BY_A_YEAR.search(sent.text, got.end(), q.start):
                    tense = "past"  # 今年该县招商引资取得新突破，实际到位外资1.46亿美元: the year so far
                    # (…取得突破性进展，…，到2015年科技进步贡献率达到60%: a plan's aims)
                if _ESTIMATE_AFTER_TARGET.search(sent.text, 0, q.start):
                    tense, estimate_of_past = "past", True  # ——A预期目标增长5%：预计全年完成137亿元
                elif list_qualifier is None and (_FIRST_ESTIMATE.search(sent.text, 0, q.start) or (
                        tense != "past" and _ESTIMATE_OF_THE_YEAR.search(sent.text, 0, q.start))):
                    # (主要预期目标是：2024年，全州预计接待…；预计完成…: a list of targets)
                    tense, estimate_of_past = "past", True  # 一季度…初步预计，生产总值增长14%以上
                elif tense == "future" and list_qualifier is None and (
                        tense_in_paragraph == "past" or _PAST_ASPECT.search(previous_sentence)) and (
                        _ESTIMATE_OPENS.match(sent.text) or _only_an_estimate(sent.text[:q.start])) and not (
                        _names_future(sent.text[:q.start], plan_year)):  # (到2030年，预计…: a plan)
                    tense = "past"  # 2024年，某县…。预计，全年生产总值突破千亿: that year's estimate
                    estimate_of_past = True
                if tense != "past" and last_in_sentence is not None and last_in_sentence[1] and (
                        _ITS_CHANGE.fullmatch(sent.text, last_in_sentence[0], q.start)):
                    tense = "past"
            if tense == "future" and (back := _LOOKING_BACK.search(sent.text, 0, 24)) and "了" in sent.text[
                    back.end():back.end() + 16] and not _names_future(sent.text, plan_year):
                tense = "past"  # 一年来，主要做了以下工作：…争取上级资金11.88亿元: funds obtained, no promise
            if _PART_OF_THE_LAST.match(sent.text) and last_was_actual and not _COMMITTED.search(
                    sent.text, 0, q.start) and not _names_plan_year(sent.text[:q.start], plan_year):
                tense = "past"  # 今年上半年完成15亿元。其中，今年6月完成3.18亿元: a part of that figure
            if tense != "future" and not year_over and (_THE_YEAR_S_PLAN.search(clause) or (
                    q.unit in ("个", "项") and not launch_told
                    and _THE_YEAR_S_PLAN_NEXT.match(sent.text, q.end))) and not (
                    _names_a_year_before(sent.text[:q.start], plan_year)):
                tense = "future"  # 项目9个，年度计划投资7.2亿元，开工7个…: the year's plan amid progress
            task_end = _task_end(text, sent) if progress_report else -1
            if tense != "future" and sent.start + q.start < task_end and not any(
                    w in sent.text[:q.start] for w in lx.CLAUSE_PAST_MARKERS):
                tense = "future"  # 1.引进…项目不少于3个。上半年，引进…: the task, then how it went
            elif tense != "past" and 0 <= task_end <= sent.start + q.start and not (
                    _PLEDGE.search(sent.text, 0, q.start) or re.search(r"将|要|计划", sent.text[:q.start])):
                tense = "past"  # …。2022年，共签约48个项目: how the task went (the plan year's own result)
            assigned = _last_match(_ASSIGNED_TASK, sent.text, q.start)
            if assigned and _names_a_year_before(sent.text[:assigned.start()], plan_year):
                assigned = None  # 2016年，我市下达年度搬迁计划10万人 in 2017's text: a year gone
            if assigned and not re.search(r"完成|已|截[至止]|实现|^的", sent.text[assigned.end():q.start]) and not (
                    re.search(r"(?:完成|占|超)[^，。；]{0,8}$", sent.text[:assigned.start()])):
                tense = "future"  # 1-5月市级下达目标3.51亿元, 市定任务新签约项目5个: the task set from above
            task_aside = _TASK_IN_BRACKETS.search(sent.text, 0, q.start) is not None
            if task_aside:
                tense = "future"  # 预计…完成360亿元（上饶下达任务325亿元）: the year's task, given aside
            cell = None
            if cells and (cell := cells.at(_page_offset(doc, sent.start + q.start, sent.start + q.end))) is not None:
                tense = "future" if cell.role == "target" else "past"  # the table's column says
            if cell is None and tense != "future" and task_below is None:
                task_below = _task_reported_below(text, sent)  # (once a sentence)
            if cell is None and tense != "future" and task_below:
                tense = "future"  # (一)新增养老床位250张⏎新增378张…，超额完成年度任务: the task, then how it went
            is_target = tense == "future" or (tense is None and mode == "plan")
            g = _goal(doc, sent, q, plan_year)
            if cell is not None and cell.unit is not None and q.normalized is None and q.currency is None and (
                    re.fullmatch(r"-?[\d.]+(?:左右|以上|以下|以内)?", sent.text[q.start:q.end])):
                g.indicator = cell.label  # 6左右 in the row of 地区生产总值 under 预期增长(%)
            if cell is not None and cell.label and not g.indicator:
                g.indicator = cell.label  # 6%以上 alone in its cell: the row names it
            if cell is not None and (m := re.match(r"\d{1,3}(?=\D)", g.indicator or "")) and (
                    cell.label.startswith(g.indicator[m.end():m.end() + 2])):
                g.indicator = g.indicator[m.end():]  # 3 社会消费品零售总额增长11%: the row's number
            if cell is not None and (cell.unit is not None or cell.label) and q.unit in ("%", "‰") and (
                    re.search(r"增长|增速|增幅", cell.header + cell.label)
                    or not re.search(r"比重|占|率|比例|覆盖|贡献", cell.label)):
                g.kind = "growth"  # (a row's % is its growth unless the row names a share)
            if cell is not None and g.kind == "count" and re.match(r"新(?:增|建|认定|引进|开工)", cell.label):
                g.kind = "increment"  # 3家 in the row of 新增跨国公司地区总部数
            if cell is not None and cell.expected and g.qualifier is None:
                g.qualifier = "expected"  # the row's 指标属性: 预期性
            g.region_code = current_region
            if len(reporting) >= 2:
                own = [t for t in subregions or [] if t[1] in reporting]
                g.region_code = _named_before(sent.text, q.start, own) or g.region_code
            if g.qualifier is None and (intro := _LIST_INTRO.search(sent.text, 0, q.start)):
                g.qualifier = _list_qualifier(intro.group(0))  # 主要预期目标是：A增长7%、力争8%，B增长9%
            if g.qualifier is None and list_qualifier:
                g.qualifier = list_qualifier
            if task_aside:  # the figure it is the task for names it; the estimate's 预计 is not its
                g.qualifier = "expected" if re.search(r"预期目标[（(]\D{0,2}$", sent.text[:q.start]) else None
                before = [m for m in goals + actuals if m.sentence == g.sentence and m.start < g.start and m.indicator]
                if before:
                    last = max(before, key=lambda m: m.start)
                    g.indicator = _PERIOD_OPENING.sub("", last.indicator)
                    if last.unit == g.unit:
                        g.kind = last.kind  # 增长6.7%，超过年初预期目标（6.5%）: a growth too
            if tense is None and not mode_named and g.qualifier is None:
                undecided.add(id(g))
            (goals if is_target else actuals).append(g)
            last_was_actual = not is_target
            last_in_sentence = (q.end, not is_target)
        tense_in_paragraph = _sentence_tense(sent.text, plan_year, mode) or tense_in_paragraph
        so_far = _YEAR_TO_DATE.search(sent.text)
        if (_PART_OF_YEAR.match(sent.text) or (so_far and quantities and so_far.start() < quantities[0].start)
                ) and quantities and not (
                _speaks_of_future(sent.text)):  # (1-9月，完成…。规上工业增加值增长7.2%: the same months)
            tense_in_paragraph = "past"  # 2023年上半年，完成…。固定资产投资同比增长7.3%。…: the half year goes on
        if _PROGRESS_RATIO.search(sent.text):
            tense_in_paragraph = "past"  # 完成全年任务的113.98%: the paragraph reports progress
        if estimate_of_past:
            tense_in_paragraph, estimate_of_past = "past", False  # (…；规上工业产值超2000亿: the same)
        if (q := _list_qualifier(sent.text)) is not None:
            list_qualifier = q
    _distribute_comparators(goals)
    _distribute_subjects(goals)
    _inherit_subjects(goals)
    for g in _figures_before_their_plan(goals, undecided, text):
        goals.remove(g)
        actuals.append(g)
    actuals.sort(key=lambda g: g.start)
    if len(reporting) >= 2:
        _distribute_regions(goals, reporting, subregions or [])
    return goals, actuals


def _page_offset(doc: Document, start: int, end: int) -> int:
    """Where doc.text[start:end] is on the page as given (tables are read there)."""
    return doc.clean.span(start, end)[0]


_DONE_BELOW = re.compile(r"超额完成|(?:已|均已|全部|如期)完成(?:了)?(?:年度|全年|既定)?(?:目标)?任务|"
                         r"完成(?:了)?(?:年度|全年)(?:目标)?任务|完成年度计划的|任务已完成")


def _task_reported_below(text: str, sent: Sentence) -> bool:
    """A numbered line of its own (（一）新增养老床位250张) over a paragraph that reports it done
    (新增378张养老床位，超额完成年度任务): the line is the task, a completion report's heading."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_ends = text[sent.end:].lstrip(" ")[:1] in ("\n", "")
    if not _NUMBERED_LINE.match(text, line_start) or not line_ends:
        return False
    below = text[sent.end:sent.end + 240]
    if nxt := _NUMBERED_LINE.search(below, 1):
        below = below[:nxt.start()]  # (up to the next numbered line)
    return bool(_DONE_BELOW.search(below))


_BARE_NUMBER = re.compile(r"[\s|]*(?P<num>-?\d+(?:\.\d+)?)\s*(?P<cmp>左右|以上|以下|以内)?[\s|]*")


def _bare_numbers_in_cells(doc: Document, sent: Sentence, cells: TableCells) -> list[Quantity]:
    """Cells that are only a number (6左右, 6.5以上) take their unit from their column's header
    or their row's 单位 cell: the line is one cell, or a row of cells between pipes or spaces."""
    page_start, page_end = doc.clean.span(sent.start, sent.end)
    out = []
    for a, b, cell in cells.within(page_start, page_end):
        if cell.unit is None or not (m := _BARE_NUMBER.fullmatch(doc.clean.original, a, b)):
            continue
        start = bisect.bisect_left(doc.clean.offsets, m.start("num")) - sent.start
        end = start + (m.end("cmp") if m.group("cmp") else m.end("num")) - m.start("num")
        if not sent.text.startswith(m.group("num"), start):
            continue  # (the clean text wrote the cell otherwise)
        out.append(Quantity(start=start, end=end, value=float(m.group("num")), unit=cell.unit,
                            comparator=TRAILING.get(m.group("cmp") or "", "exactly"), normalized=None, currency=None))
    return out


_PERIOD_OPENING = re.compile(r"^(?:[1元][-—–~至]\d{1,2}月份?|上半年|前三季度|一季度)")  # of a figure so far
_TASK_IN_BRACKETS = re.compile(r"[（(][^（()）]{0,12}?(?:下达|年度|全年|年)(?:增长)?(?:任务|计划|目标)数?(?:为|是)?$"
                               # 好于全年预期目标（增长6%以上）, 超过年初预期目标（6.5%）
                               r"|(?:全年|年度|年初)(?:预期)?目标[（(](?:增长|下降)?$")
# 增长6.1%，低于目标0.9个百分点: a result measured against its target (the target is not given)
_GAP_TO_TARGET = re.compile(r"(?:塌|低于|高于|超过?|快于|慢于|落后于?)(?:年度|全年|序时)?目标[\d.]+个?百分点"
                            r"|未达到?(?:序时)?进度|推进未达预期")  # (26项未达到序时进度要求的: counted so far)
_WHOLE_YEAR_DONE = re.compile(r"[1一][-—–~至]12月|工作总结|项目总结|截[至止]12月|截[至止]年底")
# 年度计划投资7.2亿元 (the year's plan), and the projects counted just before it (项目9个，年度计划投资…)
_YEAR_S_PLAN = r"(?:年度|当年|全年|今年)计划(?:完成)?投资"
_THE_YEAR_S_PLAN = re.compile(rf"(?<![占的完为]){_YEAR_S_PLAN}(?:额)?$")
_THE_YEAR_S_PLAN_NEXT = re.compile(rf"[，,]{_YEAR_S_PLAN}")


def _years_written(s: str) -> list[int]:
    """The years written out in ``s`` (2024年)."""
    return [int(y) for y in re.findall(r"((?:19|20)\d{2})年", s)]


def _names_a_year_before(s: str, plan_year: int | None) -> bool:
    """A year before the plan year, written out."""
    return plan_year is not None and any(y < plan_year for y in _years_written(s))


_PROGRESS_REPORT = re.compile(r"(?:完成|执行|进展|推进|落实)情况|督办|督查")
_PROGRESS_SO_FAR = re.compile(r"(?:今年)?(?:上半年|前三季度|一季度|[1一][-—–~至](?:[2-9]|1[01])月|截至|截止|目前)"
                              r"|全年(?:完成|共|实现)|(?:19|20)\d{2}年(?!底|末|前)|累计")


def _task_end(text: str, sent: Sentence) -> int:
    """Where the task a numbered item restates ends, when its line goes on to what the year so
    far has done (1.引进…项目不少于3个；…。上半年，引进…); -1 otherwise."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    if not _LIST_ITEM_START.match(text[line_start:line_start + 8]):
        return -1
    line_end = text.find("\n", sent.start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    so_far = re.search(r"[。；;]\s*(?:" + _PROGRESS_SO_FAR.pattern + ")", line)
    return line_start + so_far.start() if so_far else -1


# What a list of targets is introduced as: 主要预期目标是：, 预期发展目标, 努力目标为：
_LIST_QUALIFIER = re.compile(r"(预期(?:性)?(?:发展)?(?:目标|指标))|努力(?:实现的)?目标")
_LIST_INTRO = re.compile(rf"(?:{_LIST_QUALIFIER.pattern})(?:是|为)?[：:]")
# A heading that opens a new section (三、…, （二）…): it ends a heading's list of targets
_NUMBERED_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
# a numbered line: a section's heading (三、, （二）) or a list item's number (（3）, 2.)
_NUMBERED_LINE = re.compile(rf"{_NUMBERED_HEADING.pattern}|^\s*(?:[（(]\d{{1,3}}[)）]|\d{{1,2}}[.、．](?!\d))", re.M)


_LIST_HEADING_ALONE = re.compile(
    r"^\s*[●○■□◆◇▪•★☆◎]?【?(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*(?:(?:19|20)\d{2}年|今年|明年)?"
    r"(?:全[省市区县])?(?:(?:经济社会|经济和社会)?发展的?)?(?:主要)?(?:预期(?:性)?(?:发展)?目标|努力目标)(?:建议)?】?[：:]?\s*$")


def _list_qualifier(sentence: str) -> str | None:
    """What a list of targets the sentence opens carries down: "expected" (主要预期目标是：),
    "strive" (努力目标), "" (主要经济发展目标为：, a list of targets with no qualifier) or None."""
    m = _LIST_QUALIFIER.search(sentence)
    if m is None:
        return "" if _PLAIN_TARGET_LIST.search(sentence) else None
    return "expected" if m.group(1) else "strive"


_PLAIN_TARGET_LIST = re.compile(r"(?:经济|经济社会|经济和社会)?(?:发展)?(?:目标|指标)(?:任务)?(?:为|是|如下)[：:]")


# 主要预期目标是：…增长6%，在实际工作中争取更好结果。…增长5%: the formula closes a
# sentence but not the list of expected targets that goes on after it
_UNENDED_ITEM = re.compile(r"\d[%‰]?(?:左右|以上|以内|以下)?[\u4e00-\u9fff]{0,3}$")
# 主要预期目标是：A增长6.5%左右，…。B涨幅3%左右，C增长8%: an item after a 。 in the same paragraph
_TARGET_ITEM = re.compile(r"(?!这|上述|我们|为|要|围绕|实现|今年|同时)[\u4e00-\u9fff]{2,24}?"
                          r"(?:增长|下降|涨幅|控制在|达到|新增|提高|降低)[^。；，]{0,6}?\d")
_LIST_GOES_ON = re.compile(r"更好(?:的)?(?:结果|成绩|水平)。$")
# clause markers of the past that a paragraph about the future overrides
_SOFT_PAST = ("累计完成",)
_REVIEW_LEAD = re.compile(r"——[^。；]{2,20}[，,][^。；]{0,6}?[\u4e00-\u9fff]了[\u4e00-\u9fff]")


# A paragraph that opens by going on with the one before: 此外，… 与此同时，…
_GOES_ON = re.compile(r"\s*(?:此外|另外|同时|与此同时|其中|值得一提的是)[，,]")


def _turns_to_the_plan(s: str, plan_year: int | None) -> bool:
    """A sentence that opens with the plan year or introduces the list of expected targets."""
    opening = re.match(r"\s*((?:19|20)\d{2})年", s)
    return bool(_LIST_INTRO.search(s) or (plan_year and opening and int(opening.group(1)) >= plan_year))


def _line_at(text: str, at: int) -> str:
    """The line (paragraph) of ``text`` that holds offset ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:end if end >= 0 else len(text)]


def _quiet_line(text: str, at: int, plan_year: int | None) -> bool:
    """A line that names no future: no word of it, no year from the plan year on."""
    line = _line_at(text, at)
    return not (_speaks_of_future(line) or _names_future(line, plan_year))


def _reads_as_review(text: str, at: int) -> bool:
    """A paragraph (line) that tells what was done, with no word of the future in it:
    成功举办…、稳步提高…、同比增长…, or one led by a verdict on a field (对外开放成效显著。…)."""
    line = _line_at(text, at)
    if _TO_A_LATER_TIME.search(line):
        return False
    verdict = _VERDICT_LEAD.match(line)
    # (围绕强农兴农添活力，乡村振兴稳步推进。: the field after the comma is what the verdict is on;
    # a review's estimates, 预计总产…, are no word of the future)
    if verdict and not (_VERB_FIRST.match(verdict.group("field"))
                        and _VERB_FIRST.match(re.split(r"[，,]", verdict.group("field"))[-1])):
        return not _speaks_of_future(line.replace("预计", "　　"))
    return not _speaks_of_future(line) and len(_PAST_ASPECT.findall(line)) >= 2


# A review's paragraph opens with a field and a verdict on it (对外开放成效显著。基础设施日臻完善。);
# a plan's opens with a task, verb first (加快对外开放。).
_VERDICT = (r"成效显著|成效明显|成效初显|初见成效|扎实有序|日臻完善|持续改善|明显改善|稳步提升|显著提升|持续提升|"
            r"不断增强|显著增强|持续增强|明显加快|步伐加快|取得(?:新|重大|明显)?(?:突破|进展|成效)|迈上新台阶|"
            r"亮点纷呈|量增质优|量质齐升|稳中向好|持续向好|稳中有进|成果丰硕|再创新高|全面提速|纵深推进|"
            r"势头良好|稳步增长|较快增长|大幅提升|有效释放|充分释放|持续释放|全面提升|明显提升|日趋完善|更加完善|"
            r"持续优化|不断优化|明显优化|不断加强|持续加强|全面加强|更加巩固|扎实推进|稳步推进|有序推进|深入推进|"
            r"支撑有力|保持稳定|稳中提质|提质增效|"
            # a review's headline verdicts in the news (【…，动能转换迈出新步伐】)
            r"(?:迈出|开启|获得|赢得|实现|展现|呈现|谱写|结出|跃上|再上)新(?:步伐|篇章|进展|胜利|突破|作为|气象|"
            r"成效|硕果|台阶|高度)")
_VERDICT_LEAD = re.compile(
    rf"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．])?\s*(?P<field>[\u4e00-\u9fff“”、]{{2,14}}?(?:[，,][\u4e00-\u9fff“”]{{2,10}}?)?)(?:{_VERDICT})[。！]")
_VERDICT_HEADING = re.compile(
    rf"(?:[（(]?[一二三四五六七八九十\d]+[)）、.．])?\s*(?P<field>[\u4e00-\u9fff“”、]{{2,14}}?)(?:{_VERDICT})[。！]?")
_VERB_FIRST = re.compile(rf"(?:{VERBS})")  # (compiled once: the re module's cache would churn)
_PLAN_FIELD_FIRST = re.compile(rf"(?!高质量发展)(?:{VERBS})|[在以向为]")
_TO_A_LATER_TIME = re.compile(r"到(?:“)?十[一二三四五六]五(?:”)?末|到(?:19|20)\d{2}年")


def _speaks_of_future(line: str) -> bool:
    """A word of the future that is one here (not 预期 in 超预期, not a named 计划)."""
    return any(not _not_future_here(line, m.group(0), m.start()) for m in _FUTURE_WORD.finditer(line))


# the end of the last five-year period, a base to measure against: 较“十三五”末
_PERIOD_END = r"“?十[一二三四五六]五”?(?:末|期末)"
_PAST_ASPECT = re.compile(
    r"成功举办|成功创建|成功获批|圆满完成|顺利完成|稳步提高|有力推进|荣获|获评|入选|跻身|创历史新高|首次突破|"
    r"已经?(?:全面|基本|全部)?(?:落实|完成|建成|实现)|"
    rf"同比(?:分别)?增长|比上年|较上年|较{_PERIOD_END}|(?<!明确|提出|确定|描绘|勾画|部署|制定|定下)(?<![为除到])了(?![解结])")
# (报告明确了今后五年的蓝图：…: what the report sets out is ahead, not done)


# a task set by the level above, amid how it went: 市级下达目标3.51亿元, 市定任务到资16亿元
_ASSIGNED_TASK = re.compile(r"(?:下达|市定|县定|区定|州定|上级)(?:的)?(?:年度|全年)?(?:目标|任务)(?:任务)?(?:为|是)?")
# 已开工21个，开工率87.5%: the rate of what has been done
_RATE_OF_WORKS_STARTED = re.compile(r"(?:开工|复工|开复工|竣工|完工|到位|履约)率(?:达到?|为)?$")
# a target, then after a colon the estimate of how it went (a plan-execution report's line)
_ESTIMATE_AFTER_TARGET = re.compile(r"(?:[\d%元项个上下内]|目标|增长)\s*[:：]\s*(?:初步)?预计")


def _last_match(rx: re.Pattern[str], s: str, end: int) -> re.Match[str] | None:
    """The last match of ``rx`` in ``s`` before ``end``."""
    return next(reversed(list(rx.finditer(s, 0, end))), None)


def _only_future_word(head: str, word: str) -> bool:
    """``word`` is the one word of the future in ``head`` that is one there."""
    return word in head and not any(
        m.group(0) != word and not _not_future_here(head, m.group(0), m.start())
        for m in _FUTURE_WORD.finditer(head))


def _only_an_estimate(head: str) -> bool:
    """预计 is the one word of the future before a figure (全市企业达24家，预计完成增加值21亿元):
    in a review, the estimate for the year just ended (运行在预期的合理区间 says nothing of the
    future)."""
    return _only_future_word(head, "预计")


# News of a launch ceremony: the batch launched (its count, its total investment, its kinds) is
# an event held; only what the batch is to invest this year (当年计划完成投资…) is a target.
_LAUNCH_HELD = re.compile(
    r"(?:本次|此次|这次|这批|此批|该批|今天|今日|当天|当日|昨日|昨天|首批|第[一二三四五六七八九十\d]+批|前[一二三四五六七八九十\d]+批)"
    r"[^，。；]{0,16}?(?:开复工|开竣工|开工|复工|竣工|动工|奠基|启动建设|签约|共签)"
    r"|(?:集中|联合|联动)(?:开复工|开工|动工|签约)了"
    r"|(?:集中|集体|联合|联动|同日|同步)(?:开复工|开工|动工|签约|竣工)的?项目中"  # 48项集中开工项目中，产业项目36项…
    r"|(?:仪式|大会|活动)(?:现场)?上[^，。；]{0,6}?\d+[个项][^，。；]{0,12}?项目(?:集中|集体|联合|联动|同日|同步)?(?:签约|开工)"
    r"|(?:开工|签约|开竣工|开复工)(?:仪式|活动|大会)(?:现场)?上"  # 开工活动上，除甲县率先开工61个项目外…
    r"|(?:开工|签约|开竣工|开复工|动工)(?:仪式|活动|大会)(?:在[^，。；]{0,16}?)?(?:举行|举办|召开)(?!前|后|之)")
_HEADLINE_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?!\d|\.\d|年|月|日|号|[)）、.．])")
_UNQUOTED_SLOGAN = re.compile(
    r"(?:[\u4e00-\u9fff]{2}要[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2}要[\u4e00-\u9fff]{2,3}")
# 某县10个项目集体开工 (a headline); 10月10日，…17个项目集中开工建设 (a dated launch)
# (a headline may run into its dateline: …14个重大项目集中开工发布时间：2023-02-24)
_LAUNCH_TOLD = re.compile(r"(?:集中|集体|联合|联动|同日|同步)(?:开复工|开竣工|开工|动工|签约|竣工)(?:仪式)?"
                          r"(?:$|(?=发布时间|来源|时间[：:]|作者|编辑|(?:19|20)\d{2}[-/年]))"
                          # 某县集中开工重点项目25个 (a headline)
                          r"|(?:集中|集体|联合|联动|同日|同步)(?:开复工|开竣工|开工|动工|签约|竣工)[^，。；\d]{0,10}\d+个$"
                          r"|(?:^\s*|[，,\s)）]|获悉|了解到|讯)\d{1,2}月\d{1,2}日[^。]{0,60}?(?:集中|集体|联合|联动|同日|同步)(?:开复工|开竣工|开工|动工|签约|竣工)"
                          # 某州197个重点项目开工总投资183亿元, 某省产业项目集中开工 项目总投资…, 集中开工项目共35项
                          r"|\d+[个项][^，。；]{0,12}?项目(?:集中|集体|陆续)?(?:开复工|开竣工|开工|动工|签约)"
                          r"(?=[，,\s]*(?:计划)?(?:总投资|投资总额))"
                          r"|(?:集中|集体|联合|联动|同日|同步)(?:开复工|开竣工|开工|动工)[，,\s]*(?:项目)?(?:计划)?总投资"
                          r"|(?:集中|集体|联合|联动|同日|同步)(?:开复工|开竣工|开工|动工)的?项目(?:共|有)?\d+[个项]")
_AIMS_AHEAD = re.compile(r"力争|确保|争取|到(?:19|20)\d{2}年|(?<![即并])将|“?十[一二三四五六]五”?(?:期间|末|时期)")
_OPENS_ON_THE_YEAR = re.compile(r"\s*(?:[^，。；]{0,6}[，,])?(?:今年|全年|年内|明年|(?:19|20)\d{2}年)")
# 目前，全市陶瓷企业达757家，其中…: what there is now, the whole sentence
_NOW_BUT_AHEAD = (*lx.FUTURE_MARKERS, "规划", "未来")
_NOW_OPENS = re.compile(r"\s*(?:目前|当前|现在|截至目前|截止目前|到目前为止)[，,]")
# 增长4.1%（目标6.0%左右）: the result, its target given after it in brackets
_TARGET_IN_BRACKETS_AFTER = re.compile(r"\s*[（(](?:全年|年度|年初)?(?:预期|计划)?(?:目标|任务)(?:值|数)?"
                                       r"(?:为|是)?[：:]?\s*(?:增长|下降)?[-\d]")
_ITS_INVESTMENT = re.compile(r"\s*(?:项目)?(?:计划)?(?:总投资|投资总额)")
def _planned_for_the_year(clause: str) -> bool:
    """The clause plans for the year: its planned investment (the figure right after it, not
    年度投资56.6亿元的60个项目), or a pledge anywhere in it."""
    return any(not m.group(0).endswith("投资") or not re.search(r"\d", clause[m.end():])
               for m in _PLANNED_FOR_THE_YEAR.finditer(clause))


_PLANNED_FOR_THE_YEAR = re.compile(r"(?:当年|年度|今年|全年|年内)(?:计划)?(?:完成)?投资|计划(?:完成|新?开工|实施)|"
                                   r"力争|确保|将")


# A figure measured against the year's plan: 完成全年任务的113.98%, 占年度计划126.7%, 完成率达到102%
_PROGRESS_RATIO = re.compile(
    r"(?:完成|占|为)(?:了)?(?:全年|年度|年)(?:投资)?(?:工作)?(?:任务|计划|目标)(?:数|任务)?的?[\d.]+%|完成率(?:达到?|为)?[\d.]+%"
    r"|占总任务数?的?[\d.]+%"  # 2项已完成年度目标任务，占总任务数的2.02%
    r"|超额完成(?:了)?(?:全年|年度)?(?:投资)?(?:任务|计划|目标)"  # 完成投资180亿元，超额完成年度计划
    r"|完成任务(?:数|量)的?[\d.]+%")  # 改造完成公交停靠站120个，完成任务数120%


_COMPARED = re.compile(r"同比(?:分别)?增长|比上年|较上年")
_ON_LAST_YEAR_S_PERIOD = r"(?:比|较)去年同期(?:增加|增长|多|提高)"  # 比去年同期增加33个
# 实现投资161亿元，同比增长20.3%: a level told with its change on last year has been reached
_COMPARED_AFTER = re.compile(
    rf"[，,](?:同比|比上年|较上年|[较比]{_PERIOD_END})(?:增长|下降|提高|减少)[\d.]+%"
    rf"|[，,]{_ON_LAST_YEAR_S_PERIOD}[\d.]+")  # 亿元以上项目54个，比去年同期增加33个
# 零售总额30.5亿元，同比下降2.2%: the change of a level reached is measured too
_ITS_CHANGE = re.compile(rf"[，,](?:同比|比上年|较上年|[较比]{_PERIOD_END}|[比较]去年同期)(?:分别)?"
                         r"(?:增长|下降|提高|减少|增加)")
# 增长10.7%、增速居全省第一: a figure ranked among its peers has been reached
_RANKED_AFTER = re.compile(
    r"[、，,]?(?:增速|增幅|总量|规模|总额)?(?:居|位居|位列|排|列)(?:全省|全市|全国|全区|全州|全盟)"
    r"[^，。；、]{0,4}?(?:第[一二三四五六七八九十\d]+|前列|首位|前[一二三四五六七八九十\d]+)")
_ACHIEVED = re.compile(r"迈出[^，。；]{0,6}步伐|取得[^，。；]{0,8}(?:成效|成绩|进展|突破|成果)|迈上[^，。；]{0,6}台阶")
_PART_OF_THE_LAST = re.compile(r"\s*其中[，,]")
# 现已新增20条，其中市本级17条、闽侯1条: the parts of a figure just given, in its tense
_BROKEN_DOWN = re.compile(r"[，,]其中[^，。；：！？\d]{0,12}"
                          r"|、(?![^，。；\d]{0,8}(?:计划|年度|当年|年内|力争|确保|将|预计|预期))[^，。；：！？\d、]{1,8}")
# 其中水田97275亩，旱田70095亩: the next part of the whole broken down
_NEXT_PART = re.compile(r"[，,](?![^，。；\d]{0,8}(?:计划|年度|当年|年内|力争|确保|将|预计|预期|新增|新建))"
                        r"[^，。；：！？\d、]{1,8}")
_QUOTED_PLEDGE = re.compile(r"(?:增长|实现|达到|突破|完成|新增|落实|力争|确保|控制在|建成|新建|开工|引进|培育|"
                            r"向[^”]{0,6}(?:发起|冲击|迈进))")
_QUOTED_FIGURE_OF = re.compile(r"[\u4e00-\u9fff]{2}(?:增长|达到|突破|完成|控制在|下降|提高到|脱贫)$")
# 全乡辖5个行政村51个村民组，总户数3645户…: a profile of the region as it stands
_PROFILE = re.compile(r"\s*(?:全[省市县区乡镇村旗]|本[市县区乡镇村])(?:现)?(?:辖|下辖|共辖|总面积|国土面积|版图面积)")
# 某县地处某省东北部，…南北长38公里，…区域面积1225平方公里，辖19个乡镇: where it lies, its size
_LIES_AT = re.compile(r"(?:地处|位于)[^，。；]{0,20}(?:部|之间|交界|腹地)[，,][^。；]{0,40}(?:面积|辖)")
# 投资120余万元，完成了某线道路拓宽改造工程: what the money was spent on is done
_DONE_AFTER_IN_SENTENCE = re.compile(r"[^。；！？]{0,24}?[^为除到\d]了(?![解结])")
# 亿元以上项目54个，比去年同期增加33个: the increase on last year's same period
_SINCE_LAST_YEAR = re.compile(rf"{_ON_LAST_YEAR_S_PERIOD}$")
# 粮食产量达25亿斤，创历史新高: a record set is done
_RECORD_SET = re.compile(r"创(?:历史)?新高|创历史最好|创历史最高|历史最好水平|历史最高水平")
# 176个村“家园清洁”行动已全部通过验收: what the figure counts is already done (but 126条黑臭水体
# 治理已完成120条: the task's size, then the part done)
_DONE_AFTER = re.compile(
    r"[^，。；！？]{0,28}?(?:已(?:经)?(?:全部|基本|全面|顺利)?(?:完成|通过|建成|开工|复工|开复工|投用|投产|落实|竣工|实现)"
    r"|正在(?:建设|改造|施工|推进|实施|开展)"  # (另有8个正在改造: in hand now)
    r"|(?:相继|陆续|先后|均已)(?:开工|复工|开复工|建成|竣工|投产|投用|完工)(?!率))")  # 73个工程相继开工
_COMMITTED = re.compile(r"将|要|力争|确保|争取|计划|预期|目标|努力|力求|拟")
_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d{2})年[，,]")
_ENDS_DONE = re.compile(r"了[^。，；！]{0,16}[。！]?$")


def _names_plan_year(s: str, plan_year: int | None) -> bool:
    """A year from the plan year on, written out (2024年)."""
    return plan_year is not None and plan_year > 0 and any(y >= plan_year for y in _years_written(s))


def _names_future(s: str, plan_year: int | None) -> bool:
    """今年, 明年, 年内, or a year from the plan year on."""
    return bool(re.search(r"今年|明年|年内|新的一年", s)) or _names_plan_year(s, plan_year)


# lx.FUTURE_MARKERS without 要 (inside 主要, 重要), 预计 (a review's estimate of its own year),
# 力促 and 必须 (rare, and said of past efforts too): any of these in a line means no review
_FUTURE_WORD = re.compile(r"今年|明年|年内|力争|确保|争取|预期|计划|将|努力|力求|年底|拟|新的一年|目标")
# 预计2023年，全县地区生产总值完成57.16亿元; 预计全年完成工业投资6.67亿元: what the year
# closing is estimated to reach (a plan says 预期, or 力争/可 before the verb)
_ESTIMATE_OF_THE_YEAR = re.compile(
    r"预计(?:(?:19|20)\d{2}年|全年)(?!底|末)[，,]?[^。；！？可将力确争]{0,30}?(?:完成|实现)")
# a first estimate (初步预计, 初步统计) measures a period already gone, whatever its words
_BY_A_YEAR = re.compile(r"到(?:19|20)\d{2}年")
_FIRST_ESTIMATE = re.compile(r"初步(?:预计|统计|核算|测算)|据初步")
_AGENDA = re.compile(r"审议|会议主要任务|会议议程")  # (提请…审议法规草案12件 is a plan)
# A heading that opens a task (做大做强实体经济, 狠抓重大项目建设), not a group of targets
# (经济发展, 社会民生): the list of expected targets above it has ended.
_TASK_HEADING = re.compile(rf"(?:大力)?(?:{VERBS}|狠抓)")  # (深入, 高质量, 做大… are in VERBS)
_GEOGRAPHY_BEFORE = re.compile(
    r"(?:只有|仅有|却有着|面积为|(?<!完工|竣工|开工|施工|建成|新建|改造)总面积|国土面积|陆域面积|海域面积|建设面积|"
    r"辖区面积|(?:直线)?距离|(?:大陆|海)?海岸线长|"
    r"地处[^，。；]*)约?$")
_DELEGATES = re.compile(r"[\u4e00-\u9fff]{0,4}(?:代表|委员)")
_DELEGATES_BEFORE = re.compile(r"(?:代表|委员|应到|实到|请假|缺席|列席)(?:名额)?(?:为|共)?$")  # (代表名额为338名)
_ESTIMATE_OPENS = re.compile(r"\s*(?:[^，。；]{0,16}[，,])?(?:初步)?预计(?:[，,]|全年)"
                             r"|\s*[^，。；]{0,24}?预计(?:完成|实现|达到|增长|突破|超过|分别)")
_REVIEW_INTRO = re.compile(
    r"(?:一年来|过去一年|过去五年|五年来|去年)[，,]?[^。]{0,8}?[抓做干]了以下[^。]{0,6}工作[：:]"
    r"|报告在回顾(?:19|20)\d{2}年工作时|回顾了(?:19|20)\d{2}年(?:的)?工作"
    r"|(?:取得的)?主要(?:成效|成绩)(?:有|是|如下)?[：:]")
# 52个合作项目进展顺利: how things stand, not a quantity to reach
_STATE_OF_PROGRESS = re.compile(r"进展顺利|进展良好|运行良好|运转良好|顺利实施|成效明显|成效显著")
_QUESTION = re.compile(r"^\s*(?:问|记者)[：:]")
_ANSWER = re.compile(r"^\s*(?:答|[\u4e00-\u9fff]{2,4})[：:]")
_LEAD_TIME = re.compile(r"^(?:\s*(?:问|答|记者)[：:])?(?:今年|明年|(?:19|20)\d{2}年)?[，,]?")


def _lead_region(sentence: str, subregions: list[tuple[str, str, bool]]) -> str | None:
    """The sub-region a paragraph starts with (德清：…, 问：今年甲县…)."""
    lead = _LEAD_MARKS.sub("", sentence)
    lead = _LEAD_TIME.sub("", lead, count=1)
    for name, code, _ in subregions:
        if lead.startswith(name):
            return code
    return None


def _reporting_order(doc: Document, subregions: list[tuple[str, str, bool]],
                     named_anywhere: bool = False) -> list[str]:
    """Sub-regions that lead paragraphs of their own, in the order the text first names them."""
    if not subregions:
        return []
    leads = {c for sent in doc.sentences if (c := _lead_region(sent.text, subregions))}
    if named_anywhere:  # found by lead_divisions: each one leads
        leads = {code for _, code, _ in subregions}
    else:  # a text about several sub-regions names them in its title or lead
        opening = doc.text[:300]
        leads = {c for c in leads
                 if any(code == c and name in opening for name, code, _ in subregions)}
    if len(leads) < 2:
        return []
    first: dict[str, int] = {}
    for name, code, _ in subregions:
        if code in leads and (p := doc.text.find(name)) >= 0:
            first[code] = min(first.get(code, p), p)
    return sorted(first, key=first.__getitem__)


# After a division's name at the head of a paragraph: the name is its subject (卫辉市提出…),
# not a word that merely starts with it
_AFTER_LEAD_NAME = re.compile(r"[：:]|提出|确定|围绕|将|要|力争|确保|今年|明年|全年|(?:19|20)\d{2}年|"
                              r"大力|坚持|聚焦|计划|预计|目标")


def lead_divisions(doc: Document) -> list[tuple[str, str, bool]]:
    """(name, code, is_full_name) of the divisions anywhere in the country that lead paragraphs
    of their own in a text that does not say whose report it is: a name alone on its line
    (广州 above its bullets), or a name as the subject of a paragraph (卫辉市提出的目标是…).
    Short names count only alone on a line or before a colon."""
    from kg.reference import divisions

    table = divisions()
    found: dict[str, tuple[str, str, bool]] = {}
    text = doc.text
    for sent in doc.sentences:
        line_start = not sent.start or text[sent.start - 1] == "\n" or sent.heading
        lead = _LEAD_TIME.sub("", _LEAD_MARKS.sub("", sent.text), count=1)
        # a clause that opens on a full name and what it set out: …，卫辉市提出的目标是：
        heads = [lead] + [m.group(1) for m in _CLAUSE_LEAD.finditer(lead)]
        for i, head in enumerate(heads):
            norm = normalize_name(head[: table.max_name_length + 1])
            for length in range(min(len(norm), table.max_name_length), 1, -1):
                matches = table.named_normalized(norm[:length])
                if len(matches) != 1:
                    continue
                d, rest = matches[0], head[length:].strip()
                full = norm[:length] == normalize_name(d.name)
                alone = line_start and i == 0 and (not rest or rest[0] in "：:")
                if alone or (full and (i > 0 or _AFTER_LEAD_NAME.match(rest))):
                    found.setdefault(d.code, (head[:length], d.code, full))
                break
    return sorted(found.values(), key=lambda t: -len(t[0]))


_CLAUSE_LEAD = re.compile(r"[，,]([\u4e00-\u9fff]{2,12}?(?:提出|确定)的?(?:目标|任务))")


def _named_before(s: str, pos: int, subregions: list[tuple[str, str, bool]]) -> str | None:
    """In a text about several sub-regions, the one named last before ``pos`` in the sentence
    (a headline: A县GDP增长8%左右　B县GDP突破300亿元)."""
    best, best_pos = None, -1
    for name, code, _ in subregions:
        p = s.rfind(name, 0, pos)
        if p > best_pos:
            best, best_pos = code, p
    return best


def _distribute_regions(goals: list[GoalMention], reporting: list[str],
                        subregions: list[tuple[str, str, bool]]) -> None:
    """两县分别新增就业2500人、2800人: the k-th value goes to the k-th sub-region introduced."""
    i = 0
    while i < len(goals):
        g = goals[i]
        j = i
        while j + 1 < len(goals) and goals[j + 1].sentence is g.sentence and goals[j + 1].unit == g.unit \
                and 0 <= goals[j + 1].start - goals[j].end <= 2:
            j += 1
        group = goals[i : j + 1]
        if (len(group) == len(reporting) and "分别" in g.sentence
                and re.search(r"[两二三四五][县区市旗]|[两二三四五]地", g.sentence)
                and not any(name in g.sentence for name, _, _ in subregions)):
            for m, code in zip(group, reporting, strict=True):
                m.region_code = code
        i = j + 1


_BULLET = re.compile(r"\s*[●○■□◆◇▪•★☆◎]")
_LIST_ITEM_START = re.compile(r"^\s*(?:\d+[．.、]|[（(]\d+[)）]|——|—|-|·|•|[●○■□◆◇▪]|[①-⑳])")


# Someone outside the government quoted in a news piece (a firm's manager, a villager): their
# plans are not the government's targets.
_OTHER_SPEAKER = re.compile(
    r"(?:负责人|董事长|总经理|经理|老板|店主|村民|市民|居民|游客|企业家|创始人|业主)"
    r"[\u4e00-\u9fff]{0,4}(?:告诉记者|对记者说|向记者介绍|表示|说|介绍)[，：:]"
)


_ITEM_NUMBER_BEFORE_FIGURE = re.compile(r"\s*(\d{1,2})\.(?=\d)")


def _without_item_number(text: str, sent: Sentence) -> str:
    """The sentence with a list item's number blanked when a figure follows it (2.50个小区新增…
    between 1.… and 3.… lines: item 2, then 50个), so that the two are not read as one decimal."""
    m = _ITEM_NUMBER_BEFORE_FIGURE.match(sent.text)
    if not m or (sent.start and text[sent.start - 1] != "\n"):
        return sent.text
    n = int(m.group(1))
    if not any(re.search(rf"(?m)^\s*{k}[.．、](?!\d)", text) for k in (n - 1, n + 1) if k > 0):
        return sent.text
    return " " * m.end() + sent.text[m.end():]


# (目前，某省已…绘就蓝图，根据规划，未来3年…要增加到700万亩: a plan after how things stand)
_PLEDGE = re.compile(r"力争|确保|争取|努力|力求|[根按]据规划|按照规划|未来[\d一二三两四五]{1,2}年")


def _so_far_before(s: str, q: Quantity) -> bool:
    """The year so far (截至11月20日, 1至9月) or progress against the year's task (完成…的109%)
    speaks for ``q``, unless a pledge after it does (…，确保实现106亿元，完成…任务的110%)."""
    pledged = max((m.end() for m in _PLEDGE.finditer(s, 0, q.start)), default=-1)
    so_far = [m.start() for m in _YEAR_TO_DATE.finditer(s, 0, q.start)]
    so_far += [m.start() for m in _PROGRESS_RATIO.finditer(s) if m.end() <= q.start]
    if pledged < 0:
        return bool(so_far) or bool(_PROGRESS_RATIO.search(s))
    return any(at > pledged for at in so_far)


def _others_plan(s: str, pos: int) -> bool:
    """(该负责人表示，今年我市将…: an official speaking for the government's own plan)"""
    said = _last_match(_OTHER_SPEAKER, s, pos)
    return said is not None and not _GOVERNMENT_VOICE.search(s, said.end(), pos)


_GOVERNMENT_VOICE = re.compile(r"[我全][省市县区旗州盟]")


def _is_stock(clause: str) -> bool:
    """依托区内12个…/现有4家…: existing stock. But 依托X开行班列1300列 is a plan that relies on X:
    a verb between the marker and the number ends the stock phrase."""
    for w in lx.STOCK_MARKERS:
        p = clause.rfind(w)
        if p < 0:
            continue
        if w.endswith("共") and _PLANNED_ALL_TOLD.match(clause, p + len(w)):
            continue  # 全区共安排重点建设项目191个: the year's programme, all told
        if w != "依托" or not _STOCK_ENDED.search(clause, p + len(w)):
            return True
    return False


_PLANNED_ALL_TOLD = re.compile(r"(?:计划|拟)?(?:安排|实施|谋划|确定|梳理|筛选|储备|列入|推进)")


_PROGRAMME_AFTER = re.compile(
    r"[^，。；、：]{0,8}?(?:实事|好事|大事|重点工作|重点任务|工作任务|战略任务|专班|指挥部|领导小组|要点|方面)|底线|红线|生命线|(?:主要|具体|量化|预期性|约束性)?指标|"
    r"[^，。；、：]{0,10}?(?:意见|措施|政策|办法|细则)(?:[，。；、]|$)|"  # 提出25条…实施意见: a policy's articles
    r"(?:先进|优秀|标兵)(?:[，。；、]|$)|[^，。；、：]{0,4}?工作(?:[，。；：]|$)")
_STOCK_ENDED = re.compile(rf"(?:{VERBS}|开行|开通|开展|新增|接待|组织|举办)")


def _distribute_comparators(goals: list[GoalMention]) -> None:
    """分别增长7%、8%以上: the trailing comparator speaks for every value of the list."""
    for i, g in enumerate(goals[:-1]):
        if g.comparator != "exactly" or "分别" not in g.sentence:
            continue
        j = i
        while j + 1 < len(goals) and goals[j + 1].sentence is g.sentence and _joined(goals[j],
                                                                                     goals[j + 1]):
            j += 1
        if j > i and goals[j].comparator in ("about", "at_least", "at_most"):
            g.comparator = goals[j].comparator
    for i, g in enumerate(goals[1:], 1):  # 分别低于47μg/m3、61μg/m3: a leading one speaks for all too
        first = goals[i - 1]
        if (g.comparator == "exactly" and first.comparator in ("at_least", "at_most")
                and g.sentence is first.sentence and "分别" in g.sentence and _joined(first, g)
                and re.match(r"(?:低于|不超过|不高于|高于|不低于|超过|至少)", first.text)):
            g.comparator = first.comparator


def _distribute_subjects(goals: list[GoalMention]) -> None:
    """城镇居民、农村居民人均可支配收入分别增长7%、8%: each value gets its own subject, with
    the noun the subjects share (城镇、农村居民人均可支配收入 → 城镇居民…, 农村居民…);
    城乡居民…分别 is split into 城镇/城市 and 农村."""
    i = 0
    while i < len(goals):
        j = i
        while j + 1 < len(goals) and goals[j + 1].sentence is goals[i].sentence and _joined(
                goals[j], goals[j + 1]):
            j += 1
        group, i = goals[i:j + 1], j + 1
        s = group[0].sentence
        at = _respectively_before(s, group[0].text.strip())
        if len(group) < 2 or at < 0:
            continue
        subject = _strip_words(re.split(r"[，；：:。]", s[:at])[-1].strip(),
                               lx.INDICATOR_NOISE_PREFIX + lx.INCREMENT_VERBS,
                               lx.INDICATOR_NOISE_SUFFIX)
        parts = [p for p in re.split(r"[、和与]", subject) if p]  # 及 joins inside a name
        if len(parts) == 1 and parts[0].startswith("城乡") and len(group) == 2:
            rest = parts[0][2:]
            parts = [("城镇" if rest.startswith("居民") else "城市") + rest, "农村" + rest]
        if len(parts) != len(group):
            continue
        first, last = parts[0], parts[-1]
        shared = last[len(first):] if len(first) <= 4 and len(last) > len(first) + 1 else ""
        head = _MEASURE_HEAD.search(last)
        if not shared and head and not _MEASURE_HEAD.search(first):
            shared = head.group(0)  # 甲、乙产业产值: 甲产业产值 too
        for g, part in zip(group, parts, strict=True):
            g.indicator = part if part is last else part + shared
            if g.kind in ("share", "growth") and g.unit in _RATE_UNITS:  # (the list's kind was
                # read off all the subjects: 失业率、价格指数分别控制在4%、3%以内)
                g.kind = "growth" if _PRICE_RISE.search(g.indicator) else "share" if (
                    _RATE_LEVEL.search(g.indicator)) else g.kind


def _respectively_before(s: str, first: str) -> int:
    """Where the 分别 that leads to the value ``first`` stands in ``s`` (A分别增长7%、8%；B和C分别
    控制在4%、3%以内: each list has its own), or -1."""
    p = s.find(first)
    while p >= 0:
        if (at := s.rfind("分别", max(0, p - 8), p)) >= 0:
            return at
        p = s.find(first, p + 1)
    return -1


_PRICE_RISE = re.compile(r"价格|指数|涨幅")
_RATE_LEVEL = re.compile(r"(?<!增长)率$|自然增长率$")  # 失业率, 人口自然增长率; not 产值增长率
_MEASURE_HEAD = re.compile(r"(?:产业)?(?:总产值|产值|营收|营业收入|主营业务收入|增加值|投资|产量|销售额|"
                           r"交易额|规模)$")


def _marked_as_plan(h: GoalMention) -> bool:
    """A target some word marks as one: a qualifier, or a word of the future before it in its
    sentence (not two groups of projects told alike, each with its 总投资 and 年度计划投资)."""
    head = h.sentence[:max(0, h.sentence.find(h.text))]
    return h.qualifier is not None or _speaks_of_future(re.sub(r"计划(?=(?:完成)?投资)", "", head))


def _figures_before_their_plan(goals: list[GoalMention], undecided: set[int],
                               text: str) -> list[GoalMention]:
    """Figures nothing marked as targets that a later sentence plans for anew: 地区生产总值完成
    125亿元，增长7.5%。…今年，地区生产总值增长7%左右 — the first is last year's figure. The
    indicator's later target must be marked (a time, a commitment, a plan heading or list) and
    differ in value; the figure's sentence, and the rest of its paragraph up to that target, go
    with it."""
    out: list[GoalMention] = []
    for i, g in enumerate(goals):
        if id(g) not in undecided or g in out or len(g.indicator) < 2:
            continue
        plan = next((h for h in goals[i + 1:] if id(h) not in undecided and h.sentence is not g.sentence
                     and h.indicator == g.indicator and h.unit == g.unit and h.value != g.value
                     and _marked_as_plan(h)), None)
        if plan is None:
            continue
        for f in goals:
            if id(f) in undecided and f not in out and (f.sentence is g.sentence or (
                    g.start < f.start < plan.start and "\n" not in text[g.start:f.start])):
                out.append(f)
    return out


def _inherit_subjects(goals: list[GoalMention]) -> None:
    """甲产值增长15%，达到440亿元: a clause that opens on its verb has the previous clause's
    subject."""
    for prev, g in pairwise(goals):
        if g.indicator or g.sentence is not prev.sentence or not prev.indicator:
            continue
        s = g.sentence
        at = s.find(g.text.strip(), s.find(prev.text.strip()) + len(prev.text.strip()))
        if at < 0:
            continue
        clause = re.split(r"[，；：]", s[:at])[-1]
        if len(clause) <= 6 and _OPENS_ON_VERB.match(clause):
            g.indicator = prev.indicator
        elif _STRIVE_FURTHER.fullmatch(s[s.find(prev.text.strip()) + len(prev.text.strip()):at]):
            g.indicator = prev.indicator  # 增长7%以上、力争达到8%: the same growth, striven for
            if prev.kind == "growth" and g.unit == prev.unit == "%":
                g.kind = "growth"


_STRIVE_FURTHER = re.compile(r"[、，,]?(?:力争|争取|努力)(?:达到|实现)?")
_OPENS_ON_VERB = re.compile(r"(?:力争|确保|争取|年均)?(?:增长|比增|达到|突破|超过|实现|提高到|提升到|增加到|"
                            r"下降|降低|减少|控制在|稳定在|保持在|增速|增幅|$)")


def _joined(a: GoalMention, b: GoalMention) -> bool:
    """Two values of one list (7%、8%; 4.2%、2.5‰: rates alike)."""
    return 0 <= b.start - a.end <= 2 and (a.unit == b.unit or {a.unit, b.unit} <= set(_RATE_UNITS))


_YEAR_IN_A_NAME = re.compile(r"[^，。；：\d]{2,30}?(?:项目|工程)(?:[、和及，,。；]|等|$)")
# a year in a heading, not a count (改造2000个行政村配电网)
_HEADING_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.]|[个家项所座条套户万亿元吨亩公里人名辆台米千%％])")


_HOW_IT_WENT_LAST = re.compile(r"(?:完成|执行|进展|推进|落实)情况(?:的?报告)?[\s】\]〕]*$")


def _heading_mode(title: str, plan_year: int | None) -> str | None:
    review = any(w in title for w in lx.REVIEW_HEADING)
    title_years = [int(y) for y in _HEADING_YEAR.findall(title)]
    if ("工作报告" in title and not review and not any(w in title for w in lx.PLAN_HEADING)
            and not (plan_year and title_years and max(title_years) < plan_year)):
        return None  # 2021年某区政府工作报告: the report's title names no part of it
    if re.search(r"社会发展计划(?:[（(]?草案[)）]?)?$", title) and not review:
        return None  # 某省2023年国民经济和社会发展计划: a plan report's title, over its review too
    if review and not any(w in title for w in lx.PLAN_HEADING):
        return "review"  # 一、2023年工作回顾, whatever the plan year was taken to be
    last_part = re.split(r"[，,]", title.strip("【】[]〔〕 "))[-1].strip()
    if (verdict := _VERDICT_HEADING.fullmatch(last_part)) and not _PLAN_FIELD_FIRST.match(verdict.group("field")):
        # (在…上迈出新步伐: a plan's aim; 高质量发展开启新篇章: a noun, though 高质量 leads verbs)
        return "review"  # （一）全面深化改革，营商环境持续优化: a verdict on a field (a plan's is verb first)
    undated = re.sub(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日", "", title)
    years = [int(y) for y in _HEADING_YEAR.findall(undated)]
    if _HOW_IT_WENT_LAST.search(title) and (not years or not plan_year or max(years) >= plan_year):
        return None  # 2022年政府工作报告目标任务半年完成情况: the year's targets and how they went
    if plan_year and years:  # (| 招商动态 |2018-04-24: a page's date names no part of the report)
        return "review" if max(years) < plan_year else "plan"
    if review and re.search(r"展望|今后|未来|明年", title):
        return None  # 总结过去五年历程 展望未来五年宏图: a headline over both parts
    if review:
        return "review"
    if any(w in title for w in lx.PLAN_HEADING):
        return "plan"
    return None


_ASIDE = re.compile(r"[（(][^（()）]{0,40}[)）]")

# In a review section 预计 is the estimate for the year just ended (预计，全年实现…增长5%), and
# the softer markers are mostly nouns (预期转弱, 目标定位, 计划的63%, 将…列为…): only an
# explicit time or commitment (今年, 明年, 力争, 确保…, or the plan year) makes a target there.
_NOT_FUTURE_IN_REVIEW = ("预计", "预期", "计划", "目标", "将", "要", "努力", "拟", "力求", "力促",
                         "争取")  # 争取资金10亿元 in a review: funds obtained


# The year so far, in a report or news piece given during the year: 今年前4个月, 今年以来, 1—5月
_YEAR_TO_DATE = re.compile(
    r"(?:今年|年初)以?来|今年前[一二三四五六七八九十\d]+个?(?:月|季度)|(?:^|[，。；,;])前[一二三四五六七八九十\d]+个?(?:月|季度)"
    r"|(?<!\d)[1元][-—–~至](?:[2-9]|1[01])(?:月|(?=全[省市县区]))"  # (元-4月: January to April; 1-9全市: 月 lost)
    r"|截[止至]到?(?:目前|\d{1,2}月(?:\d{1,2}日|底|末)?)"  # 截止到3月15日完成…: the year so far
    r"|(?:^|[，。；])(?:今年)?至\d{1,2}月(?:底|末|\d{1,2}日)[，,]"  # 至5月底，已有3条…: so far
    r"|目前[，,]?[^。；]{0,30}?(?:已|共|累计)"  # 目前，某县园区已发展到5家…: how things stand
    r"|目前[，,]?[^。；有]{0,12}有(?!望|序|效|力)")  # 目前，某市有151家机器人企业


# 上半年全市共接待游客…, 今年一季度…增长, 2022年上半年，实现…: the part of the year gone,
# unless a plan follows it (上半年力争开工…)
_PART_OF_YEAR = re.compile(
    r"(?:^|[，。；]|^\s*(?:——|—|[●○■□◆◇▪•·])\s*|^[\u4e00-\u9fff]{1,6}[省市县区旗州镇乡])"  # (——上半年…: a bullet)
    r"(?:全[省市县区旗州镇乡])?(?:今年|(?:19|20)\d{2}年)?"
    r"(?:上半年|前三季度|第一季度|一季度|首季度?)"
    r"(?!前|内|末|开工|建成|完成|投产)")  # (某县上半年财政收入超15亿元: a headline)


def _sentence_tense(s: str, plan_year: int | None, mode: str) -> str | None:
    """The tense a whole sentence leaves its paragraph in. 今年以来 (the year so far) is a
    review of it, not a word of the future (今年以来，某镇…有了新突破。⏎一是…)."""
    said = _tense(s, len(s), plan_year, mode)
    if said == "future" and (so_far := _YEAR_TO_DATE.search(s)):
        rest = s[:so_far.start()] + "　" * len(so_far.group()) + s[so_far.end():]
        said = _tense(rest, len(rest), plan_year, mode) or "past"
    if said == "future" and _LOOKING_BACK.search(s) and not _names_future(s, plan_year):
        said = "past"  # 一年来，…紧紧围绕…战略目标，…保持平稳健康发展。: 目标 is a noun here
    return said


_LOOKING_BACK = re.compile(r"(?<![\u4e00-\u9fff])(?:一年来|过去的?一年|五年来|过去五年)[，,]")


def _part_of_year_so_far(s: str, upto: int) -> bool:
    ends = [m.end() for m in _PART_OF_YEAR.finditer(s, 0, upto)]
    if not ends:
        return False
    if re.match(r"(?:全[省市县区州])?(?:计划|力争|确保|要|将|拟)", s[ends[-1]:]):
        return False  # 一季度计划开工重点项目95个: the quarter's plan
    for w in lx.FUTURE_MARKERS:
        p = s.find(w, ends[-1], upto)
        while p >= 0:
            if w == "预计" and not re.match(r"预计(?:新)?(?:开工|开复工|复工|签约)", s[p:]):
                pass  # 上半年，地区生产总值预计实现65.3亿元: the months' own estimate (一季度预计开工9项: a plan)
            elif not _not_future_here(s, w, p):
                return False
            p = s.find(w, p + 1, upto)
    return True


def _tense(s: str, upto: int, plan_year: int | None, mode: str = "plan") -> str | None:
    """'past' or 'future' from the nearest time/commitment marker before ``upto`` in ``s``."""
    best_pos, best = -1, None
    estimate_at = -1  # where 预计 (an estimate) decided: of a past year if one is named first
    last_year_before_estimate = 0
    head = s[:upto]
    marked = _ASIDE.sub(lambda a: "　" * len(a.group()), head)  # （预计数，下同）: an aside says nothing
    # “疫情要防住、经济要稳住”: a quoted slogan's 要 says nothing of the sentence's time
    marked = re.sub(r"“[^“”]{2,40}”", lambda a: "　" * len(a.group()), marked)
    marked = _UNQUOTED_SLOGAN.sub(lambda a: "　" * len(a.group()), marked)  # the same, its quotes lost
    for words, tense in ((lx.PAST_MARKERS, "past"), (lx.FUTURE_MARKERS, "future")):
        for w in words:
            if mode == "review" and w in _NOT_FUTURE_IN_REVIEW:
                continue
            p = marked.rfind(w)
            while p > best_pos and tense == "future" and _not_future_here(head, w, p):
                p = marked.rfind(w, 0, p)
            while p > best_pos and tense == "past" and head[p - 1:p] in ("与", "比", "较", "同") and p > 0:
                p = marked.rfind(w, 0, p)  # 与上年度持平: last year as a base, not the time spoken of
            if p > best_pos and not (w == "将" and head[p - 1 : p] in ("即", "并")):
                best_pos, best = p, tense
                estimate_at = p if w in ("预计", "预期") else -1
    for m in _PLAN_PERIOD.finditer(head):  # “十一五”期间 in a 2011 report: a period gone
        first = lx.FIVE_YEAR_PLAN_START[m.group(1)]
        if plan_year and m.start() > best_pos and (first + 4 < plan_year or first >= plan_year):
            best_pos, best = m.start(), "past" if first + 4 < plan_year else "future"
            estimate_at = -1
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(head)]
    for m in YEAR.finditer(head):
        if _YEAR_DATE.match(head, m.start()) or head[max(0, m.start() - 1):m.start()] in (
                "比", "较", "与", "同", "于"):
            continue  # a date, or 比2010年翻一番: a comparison base, not a time
        if any(a <= m.start() < b for a, b in asides):
            continue  # 支出（扣除2024年专项资金）增长4%: a year in an aside says nothing of tense
        if _YEAR_IN_A_NAME.match(head, m.end()) and re.search(r"[\u4e00-\u9fff]$", head[:m.start()]) and (
                head[m.start() - 1] not in "在于到至从自是的为"):
            continue  # 某旗2021年森林植被恢复项目: a project named by its year, no time spoken of
        if re.match(r"(?:的|同期)?水平|的?基础上", head[m.end():]):
            continue  # 恢复到2019年水平, 在2000年基础上翻番: a comparison base too
        y = int(m.group(1))
        if m.start() > best_pos and plan_year:
            best_pos = m.start()
            best = "future" if y >= plan_year else "past"  # 由…增加到2015年的…: past too
        elif m.start() < estimate_at and not re.search(r"[。；]", head[m.end():estimate_at]):
            last_year_before_estimate = y
    if best == "future" and estimate_at >= 0 and best_pos == estimate_at and any(
            (p := marked.rfind(w, 0, estimate_at)) >= 0
            and not re.search(r"[。；]|今年|明年|年内|新的一年", head[p + len(w):estimate_at])
            for w in lx.PAST_MARKERS):
        return "past"  # 回顾过去5年…，某增加值预计达到2200亿元: an estimate inside the review
    if plan_year and last_year_before_estimate and last_year_before_estimate < plan_year and not (
            best == "future" and estimate_at >= 0 and best_pos > estimate_at):
        best = "past"  # 2021年，某县经济预计增长10%: last year's estimate, an actual
        # (…预计可实现全年预期目标，2025年计划增长5%: the plan year named after the estimate)
    if best == "past" and _FROM_LAST_YEAR_TO.search(head):
        return "future"  # 涨幅从去年的5%左右下降到3%左右: last year's level is the start, not the time
    return best


_FROM_LAST_YEAR_TO = re.compile(
    r"[从由](?:去年|上年)[^，。；]{0,12}?[，,]?(?:下降|降低|减少|回落|提高|提升|增加|增长|扩大|缩小)?(?:到|至)$")


# A five-year plan's period named as a time (“十三五”时期, 十一五期间)
_PLAN_PERIOD = re.compile(r"“?(十[一二三四五六]五)”?(?:规划)?(?:时期|期间|以来)")


# A future marker inside a word or phrase that says nothing about the future: 重要/主要 (要),
# 超预期/好于预期 (预期), 完成…确定的目标任务 (targets already met).
_NOT_FUTURE = {
    "要": re.compile(r"(?<=[重主需纲首摘只必])要|要(?=[素闻求点])"),
    "年内": re.compile(r"年内(?=蒙古)"),  # 2022年内蒙古高原生态保护工程: 年 and 内蒙古
    "确保": re.compile(r"确保了"),  # 及时出台措施，确保了经济平稳较快增长: what was made sure of
    "预期": re.compile(r"(?<=[超于合及出])预期|(?<=在)预期(?=[的之内])"  # 运行在预期的合理区间
                     r"|(?:完成|实现|达到)了?[^，。；]{0,10}?预期(?=目标|指标)"),  # 顺利完成年度预期目标
    "预计": re.compile(r"(?<=[超于合及出])预计"),
    "目标": re.compile(r"目标任务|(?<=[定达])的?目标|(?:完成|实现)了?[^，。；]{0,24}目标|(?<=[于超]预期)目标"
                     r"|围绕[^，。；]{0,30}?(?:奋斗|发展|总体|战略)?目标"  # 紧紧围绕“某某”奋斗目标: a noun
                     r"|(?:塌|低于|高于|超过?|快于|慢于|落后于?|差)(?:年度|全年|序时)?目标"),  # a gap to the target
    # a plan as a thing, not a plan to do: 完成年计划的63%, 超计划, 按计划, …行动计划, a sum
    # (项目10个，计划总投资8亿元), a programme's projects (火炬计划项目3项), a plan report's
    # review (2022年社会发展计划…，计划执行情况总体较好)
    "计划": re.compile(r"(?<=[年月季超按原”五度])计划|(?:完成|实现|落实|执行)[^，。；]{0,12}计划"
                     r"|行动计划|计划(?=的|数|任务|单列|总投|项目|执行)|(?<=社会发展)计划"),
    "将": re.compile(r"即将"),  # 已经建成，即将投产: how a project stands
    "今年": re.compile(r"(?:截至|截止|截止到)今年(?:底|末|年底)"),  # 截至今年底，9家企业…: this year so far
    "新的一年": re.compile(r"(?<=[创革更清焕])新的一年"),  # 开拓创新的一年: a year of innovation
}


def _not_future_here(head: str, w: str, p: int) -> bool:
    rx = _NOT_FUTURE.get(w)
    if rx is None:
        return False
    return any(m.start() <= p < m.end() for m in rx.finditer(head, max(0, p - 30), p + len(w) + 2))


def _needs_boundary(s: str, q: Quantity) -> bool:
    return q.start > 0 and s[q.start - 1].isdigit()


_SLOGAN_VERB_AFTER = re.compile(r"(?:加快|推进|坚持|提升|聚焦|突出|强化|确保|抓好|做到|坚定|深化|落实|统领|短板|弱项)"
                                r"(?![\u4e00-\u9fff]{0,2}(?:项目|工程|村|镇|企业))")
_NUMERAL_PREFIX = re.compile(
    r"[零〇一二两三四五六七八九十百千万点]+?(?=[万亿]?(?:[^零〇一二两三四五六七八九十百千万点]|$))"
)


_ONE_EACH = re.compile(r"(?:每个|每一个|至少)[^，。；]{0,10}?(?:建成|建设|引进|打造|培育|新建|创建)$")


def _plausible_chinese_numeral(s: str, q: Quantity, boundaries: set[int]) -> bool:
    """Reject 一批, 统一条…, 三个基础产业 (a count summarising the list just given)."""
    if re.search(r"[百千]分之", s[q.start:q.end]):
        return True  # 百分之六, 千分之四: an explicit percentage or per mille
    num_start = q.start
    while num_start < q.end and not (_CN_NUMERAL.match(s[num_start:]) or s[num_start].isdigit()):
        num_start += 1
    if num_start not in boundaries and not (num_start > 0 and s[num_start - 1] in "超约近逾达"):
        return False
    numeral = _NUMERAL_PREFIX.match(s, num_start)
    if not numeral:
        return True
    try:
        v = {"百": 100.0, "千": 1000.0}.get(numeral.group(0)) or parse_number(numeral.group(0))
    except ValueError:
        return False  # (百万吨, 千亿元: a bare 百/千 the parser read as an amount already)
    if v <= 1 and not q.unit.startswith(("万", "亿")) and not (q.unit == "个" and _ONE_EACH.search(
            clause_before(s, num_start))):
        return False  # 一批, 一流…; but 一万套 is a number, and 每个县建成一个… a count per county
    if v <= 10:
        clause = clause_before(s, num_start)
        if "、" in clause and "等" not in clause[-3:]:
            return False  # 做优A、B、C三个…: the count of a list, not a commitment
        if s[max(0, num_start - 1) : num_start] in ("“", "‘", "「"):
            return False
        if _SLOGAN_VERB_AFTER.match(s, q.end):
            return False  # 放在三个加快上, 做到两个坚持: a slogan's count of verbs
    return True


# (not 总投资4000亿元的优质项目库: a bank of projects, its size a target)
_ATTRIBUTIVE_NAME_AFTER = re.compile(
    r"(?:以上)?的(?!目标|任务|计划|要求|基础|水平|规模|投资|优质|重点|重大|项目|一批|各类)[\u4e00-\u9fff]{2}")


_ONCE_BUILT = re.compile(r"(?:建成|投产|达产|达效|竣工|运营|投用|完工)(?:投产|达产|达效|运营|投用)?后")


def _is_quantity_of_interest(s: str, q: Quantity) -> bool:
    before = s[max(0, q.start - 1) : q.start]
    if before in ("第", "前", "后") and q.unit != "番":  # (提前翻番: a doubling ahead of time)
        return False
    after = s[q.end : q.end + 4]
    if any(after.startswith(w) for w in _NOT_A_TARGET_AFTER):
        return False
    if len(q.unit) == 1 and s[q.end - 1:q.end + 1] in _UNIT_STARTS_WORD and not (
            s.startswith("人居", q.end)):  # (20个人居环境示范村: 个 counts, 人居 is the next word)
        return False
    clause = clause_before(s, q.start)
    quoted = clause[clause.rfind("“") + 1:]
    if clause.count("“") > clause.count("”") and not _QUOTED_PLEDGE.match(quoted) and not (
            _QUOTED_FIGURE_OF.search(quoted)):
        return False  # inside a quoted name or slogan (“某十条”); not a quoted pledge (要“增长7%左右”,
        # “地区生产总值增长15%、…”五项主要指标)
    if q.unit not in ("%", "‰") and re.search(
            r"\d%(?:以上)?的[\u4e00-\u9fff]{2,14}?(?:超过|超|达到|达|突破|不低于)?$", clause):
        return False  # 20%的村集体年收入超30万元: the share is the target, the amount its bar
    if (_AGENDA.search(clause) and "提请" not in clause) or (
            re.search(r"(?:主要|重点)?任务$", clause) and not _TASK_IN_BRACKETS.search(clause)):
        return False  # 会议主要任务8项：审议…关于三十个重点县…的报告: the session's agenda
    if q.unit in ("项", "个", "件") and re.search(r"^\s*[一二三四五六七八九十]+、[^。]*类[，,]?共$", s[:q.start]) and (
            not s[q.end:].strip()):
        return False  # 一、“优化教育资源布局”类，共1项: a section counting the items under it
    after_built = _last_match(_ONCE_BUILT, s, q.start)
    if after_built and not re.search(r"力争|确保|但|同时|；|;", s[after_built.end():q.start]):
        return False  # 项目建成后，可实现年销售收入约150亿元: what one work is to yield, no target
    if q.currency and _COUNTED_BY_INCOME.search(clause):
        return False  # 5个村集体经济收入达到10万元以上: the bar the villages are counted by
    if q.currency and re.match(r"(?:以上|以下)?的占", s[q.end:q.end + 5]):
        return False  # 高于10万元的占80%: the bar the share is measured by
    if q.currency and re.search(r"投资$", clause) and _ATTRIBUTIVE_NAME_AFTER.match(s, q.end):
        return False  # 投资4.5亿元的五指岭国际旅游度假区: the size of a work named after it
    if (re.search(r"(?:全长|全程|总长|全线长)(?:约|达)?$", clause) or re.search(
            r"(?:全长|全程|总长|全线长)(?:约|达)?[\d.]+(?:公里|千米|米)[、，,]?(?:设|含|共)?$", clause)) and not (
            re.search(r"计划|力争|确保|将|建成|建设|实施|完成|新建|新增|开工|通车|改造", clause)):
        return False  # 全长258公里的渝万高铁, 全长17公里、11座车站: the size of a work, no target
    if q.value == 0 or _GEOGRAPHY_BEFORE.search(clause):
        return False  # 0条评论 (page furniture); 陆域面积只有10万平方公里 (a fact of geography)
    if q.unit in ("名", "人", "位") and (_DELEGATES.match(s, q.end) or _DELEGATES_BEFORE.search(clause)):
        return False  # 应到人大代表316名, 近300名人大代表: the congress itself
    if (q.unit in ("个", "大") and isinstance(q.value, (int, float)) and q.value <= 10
            and "、" in clause and "等" not in clause[-3:] and len(clause.split("、")[-1]) <= 6
            and _LIST_SUMMARY_AFTER.match(s, q.end)):
        return False  # 打造甲、乙、丙3个百亿级产业集群: the count of the list just given
    if (q.unit == "个" and "、" in clause and re.search(r"等$", clause)
            and re.match(r"[\u4e00-\u9fff]{0,6}?各(?:达到|达|突破|超过|超)", s[q.end:q.end + 12])):
        return False  # 甲、乙、丙等3个产业各达到2000亿: the items listed, each with its own target
    if (q.unit in ("个", "项") and "等" not in clause and isinstance(q.value, int) and q.value >= 2
            and len(clause.split("、")) == q.value and not re.search(r"\d", clause)
            and re.match(r"[\u4e00-\u9fff]{0,8}(?:项目|工程)", s[q.end:q.end + 12])):
        return False  # 甲、乙、丙3个风电项目: the count of the names just given
    if (q.unit in ("所", "座") and "等" not in clause and isinstance(q.value, int) and q.value >= 2
            and len(clause.split("、")) == q.value and not re.search(r"\d", clause)):
        return False  # 区实验中学、八中、九中3所学校: the count of the schools just named
    if q.unit == "个" and q.value == 2 and re.search(r"[\u4e00-\u9fff]{2,}和[\u4e00-\u9fff]{2,}$", clause):
        return False  # 甲和乙两个产业集群: the two just named
    following = s[q.end:q.end + 12]
    if q.unit in ("批", "批次") and re.match(r"[\d一二三四五六七八九十两]+[个项家]", following):
        return False  # 3批次22个重点项目: the batches group the projects counted next
    if q.unit == "批" and q.value == 1:
        return False  # 签约一批项目: "a batch of", not a count
    items_named = "、" in clause and clause.endswith("等") and re.match(r"(?:民生|惠民)?实事", following)
    if _PROGRAMME_AFTER.match(following) and not items_named:
        return False  # 办好十件民生实事: a programme count, not a quantity to reach (but 甲、乙等10件…)
    if q.unit == "件" and "实事" in s and q.comparator == "exactly" and not items_named:
        return False  # 为民办实事项目清单共38件, …民生实事，其中遴选了12件: the programme's items
    in_words = not re.search(r"\d", s[q.start:q.end])  # 八所, 三个: a numeral written out
    if in_words and re.match(r"[港镇乡村街路湾]", following) and q.unit in ("所", "里"):
        return False  # 八所港, 三里镇: a place's name that starts with a numeral
    if in_words and re.match(r"“[^”]{1,8}”[。：:；]", following):
        return False  # 具体做到三个“不放松”。一是…: the points of the speaker's own outline
    if in_words and following.startswith("“") and re.search(r"(?:围绕|坚持|做到|抓好|突出|聚焦|落实|把握)$", clause):
        return False  # 围绕两个“功能布局”: the speaker's own outline
    if re.search(r"(?:签到天数|在线时间|验证码|密码|积分|威望|收藏|浏览|阅读|点击)[^，。；\d]{0,8}$",
                 s[max(0, q.start - 16):q.start]):
        return False  # 签到天数：866 天, 请获取验证码设置8-12位密码: a web page's furniture
    if re.search(r"(?:为期|為期|历时|歷時)$", clause):
        return False  # 会议为期三天: a duration
    if re.search(r"(?:共|总)?占地(?:面积)?(?:约|近|超)?$", clause):
        return False  # 共占地6亩: the size of a site (one work's own figure)
    if re.search(r"(?:特邀|邀请)$", clause) or (q.unit == "个" and re.search(r"分$", clause)
                                                  and re.match(r"阶段|步骤|层次|批次", following)):
        return False  # 特邀8个国家和地区的…旁听: the guests; 大会分两个阶段: the order of business
    if q.unit in ("个", "项", "大") and re.search(r"(?:提出|明确|确定|包括)(?:了)?$", clause) and re.match(
            r"(?:主要|重点|具体|总体)?(?:目标|任务|方面)(?:[，,：:。]|$)", following):
        return False  # 《决定》提出七个主要目标，一是…: the outline of a document
    if re.match(r"[（(][^（）()]{1,12}[）)](?:以上|以下)(?!的|等|和|及|与)[\u4e00-\u9fff]", following):
        return False  # 5亿元(3000万美元)以上项目: a threshold, its other currency in brackets
    if (s[q.end - 2:q.end] in ("以上", "以下") and re.match(r"[\u4e00-\u9fff]", following)
            and not re.match(r"(?:的|用|为|為|并|並|作|是|将|將|要|和|及|与|與|即|等|目标|目標|水平)", following)
            and not (q.unit in ("名", "人", "万人", "人次", "万人次") and _PEOPLE_VERB_BEFORE.search(clause)
                     and not re.match(r"[^，。；]{0,2}(?:企业|单位|规模|园区)", following))
            and not (q.unit in ("个", "家", "项", "所", "座", "条") and (
                _COUNT_VERB_BEFORE.search(clause) or _VERB_ENDS.search(clause)))
            and not (q.unit == "%" and re.search(r"(?:完成|实现|推动|确保|覆盖)$", clause))):
        return False  # 25户以上自然村, 三星级以上酒店: a threshold describing the thing counted
    if q.unit in ("公里", "千米", "米") and "至" in clause and re.match(
            r"[\u4e00-\u9fff]{1,10}?(?:改造|拓宽|提升|新建|改建|扩建)?(?:工程|项目)", following):
        return False  # 甲桥至乙3.4公里道路拓宽改造工程: the length of a named section, its size
    if q.unit.lstrip("万亿") in _CAPACITY_UNITS and re.match(
            r"[\u4e00-\u9fff]{1,10}?(?:电站|电厂|风电场|生产线|工厂|基地|矿井|煤矿|露天矿|焦炉|装置|机组)",
            following):
        return False  # 10万千瓦光热电站: a capacity inside a plant's name
    if q.unit.lstrip("万亿") in ("头", "只", "羽") and re.match(
            r"[\u4e00-\u9fff]{1,10}?(?:养殖基地|养殖场|养殖小区|基地|牧场|屠宰场|加工厂)", following):
        return False  # 200万只蛋鸡标准化养殖基地: the size of a farm, in its name
    if q.unit.lstrip("万亿") in _CAPACITY_UNITS and re.match(r"级?的?[\u4e00-\u9fffA-Za-z]", following) and not (
            re.match(_AFTER_A_LEVEL, following)):
        return False  # 120万吨氧化铝尽快投产, 1000万吨的矿井, 甲600兆瓦太阳能电池: a plant's or product's size
    if s[q.end:q.end + 1] in _ROUTE_NEXT and short_division_names().intersection(
            (s[q.start:q.end], s[q.start:q.end + 1])):
        return False  # 三台经甲至乙高速: a county's name that reads like a number of machines
    if q.unit == "岁" and not re.search(r"寿命[^，。；]{0,8}$", clause):
        return False  # 65岁以上老年人, 招收2-3岁幼儿: an age describing people; 人均预期寿命82岁 is a target
    if _is_count_unit(q.unit) and _RANKING_POOL.match(s, q.end):
        return False  # 退出169个城市后20位: the field of a ranking
    if q.currency and re.match(r"级?(?:园区|工业园区|产业园|开发区|企业|集团|产业集群|集群|产业)", following):
        return False  # 力争500亿元园区达到4个: a class of parks, counted
    if re.match(r"[^，。；]{0,20}?(?:代表|委员)(?:出席|参加|列席|参会)", s[q.end:q.end + 28]) or (
            q.unit in ("名", "人") and re.match(r"[^。；]{0,50}?(?:旁听|应邀列席|应邀出席)", s[q.end:q.end + 60])):
        return False  # 523名人大代表出席会议: who attended
    if q.unit in ("名", "人", "位") and re.search(
            r"(?:应|实|实际)(?:出席|到会|列席)[^，。；\d]{0,6}$", s[max(0, q.start - 12):q.start]):
        return False  # 应出席代表166名，实出席152名: a roll call
    if q.unit == "个" and re.match(r"多?(?:小时|钟头|星期|月|工作日)", s[q.end:]):
        return False  # 近两个小时, 两个多月: a duration
    if q.unit == "条" and _NEWS_ITEMS_AFTER.match(s, q.end):
        return False  # 整理出的30条与市民生活密切相关的信息: how a news piece counts its points
    if _is_count_unit(q.unit) and _NEWS_POINTS.match(s, q.end):
        return False  # 10个关键句，解锁…: a headline counting its own points
    if q.currency and re.match(r"(以上|以下)?(?:或[\d.]+[亿万]?美元)?的?[^，。；、\d]{0,6}?项目(?!库)",
                               s[q.end:q.end + 24]):
        return False  # 总投资10亿元以上项目: what the project is
    if ((sized := re.match(r"(?:以上|以下)?(?:规模)?(?:、[^，。；、]{0,12}?)*的(?P<what>[^，。；、]{0,16}?)"
                           r"(?:项目(?!库)|工程|产业园|基地|企业|集群|区域)", s[q.end:q.end + 48]))
            and not re.search(r"依托|围绕|推动|带动|建设", sized.group("what"))
            # (年度投资5839.9亿元的2020个重大项目: the year's investment in a group of works, counted)
            and not (re.match(r"[\d一二三四五六七八九十两]+[个项]", sized.group("what"))
                     and re.search(r"(?:年度|今年|全年|当年)(?:计划)?投资$", clause))) or re.match(
            r"(?:以上|以下)?的“[^”]{2,40}(?:展览会|博览会|展会|交易会|节)”", s[q.end:q.end + 48]):
        return False  # 总投资4亿元的某某光伏项目, 惠及3600万人的某某工程, 总产值50亿元的某产业园:
        # the size of a named work
    if q.unit.endswith("亩") and re.match(r"(?![和及与、])[\u4e00-\u9fff][^，。；]{0,40}?工程", s[q.end:]):
        return False  # 启动1000万亩水稻单产提升工程: the scope of a programme
    if q.unit.endswith("人") and s.startswith("口的", q.end):
        return False  # 形成一批30万至50万人口的中等城市: the class of the cities
    if q.currency and re.match(r"[\u4e00-\u9fff]{2,14}?(?:生产基地|基地|生产线|项目|工程)(?:[、，。；]|等)",
                               s[q.end:]) and not re.search(
            r"(?:投资|投入|完成|实现|达到|突破|超过|新增|筹集|争取|安排|计划|预算|收入|产值|总额|规模)$", clause):
        return False  # 甲集团10亿元汽车整车生产基地、乙4亿元…基地等项目: a plant's size, in its name
    if (q.unit == "条" and re.search(r"(?:支持|促进|扶持|推动)[^，。；、]{2,16}$", clause)
            and not re.search(r"新建|建设|改造|开通|修建|硬化|打通|建成|新增", clause)
            and re.match(r"[、，。；和及与]|政策|措施|意见", s[q.end:])):
        return False  # 落实省支持民营经济35条、市…25条政策措施: a policy package's name
    if q.unit == "个" and re.match(r"[\u4e00-\u9fff]{1,6}[：:]\s*(?:一是|一要|第一|[（(]?[一1][)）、.．])", s[q.end:]):
        return False  # 着力优化三个结构：一是…: the points the speaker goes on to list
    if q.unit == "头" and s[q.start:q.end] in ("一头", "两头", "三头"):
        return False  # 抓两头带中间: a saying, not heads of cattle
    if re.match(r"[^，。；、]{0,3}的[\u4e00-\u9fff]{1,8}?[\d一二三四五六七八九十两]+[个家村户]",
                s[q.end:q.end + 16]) or (
            q.currency and re.match(r"[\d一二三四五六七八九十两]+[个家只项]", s[q.end:q.end + 6])):
        return False  # 年收入超50万元的经济强村5个, 其中5亿元以上3只: the threshold of the things counted
    if re.search(r"在[^，。；]{0,6}$", clause) and re.match(r"[^，。；]{0,10}?的基础上", s[q.end:]):
        return False  # 在151家机器人企业的基础上再新增100家: the base, not the target
    if q.unit == "天" and re.search(r"(?:会议|会期)[^，。；]{0,3}$", clause):
        return False  # 会议共4天: how long a meeting lasts
    if (done := re.match(r"[^，。；]{0,16}?已(?:经)?(?:全部)?(?:建成|投产|完成|开工|竣工|通车|投用|纳入|获批)",
                         s[q.end:q.end + 24])) and not re.match(r"[\d一二三四五六七八九十两]",
                                                                 s[q.end + done.end():][:1]):
        return False  # 41公里输电线路也已建成: done already (126条…治理已完成120条: the task's size)
    road_length = q.unit in ("公里", "千米") and re.match(r"(?:高速)?(?:公路|铁路|道路|轨道|管网|管道|线路)", s[q.end:])
    if (not _is_count_unit(q.unit) or q.unit.startswith("万") or re.search(r"(?:年产|产能)$", clause)) and not (
            road_length) and (
            (named := _PROJECT_AFTER_FIGURE.match(s, q.end, q.end + 40))
            and not _SPENT_ON.match(named.group(0)) and not re.match(r"[亿万]元以上", named.group(0))):
        return False  # 100万吨乙二醇项目, 甲6万吨、乙3万吨负极材料等项目, 年产10万辆汽车的甲项目,
        # 甲10万头肉牛和50万吨饲料等项目: a capacity inside a project's name
    if _ONE_PROJECT.search(s, 0, q.start) and _PROJECT_DESCRIPTOR.search(clause) and not (
            _THIS_YEAR_S_SHARE.search(clause)):
        return False  # 该项目位于某村，总投资120万元，占地50亩: what one project is, not a target
        # (今年计划投资1.8亿元: what it is to get done this year, a target)
    if re.search(r"[从由][^，。；]{0,10}(?:[\d.]+[^，。；\d、]{0,3}、)*$", clause) and (
            re.match(r"(?:、[\d.]+[^，。；\d、]{0,3})*(?:分别)?(提高|增加|提升|增长|下降|降低|减少|扩大|缩小|压减|压缩|缩短)?(到|至)",
                     s[q.end:q.end + 24])
            or re.match(r"[\u4e00-\u9fff]{2,6}?(?:到|至)[^，。；]{0,3}?[\d一二三四五六七八九十两]",
                        s[q.end:q.end + 12])):
        return False  # 从10%提高到15%, 从6000亿元发展壮大到8000亿元, 从574元、271元分别提高到…: the starting level
    if q.currency and re.search(r"[\d一二三四五六七八九十百两]+个[^，。；、]{0,10}$", clause) and re.match(
            r"(?:以上)?(?:、[^，。；]{0,16}?)*的", s[q.end:]):
        return False  # 形成1个收入超1000亿元、6个超500亿元的集聚区: the threshold of what is counted
    return not (q.unit in ("人", "名") and re.search(r"(每|万)$", clause))


_COUNTED_BY_INCOME = re.compile(
    r"[\d一二三四五六七八九十两]+个[^，。；\d]{1,12}?(?:收入|产值|营收|积累)[^，。；\d]{0,4}$")
_PROJECT_AFTER_FIGURE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,6}?[、和及与][\u4e00-\u9fff]{0,4}[\d.]+[万亿]?[\u4e00-\u9fff]{1,2})*"
    r"[\u4e00-\u9fff]{1,12}?"
    r"(?:的[\u4e00-\u9fff]{1,8}?)?等?项目(?!库)")
# 投资721亿元完成甲等重点项目: what the money is spent on, not a project it names
_SPENT_ON = re.compile(r"(?:用于|完成|实施|推进|建设|投向|投入|支持|保障)")
_ONE_PROJECT = re.compile(r"该项目|本项目|项目[:：]|项目位于"
                          r"|(?:^|[，。；：])(?:一个|另一个|其一|其二)是[^，。；]{2,40}?(?:工程|项目)")
_PROJECT_DESCRIPTOR = re.compile(
    r"(?:总投资|预计投资|计划投资|投资|占地|用地|建筑面积|规划面积|库容|仓容|年周转|年产|产能|设计)[^，。；]{0,6}$"
    r"|^建设[^，。；]{0,6}$")  # (一个是某工程，建设高速公路12.84公里: its size)
_THIS_YEAR_S_SHARE = re.compile(r"(?:今年|年度|当年|年内|全年)[^，。；]{0,4}$")


# What follows a quantity of tonnes that is itself the level to reach (1.5亿吨以上, 达到240万吨左右)
_AFTER_A_LEVEL = r"(?:以上|以下|以内|左右|上下|之间|目标|水平|大关|规模|和|及|与|或|、|，|。|；)"
_LIST_SUMMARY_AFTER = re.compile(
    r"(?:[百千万]亿级|千亿|百亿)?[\u4e00-\u9fff]{0,4}?(?:产业集群|集群|产业|板块|领域|方向)")
_ROUTE_NEXT = tuple("经至县市区、和与到")
# 169个城市后20位, 全国100个城市排名前10: how many are ranked, not a quantity to reach
_RANKING_POOL = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:中的?)?(?:排名|排位)?(?:前|后)[\d一二三四五六七八九十]+(?:位|名)")
# A heading naming the points listed under it (提升四个能力, 做到六个务必): a numeral, a short
# noun, and nothing else to the end of the line.
_POINTS_OF_A_HEADING = re.compile(r"[两二三四五六七八九十]个[\u4e00-\u9fff]{1,4}$")
_CAPACITY_UNITS = ("千瓦", "兆瓦", "吨", "千瓦时", "立方米", "标箱")
# 新增40家以上高新技术企业: a verb right before the number counts the things themselves
_COUNT_VERB_BEFORE = re.compile(
    r"(?:新增|新建|引进|招引|培育|建成|打造|落地|开工|签约|认定|新认定|新培育|新引进|新开工|新签约|"
    r"参与|参加|主导|牵头|主持|关停|退出|淘汰|关闭|取缔|搬迁|疏解)(?:各类|各级)?$")
# (参与45项以上国家标准的制修订: standards to count; 关停退出300家以上…企业: firms to close)
# 两项目, 三部门, 各个人: a unit character that starts a word with the next one
_UNIT_STARTS_WORD = ("项目", "个人", "个体", "家庭", "家园", "条件", "名单", "部门", "部委", "所有", "位置",
                     "台阶", "座谈", "户籍", "场景", "场所", "件事", "批次", "位数", "部分", "套班")
# (报告共分两部分: the report's parts; 四套班子: the four leading bodies)


# 引导1000名以上高校毕业生就业: people to reach, not a threshold (unlike 100人以上企业)
_PEOPLE_VERB_BEFORE = re.compile(
    r"(?:引导|吸纳|培训|招聘|招录|招募|引进|转移|帮助|资助|安置|培养|输送|带动|扶持|救助|选派|组织|新增)$")
_VERB_ENDS = re.compile(rf"(?:{VERBS})$")  # 推动2个以上片区更新项目: a count to reach
_NEWS_ITEMS_AFTER = re.compile(r"[^，。；！]{0,16}?(?:信息|干货|看点|要点|亮点|关键词)")
_NEWS_POINTS = re.compile(r"(?:关键词|关键句|关键字|金句|看点|亮点|要点)")


_AT_LEAST_AHEAD = re.compile(r"至少|最少|不少于")


def _goal(doc: Document, sent: Sentence, q: Quantity, plan_year: int | None) -> GoalMention:
    s = sent.text
    window = clause_before(s, q.start)
    lead = re.match(r"控制在|压减到|降至", s[q.start:])  # a TO_LEVEL verb inside the span
    kind = _kind(window + (lead.group(0) if lead else ""), q, s[q.end : q.end + 6])
    if kind in ("count", "level") and re.match(r"其中", window):
        prev = s[: max(0, q.start - len(window) - 1)]
        prev_clause = clause_before(prev, len(prev))  # 新引进项目20个，其中10亿元以上项目3个
        if _has_increment_verb(prev_clause) or (not prev_clause and _has_increment_verb(prev[-40:])):
            kind = "increment"
    qualifier = _qualifier(s[: q.start], clause_after(s, q.start))
    indicator = _indicator(window, clause_after(s, q.end), q)
    start, end = doc.clean.span(sent.start + q.start, sent.start + q.end)
    value: float | int | list[float | int] = (
        list(q.value) if isinstance(q.value, tuple) else q.value
    )
    comparator = q.comparator
    if comparator == "exactly" and (m := _AT_LEAST_AHEAD.search(window)):
        comparator = "at_least"  # 至少新建口袋公园12个: 至少 ahead of the verb
        indicator = indicator.replace(m.group(0), "")
    return GoalMention(
        text=doc.clean.original[start:end], start=start, end=end, value=value, unit=q.unit,
        comparator=comparator, qualifier=qualifier, kind=kind, indicator=indicator,
        normalized=q.normalized, currency=q.currency, period=_period(s[: q.start], plan_year),
        sentence=s,
    )


# A verb starting with 新 (annotation decision 6) beyond the lexicon's list: 新造, 新批, 新集聚…
_NEW_VERB = re.compile(
    r"新(?:造|批|购|种|栽|设|聘|招|增|建|改|扩|签|引|培|认|创|落|登|注|纳|获|铺|植|上|集|装|架|布|挂|评|备|办|"
    r"供|竣|进)(?!备|施|局|团|革|量|给|展|步|入)"
)
_TO_LEVEL_MORE = ("压缩至", "压缩到", "缩短至", "缩短到", "减少到", "减少至", "减至", "缩减至", "缩减到")
_REDUCTION_MORE = ("调减", "精简", "压降", "缩减", "核减", "缩短")


def _has_increment_verb(window: str) -> bool:
    return any(v in window for v in lx.INCREMENT_VERBS) or bool(_NEW_VERB.search(window))


def _kind(window: str, q: Quantity, after: str) -> str:
    if q.unit == "百分点":
        return "percentage_point"
    if q.unit == "番":
        return "growth"  # 翻一番: doubling is growth
    if q.unit in _RATE_UNITS and _GROWTH_AFTER.match(after):
        return "growth"  # 实现20%以上的增长, 百分之十的增长速度, 8.5%的增速
    tail = window[-8:]
    own = window.rsplit("、", 1)[-1]
    if own != window and (_NEW_PREDICATE.match(own) or _PREDICATE.match(own)
                          or (q.currency and own.startswith(("总投资", "计划总投资", "协议投资")))):
        window = own  # 新造A10万亩、改造B15万亩; 新签约项目20个、总投资200亿元 (a level)
    elif own != window and own.startswith(("续建", "改建", "扩建")) and re.search(r"\d", window[:-len(own)]):
        window = own  # 新建69项、续建100项: the works carried on are no new ones
    elif own != window and any(own.endswith(w) and len(own) > len(w) + 1 for w in (*lx.TO_LEVEL, *_TO_LEVEL_MORE)):
        window = own  # 新增就业1万人、失业率控制在5%以内: an indicator with its own verb
    if _has_increment_verb(window) and q.unit not in _RATE_UNITS:
        return "increment"  # (新开工项目开工率80%: a rate is no new addition)
    window = window.replace("增加值", "增加价值")  # (增加值 is a measure, not the verb 增加)
    to_level = next((w for w in (*lx.TO_LEVEL, *_TO_LEVEL_MORE)
                     if tail.endswith(w) or tail.endswith(w + "约")), None)
    reduction = _last_pos(window, (*lx.REDUCTION_VERBS, *_REDUCTION_MORE))
    growth = _last_pos(window, lx.GROWTH_VERBS)
    if to_level:
        if q.unit in _RATE_UNITS:
            # 居民消费价格控制在3%以内: a price index is a rise (growth), not a share
            return "growth" if any(w in window for w in ("涨幅", "增幅", "增速", "价格")) else "share"
        return _count_or_level(q, window)
    if q.unit in _RATE_UNITS and re.search(r"相当于[^，。；]{0,16}$", window):
        return "share"  # 环保投入相当于生产总值的3%: a part of the whole
    if reduction > growth and reduction >= 0:
        return "reduction"
    if growth >= 0 and q.unit in _RATE_UNITS and re.search(r"占[^，。；]{1,20}(?:比重|比例)$|(?:占比|比重)$",
                                                            window[growth:]):
        return "share"  # 增加值占规上工业增加值比重70%: a part of the whole
    if growth >= 0:
        return "growth" if q.unit in _RATE_UNITS else "increment" if _last_pos(
            window, ("增加",)) == growth else _count_or_level(q, window)
    if q.unit in _RATE_UNITS:
        return "growth" if _rate_of_growth(window) else "share"
    return _count_or_level(q, window)


def _rate_of_growth(window: str) -> bool:
    """A rate with no verb of growth that is one all the same: GDP增速目标为7%左右, GDP预期目标
    调整为9%左右 (a % of the GDP itself is its growth; 占GDP比重 is a share)."""
    return bool(re.search(r"增速|增幅|增长率|涨幅", window) or (
        re.search(r"GDP|生产总值", window) and not re.search(r"占|比重|比例|[率度]", window)))


_RATE_UNITS = ("%", "‰")
_GROWTH_AFTER = re.compile(r"(?:以上|左右)?的(?:增长|增速|增幅|年均增长|经济增长)")


def _is_count_unit(unit: str) -> bool:
    base = unit.lstrip("万亿")
    return base in COUNT_UNITS and base not in ("人", "人次", "天", "工作日", "个工作日", "户")


def _count_or_level(q: Quantity, window: str = "") -> str:
    if re.search(r"每[千万百]|[千万]人口|[千万]名", window):
        return "level"  # 每千人口拥有床位7.2张: a ratio, not a count
    if q.unit.lstrip("万") in ("名", "人次"):
        return "level"  # 为3400名孕产妇提供筛查: people are a level (kinds: docs/annotation.md, rule 6)
    if _is_count_unit(q.unit) or (q.unit.lstrip("万亿") == "户" and re.search(r"企业|公司|工厂", window)):
        return "count"  # 户 counting firms (龙头企业2户) is a count; households stay a level
    if q.unit in MONEY_UNITS:
        return "level"
    return "level"


def _last_pos(s: str, words: tuple[str, ...]) -> int:
    return max((s.rfind(w) for w in words), default=-1)


_NOT_A_QUALIFIER = re.compile(r"预期寿命|预计寿命")


def _qualifier(before: str, after: str = "") -> str | None:
    """The commitment word governing a quantity: the nearest one before it in the sentence,
    unless a later clause starts a new predicate (…确保A开工，新增B三千个: B is unqualified)."""
    cut = max(before.rfind(c) for c in "。；●■◆▪•★")  # (a bullet starts an item of its own)
    head = before[cut + 1 :]
    best, pos = None, -1
    for w, q in lx.QUALIFIERS:
        p = head.rfind(w)
        while p >= 0 and (_NOT_A_QUALIFIER.match(head, p) or _PURPOSE_BEFORE.search(head, 0, p)):
            p = head.rfind(w, 0, p)  # 人均预期寿命: a word, not an expectation; 为确保…: a purpose
        if p > pos:
            best, pos = q, p
    if best is None:
        return None
    if re.match(r"(?:性)?(?:目标|指标)", head[pos + 2 :]):
        return best  # 主要预期目标是：… a list header: its scope is the list (see find_goals)
    if _STANDS_ALONE.match(head, pos + 2):
        return best  # 《计划》预期，A增长7%以上，B增长6.5%; 力争到2025年，…: it opens its whole sentence
    full = head + after
    growing = "增长" in _clause_from(full, pos)
    own_verb = _PREDICATE.search(_clause_from(full, pos))  # 力争新增A25家，新增B6家: one verb, one list
    for m in re.finditer(r"[，：]", head[pos:]):
        at = pos + m.end()
        same_verb = own_verb is not None and head.startswith(own_verb.group(0), at)
        if _NEW_PREDICATE.match(head, at) and not same_verb:
            return None
        later = _clause_from(full, at)
        if m.group(0) == "，" and _PREDICATE.search(later) and not (growing and "增长" in later) and not same_verb:
            return None  # 力争A突破300亿元，B增长8%: a clause with its own verb ends the scope
            # (力争A增长10%以上，B增长11%以上: one growth after another is one list)
    return best


# A commitment word alone before a comma, or before a time and a comma (力争到2025年，力争用2-3年时间，)
_STANDS_ALONE = re.compile(r"(?:(?:到|在)?(?:(?:19|20)\d{2}年|年内|今年)?(?:底|末|前)?"
                           r"|(?:用|通过)[^，。；]{1,8}?(?:时间|努力))[，,：:]")
_PURPOSE_BEFORE = re.compile(r"为了?$")  # 为确保目标任务完成，…: why, not a commitment


def _clause_from(s: str, at: int) -> str:
    m = re.compile(r"[，：]").search(s, at)
    return s[at : m.start() if m else len(s)]


_NEW_PREDICATE = re.compile(rf"(?:{_VERBS_EARLY})")
# A verb that makes a clause a predicate of its own (the quantity's or one before it).
_PREDICATE = re.compile(
    "|".join(sorted({re.escape(w) for w in (
        *lx.GROWTH_VERBS, *lx.TO_LEVEL, *lx.REDUCTION_VERBS, *lx.INCREMENT_VERBS,
        "突破", "超过", "恢复", "接待", "开行", "完成", "实现", "建成", "开工", "投产", "引进", "招引",
        "摘帽", "脱贫", "新改建", "改造", "治理", "造林", "压减", "调减", "精简", "带动", "保持",
        "提高", "达", "增至", "减至", "开通", "培育", "认定", "办结", "上市", "入驻",
        "盘活", "处置", "收储", "修复", "流转", "整修",
    ) if w != "降"}, key=len, reverse=True))
)


# Short nouns joined by 、 right before a quantity, none with a number of its own, after the
# clause's verb: 新引进首店、旗舰店、新概念店 (the last 、-item alone would lose two of them)
_COORDINATED_BEFORE = re.compile(
    r"(?:^|(?<=[，：；。]))(?:[\u4e00-\u9fff]{0,6}?(?:新引进|引进|新建|建设|培育|新增|打造|建成))?"
    r"(?:[\u4e00-\u9fff]{2,8}、){1,4}[\u4e00-\u9fff]{2,8}$")


def _strip_words(s: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    """Strip the longest of ``prefixes`` and of ``suffixes`` off ``s`` until none is left
    (never the whole of ``s``)."""
    starts, ends = _alternation(prefixes, "^(?:{})"), _alternation(suffixes, "(?:{})$")
    changed = True
    while changed and s:
        changed = False
        if (m := starts.search(s)) and len(s) > m.end():
            s, changed = s[m.end() :], True
        if (m := ends.search(s)) and m.start() > 0:  # (the leftmost match is the longest)
            s, changed = s[: m.start()], True
    return s


@lru_cache(maxsize=32)
def _alternation(words: tuple[str, ...], template: str) -> re.Pattern[str]:
    return re.compile(template.format(
        "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))))


# list numbers and bullets before an indicator, footnote marks inside it
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[●○■□◆◇▲△▪•·\-—]+)\s*")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]|［\d{1,3}］")


def _indicator(window: str, after: str, q: Quantity) -> str:
    window = _FOOTNOTE.sub("", _LIST_MARK.sub("", window))
    w = re.split(r"[、“”\"（）()●•]", window)[-1]
    if coordinated := _COORDINATED_BEFORE.search(window):
        w = coordinated.group(0)  # 新引进首店、旗舰店、新概念店1000家: the things counted together
    w = re.sub(r"^.*?等", "", w) if "等" in w else w
    w = re.sub(r"(?:比|较)(?:(?:19|20)\d{2}年|上年|去年)$", "", w)  # 生产总值比2010年(翻一番): the base
    # 涨幅从去年的5%左右, 时间由3个工作日 (压减至…): the start
    w = re.sub(r"(?<=[\u4e00-\u9fff]{2})[从由](?:去年|上年|[^，。；]*?\d)[^，。；]*$", "", w)
    # 市定任务到资: the task's words are no part of its indicator
    w = re.sub(r"^.*?(?:下达|市定|县定|区定|州定)的?(?:年度|全年)?(?:目标|任务)(?:任务)?(?:为|是)?(?!完成)", "", w)
    w = re.sub(r"((?:19|20)\d{2}年|十[四五六]五|[一二三四]季度)", "", w)
    w = re.sub(r"^年(?![度均末产销内])|完成(?=(?:年度)?(?:计划)?投资)", "", w.strip())  # 年度 stays
    w = _strip_words(w.strip(), lx.INDICATOR_NOISE_PREFIX + lx.INCREMENT_VERBS,
                     lx.INDICATOR_NOISE_SUFFIX)
    w = re.sub(r"^[\u4e00-\u9fff]{1,6}?[省市区县州旗]的(?=[\u4e00-\u9fff]{2})", "", w)  # 某区的地区生产总值
    for v in (*lx.INCREMENT_VERBS, *lx.TO_LEVEL, *lx.GROWTH_VERBS, *lx.REDUCTION_VERBS):
        if w.endswith(v) and len(w) > len(v) + 1:
            w = w[: -len(v)]
    w = re.sub(r"(?<=[\u4e00-\u9fff]{2})年均$", "", w)  # 生产总值年均(递增14%)
    if w in lx.INDICATOR_NOISE_SUFFIX or w in lx.INDICATOR_NOISE_PREFIX or re.fullmatch(
        rf"(?:{VERBS})+", w
    ):
        w = ""
    if len(w) >= 2:
        return w
    a = re.sub(r"^(以上|左右|以内|以下)", "", after)
    a = re.split(r"(如期|按期|加快|年内|建成|开工|竣工|投产|落地|的|，)", a)[0]
    a = _strip_words(a.strip(), lx.INDICATOR_NOISE_PREFIX, lx.INDICATOR_NOISE_SUFFIX)
    return a or w


def _period(before: str, plan_year: int | None) -> list[int] | None:
    if m := re.search(r"到((?:19|20)\d{2})年", before):
        return [plan_year or int(m.group(1)), int(m.group(1))]
    five_year = {"十四五": [2021, 2025], "十五五": [2026, 2030], "十三五": [2016, 2020]}
    for k, v in five_year.items():
        if k in before[-20:]:
            return v
    return [plan_year, plan_year] if plan_year else None
