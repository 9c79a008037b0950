"""Loaders for the hand-edited matching lexicons in this folder (see its README.md).

Every entry is normalised with :func:`geo.arabic.normalize` on load. Loaders are cached
(``lru_cache``): the files are shipped, read-only package data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from geo.arabic import normalize
from geo.errors import GazetteerError

__all__ = ["Trigger", "Lexicon", "load_lexicon", "LEXICON_DIR", "HAMZA_ALEFS"]

#: Alef with hamza or madda. Normalisation writes them as plain «ا»; a trigger noun without them
#: spelled with one in the text is another word («وأدى» "and led to" is no «وادي» valley).
HAMZA_ALEFS = frozenset("أإآ")

LEXICON_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Trigger:
    """A generic noun that introduces a place name («قرية», «مطار»…)."""

    word: str  # normalised
    kind: str
    with_trigger: bool  # the reported span includes the trigger noun («معبر نصيب»)
    strong: bool  # an unknown name may follow without further evidence
    plural: bool  # a list of names may follow («قرى أ وب وج»)
    hamza: bool = False  # spelled with a hamza on its alef («أحياء»); see ``HAMZA_ALEFS``
    #: strength ``site``: an unknown name needs a name tail after it («منفذ X الحدودي»); a known
    #: or quoted name needs nothing more («منفذ القائم»). The noun has other senses («منفذ الهجوم»)
    needs_tail: bool = False
    #: strength ``figurative``: a weak noun with a common figurative sense («قلعة العروبة», «حاجز
    #: الألف», «صحراء الفكر»): a plural, a verbal noun or a predicate use is no place
    figurative: bool = False


@dataclass(frozen=True)
class Lexicon:
    """All matching word lists, normalised."""

    triggers: dict[str, Trigger]
    units: frozenset[str]
    ordinals: frozenset[str]
    generic_facilities: dict[str, str]
    stopwords: frozenset[str]
    event_verbs: frozenset[str]  # one-word verbs of the claims lexicon («أطبقت», «سيطرت»): never names
    name_heads: frozenset[str]
    name_tails: frozenset[str]
    common_names: frozenset[str]
    blocked_phrases: tuple[str, ...]
    #: blocked phrases with a «*» slot for a place name («مجلس * العسكري»), normalised
    blocked_patterns: tuple[str, ...]
    person_cues: frozenset[str]
    media_cues: frozenset[str]
    speech_verbs: frozenset[str]
    common_cues: frozenset[str]
    speakers: frozenset[str]
    outlets: frozenset[str]  # media outlets named like places («الميادين», «الجزيرة», «حلب اليوم»)
    #: landmark nouns named after common words («ساحة التحرير»; ``head:`` lines of landmark_names.txt),
    #: the words that never name them («ساحة المعركة»; ``not:`` lines) and the elatives that make a
    #: bare place noun after them common («أكبر مدينة»; ``elative:`` lines)
    #: verbal nouns of taking that also take «عن» + a pronoun («فك الحصار عنه»; ``an_complement:`` lines
    #: of place_context.txt) and nouns a nationality adjective qualifies («مصادر سورية»;
    #: nationality_nouns.txt)
    an_complement_nouns: frozenset[str]
    nationality_nouns: frozenset[str]
    commemorative_heads: frozenset[str]
    not_landmark_names: frozenset[str]
    elatives: frozenset[str]
    #: stopwords written with a final «ه» (pronoun-suffixed particles «عنه», «منه»): a word written
    #: with «ة» normalises like them but is another word («قضاء عنة»)
    ha_stopwords: frozenset[str]
    directions: dict[str, str]
    admin_cues: dict[str, str]
    #: words for members of a formation («عناصر», «ضباط», «مرتبات»; ``member:`` lines of units.txt):
    #: unit + ordinal after one of them is the formation, not a base
    unit_members: frozenset[str] = frozenset()
    #: words before a name that make it a place even when it is a common word or a stopword
    #: («باتجاه حديثة», «بتحرير القائم»; ``place_context.txt``, tagged lines included)
    place_context: frozenset[str] = frozenset()
    #: the verbal nouns among them (``taking:`` lines: «تحرير», «اقتحام», «حصار»): they take any
    #: object, so they admit only a name that is a common word, never a stopword
    taking_nouns: frozenset[str] = frozenset()
    #: road nouns named by their two ends («طريق X – Y»; ``roads.txt``)
    roads: frozenset[str] = frozenset()
    #: words that name a highway by its number after them («الطريق الدولي M4», «الطريقين الدوليين
    #: ام 4 وام 5», «المعروف بـM5»; the road nouns and the ``code:`` lines of ``roads.txt``)
    highway_cues: frozenset[str] = frozenset()
    #: the road nouns among them (the road nouns and the ``road:`` lines of ``roads.txt``:
    #: «الطريق», «الطريقين»): a ``code:`` word («الدولي», «المعروف») is a cue only after one
    highway_nouns: frozenset[str] = frozenset()
    #: common-word names that are abstract nouns of ideals («الثورة», «الكرامة»; ``abstract_names.txt``):
    #: a verbal noun of taking is no evidence for them («تحرير الثورة من التطرف»)
    abstract_names: frozenset[str] = frozenset()
    #: definite adjectives that make a repeated common-word name its common noun in an idiom
    #: («من الباب الواسع», «الباب الخلفي»; ``common_idiom_words.txt``)
    common_idiom_words: frozenset[str] = frozenset()
    #: nouns that locate relative to the place named after them («محيط», «جهة»; ``locatives.txt``)
    locatives: frozenset[str] = frozenset()
    #: name heads that name a landmark inside a town after a locative noun («محيط سوق X»;
    #: ``landmark:`` lines of ``locatives.txt``)
    landmark_heads: frozenset[str] = frozenset()
    #: locative nouns that also mean a party or side (``party:`` lines of ``locatives.txt``: «جهة»):
    #: a kunya after them is a person («من جهة أبو عمر»)
    party_locatives: frozenset[str] = frozenset()
    #: participles of position after which «في» + a name is where a force stands («المتمركزة في
    #: X»; ``stationed:`` lines of ``locatives.txt``)
    stationed: frozenset[str] = frozenset()
    #: first-level units abroad the gazetteer lacks, named in the news without a unit noun
    #: («غربي الأنبار»): normalised one-word name -> ISO2 of their country (``units_abroad.tsv``)
    units_abroad: dict[str, str] = field(default_factory=dict)
    #: unit nouns of formations too large to be one base (``formation:`` lines of units.txt):
    #: with an ordinal word they name the formation («الفرقة الرابعة») unless a site noun precedes
    formations: frozenset[str] = frozenset()
    #: site nouns of a unit (``site:`` lines of units.txt: «مقر», «ثكنة»): «مقر الفرقة الرابعة» is a base
    unit_sites: frozenset[str] = frozenset()
    #: heads of group names made of place names (``group:`` lines of blocked_phrases.txt: «منصة»,
    #: «منصتي»): the names after them, coordinated ones included, name the group («منصتي القاهرة
    #: وموسكو»: two opposition platforms, not two cities)
    group_heads: frozenset[str] = frozenset()
    #: company nouns (``company:`` lines of media_cues.txt: «شركة»): a name after them is the
    #: company, unless it is a known facility and a place word leads the noun («على شركة كونوكو»)
    company_cues: frozenset[str] = frozenset()
    #: words before a company noun that make a known facility after it the plant itself
    #: (``company_site:`` lines of media_cues.txt: «على», «من», «في»)
    company_site_leads: frozenset[str] = frozenset()
    #: words right before «بين» that make «بين X وY» a stretch between two places (``stretch:``
    #: lines of locatives.txt: «الطريق», «الممتدة», «يربط»)
    stretch_cues: frozenset[str] = frozenset()
    #: one-word verbs of the claims lexicon whose action is territorial (taking, leaving, entering,
    #: besieging a place: «سيطرت», «انسحب»): «سيطرت على X», «انسحب التنظيم من X» make a
    #: common-word name of a town a place
    control_verbs: frozenset[str] = frozenset()
    #: the verbs of leaving among them («انسحب», «فر»): only they make «من X» the place left
    #: («دخلوا من الباب» is through the door)
    leaving_verbs: frozenset[str] = frozenset()
    #: the verbs of taking, entering or besieging among them («حرروا», «اقتحموا», «دخلت»): they
    #: take the place as direct object («حرروا القائم»)
    taking_verbs: frozenset[str] = frozenset()
    #: words that may head the subject between such a verb and its preposition (actor aliases,
    #: armed and military nouns: «سيطرت الفصائل على X»); any other word there is no war subject
    control_subjects: frozenset[str] = frozenset()


def _lines(name: str, directory: Path) -> list[str]:
    path = directory / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read matching lexicon ({exc.strerror or exc})") from exc
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line)
    return out


def _words(name: str, directory: Path) -> frozenset[str]:
    return frozenset(normalize(w).strip() for w in _lines(name, directory))


def _optional_words(name: str, directory: Path) -> frozenset[str]:
    """:func:`_words` of a lexicon file that older lexicon folders may lack (empty then)."""
    return _words(name, directory) if (directory / name).exists() else frozenset()


def _tagged(words: frozenset[str], tag: str) -> frozenset[str]:
    """The entries of a word list written ``tag`` + word («member:عناصر»), without the tag."""
    return frozenset(w[len(tag):].strip() for w in words if w.startswith(tag))


def _tagged_normalized(lines: list[str], tag: str) -> frozenset[str]:
    """:func:`_tagged` of raw lines (``blocked_phrases.txt``, ``media_cues.txt``), normalised."""
    return frozenset(normalize(w) for w in _tagged(frozenset(lines), tag))


def _table(name: str, directory: Path, columns: int) -> list[list[str]]:
    rows = []
    for number, line in enumerate(_lines(name, directory), 1):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < columns:
            raise GazetteerError(f"{directory / name}: line {number}: expected {columns} tab-separated columns")
        rows.append(cells)
    return rows


#: Claim actions whose verbs take a place as their object: the territory changes hands or is entered.
_TERRITORIAL_ACTIONS = frozenset({"captured", "withdrew", "entered", "advanced", "besieged", "encircled",
                                  "secured"})


def _event_verbs() -> frozenset[str]:
    """Single-word verb forms of the claims lexicon (geo/lexicon/actions.yaml), normalised.

    A word the claims stage reads as an event verb is not a place name, even when it follows a
    list of places («قرى X وY، وأطبقت …»)."""
    from geo.lexicon import load_triggers

    return frozenset(t.form.split(" ")[0] for t in load_triggers() if t.pos == "verb")


def _whole_event_verbs(actions: frozenset[str]) -> frozenset[str]:
    """Verbs of ``actions`` that are a whole trigger form on their own («سيطرت», «انسحب»), not
    the first word of a longer one: «فرض» of «فرض سيطرته», «تمكن» of «تمكن من السيطرة» or «رفع»
    of «رفع العلم» say nothing territorial alone («تمكن المهاجم من الوصول إلى الباب»), nor does a
    copula that needs its predicate («بات/أصبح» + «تحت سيطرة», «محاصرة»: «وبات الباب مغلقا»)."""
    from geo.lexicon import load_triggers

    return frozenset(t.form for t in load_triggers()
                     if t.pos == "verb" and t.action in actions and " " not in t.form and not t.requires_next)


def _control_subjects(units: frozenset[str]) -> frozenset[str]:
    """Normalised words that may head the subject of a territorial verb standing between it and
    its preposition («سيطرت الفصائل على», «انسحب عناصر التنظيم من»): the first word of every actor
    alias and of every generic armed agent, the military, personnel and partitive nouns of
    ``actors.yaml`` and the member nouns of units.txt. «سيطر اللون الأخضر على التل» and «فر اللص
    من الباب» have none."""
    from geo.lexicon import load_actor_words, load_actors, load_generic_agents

    words = {alias.split(" ")[0] for actor in load_actors() for alias in actor.aliases}
    words |= {agent.split(" ")[0] for agent in load_generic_agents()}
    for key in ("military_nouns", "personnel_heads", "partitive_heads"):
        words |= {w.split(" ")[0] for w in load_actor_words(key)}
    words |= {normalize(w) for w in _tagged(units, "member:")}
    return frozenset(words)


#: Possessive pronoun suffixes a noun takes («سيطرتهم», «قريتنا»); «ة» becomes «ت» before them.
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "كم")


def _with_pronoun_suffixes(raw_words: list[str]) -> frozenset[str]:
    """Normalised possessed forms of the indefinite stopwords written with «ة»: «سيطرة» gives
    «سيطرتهم», «سيطرتنا» …, so a verbal noun with a pronoun is no unknown place name either
    («بمناطق سيطرتهم»). Definite words take no possessive suffix."""
    return frozenset(normalize(w[:-1] + "ت" + suffix) for w in raw_words
                     if w.endswith("ة") and not w.startswith("ال") and " " not in w
                     for suffix in _PRONOUN_SUFFIXES)


def _ha_stopwords(raw_words: list[str]) -> frozenset[str]:
    """Normalised stopwords that are only ever written with a final «ه» (never «ة»): «عنه»,
    «منه», «فيه». A text word written with «ة» that normalises like one of them is another word."""
    with_ta = {normalize(w) for w in raw_words if w.endswith("ة")}
    return frozenset(normalize(w) for w in raw_words if w.endswith("ه")) - with_ta


@lru_cache(maxsize=4)
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Load (once) every lexicon file from ``directory`` (default: the shipped folder)."""
    folder = Path(directory) if directory else LEXICON_DIR
    triggers = {}
    for word, kind, span, strength, plural in _table("triggers.tsv", folder, 5):
        key = normalize(word).strip()
        triggers[key] = Trigger(key, kind, span == "with_trigger", strength == "strong", plural == "1",
                                not HAMZA_ALEFS.isdisjoint(word), strength == "site",
                                strength == "figurative")
    media = _lines("media_cues.txt", folder)
    blocked = _lines("blocked_phrases.txt", folder)
    raw_stopwords = [w.strip() for w in _lines("stopwords.txt", folder)]
    units = _words("units.txt", folder)
    place_context = _optional_words("place_context.txt", folder)
    locatives = _optional_words("locatives.txt", folder)
    roads = _optional_words("roads.txt", folder)
    landmarks = _optional_words("landmark_names.txt", folder)
    road_nouns = frozenset(w for w in roads if ":" not in w)
    return Lexicon(
        triggers=triggers,
        units=frozenset(w for w in units if ":" not in w),
        ordinals=_words("ordinals.txt", folder),
        generic_facilities={normalize(p).strip(): k for p, k in _table("generic_facilities.tsv", folder, 2)},
        stopwords=frozenset(normalize(w) for w in raw_stopwords) | _with_pronoun_suffixes(raw_stopwords),
        event_verbs=_event_verbs(),
        name_heads=_words("name_heads.txt", folder),
        name_tails=_words("name_tails.txt", folder),
        common_names=_words("common_names.txt", folder),
        blocked_phrases=tuple(sorted({normalize(p).strip() for p in blocked if "*" not in p and ":" not in p})),
        blocked_patterns=tuple(sorted({normalize(p).strip() for p in blocked if "*" in p})),
        person_cues=_words("person_cues.txt", folder),
        media_cues=frozenset(normalize(w).strip() for w in media if ":" not in w),
        speech_verbs=frozenset(normalize(w[5:]).strip() for w in media if w.startswith("verb:")),
        common_cues=frozenset(normalize(w[7:]).strip() for w in media if w.startswith("common:")),
        speakers=frozenset(normalize(w[8:]).strip() for w in media if w.startswith("speaker:")),
        outlets=_tagged(frozenset(normalize(w).strip() for w in media), "outlet:"),
        commemorative_heads=_tagged(landmarks, "head:"),
        not_landmark_names=_tagged(landmarks, "not:"),
        elatives=_tagged(landmarks, "elative:"),
        ha_stopwords=_ha_stopwords(raw_stopwords),
        directions={normalize(w).strip(): c for w, c in _table("directions.tsv", folder, 2)},
        admin_cues={normalize(w).strip(): c for w, c in _table("admin_cues.tsv", folder, 2)},
        unit_members=_tagged(units, "member:"),
        formations=_tagged(units, "formation:"),
        unit_sites=_tagged(units, "site:"),
        place_context=frozenset(w.split(":", 1)[-1].strip() for w in place_context),
        taking_nouns=_tagged(place_context, "taking:"),
        an_complement_nouns=_tagged(place_context, "an_complement:"),
        nationality_nouns=_optional_words("nationality_nouns.txt", folder),
        roads=road_nouns,
        highway_cues=road_nouns | _tagged(roads, "code:") | _tagged(roads, "road:"),
        highway_nouns=road_nouns | _tagged(roads, "road:"),
        abstract_names=_optional_words("abstract_names.txt", folder),
        common_idiom_words=_optional_words("common_idiom_words.txt", folder),
        locatives=frozenset(w for w in locatives if ":" not in w),
        landmark_heads=_tagged(locatives, "landmark:"),
        party_locatives=_tagged(locatives, "party:"),
        stationed=_tagged(locatives, "stationed:"),
        units_abroad={normalize(w).strip(): c.strip() for w, c in _table("units_abroad.tsv", folder, 2)},
        group_heads=_tagged_normalized(blocked, "group:"),
        company_cues=_tagged_normalized(media, "company:"),
        company_site_leads=_tagged_normalized(media, "company_site:"),
        stretch_cues=_tagged(locatives, "stretch:"),
        control_verbs=_whole_event_verbs(_TERRITORIAL_ACTIONS),
        leaving_verbs=_whole_event_verbs(frozenset({"withdrew"})),
        taking_verbs=_whole_event_verbs(frozenset({"captured", "entered", "besieged", "encircled"})),
        control_subjects=_control_subjects(units),
    )
