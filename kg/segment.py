"""Text → normalised text with an offset map, sentences, headings and jieba tokens.

Damaged input is repaired here once so extraction rules see clean text: full-width digits and
punctuation become half-width where that is one code point to one, traditional characters become
simplified, and stray spaces or hard line breaks inside a sentence are removed. Every character of
the clean text remembers its offset in the original, so spans always point back at the input.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

import jieba
import jieba.posseg
import zhconv

_SENTENCE_END = "。！？；!?;"
_HEADING_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[部分章节])"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
# NFKC would map full-width ASCII; we keep Chinese punctuation (，。；：) as it is because the
# extraction rules are written against it.
_KEEP_AS_IS = set("，。；：！？、（）“”‘’《》【】—…·")


# Characters that _normalize_char returns unchanged whatever their neighbours: CJK unified
# ideographs, ASCII letters and digits, and the Chinese punctuation kept as it is.
_PLAIN_RUN = re.compile("[\u4e00-\u9fffA-Za-z0-9.%" + re.escape("".join(sorted(_KEEP_AS_IS))) + "]+")

_ASCII_TO_CJK_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def _normalize_char(ch: str, prev: str, nxt: str) -> str:
    """One character in, one out: full-width ASCII → ASCII, ASCII punctuation → Chinese."""
    if ch in _KEEP_AS_IS:
        return ch
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        return ch
    if n in _ASCII_TO_CJK_PUNCT:
        between_digits = prev.isdigit() and nxt.isdigit()
        if n in ",:" and between_digits:  # 1,000 and 10:30 keep their ASCII form
            return n
        return _ASCII_TO_CJK_PUNCT[n]
    return n


@dataclass
class CleanText:
    """Normalised text plus, for each of its characters, the offset in the original."""

    original: str
    text: str
    offsets: list[int]
    simplified: str = ""  # the original in simplified characters, same length and lines

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the clean text back to the original text."""
        if start >= end:
            o = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.original[s:e]


def clean(original: str) -> CleanText:
    """Repair damaged text (see module docstring); the result maps back to ``original``."""
    simplified = zhconv.convert(original, "zh-cn")
    if len(simplified) != len(original):  # a phrase mapping changed length: go char by char
        simplified = "".join(
            c2 if len(c2 := zhconv.convert(c, "zh-cn")) == 1 else c for c in original
        )
    chars: list[str] = []
    offsets: list[int] = []
    wrap_width = _wrap_width(simplified)
    src = _arabic_years(simplified)  # same length as original, so index i is an offset into it
    i = 0
    n = len(src)
    last_nl = 0  # index in ``chars`` just after the last line break kept
    skip = _page_furniture(src) | _mirror_garble(src) | _scrape_noise(src)
    skip_starts = sorted(skip)
    while i < n:
        if i in skip:  # page furniture or a mirror site's pinyin glosses: not the report's text
            i = skip[i]
            continue
        if run := _PLAIN_RUN.match(src, i):  # fast path: characters that stay as they are
            end = run.end()
            if skip_starts and (k := bisect_right(skip_starts, i)) < len(skip_starts) and skip_starts[k] < end:
                end = skip_starts[k]  # stop where a skipped stretch begins
            chars.extend(src[i:end])
            offsets.extend(range(i, end))
            i = end
            continue
        ch = src[i]
        if ch == "\r":
            if i + 1 < n and src[i + 1] == "\n":
                i += 1
                continue
            ch = "\n"
        if ch in " \t\u3000\u00a0\u2002\u2003":
            prev = chars[-1] if chars else ""
            nxt = src[i + 1] if i + 1 < n else ""
            if prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha():
                chars.append(" ")
                offsets.append(i)
            i += 1
            continue
        if ch == "\n" and _is_soft_break(chars, last_nl, src, i, wrap_width):
            i += 1
            continue
        prev = chars[-1] if chars else ""
        nxt = src[i + 1] if i + 1 < n else ""
        chars.append(_normalize_char(ch, prev, nxt))
        offsets.append(i)
        if ch == "\n":
            last_nl = len(chars)
        i += 1
    return CleanText(original=original, text="".join(chars), offsets=offsets, simplified=src)


# A year in Chinese numerals (二〇二五年, 二○ 二○ 年): digit by digit, so the rules that read years
# read it too; one character for one keeps the offsets.
_CHINESE_YEAR = re.compile(r"(?:一[ ]?九|二[ ]?[〇○零Ｏ])(?:[ ]?[〇○零Ｏ一二三四五六七八九]){2}(?=[ ]?年)")
_YEAR_DIGIT = str.maketrans("〇○零Ｏ一二三四五六七八九", "0000123456789")


def _arabic_years(src: str) -> str:
    if "年" not in src:
        return src
    return _CHINESE_YEAR.sub(lambda m: m.group(0).translate(_YEAR_DIGIT), src)


_PAGE_NUMBER = re.compile(r"[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?")


# A table's cell written one a line (8, %, 预期性): repeated down its column, no running header
_TABLE_CELL = re.compile(r"[\d.%‰\-|\s]+|[^\d\s]{1,3}\s*\|?")


def _page_furniture(src: str) -> dict[int, int]:
    """Start → end (after its line break) of each line that is page furniture: a page number
    (— 12 —, 第3页) or a short line repeated at least three times (a running header; its first
    occurrence, the title, stays)."""
    lines: list[tuple[int, int, str]] = []
    start = 0
    for line in src.splitlines(keepends=True):
        lines.append((start, start + len(line), line.strip()))
        start += len(line)
    repeated = {t for t in (x[2] for x in lines) if 0 < len(t) <= 20}
    repeated = {t for t in repeated if sum(1 for x in lines if x[2] == t) >= 3
                and not re.search(r"[。；，：]", t) and not _TABLE_CELL.fullmatch(t)}
    first = {t: a for a, _, t in reversed(lines)}  # the title itself stays
    return {a: b for a, b, t in lines
            if t and (_PAGE_NUMBER.fullmatch(t) or (t in repeated and a != first[t]))}


# Pinyin with a tone mark in ASCII brackets right after a character: 區(qū), 務(wù).
PINYIN_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
# An ASCII comma stuck before other punctuation (建设,。 / 路,、): left where a gloss was cut out.
_STRAY_COMMA = re.compile(r",(?=[,，。；;、])")


def _mirror_garble(src: str) -> dict[int, int]:
    """Start → end of each pinyin gloss and stray comma that copying sites insert into the text
    they mirror (the words stay whole: 區(qū)域 → 區域)."""
    glosses = {m.start(): m.end() for m in PINYIN_GLOSS.finditer(src)}
    if not glosses:
        return {}
    cut = PINYIN_GLOSS.sub(lambda m: "\0" * len(m.group()), src)  # keep offsets, hide glosses
    commas = {m.start(): m.end() for m in _STRAY_COMMA.finditer(cut.replace("\0", ""))}
    if not commas:
        return glosses
    # map comma offsets of the glossless text back to ``src``
    kept = [i for i, c in enumerate(cut) if c != "\0"]
    return glosses | {kept[a]: kept[a] + 1 for a in commas}


# Forum reposts carry anti-scraping noise: runs of one- or two-character ASCII scraps between
# spaces (`* w- A- G8 i7 b4 X8 ~" i`); a report's own Latin text (G5511, 5G+, SKI) never does.
_SCRAPE_NOISE = re.compile(
    r"(?<![!-~])(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?![!-~])"
    r"|(?<![!-~])(?=(?:[A-Za-z0-9]*[&\"+{}*|~^`$#@\[\]<>;'(]){3})[!-~]{6,}(?![!-~])")


def _scrape_noise(src: str) -> dict[int, int]:
    """Start → end of each run of anti-scraping noise."""
    return {m.start(): m.end() for m in _SCRAPE_NOISE.finditer(src)
            if len(re.findall(r"(?<!\S)\|(?!\S)", m.group(0))) < 2}  # (| % | - | 10 |: a table's cells)


_GOES_ON = re.compile(r"[；;，,。、）)]|以[内上下]|左右|之间|上下|的")  # 控制在3.5%\n以内
_QUANTITY_END = re.compile(r"\d[%％]?(?:左右|以上|以内|以下)$|\d[%％]$"
                           r"|\d[个家项座条所套户万亿元吨亩公里顷]{1,4}(?:左右|以上|以内|以下)$")
# a line of a list of targets that starts with its verb (新增…、建成…): the previous line was an item
_ITEM_VERB = re.compile(r"(?:新增|新建|建成|完成|实现|引进|推进|推动|打造|筹集|争取|加快|开工|新开工|整备|培育)")
_TOC_LINE_END = re.compile(r"[\u4e00-\u9fff）)][ \t\u3000]+\d{1,3}[ \t]*$")


def _is_soft_break(chars: list[str], last_nl: int, src: str, i: int,
                   wrap_width: int | None) -> bool:
    """A line break inside a sentence (hard-wrapped or damaged text), not a paragraph end;
    ``chars[last_nl:]`` is the line so far."""
    if not chars or chars[-1] == "\n":
        return False
    line = _without_trailing_symbols("".join(chars[last_nl:]).strip())
    if not line or line[-1] in _SENTENCE_END + "：:”」』）)】〕":
        return False  # (【…迈出新步伐】: a bracketed headline ends its line)
    rest = src[i + 1 : i + 40].lstrip(" \t\u3000")
    if not rest or rest[0] in "\n\r" or _HEADING_NUMBER.match(rest):
        return False
    if _TOC_LINE_END.search(src, max(0, i - 8), i):
        return False  # 2.某某要点之二：2023年工作思路 6: a table of contents line and its page
    following = rest.split("\n", 1)[0].strip()
    if "\n" in rest and re.fullmatch(r"[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,4}(?:19|20)\d{2}年[\u4e00-\u9fff]{0,4}",
                                     following):
        return False  # a short heading of its own comes next (回顾, 展望2018年)
    numbered_heading = _HEADING_NUMBER.match(line) and not any(p in line for p in "，,；;。")
    if wrap_width and abs(len(line) - wrap_width) <= 2 and not numbered_heading:
        return True  # the document is hard-wrapped at a fixed width
    if numbered_heading:
        return False  # 一、“十三五”发展成就和2020年主要工作: the 、 is the number's
    if (_QUANTITY_END.search(line) or (_ITEM_VERB.match(rest) and re.search(r"\d", line))) and (
            not _GOES_ON.match(rest)):
        return False  # 生产总值增长9%左右，工业增加值增长12%左右 / 投资增长12%左右: one item a line
    # A short line, or one without clause punctuation, is a title or heading.
    return len(line) >= 20 and any(p in line for p in "，、,；;")


def _wrap_width(text: str) -> int | None:
    """The fixed width of a hard-wrapped text, or None when lines are paragraphs."""
    lengths = [len(x.strip()) for x in text.splitlines() if x.strip()]
    if len(lengths) < 5:
        return None
    common = max(set(lengths), key=lengths.count)
    near = sum(1 for n in lengths if abs(n - common) <= 2)
    return common if common >= 16 and near >= 0.5 * len(lengths) else None


@dataclass
class Sentence:
    start: int  # offsets into CleanText.text
    end: int
    text: str
    heading: bool = False


@dataclass
class Document:
    clean: CleanText
    sentences: list[Sentence] = field(default_factory=list)

    @cached_property
    def text(self) -> str:
        return self.clean.text


def split_sentences(text: str) -> list[Sentence]:
    """Lines, then sentences ending in 。！？；. A short line without end punctuation is a heading."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if _looks_like_heading(stripped):
            lead = len(line) - len(line.lstrip())
            out.append(Sentence(line_start + lead, line_start + lead + len(stripped), stripped, True))
            continue
        s = 0
        for m in re.finditer(rf"[{_SENTENCE_END}]”?|$", line):
            e = m.end()
            chunk = line[s:e]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                begin = line_start + s + lead
                if (head := _INLINE_HEADING.match(chunk.strip())) and head.end() < len(chunk.strip()) - 2:
                    # 一、2017年工作回顾2017年是…: a heading whose line break the copy lost
                    out.append(Sentence(begin, begin + head.end(), head.group(0), True))
                    rest = line[begin + head.end() - line_start:e]
                    begin += head.end() + len(rest) - len(rest.lstrip())
                out.append(Sentence(begin, line_start + e, line[begin - line_start:e].strip()))
            s = e
            if e >= len(line):
                break
    return out


_INLINE_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]{1,2}、|[^。，；]{0,24}?工作报告)\s*(?:(?:19|20)\d{2}\s*年|过去[一五]年的?|今年|明年)?\s*"
    r"(?:政府)?(?:工作(?:简要|主要)?回顾|工作总结|工作安排|的?主要预期目标)"
    r"|(?:19|20)\d{2}\s*年(?:及本届)?(?:政府)?(?:工作回顾|工作总结|工作安排)(?![的中显表])")


def _without_trailing_symbols(line: str) -> str:
    """The line without the emoji and pictographs a blog ends it with (…增长8%。📈)."""
    end = len(line)
    while end and unicodedata.category(line[end - 1]) in ("So", "Sk", "Mn", "Cf", "Cs"):
        end -= 1
    return line[:end].rstrip()


def _looks_like_heading(line: str) -> bool:
    line = _without_trailing_symbols(line) or line
    if len(line) > 40:
        return False
    # A line ending like a sentence (or a list item ending in ；) is not a heading.
    return line[-1] not in _SENTENCE_END + "，、：:"


class Segmenter:
    """A private jieba tokenizer with the project's user dictionaries, loaded once."""

    _lock = threading.Lock()

    def __init__(self) -> None:
        self._tokenizer: jieba.Tokenizer | None = None
        self._pos: jieba.posseg.POSTokenizer | None = None

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        with self._lock:
            return self._tokenizer_unlocked()

    def _tokenizer_unlocked(self) -> jieba.Tokenizer:
        """Build the tokenizer on first use (about 1 s); the caller holds the lock."""
        if self._tokenizer is None:
            tok = jieba.Tokenizer()
            jieba.setLogLevel(60)
            tok.initialize()
            dict_path = resources.files("kg") / "data" / "userdict.txt"
            if dict_path.is_file():
                with resources.as_file(dict_path) as p:
                    tok.load_userdict(str(p))
            self._tokenizer = tok
        return self._tokenizer

    def tokens(self, text: str) -> list[tuple[str, int, int]]:
        """(word, start, end) for every jieba token of ``text``."""
        return list(self.tokenizer.tokenize(text))

    @property
    def pos_tokenizer(self) -> jieba.posseg.POSTokenizer:
        with self._lock:
            if self._pos is None:
                self._pos = jieba.posseg.POSTokenizer(self._tokenizer_unlocked())
            return self._pos

    def dictionary_tags(self, text: str) -> list[tuple[str, str]]:
        """(word, jieba's dictionary tag) per token, without jieba's HMM tagger: several times
        faster than ``pos_tokenizer.cut``; a word not in the dictionary is tagged "x"."""
        table = self.pos_tokenizer.word_tag_tab
        return [(w, table.get(w, "x")) for w in self.tokenizer.lcut(text, HMM=False)]

    def has_proper_noun(self, text: str) -> bool:
        """True when jieba tags a place, person, organisation or other proper noun, or an
        out-of-vocabulary word (names of estates and firms usually are), in ``text``."""
        for word, flag in self.pos_tokenizer.cut(text):
            if flag in ("ns", "nr", "nt", "nz", "nrt", "nrfg", "x", "eng") and len(word) >= 2:
                return True
        return False

    def boundaries(self, text: str) -> set[int]:
        """Offsets where a token starts (plus len(text))."""
        b = {start for _, start, _ in self.tokens(text)}
        b.add(len(text))
        return b


def parse(original: str) -> Document:
    ct = clean(original)
    return Document(clean=ct, sentences=split_sentences(ct.text))
