"""Build ``articles.jsonl`` (gold format of the evaluation set) from ``passages.txt``.

The passages are our own Arabic text written for the generalisation tests. Every marked mention
``[[surface|ref]]`` refers to a row of :data:`REFS`: English name, kind, and — only where we know the
place is in the shipped gazetteer — the gazetteer record whose point is the gold point. Places we
cannot place with confidence have null coordinates (they count for mention scores only).

Run ``python tests/generalisation/make_gold.py`` after editing the passages or the table; the output
is deterministic and committed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

#: ref -> (name_en, kind, gazetteer id giving the point or None, tolerance_km, proxy)
#: ``proxy`` marks governorates (point = the seat city, excluded from distance scoring like the
#: dev set's PROXY rows); neighbourhoods placed at their city's point carry a city-size tolerance.
REFS: dict[str, tuple[str, str, str | None, float | None, bool]] = {
    # countries (no point)
    "syria": ("Syria", "country", None, None, False),
    "russia": ("Russia", "country", None, None, False),
    "iran": ("Iran", "country", None, None, False),
    "iraq": ("Iraq", "country", None, None, False),
    "jordan": ("Jordan", "country", None, None, False),
    "israel": ("Israel", "country", None, None, False),
    "lebanon": ("Lebanon", "country", None, None, False),
    "usa": ("United States", "country", None, None, False),
    "algeria": ("Algeria", "country", None, None, False),
    "tunisia": ("Tunisia", "country", None, None, False),
    "libya": ("Libya", "country", None, None, False),
    # governorates (point = seat city; proxy)
    "raqqa_gov": ("Raqqa Governorate", "governorate", "opensyria:sy-raqqa", 120, True),
    "dez_gov": ("Deir ez-Zor Governorate", "governorate", "opensyria:sy-deir-ez-zor", 150, True),
    "hama_gov": ("Hama Governorate", "governorate", "opensyria:sy-hama", 100, True),
    "idlib_gov": ("Idlib Governorate", "governorate", "opensyria:sy-idlib", 60, True),
    "aleppo_gov": ("Aleppo Governorate", "governorate", "opensyria:sy-aleppo", 120, True),
    "homs_gov": ("Homs Governorate", "governorate", "opensyria:sy-homs", 200, True),
    "rif_dimashq": ("Rif Dimashq Governorate", "governorate", "opensyria:sy-rif-dimashq", 120, True),
    "daraa_gov": ("Daraa Governorate", "governorate", "opensyria:sy-daraa", 60, True),
    "quneitra_gov": ("Quneitra Governorate", "governorate", "opensyria:sy-quneitra", 40, True),
    "suwayda_gov": ("As-Suwayda Governorate", "governorate", "opensyria:sy-as-suwayda", 60, True),
    "latakia_gov": ("Latakia Governorate", "governorate", "opensyria:sy-latakia", 60, True),
    # Syrian cities, towns, villages in the gazetteer
    "damascus": ("Damascus", "city", "geonames:170654", 8, False),
    "aleppo": ("Aleppo", "city", "geonames:170063", 8, False),
    "homs": ("Homs", "city", "geonames:169577", 6, False),
    "idlib": ("Idlib", "city", "geonames:169389", 5, False),
    "dez": ("Deir ez-Zor", "city", "geonames:170794", 5, False),
    "raqqa": ("Raqqa", "city", "geonames:172955", 5, False),
    "hasakah": ("Al-Hasakah", "city", "geonames:173811", 5, False),
    "qamishli": ("Qamishli", "city", "geonames:173377", 5, False),
    "abukamal": ("Abu Kamal", "city", "geonames:174448", 3, False),
    "mayadin": ("Al-Mayadin", "city", "geonames:173480", 3, False),
    "maadan": ("Ma'dan", "town", "geonames:167538", 3, False),
    "uqayribat": ("Uqayribat", "town", "geonames:162803", 3, False),
    "jubb_jarrah": ("Jubb al-Jarrah", "village", "geonames:168972", 2, False),
    "khanasir": ("Khanasir", "town", "geonames:168351", 2, False),
    "suwar": ("Al-Suwar", "town", None, None, False),
    "khasham": ("Khasham", "town", "geonames:167899", 5, False),
    "busayra": ("Al-Busayrah", "town", "geonames:173927", 3, False),
    "darat_izza": ("Darat Izza", "town", "geonames:170857", 3, False),
    "afrin": ("Afrin", "city", "geonames:174186", 5, False),
    "murak": ("Murak", "town", "geonames:166640", 3, False),
    "harasta": ("Harasta", "city", "geonames:169897", 3, False),
    "arbin": ("Arbin", "town", "geonames:169372", 3, False),
    "kafr_batna": ("Kafr Batna", "town", "geonames:168713", 3, False),
    "jaramana": ("Jaramana", "city", "geonames:169174", 3, False),
    "nawa": ("Nawa", "town", "geonames:166365", 3, False),
    "tafas": ("Tafas", "town", "geonames:163806", 3, False),
    "busra": ("Bosra", "town", "geonames:171126", 3, False),
    "tamanah": ("Al-Tamanah", "town", "geonames:172347", 3, False),
    "khan_shaykhun": ("Khan Shaykhun", "town", "geonames:168325", 3, False),
    "sinjar_sy": ("Sinjar (Idlib)", "village", "geonames:164094", 3, False),
    "salamiyah": ("Salamiyah", "city", "geonames:164947", 4, False),
    "salamiyah_district": ("Salamiyah District", "district", None, None, False),
    "saan": ("Al-Saan", "village", "geonames:172515", 3, False),
    "markada": ("Markadah", "town", "geonames:167208", 3, False),
    "tabqa": ("Al-Tabqa", "city", "geonames:172374", 4, False),
    "kobani": ("Kobani", "city", "geonames:172256", 4, False),
    "manbij": ("Manbij", "city", "geonames:167357", 4, False),
    "jarabulus": ("Jarabulus", "town", "geonames:169179", 3, False),
    "al_bab": ("Al-Bab", "city", "geonames:174018", 4, False),
    "azaz": ("Azaz", "city", "geonames:172082", 4, False),
    "marea": ("Marea", "town", "geonames:167245", 3, False),
    "tal_rifaat": ("Tal Rifaat", "town", "geonames:163476", 3, False),
    "nubl": ("Nubl", "town", "geonames:166331", 3, False),
    "tal_abyad": ("Tal Abyad", "town", "geonames:163750", 3, False),
    "palmyra": ("Palmyra", "city", "geonames:163808", 3, False),
    "sukhnah": ("Al-Sukhnah", "town", "geonames:172425", 3, False),
    "qaryatayn": ("Al-Qaryatayn", "town", "geonames:173361", 3, False),
    "mahin": ("Mahin", "town", "geonames:167488", 3, False),
    "kafr_zita": ("Kafr Zita", "town", "geonames:168620", 3, False),
    # neighbourhoods and sites inside a city: the city's point, city-size tolerance
    "daraa_balad": ("Daraa al-Balad", "neighbourhood", "cur-nb-daraa-balad", 5, False),
    "daraa_camp": ("Daraa refugee camp", "neighbourhood", "cur-nb-daraa-camp", 5, False),
    "tariq_sad": ("Tariq al-Sad (Daraa)", "neighbourhood", "geonames:170905", 5, False),
    "manshiya": ("Al-Manshiyah (Daraa)", "neighbourhood", "geonames:170905", 5, False),
    "bab_tuma": ("Bab Tuma", "neighbourhood", "cur-nb-bab-touma", 8, False),
    "qassaa": ("Al-Qassaa", "neighbourhood", "cur-nb-qassaa", 8, False),
    "dez_sinaa": ("Al-Sinaa (Deir ez-Zor)", "neighbourhood", "cur-nb-sinaa-dez", 5, False),
    "huwayqa": ("Al-Huwayqa", "neighbourhood", "cur-nb-huwayqa", 5, False),
    "ardi": ("Al-Urfi (Deir ez-Zor)", "neighbourhood", "geonames:170794", 5, False),
    "dez_hamidiya": ("Al-Hamidiyah (Deir ez-Zor)", "neighbourhood", "geonames:170794", 5, False),
    "siyasiyah_bridge": ("Siyasiyah bridge (Deir ez-Zor)", "landmark", "geonames:170794", 6, False),
    "mashlab": ("Al-Mashlab", "neighbourhood", "cur-nb-mashlab", 5, False),
    "sabahiya": ("Al-Sabahiya", "neighbourhood", "cur-nb-sabahiya", 6, False),
    "rumayla": ("Rumaylah (Raqqa)", "neighbourhood", "geonames:172955", 6, False),
    "naim_roundabout": ("Al-Naim roundabout", "roundabout", "cur-nb-naim-roundabout", 5, False),
    "raqqa_stadium": ("Raqqa municipal stadium", "facility", "geonames:172955", 5, False),
    "raqqa_hospital": ("Raqqa national hospital", "facility", "geonames:172955", 5, False),
    # facilities, regions, rivers in the gazetteer
    "euphrates": ("Euphrates River", "river", None, None, False),
    "eastern_ghouta": ("Eastern Ghouta", "region", "region:eastern-ghouta", 20, False),
    "west_qalamoun": ("Western Qalamoun", "region", "cur-x-western-qalamoun", 50, False),
    "golan": ("Golan Heights", "region", "cur-x-golan", 40, False),
    "badia": ("Syrian Desert (Badia)", "region", "region:syrian-desert", 350, False),
    "conoco": ("Conoco gas field", "facility", "cur-conoco-gas-plant", 5, False),
    "omar": ("Al-Omar oil field", "facility", "cur-mod-al-omar-oil-field", 5, False),
    "nasib": ("Nasib border crossing", "crossing", "opensyria-transport:sy-nasib-border-crossing", 3, False),
    "tanf": ("Al-Tanf", "crossing", "opensyria-transport:sy-at-tanf-border-crossing", 10, False),
    "brigade137": ("Brigade 137 base (Deir ez-Zor)", "military_base", None, None, False),
    "dez_airbase": ("Deir ez-Zor Airport (military airbase)", "airbase", "opensyria-transport:sy-deir-ez-zor-airport", 3, False),
    "thardah": ("Jabal al-Thardah", "mountain", "cur-thardah-ridge", 6, False),
    "abu_duhur_airbase": ("Abu al-Duhur airbase", "airbase", "cur-x-abu-duhur", 3, False),
    "menagh": ("Menagh airbase", "airbase", "cur-x-menagh", 3, False),
    "jabal_akrad": ("Jabal al-Akrad", "mountain", "cur-x-jabal-akrad", 20, False),
    "jabal_turkman": ("Jabal al-Turkman", "mountain", "cur-x-jabal-turkman", 20, False),
    "black_sea": ("Black Sea", "sea", None, None, False),
    # places abroad
    "qaim": ("Al-Qaim", "city", "geonames:92138", 5, False),
    "husaybah": ("Husaybah", "town", "geonames:92138", 5, False),
    "baghdad": ("Baghdad", "city", "geonames:98182", 15, False),
    "mosul": ("Mosul", "city", "geonames:99072", 10, False),
    "tehran": ("Tehran", "city", "geonames:112931", 15, False),
    "beirut": ("Beirut", "city", "geonames:276781", 8, False),
    "washington": ("Washington, D.C.", "city", "geonames:4140963", 10, False),
    "telaviv": ("Tel Aviv", "city", "geonames:293397", 8, False),
    "astana": ("Astana", "city", "geonames:1526273", 10, False),
    "ankara": ("Ankara", "city", "geonames:323786", 10, False),
    "moscow": ("Moscow", "city", "geonames:524901", 15, False),
    "cairo": ("Cairo", "city", "geonames:360630", 15, False),
    "amman": ("Amman", "city", "geonames:250441", 10, False),
    "sochi": ("Sochi", "city", "geonames:491422", 10, False),
    "riyadh": ("Riyadh", "city", "geonames:108410", 15, False),
    "geneva": ("Geneva", "city", "geonames:2660646", 8, False),
    "paris": ("Paris", "city", "geonames:2988507", 10, False),
    "london": ("London", "city", "geonames:2643743", 15, False),
    "tunis": ("Tunis", "city", "geonames:2464470", 8, False),
    "arsal": ("Arsal", "town", "geonames:273675", 5, False),
    "hamburg": ("Hamburg", "city", None, None, False),
    "algiers": ("Algiers", "city", None, None, False),
    "talafar": ("Tal Afar", "city", None, None, False),
    "ben_gardane": ("Ben Gardane", "town", None, None, False),
    "hatay": ("Hatay Province", "region", None, None, False),
    "iskenderun": ("Iskenderun (Hatay) region", "region", None, None, False),
    "ras_baalbek": ("Ras Baalbek", "town", None, None, False),
    "qaa": ("Al-Qaa", "town", None, None, False),
    # places without trustworthy coordinates here (mentions only)
    "ghanem_ali": ("Ghanem al-Ali", "village", None, None, False),
    "shurayda": ("Al-Shurayda", "village", None, None, False),
    "bir_sabkhawi": ("Bir al-Sabkhawi", "village", None, None, False),
    "athriya": ("Athriya", "village", None, None, False),
    "abu_khashab": ("Abu Khashab", "village", None, None, False),
    "kibar": ("Al-Kibar", "village", None, None, False),
    "jafra": ("Al-Jafrah", "village", None, None, False),
    "hamdan": ("Al-Hamdan", "village", None, None, False),
    "sukkariya": ("Al-Sukkariyah", "village", None, None, False),
    "kafrlusin": ("Kafr Lusin crossing", "crossing", None, None, False),
    "shaykh_barakat": ("Jabal al-Shaykh Barakat", "mountain", None, None, False),
    "salwa": ("Salwa", "village", None, None, False),
    "qalb_lawza": ("Qalb Lawzah", "village", None, None, False),
    "wadi_khayl": ("Wadi al-Khayl", "other", None, None, False),
    "dahr_hawa": ("Dahr al-Hawa", "hill", None, None, False),
    "flita": ("Flitah", "village", None, None, False),
    "vehicles_base": ("Armoured Vehicles Administration (Harasta)", "military_base", None, None, False),
    "zamalka": ("Zamalka", "town", None, None, False),
    "hamouriyah": ("Hamouriyah", "town", None, None, False),
    "saqba": ("Saqba", "town", None, None, False),
    "jubata": ("Jubata al-Khashab", "village", None, None, False),
    "rahjan": ("Al-Rahjan", "village", None, None, False),
    "abu_dali": ("Abu Dali", "village", None, None, False),
    "mustariha": ("Al-Mustarihah", "village", None, None, False),
    "shutayb": ("Al-Shutayb", "village", None, None, False),
    "umm_hartayn": ("Umm Hartayn", "village", None, None, False),
    "qasr_wardan": ("Qasr Ibn Wardan", "landmark", None, None, False),
    "bughayliyah": ("Al-Bughayliyah", "village", None, None, False),
    "tanak": ("Al-Tanak oil field", "facility", None, None, False),
    "ain_issa_camp": ("Ain Issa camp", "other", None, None, False),
    "kafr_kalbin": ("Kafr Kalbin", "village", None, None, False),
    "zahraa": ("Al-Zahraa", "town", None, None, False),
    "t3": ("T3 pumping station", "station", None, None, False),
    "hayl_field": ("Al-Hayl gas field", "facility", None, None, False),
    "jabal_dahik": ("Jabal al-Dahik", "mountain", None, None, False),
    "taybeh_homs": ("Al-Taybeh (Homs desert)", "village", None, None, False),
    "tal_sultan": ("Tal Sultan", "village", None, None, False),
    "tah": ("Al-Tah", "village", None, None, False),
    "hamamiyat": ("Al-Hamamiyat", "village", None, None, False),
    "latamina": ("Al-Lataminah", "town", None, None, False),
    "khuwayn": ("Al-Khuwayn", "village", None, None, False),
    "shaykh_baraka": ("Al-Shaykh Barakah", "village", None, None, False),
    "atmeh": ("Atmeh", "town", None, None, False),
    "sarmada": ("Sarmada", "town", None, None, False),
    "kabani": ("Kabani", "village", None, None, False),
    "ashara": ("Al-Asharah", "town", None, None, False),
    "quriyah": ("Al-Quriyah", "town", None, None, False),
    "hajin": ("Hajin", "town", "geonames:174506", 3, False),
    "douma": ("Douma", "city", "geonames:170592", 4, False),
    "wafideen": ("Al-Wafideen camp", "neighbourhood", None, None, False),
    "hama": ("Hama", "city", "geonames:170017", 5, False),
    "abu_ajwa": ("Abu Ajwa", "village", None, None, False),
    "khafiya": ("Al-Khafiya", "village", None, None, False),
}

_MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
_HEADER = re.compile(r"^### (\S+) \| (\d{4}-\d\d-\d\d) \| (.+)$")


def _point(place_id: str | None, gazetteer) -> tuple[float | None, float | None]:
    if place_id is None:
        return None, None
    place = gazetteer.get(place_id)
    return round(place.lat, 5), round(place.lon, 5)


def parse(path: Path, gazetteer) -> list[dict]:
    """Articles (gold format) from the marked-up passages file."""
    articles: list[dict] = []
    current: dict | None = None
    lines: list[str] = []

    def flush() -> None:
        if current is None:
            return
        raw = "\n".join(lines).strip("\n")
        text, toponyms, pos = [], [], 0
        offset = 0
        for m in _MARK.finditer(raw):
            text.append(raw[pos:m.start()])
            offset += m.start() - pos
            surface, ref = m.group(1), m.group(2)
            name_en, kind, pid, tol, proxy = REFS[ref]
            lat, lon = _point(pid, gazetteer)
            source = "none: not placed (mention only)" if lat is None else (
                ("PROXY (seat city point): " if proxy else "") + f"conflictmap gazetteer record {pid}")
            toponyms.append({"surface": surface, "start": offset, "name_en": name_en, "kind": kind,
                             "country": None, "lat": lat, "lon": lon, "coord_source": source,
                             "tolerance_km": tol})
            text.append(surface)
            offset += len(surface)
            pos = m.end()
        text.append(raw[pos:])
        full = "".join(text)
        for t in toponyms:
            assert full[t["start"]:t["start"] + len(t["surface"])] == t["surface"]
        current.update(text=full, toponyms=toponyms, claims=[])
        articles.append(current)

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and not line.startswith("###"):
            continue
        head = _HEADER.match(line)
        if head:
            flush()
            current = {"id": head.group(1), "url": "", "outlet": head.group(3), "title": "",
                       "published": head.group(2), "date_basis": "written for the test"}
            lines = []
        elif current is not None:
            lines.append(line)
    flush()
    return articles


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from gazetteer.store import load_gazetteer

    articles = parse(HERE / "passages.txt", load_gazetteer())
    out = HERE / "articles.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{out}: {len(articles)} articles, {sum(len(a['toponyms']) for a in articles)} toponyms")


if __name__ == "__main__":
    main()
