"""Map styling: one colour-blind-safe colour per actor, one marker shape per action family,
bilingual labels, and the legend.

The palette is fixed (the same actor has the same colour on every date and in every map); it is
built from the Okabe–Ito and Paul Tol "muted/bright" palettes, which stay distinguishable under
the common colour-vision deficiencies. Hues echo the Wikipedia Syrian-war map convention where
that does not cost legibility (government red, opposition green, ISIS black, SDF yellow).
Colour never carries meaning alone: every marker has a tooltip naming the actor and the action,
and actions are told apart by shape.

Examples
--------
>>> actor_colour("Syrian Army") == actor_colour("Syrian Army")
True
>>> action_style("captured").shape, action_style("airstrike").shape
('square', 'star')
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass

from geo.claims import ACTION_FAMILIES

__all__ = [
    "ACTOR_COLOURS", "ACTOR_AR", "FALLBACK_COLOURS", "ActionStyle", "ACTION_STYLES",
    "STATUS_LABELS", "GEO_PRECISION_LABELS", "DATE_PRECISION_LABELS", "ARABIC_FONT_STACK",
    "actor_colour", "actor_ar", "action_style", "legend_html", "shape_svg",
]

#: Canonical actor -> colour (hex). Okabe–Ito / Tol; see module docstring.
ACTOR_COLOURS: dict[str, str] = {
    "Syrian Army": "#D55E00",          # vermillion (Wikipedia: red)
    "Russia": "#CC79A7",               # reddish purple (ally of the government)
    "Iran": "#882255",                 # Tol wine
    "Hezbollah": "#E69F00",            # orange
    "Opposition factions": "#009E73",  # bluish green (Wikipedia: green)
    "HTS": "#999933",                  # Tol olive
    "ISIS": "#000000",                 # black (Wikipedia: black/grey)
    "SDF": "#F0E442",                  # yellow (Wikipedia: yellow)
    "Turkey": "#56B4E9",               # sky blue
    "US-led coalition": "#0072B2",     # blue
    "Iraqi forces": "#44AA99",         # Tol teal
    "Israel": "#332288",               # Tol indigo
    "Unknown": "#888888",              # grey
}

#: Colours handed to actors outside the canonical list, chosen by a stable hash of the name.
FALLBACK_COLOURS: tuple[str, ...] = ("#117733", "#AA4499", "#661100", "#6699CC", "#DDCC77",
                                     "#AA4466", "#4477AA", "#228833")

#: Arabic names of the canonical actors (used where a layer carries no ``actor_ar``).
ACTOR_AR: dict[str, str] = {
    "Syrian Army": "الجيش السوري", "Russia": "روسيا", "Iran": "إيران", "Hezbollah": "حزب الله",
    "Opposition factions": "فصائل المعارضة", "HTS": "هيئة تحرير الشام", "ISIS": "تنظيم الدولة (داعش)",
    "SDF": "قوات سوريا الديمقراطية", "Turkey": "تركيا",
    "US-led coalition": "التحالف الدولي بقيادة الولايات المتحدة", "Iraqi forces": "القوات العراقية",
    "Israel": "إسرائيل", "Unknown": "جهة غير معروفة",
}

#: Arabic font stack for popup/tooltip content (the page itself stays LTR).
ARABIC_FONT_STACK = ('"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", '
                     '"Geeza Pro", "Traditional Arabic", "Arabic Typesetting", "Segoe UI", '
                     'Tahoma, "DejaVu Sans", sans-serif')


def actor_colour(actor: str) -> str:
    """Return the fixed colour of ``actor`` (canonical list first, then a stable hash).

    >>> actor_colour("ISIS")
    '#000000'
    >>> actor_colour("Some new brigade") == actor_colour("Some new brigade")
    True
    """
    if actor in ACTOR_COLOURS:
        return ACTOR_COLOURS[actor]
    digest = hashlib.sha1((actor or "").encode("utf-8")).digest()
    return FALLBACK_COLOURS[digest[0] % len(FALLBACK_COLOURS)]


def actor_ar(actor: str, given: str | None = None) -> str:
    """Arabic name of ``actor``: ``given`` when non-empty, else the canonical table, else ''."""
    if given:
        return given
    return ACTOR_AR.get(actor, "")


@dataclass(frozen=True)
class ActionStyle:
    """How one action family is drawn and named."""

    family: str
    shape: str  # circle, square, triangle, triangle-down, diamond, star, cross, ring, hexagon
    label: str
    label_ar: str


_FAMILY_STYLES: dict[str, ActionStyle] = {
    "captured": ActionStyle("captured", "square", "captured / took control", "سيطرة"),
    "advanced": ActionStyle("advanced", "triangle", "advanced / entered", "تقدّم"),
    "besieged": ActionStyle("besieged", "ring", "besieged / encircled", "حصار"),
    "siege_broken": ActionStyle("siege_broken", "diamond", "siege broken", "فكّ الحصار"),
    "airstrike": ActionStyle("airstrike", "star", "air or missile strike", "غارة / ضربة صاروخية"),
    "attacked": ActionStyle("attacked", "cross", "attack / shelling / repelled", "هجوم / قصف"),
    "withdrew": ActionStyle("withdrew", "triangle-down", "withdrew", "انسحاب"),
    "zone": ActionStyle("zone", "hexagon", "de-escalation zone", "منطقة خفض تصعيد"),
    "negotiation": ActionStyle("negotiation", "hexagon", "negotiation / agreement", "تفاوض / اتفاق"),
    "other": ActionStyle("other", "circle", "other event", "حدث آخر"),
}

#: Action (or family) -> style. Every action of ``geo.model.ACTIONS`` has an entry; the families
#: are the scoring families of ``geo.claims.ACTION_FAMILIES`` (one table for the whole project).
ACTION_STYLES: dict[str, ActionStyle] = {
    **{action: _FAMILY_STYLES[family] for action, family in ACTION_FAMILIES.items()},
    **_FAMILY_STYLES,
}

_ACTION_LABELS: dict[str, tuple[str, str]] = {
    "captured": ("captured", "سيطر على"), "secured": ("secured", "أمّن"),
    "advanced": ("advanced", "تقدّم في"), "entered": ("entered", "دخل"),
    "besieged": ("besieged", "حاصر"), "encircled": ("encircled", "طوّق"),
    "siege_broken": ("broke the siege of", "فكّ الحصار عن"), "attacked": ("attacked", "هاجم"),
    "shelled": ("shelled", "قصف"), "repelled": ("repelled an attack at", "صدّ هجوماً في"),
    "airstrike": ("air strike on", "غارة جوية على"), "missile_strike": ("missile strike on", "ضربة صاروخية على"),
    "withdrew": ("withdrew from", "انسحب من"), "zone_established": ("zone established", "إنشاء منطقة"),
    "zone_monitored": ("zone monitored", "مراقبة منطقة"), "negotiation": ("negotiation", "تفاوض"),
    "other": ("other", "حدث آخر"),
}

#: Control status -> (English, Arabic).
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "controlled": ("controlled", "سيطرة"), "contested": ("contested", "متنازع عليه"),
    "besieged": ("besieged", "محاصَر"), "siege_broken": ("siege broken", "فُكّ عنه الحصار"),
    "claimed_advance": ("claimed advance", "تقدّم معلن"),
}

#: Geo precision (UCDP-style ladder) -> (English, Arabic).
GEO_PRECISION_LABELS: dict[str, tuple[str, str]] = {
    "exact": ("exact point", "موقع دقيق"), "near": ("near the place", "بالقرب من المكان"),
    "district": ("district level", "على مستوى المنطقة"),
    "governorate": ("governorate level", "على مستوى المحافظة"),
    "between": ("between two places", "بين مكانين"), "country": ("country level", "على مستوى البلد"),
}

#: Date precision -> (English, Arabic).
DATE_PRECISION_LABELS: dict[str, tuple[str, str]] = {
    "day": ("exact day", "يوم محدد"), "days": ("within a few days", "خلال أيام"),
    "week": ("within a week", "خلال أسبوع"), "month": ("within the month", "خلال الشهر"),
    "year": ("within the year", "خلال السنة"), "unknown": ("date unknown", "تاريخ غير معروف"),
}


def action_style(action: str) -> ActionStyle:
    """Style of an action or action family; unknown actions get the 'other' style."""
    return ACTION_STYLES.get(action, _FAMILY_STYLES["other"])


def action_label(action: str) -> tuple[str, str]:
    """(English, Arabic) verb phrase of ``action`` for popups."""
    return _ACTION_LABELS.get(action, (action.replace("_", " "), ""))


__all__ += ["action_label"]


def _shape_points(shape: str, x: float, y: float, r: float) -> list[tuple[float, float]] | None:
    """Polygon of a marker shape centred on (x, y); None for circle-like shapes.

    Mirrors ``cmShapePoints`` in ``maps/assets/conflictmap.js`` so the legend matches the map.
    """
    import math

    if shape == "square":
        return [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    if shape == "triangle":
        return [(x, y - 1.25 * r), (x + 1.15 * r, y + 0.85 * r), (x - 1.15 * r, y + 0.85 * r)]
    if shape == "triangle-down":
        return [(x, y + 1.25 * r), (x + 1.15 * r, y - 0.85 * r), (x - 1.15 * r, y - 0.85 * r)]
    if shape == "diamond":
        return [(x, y - 1.35 * r), (x + r, y), (x, y + 1.35 * r), (x - r, y)]
    if shape == "star":
        return [(x + (1.4 * r if i % 2 == 0 else 0.6 * r) * math.sin(i * math.pi / 5),
                 y - (1.4 * r if i % 2 == 0 else 0.6 * r) * math.cos(i * math.pi / 5)) for i in range(10)]
    if shape == "cross":
        a, b = 0.35 * r, 1.1 * r
        return [(x - a, y - b), (x + a, y - b), (x + a, y - a), (x + b, y - a), (x + b, y + a),
                (x + a, y + a), (x + a, y + b), (x - a, y + b), (x - a, y + a), (x - b, y + a),
                (x - b, y - a), (x - a, y - a)]
    if shape == "hexagon":
        return [(x + 1.15 * r * math.cos(math.pi / 6 + i * math.pi / 3),
                 y + 1.15 * r * math.sin(math.pi / 6 + i * math.pi / 3)) for i in range(6)]
    return None


def shape_svg(shape: str, colour: str, *, size: int = 16, hollow: bool = False,
              dash: str | None = None) -> str:
    """Small inline SVG of a marker shape, for the legend."""
    c = size / 2
    r = size * 0.3
    fill = "none" if hollow or shape == "ring" else colour
    stroke = colour if (hollow or shape == "ring") else "#222"
    width = 2.5 if (hollow or shape == "ring") else 1
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    pts = _shape_points(shape, c, c, r)
    if pts is None:
        body = f'<circle cx="{c:g}" cy="{c:g}" r="{r * 1.1:.2f}"'
    else:
        body = '<polygon points="' + " ".join(f"{px:.1f},{py:.1f}" for px, py in pts) + '"'
    return (f'<svg class="cm-sw" width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
            f'aria-hidden="true">{body} fill="{fill}" stroke="{stroke}" stroke-width="{width}"'
            f'{dash_attr}/></svg>')


def legend_html(actors: list[str] | tuple[str, ...], *, title: str = "Legend",
                show_zone: bool = True, expanded: bool = True) -> str:
    """Legend box: actors present (colour), action shapes, control status, sieges, axes, zones.

    All labels are English with the Arabic beside them in a ``dir="rtl" lang="ar"`` span.
    ``expanded=False`` starts it folded (the index page, where the time slider needs the room).
    """
    esc = html.escape

    def row(symbol: str, en: str, ar: str) -> str:
        return (f'<div class="cm-lg-row">{symbol}<span class="cm-lg-en">{esc(en)}</span>'
                f'<span class="cm-ar" dir="rtl" lang="ar">{esc(ar)}</span></div>')

    parts = [f'<details class="cm-legend"{" open" if expanded else ""}><summary>{esc(title)} · '
             f'<span class="cm-ar" dir="rtl" lang="ar">مفتاح الخريطة</span></summary>']
    if actors:
        parts.append('<div class="cm-lg-h">Actors · <span class="cm-ar" dir="rtl" lang="ar">الأطراف</span></div>')
        for actor in actors:
            parts.append(row(shape_svg("circle", actor_colour(actor)), actor, actor_ar(actor)))
    parts.append('<div class="cm-lg-h">Claims (shape = action) · '
                 '<span class="cm-ar" dir="rtl" lang="ar">الادعاءات</span></div>')
    for family in ("captured", "advanced", "besieged", "siege_broken", "airstrike", "attacked",
                   "withdrew", "negotiation", "other"):
        st = _FAMILY_STYLES[family]
        parts.append(row(shape_svg(st.shape, "#777777"), st.label, st.label_ar))
    parts.append('<div class="cm-lg-h">Control as of date · '
                 '<span class="cm-ar" dir="rtl" lang="ar">السيطرة حتى التاريخ</span></div>')
    parts.append(row(shape_svg("circle", "#777777"), "controlled", "سيطرة"))
    parts.append(row(shape_svg("circle", "#777777", dash="2,2"), "contested / conflicting reports",
                     "متنازع عليه / روايات متضاربة"))
    parts.append(row(shape_svg("ring", "#777777"), "besieged (ring in besieger's colour)",
                     "حصار (حلقة بلون المحاصِر)"))
    parts.append(row(shape_svg("ring", "#777777", dash="3,3"), "siege broken", "فكّ الحصار"))
    parts.append(row('<svg class="cm-sw" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
                     '<path d="M1 12 L11 5" stroke="#777" stroke-width="2"/>'
                     '<polygon points="15,2 8,3 12,8" fill="#777"/></svg>',
                     "axis of advance", "محور تقدّم"))
    parts.append(row('<svg class="cm-sw" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
                     '<rect x="2" y="2" width="12" height="12" fill="#bbb" fill-opacity="0.35" '
                     'stroke="#555" stroke-dasharray="3,2"/></svg>',
                     "area / sector (shaded = location precision)", "منطقة / قطاع (الدقة)"))
    if show_zone:
        parts.append(row('<svg class="cm-sw" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">'
                         '<rect x="2" y="2" width="12" height="12" fill="#882255" fill-opacity="0.12" '
                         'stroke="#882255" stroke-dasharray="4,3" stroke-width="2"/></svg>',
                         "de-escalation zone (approximate)", "منطقة خفض التصعيد (تقريبية)"))
    parts.append('<div class="cm-lg-note">Claims are as reported by the source, not verified. · '
                 '<span class="cm-ar" dir="rtl" lang="ar">الادعاءات كما أوردها المصدر دون تحقق.</span></div>')
    parts.append("</details>")
    return "".join(parts)
