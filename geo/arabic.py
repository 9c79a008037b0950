"""Arabic text normalisation for matching, with an exact map back to the original text.

Every place name, trigger word and claim keyword is compared in *normalised* form, but every
span the project reports indexes the *original* ``Article.text``. :func:`normalize_with_map`
therefore returns, next to the normalised string, the original index of every normalised
character.

What :func:`normalize` does, character by character (documented so callers can rely on it):

* compatibility forms are decomposed per character with NFKC (Arabic presentation forms such as
  «ﻻ» or «ﺃ», full-width Latin letters and digits...);
* removed: Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks),
  tatweel «ـ», zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), bidi controls (LRM,
  RLM, ALM, embeddings, overrides and isolates) and the soft hyphen;
* letters unified: «أ إ آ ٱ ٲ ٳ» → «ا», «ة» → «ه», «ى» → «ي», «ؤ» → «و», «ئ» → «ي»; Persian/Urdu
  letters «ک گ» → «ك», «ی ې ۍ ێ» → «ي», «ہ ە ۀ ۃ» → «ه», «پ» → «ب», «چ» → «ج», «ژ» → «ز»,
  «ڤ» → «ف», «ڨ» → «ق»; the lone hamza «ء» is kept;
* digits: Arabic-Indic «٠-٩» and Persian «۰-۹» → ASCII ``0-9``;
* punctuation: «،» → ``,``, «؛» → ``;``, «؟» → ``?``, «٪» → ``%``, «٫» → ``.``, «٬» → ``,``,
  «۔» → ``.``, guillemets and curly double quotes «» “ ” „ ‟ → ``"``, curly single quotes → ``'``,
  en/em dashes and minus signs → ``-``;
* whitespace: every run of whitespace (including NBSP and the Unicode space separators)
  becomes a single character — ``"\\n"`` when the run contains a line break, else ``" "``.
  Leading and trailing whitespace is kept (collapsed), so offsets stay simple.

Latin letters are *not* case-folded. The result is idempotent:
``normalize(normalize(s)) == normalize(s)``.

Offsets: ``normalize_with_map(text)`` returns ``(norm, m)`` with ``len(m) == len(norm) + 1``;
``m[i]`` is the index in ``text`` of the character that produced ``norm[i]`` (a collapsed
whitespace run maps to its first character; the characters of one NFKC expansion all map to
their source character), and the sentinel ``m[-1] == len(text)``. ``m`` is non-decreasing. A
normalised span ``[i, j)`` (``i < j``) comes from the original span ``[m[i], m[j-1] + 1)``;
:func:`original_span` additionally extends the end over diacritics/tatweel that directly follow
(they were removed, but belong to the word).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "normalize",
    "normalize_with_map",
    "original_span",
    "Token",
    "tokens",
    "is_word_char",
    "strip_clitics",
    "clitic_splits",
    "ARABIC_LETTERS",
    "char_class",
]

#: The letters that remain after normalisation (the basic Arabic alphabet, plus hamza).
ARABIC_LETTERS = frozenset("ءابتثجحخدذرزسشصضطظعغفقكلمنهوي")

_REMOVE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0610, 0x061A),  # Quranic honorifics / small signs
    (0x064B, 0x065F),  # harakat, tanwin, shadda, sukun, hamza above/below marks...
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06DC),  # Quranic annotation signs
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08FF),  # extended Arabic marks
    (0x0640, 0x0640),  # tatweel
    (0x061C, 0x061C),  # Arabic letter mark (bidi)
    (0x200B, 0x200F),  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings / overrides
    (0x2060, 0x2064),  # word joiner, invisible operators
    (0x2066, 0x2069),  # bidi isolates
    (0xFEFF, 0xFEFF),  # BOM / ZWNBSP
    (0x00AD, 0x00AD),  # soft hyphen
    (0x034F, 0x034F),  # combining grapheme joiner
    (0xFE00, 0xFE0F),  # variation selectors
)

_LETTER_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ٶ": "و", "ٸ": "ي",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ے": "ي", "ۓ": "ي",
    "ہ": "ه", "ە": "ه", "ۀ": "ه", "ۃ": "ه", "ھ": "ه",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
}
for _i in range(10):
    _LETTER_MAP[chr(0x0660 + _i)] = str(_i)
    _LETTER_MAP[chr(0x06F0 + _i)] = str(_i)

_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _removed(code: int) -> bool:
    for low, high in _REMOVE_RANGES:
        if low <= code <= high:
            return True
    return False


@lru_cache(maxsize=8192)
def _expand(ch: str) -> str:
    """Normalised replacement of one character ('' when it is dropped); whitespace kept as is."""
    if ch.isascii():
        return ch
    code = ord(ch)
    if _removed(code):
        return ""
    if ch in _LETTER_MAP:
        return _LETTER_MAP[ch]
    if ch.isspace():
        return ch
    decomposed = unicodedata.normalize("NFKC", ch)
    if decomposed == ch:
        return ch
    out = []
    for part in decomposed:
        if part == ch:
            out.append(part)
        else:
            out.append(_expand(part))
    return "".join(out)


def _normalize_slow(text: str) -> tuple[str, list[int]]:
    """Reference implementation of :func:`normalize_with_map`, one character at a time."""
    out: list[str] = []
    index: list[int] = []
    pending_space = -1  # original index where the current whitespace run started
    pending_break = False
    for pos, ch in enumerate(text):
        rep = _expand(ch)
        if not rep:
            continue
        for r in rep:
            if r.isspace():
                if pending_space < 0:
                    pending_space = pos
                if r in _LINE_BREAKS:
                    pending_break = True
                continue
            if pending_space >= 0:
                out.append("\n" if pending_break else " ")
                index.append(pending_space)
                pending_space, pending_break = -1, False
            out.append(r)
            index.append(pos)
    if pending_space >= 0:
        out.append("\n" if pending_break else " ")
        index.append(pending_space)
    index.append(len(text))
    return "".join(out), index


@dataclass(frozen=True)
class _FastTables:
    """Tables and patterns of the fast path of :func:`normalize_with_map` (built once)."""

    common: tuple[tuple[str, str], ...]  # frequent 1:1 replacements, tried with ``str.replace``
    one_to_one: dict[str, str]  # every 1:1 replacement (a character into another one)
    #: A character other than a plain space, an unchanged character or a ``common`` one.
    special_re: re.Pattern[str]
    #: Kind of the special characters the fast path handles (the others need the reference path).
    special_kind: dict[str, int]
    #: Any maximal run of whitespace/dropped characters that changes (for texts with two plain
    #: spaces in a row): two or more characters, or one character that is not a plain space.
    runs_re: re.Pattern[str]


#: Kinds of special characters: replaced 1:1 (but not ``common``), or part of a changing run
#: (dropped, or whitespace other than the plain space).
_RARE, _RUN = 1, 2

#: 1:1 replacements frequent in news text: checked one by one with ``in`` (a C-level scan each).
_COMMON_MAPPED = "ةأإآىؤئ،؛؟«»“”–—"


def char_class(chars: Iterable[str]) -> str:
    """Regex character class body of ``chars`` (the part between ``[`` and ``]``), with
    consecutive code points as ranges."""
    spans: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
                   for lo, hi in spans)


def _build_fast_tables() -> _FastTables:
    """Classify the characters of :data:`_KNOWN_RANGES` once per process."""
    one_to_one: dict[str, str] = {}
    drops: list[str] = []
    plain: list[str] = []  # characters the fast path copies as they are
    odd_spaces: list[str] = []  # whitespace other than the plain space (re's \\s is str.isspace)
    for low, high in _KNOWN_RANGES:
        for code in range(low, high + 1):
            ch = chr(code)
            rep = _expand(ch)
            if ch.isspace():
                (plain if ch == " " else odd_spaces).append(ch)
            elif rep == ch:
                plain.append(ch)
            elif rep == "":
                drops.append(ch)
            elif len(rep) == 1 and not rep.isspace():
                one_to_one[ch] = rep
    common = tuple((c, one_to_one[c]) for c in _COMMON_MAPPED if c in one_to_one)
    special_kind = {c: _RARE for c in one_to_one if c not in _COMMON_MAPPED}
    special_kind.update((c, _RUN) for c in drops + odd_spaces)
    d = char_class(drops)
    return _FastTables(
        common=common,
        one_to_one=one_to_one,
        special_re=re.compile(f"[^{char_class(plain + [c for c, _ in common])}]"),
        special_kind=special_kind,
        runs_re=re.compile(f"[\\s{d}](?:(?<=[^\\S ])|(?<=[{d}])|(?=[\\s{d}]))[\\s{d}]*"),
    )


# Code point ranges whose characters are classified once at import (any other character in a
# text sends it down the reference path).
_KNOWN_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x024F), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
    (0x2000, 0x206F), (0x20A0, 0x20CF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0xFF00, 0xFFEF),
)
_FAST = _build_fast_tables()


def _replace_one_to_one(text: str, rare: Iterable[str]) -> str:
    """``text`` with its 1:1 replacements applied (indices unchanged); ``rare`` are the
    replaced characters it holds that are not in ``_FAST.common``."""
    for ch, rep in _FAST.common:
        if ch in text:
            text = text.replace(ch, rep)
    for ch in rare:
        text = text.replace(ch, _FAST.one_to_one[ch])
    return text


def _runs_around(t: str, specials: list[int]) -> list[tuple[int, int]]:
    """The changing runs of ``t``, a text without two plain spaces in a row, from the offsets of
    its dropped and non-space whitespace characters (each run holds at least one of them).

    Such characters that follow each other, or have one plain space between them, are one run;
    a plain space right before or after it belongs to the run too.
    """
    runs: list[tuple[int, int]] = []
    first = last = -1
    for p in specials:
        if last >= 0 and (p == last + 1 or (p == last + 2 and t[last + 1] == " ")):
            last = p
            continue
        if last >= 0:
            runs.append(_widen(t, first, last))
        first = last = p
    if last >= 0:
        runs.append(_widen(t, first, last))
    return runs


def _widen(t: str, first: int, last: int) -> tuple[int, int]:
    """``[first, last]`` plus the plain space on either side, if any."""
    a = first - 1 if first > 0 and t[first - 1] == " " else first
    b = last + 2 if last + 1 < len(t) and t[last + 1] == " " else last + 1
    return a, b


_SPACE_RE = re.compile(r"\s")
_LINE_BREAK_RE = re.compile(f"[{char_class(_LINE_BREAKS)}]")

#: ``0, 1, 2 …`` as ready-made int objects: a map is mostly runs of consecutive offsets, and
#: slicing them from here is several times faster than creating them with ``range`` each time.
_OFFSETS: tuple[int, ...] = tuple(range(1 << 16))


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` for matching and map every output character to its source.

    Parameters
    ----------
    text : str
        Any Unicode text (an article, a sentence, a name).

    Returns
    -------
    tuple[str, list[int]]
        ``(norm, m)``: ``norm == normalize(text)``; ``m[i]`` is the index in ``text`` of the
        character that produced ``norm[i]``; ``m[len(norm)] == len(text)`` (sentinel).

    Examples
    --------
    >>> norm, m = normalize_with_map("إدلبُ، حماة")
    >>> norm
    'ادلب, حماه'
    >>> m[:5], m[-1]
    ([0, 1, 2, 3, 5], 11)
    """
    specials: list[int] = []  # offsets of the dropped and non-space whitespace characters
    rare: set[str] = set()
    for match in _FAST.special_re.finditer(text):
        kind = _FAST.special_kind.get(match.group())
        if kind is None:
            return _normalize_slow(text)
        if kind == _RARE:
            rare.add(match.group())
        else:
            specials.append(match.start())
    t = _replace_one_to_one(text, rare)
    if "  " in t:
        runs = [match.span() for match in _FAST.runs_re.finditer(t)]
    else:
        runs = _runs_around(t, specials)
    offsets = _OFFSETS if len(t) <= len(_OFFSETS) else range(len(t))
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for a, b in runs:
        if a > pos:
            pieces.append(t[pos:a])
            index += offsets[pos:a]
        segment = t[a:b]
        space = _SPACE_RE.search(segment)
        if space is not None:  # the run becomes one character, at its first whitespace
            pieces.append("\n" if _LINE_BREAK_RE.search(segment) else " ")
            index.append(a + space.start())
        pos = b
    if pos < len(t):
        pieces.append(t[pos:])
        index += offsets[pos:len(t)]
    index.append(len(text))
    return "".join(pieces), index


def normalize(text: str) -> str:
    """Normalise ``text`` for matching (see the module docstring for the exact rules).

    Examples
    --------
    >>> normalize("مُحافَظَةُ  دير الزّور")
    'محافظه دير الزور'
    >>> normalize("سوریا ٢٠١٧")
    'سوريا 2017'
    """
    return normalize_with_map(text)[0]


#: Combining Arabic marks and tatweel that normalisation removes (the Arabic-block entries of
#: _REMOVE_RANGES): a span keeps the marks that trail its last letter. Derived, so the two lists
#: cannot drift (U+06DD, U+06E5 … are kept by normalize and must not be swallowed).
_TRAILING_MARKS = frozenset(
    chr(c) for low, high in _REMOVE_RANGES if 0x0600 <= low <= 0x08FF
    for c in range(low, high + 1))


def original_span(text: str, mapping: list[int], i: int, j: int) -> tuple[int, int]:
    """Original ``[start, end)`` of the normalised span ``[i, j)`` (``i < j``).

    ``start = mapping[i]``; ``end = mapping[j-1] + 1`` extended over diacritics and tatweel
    that directly follow in ``text`` (they were removed by normalisation but belong to the
    last letter).
    """
    start = mapping[i]
    end = mapping[j - 1] + 1
    while end < len(text) and text[end] in _TRAILING_MARKS:
        end += 1
    return start, end


def is_word_char(ch: str) -> bool:
    """True for letters and digits of any script (the characters a word is made of)."""
    return ch.isalnum()


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the normalised text.

    ``norm`` is the normalised word, ``nstart``/``nend`` its offsets in the normalised text,
    ``start``/``end`` its offsets in the original text.
    """

    norm: str
    nstart: int
    nend: int
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Split ``text`` into word tokens (runs of letters/digits after normalisation).

    Examples
    --------
    >>> [t.norm for t in tokens("قرى «الجنينة» والجيعة، 137")]
    ['قري', 'الجنينه', 'والجيعه', '137']
    """
    norm, mapping = normalize_with_map(text)
    out: list[Token] = []
    i, n = 0, len(norm)
    while i < n:
        if not norm[i].isalnum():
            i += 1
            continue
        j = i
        while j < n and norm[j].isalnum():
            j += 1
        start, end = original_span(text, mapping, i, j)
        out.append(Token(norm[i:j], i, j, start, end))
        i = j
    return out


_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


def clitic_splits(word: str) -> list[tuple[str, str]]:
    """Every way of reading a normalised word as proclitics + stem.

    Proclitics are an optional conjunction («و», «ف»), an optional preposition («ب», «ل», «ك»)
    and the optional article «ال»; «ل» + «ال» is written «لل» (the alef drops), in which case
    the stem is returned *with* its article restored. Stems shorter than two letters are not
    returned. The first pair is always ``("", word)``.

    Examples
    --------
    >>> clitic_splits("وللرقه")
    [('', 'وللرقه'), ('و', 'للرقه'), ('ول', 'لرقه'), ('ول', 'الرقه'), ('ول', 'اللرقه'), ('ولل', 'رقه')]
    """
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, str]] = []

    def add(prefix: str, stem: str) -> None:
        if len(stem) >= 2 and (prefix, stem) not in seen:
            seen.add((prefix, stem))
            out.append((prefix, stem))

    add("", word)
    for conj in _CONJ:
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for prep in _PREP:
            if prep and not rest.startswith(prep):
                continue
            stem = rest[len(prep):]
            prefix = conj + prep
            if prefix:
                add(prefix, stem)
            if prep == "ل" and stem.startswith("ل") and not stem.startswith("ال"):
                add(prefix, "ا" + stem)  # لل = ل + ال
                add(prefix, "ال" + stem)  # للاذقيه = ل + اللاذقيه (the lams merge)
                add(prefix + "ل", stem[1:])
            if stem.startswith("ال"):
                add(prefix + "ال", stem[2:])
    return out


def strip_clitics(word: str) -> list[str]:
    """Candidate stems of a word with its proclitics removed, the word itself first.

    Works on raw or normalised input (the word is normalised first).

    Examples
    --------
    >>> strip_clitics("بالرقة")
    ['بالرقه', 'الرقه', 'رقه']
    """
    norm = normalize(word).strip()
    stems: list[str] = []
    for _prefix, stem in clitic_splits(norm):
        if stem not in stems:
            stems.append(stem)
    return stems
