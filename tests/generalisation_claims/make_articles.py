"""Build ``articles.jsonl`` (the gold format of the evaluation set) from ``passages.txt``.

The passages are our own Arabic text, written for the claim-extraction generalisation test (no
sentence comes from an evaluation article). ``[[surface|ref]]`` marks a place mention; ``ref`` is a
key of :data:`REFS` (English name, kind, country, point or ``None``, tolerance). Points are given
only for places whose coordinates we know well (city centres); the others have null coordinates,
so claims on them are matched by their quote (as the evaluation does for such gold places).
Gold claims follow each passage after ``@@``: ``actor | action | ref | date or - | quote``.

Run ``python tests/generalisation_claims/make_articles.py``; the output is deterministic and committed.

Another corpus directory in the same format (``python tests/generalisation_claims/make_articles.py
DIR``) holds ``passages*.txt`` files and, for places this table lacks, ``refs*.tsv`` files with one
``ref, name_en, kind, country, lat, lon, tolerance_km`` row per place (tab-separated; ``-`` for an
unknown point or tolerance).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

_N = None
#: ref -> (name_en, kind, country, lat, lon, tolerance_km); lat/lon None: no trustworthy point.
REFS: dict[str, tuple[str, str, str, float | None, float | None, float | None]] = {
    "syria": ("Syria", "country", "SY", _N, _N, _N),
    "iraq": ("Iraq", "country", "IQ", _N, _N, _N),
    "russia": ("Russia", "country", "RU", _N, _N, _N),
    "euphrates": ("Euphrates", "river", "SY", _N, _N, _N),
    # governorates and regions (no own point)
    "dez_gov": ("Deir ez-Zor Governorate", "governorate", "SY", _N, _N, _N),
    "idlib_gov": ("Idlib Governorate", "governorate", "SY", _N, _N, _N),
    "aleppo_gov": ("Aleppo Governorate", "governorate", "SY", _N, _N, _N),
    "hama_gov": ("Hama Governorate", "governorate", "SY", _N, _N, _N),
    "homs_gov": ("Homs Governorate", "governorate", "SY", _N, _N, _N),
    "quneitra_gov": ("Quneitra Governorate", "governorate", "SY", _N, _N, _N),
    "daraa_gov": ("Daraa Governorate", "governorate", "SY", _N, _N, _N),
    "suwayda_gov": ("As-Suwayda Governorate", "governorate", "SY", _N, _N, _N),
    "rif_dimashq": ("Rif Dimashq Governorate", "governorate", "SY", _N, _N, _N),
    "ghouta": ("Eastern Ghouta", "region", "SY", _N, _N, _N),
    "qalamoun_w": ("Western Qalamoun", "region", "SY", _N, _N, _N),
    # cities and towns with well-known centres
    "damascus": ("Damascus", "city", "SY", 33.5102, 36.2913, 8),
    "dez": ("Deir ez-Zor", "city", "SY", 35.33588, 40.14084, 5),
    "raqqa": ("Raqqa", "city", "SY", 35.95283, 39.00788, 5),
    "mayadin": ("Al-Mayadin", "city", "SY", 35.01982, 40.45154, 3),
    "abukamal": ("Abu Kamal", "city", "SY", 34.45226, 40.91854, 3),
    "tabqa": ("Al-Thawrah (Tabqa)", "city", "SY", 35.83645, 38.54823, 4),
    "harasta": ("Harasta", "city", "SY", 33.55869, 36.36515, 2),
    "douma": ("Douma", "city", "SY", 33.57175, 36.4027, 3),
    "arbin": ("Arbin", "town", "SY", 33.54306, 36.36667, 2),
    "jaramana": ("Jaramana", "city", "SY", 33.48612, 36.34607, 2),
    "daraa": ("Daraa", "city", "SY", 32.61889, 36.10213, 3),
    "afrin": ("Afrin", "city", "SY", 36.51194, 36.86954, 3),
    "tal_rifaat": ("Tall Rifat", "town", "SY", 36.4733, 37.0972, 3),
    "darat_izza": ("Darat Izza", "town", "SY", 36.28, 36.85, 4),
    "idlib": ("Idlib", "city", "SY", 35.93062, 36.63393, 5),
    "salamiyah": ("Salamiyah", "city", "SY", 35.01127, 37.05324, 3),
    "uqayribat": ("Uqayribat", "town", "SY", 35.0431, 37.46442, 3),
    "sukhnah": ("Al-Sukhnah", "town", "SY", 34.88533, 38.8711, 3),
    # foreign cities (talks) and border places
    "astana": ("Astana", "city", "KZ", 51.1801, 71.44598, 10),
    "sochi": ("Sochi", "city", "RU", 43.59917, 39.72569, 10),
    "geneva": ("Geneva", "city", "CH", 46.20222, 6.14569, 10),
    "riyadh": ("Riyadh", "city", "SA", 24.68773, 46.72185, 10),
    "amman": ("Amman", "city", "JO", 31.95522, 35.94503, 10),
    "qaim": ("Al-Qaim", "city", "IQ", 34.39251, 40.98945, 5),
    "arsal": ("Arsal", "town", "LB", 34.1793, 36.4208, 5),
    # places without a trustworthy point (matched by quote)
    "ashara": ("Al-Asharah", "town", "SY", _N, _N, _N),
    "mahkan": ("Mahkan", "village", "SY", _N, _N, _N),
    "quriyah": ("Al-Quriyah", "town", "SY", _N, _N, _N),
    "baqrus": ("Baqrus Fawqani", "village", "SY", _N, _N, _N),
    "mudayra": ("Mudayra", "town", "SY", _N, _N, _N),
    "wafideen": ("Al-Wafideen camp crossing", "crossing", "SY", _N, _N, _N),
    "ayn_tarma": ("Ayn Tarma", "town", "SY", _N, _N, _N),
    "jobar": ("Jobar", "neighbourhood", "SY", _N, _N, _N),
    "naim": ("Al-Naim roundabout (Raqqa)", "other", "SY", _N, _N, _N),
    "hospital": ("National Hospital (Raqqa)", "facility", "SY", _N, _N, _N),
    "omar": ("Al-Omar oil field", "oil_field", "SY", _N, _N, _N),
    "conoco": ("Conoco gas plant", "facility", "SY", _N, _N, _N),
    "kafr_lusin": ("Kafr Lusin crossing", "crossing", "SY", _N, _N, _N),
    "sheikh_aqil": ("Sheikh Aqil", "other", "SY", _N, _N, _N),
    "maryamin": ("Maryamin", "village", "SY", _N, _N, _N),
    "ayn_daqna": ("Ayn Daqna", "village", "SY", _N, _N, _N),
    "abu_dali": ("Abu Dali", "village", "SY", _N, _N, _N),
    "mushayrifa": ("Al-Mushayrifa", "village", "SY", _N, _N, _N),
    "shutaib": ("Al-Shutaib", "village", "SY", _N, _N, _N),
    "sinjar": ("Sinjar (Idlib)", "town", "SY", _N, _N, _N),
    "tamanah": ("Al-Tamanah", "town", "SY", _N, _N, _N),
    "wadi_hmeid": ("Wadi Hmeid", "other", "LB", _N, _N, _N),
    "flita": ("Flita", "village", "SY", _N, _N, _N),
    "sheikh_ali": ("Sheikh Ali hills", "hill", "LB", _N, _N, _N),
    "khashin": ("Al-Khashin", "hill", "LB", _N, _N, _N),
    "wadi_khayl": ("Wadi al-Khayl", "other", "LB", _N, _N, _N),
    "malahi": ("Al-Malahi", "other", "LB", _N, _N, _N),
    "ras_baalbek": ("Ras Baalbek", "town", "LB", _N, _N, _N),
    "qaa": ("Al-Qaa", "town", "LB", _N, _N, _N),
    "dahr_safa": ("Dahr al-Safa heights", "hill", "LB", _N, _N, _N),
    "tariq_sad": ("Tariq al-Sad (Daraa)", "neighbourhood", "SY", _N, _N, _N),
    "daraa_camp": ("Daraa camp", "neighbourhood", "SY", _N, _N, _N),
    "manshiyah": ("Al-Manshiyah (Daraa)", "neighbourhood", "SY", _N, _N, _N),
    "baath": ("Madinat al-Baath", "town", "SY", _N, _N, _N),
    "hamriyah": ("Tal al-Hamriyah", "hill", "SY", _N, _N, _N),
    "mashara": ("Masharah", "village", "SY", _N, _N, _N),
    "umm_batina": ("Umm Batina", "village", "SY", _N, _N, _N),
    "naba_sakhr": ("Naba al-Sakhr", "village", "SY", _N, _N, _N),
    "hajin": ("Hajin", "town", "SY", _N, _N, _N),
    "salhiyah": ("Al-Salihiyah (Abu Kamal)", "village", "SY", _N, _N, _N),
    "hamdan": ("Al-Hamdan", "village", "SY", _N, _N, _N),
    "halimat_qara": ("Halimat Qara hills", "hill", "SY", _N, _N, _N),
    "zamrani": ("Zamrani crossing", "crossing", "SY", _N, _N, _N),
    "rumiyat": ("Al-Rumiyat", "other", "SY", _N, _N, _N),
    "dahr_khanzir": ("Dahr al-Khanzir heights", "hill", "LB", _N, _N, _N),
    "shuhayl": ("Al-Shuhayl", "town", "SY", _N, _N, _N),
    "hamouriyah": ("Hamouriyah", "town", "SY", _N, _N, _N),
    "dez_airport": ("Deir ez-Zor Airport (military airbase)", "airbase", "SY", _N, _N, _N),
    "maqabir": ("Cemeteries area (Deir ez-Zor)", "other", "SY", _N, _N, _N),
    "ayyash": ("Ayyash depots", "military_base", "SY", _N, _N, _N),
    "huwayqa": ("Al-Huwayqa (Deir ez-Zor)", "neighbourhood", "SY", _N, _N, _N),
    "huwaijat_sakr": ("Huwaijat Saqr island", "other", "SY", _N, _N, _N),
    "ummal": ("Al-Ummal (Deir ez-Zor)", "neighbourhood", "SY", _N, _N, _N),
    "rushdiya": ("Al-Rushdiya (Deir ez-Zor)", "neighbourhood", "SY", _N, _N, _N),
    "dez_industrial": ("Industrial City (Deir ez-Zor)", "other", "SY", _N, _N, _N),
    "muhasan": ("Muhasan", "town", "SY", _N, _N, _N),
    "abu_hanaya": ("Abu Hanaya", "village", "SY", _N, _N, _N),
    "aqarib": ("Aqarib al-Safiyah", "village", "SY", _N, _N, _N),
    "shakusiyah": ("Al-Shakusiyah", "village", "SY", _N, _N, _N),
    "hamra": ("Al-Hamra (Hama)", "village", "SY", _N, _N, _N),
    "jarjanaz": ("Jarjanaz", "town", "SY", _N, _N, _N),
    "khuwayn": ("Al-Khuwayn", "village", "SY", _N, _N, _N),
    "umm_khalakhil": ("Umm al-Khalakhil", "village", "SY", _N, _N, _N),
    "zarzur": ("Al-Zarzur", "village", "SY", _N, _N, _N),
    "abu_duhur": ("Abu al-Duhur airbase", "airbase", "SY", _N, _N, _N),
    "nazlat_shahada": ("Nazlat Shahada (Raqqa)", "neighbourhood", "SY", _N, _N, _N),
    "raqqa_old": ("Old City (Raqqa)", "neighbourhood", "SY", _N, _N, _N),
    "badu": ("Al-Badu (Raqqa)", "neighbourhood", "SY", _N, _N, _N),
    "clock": ("Clock roundabout (Raqqa)", "other", "SY", _N, _N, _N),
    "bab_touma": ("Bab Touma", "neighbourhood", "SY", _N, _N, _N),
    "qassaa": ("Al-Qassaa", "neighbourhood", "SY", _N, _N, _N),
    "rahjan": ("Al-Rahjan", "village", "SY", _N, _N, _N),
    "latamneh": ("Al-Lataminah", "town", "SY", _N, _N, _N),
    "kafr_zita": ("Kafr Zita", "town", "SY", _N, _N, _N),
    "husayniyah": ("Al-Husayniyah (Deir ez-Zor)", "village", "SY", _N, _N, _N),
    "salhiyah_dez": ("Al-Salihiyah (Deir ez-Zor)", "village", "SY", _N, _N, _N),
    "hatla": ("Hatla", "village", "SY", _N, _N, _N),
    # second batch (written after the first round of fixes, scored once before any change)
    "sheikh_hilal": ("Sheikh Hilal", "village", "SY", _N, _N, _N),
    "atshan": ("Atshan", "village", "SY", _N, _N, _N),
    "beit_jinn": ("Beit Jinn", "village", "SY", _N, _N, _N),
    "dahr_aswad": ("Dahr al-Aswad hill", "hill", "SY", _N, _N, _N),
    "mughr_mir": ("Mughr al-Mir", "village", "SY", _N, _N, _N),
    "daraiya": ("Al-Daraiya (Raqqa)", "neighbourhood", "SY", _N, _N, _N),
    "barid": ("Al-Barid (Raqqa)", "neighbourhood", "SY", _N, _N, _N),
    "nour_mosque": ("Al-Nour mosque (Raqqa)", "other", "SY", _N, _N, _N),
    "qaryatayn": ("Al-Qaryatayn", "town", "SY", 34.2296, 37.2407, 3),
    "mahin": ("Mahin", "town", "SY", _N, _N, _N),
}

_MARK = re.compile(r"\[\[([^|\]]+)\|(\w+)\]\]")


def _read_refs(path: Path) -> dict[str, tuple[str, str, str, float | None, float | None, float | None]]:
    """Extra rows of :data:`REFS` from a tab-separated file (``#`` comments, ``-`` for None)."""
    refs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ref, name, kind, country, lat, lon, tol = (f.strip() for f in line.split("\t"))
        assert ref not in refs and ref not in REFS, (path.name, ref)

        def number(f: str) -> float | None:
            return None if f == "-" else float(f)

        refs[ref] = (name, kind, country, number(lat), number(lon), number(tol))
    return refs


def _article(header: str, body: list[str], refs: dict = REFS) -> dict:
    art_id, published, outlet = (p.strip() for p in header.split("|"))
    split = body.index("@@")
    marked, claim_lines = "\n".join(body[:split]).strip("\n"), body[split + 1:]
    text, toponyms, pos = [], [], 0
    for m in _MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        start = sum(map(len, text))
        surface, ref = m.group(1), m.group(2)
        name, kind, country, lat, lon, tol = refs[ref]
        toponyms.append({"surface": surface, "start": start, "name_en": name, "kind": kind,
                         "country": country, "lat": lat, "lon": lon,
                         "coord_source": "hand-written test passage (approximate centre)" if lat is not None
                         else "none: no trustworthy coordinate (matched by quote)",
                         "tolerance_km": tol})
        text.append(surface)
        pos = m.end()
    text.append(marked[pos:])
    full = "".join(text)
    for t in toponyms:
        assert full[t["start"]:t["start"] + len(t["surface"])] == t["surface"]
    claims = []
    for line in claim_lines:
        if not line.strip() or line.startswith("#"):
            continue
        actor, action, ref, date, quote = (p.strip() for p in line.split("|", 4))
        assert quote in full, (art_id, quote)
        assert any(t["name_en"] == refs[ref][0] for t in toponyms), (art_id, ref)
        claims.append({"actor": actor, "action": action, "place": refs[ref][0],
                       "event_date": None if date == "-" else date, "quote": quote})
    return {"id": art_id, "url": f"https://example.invalid/{art_id}", "outlet": outlet,
            "published": published, "date_basis": "hand-written test passage", "title": None,
            "text": full, "toponyms": toponyms, "claims": claims}


def build(source: Path = HERE) -> list[dict]:
    """The gold records of corpus directory ``source`` (its passage files in name order)."""
    refs = dict(REFS)
    for path in sorted(source.glob("refs*.tsv")):
        refs.update(_read_refs(path))
    records = []
    for path in sorted(source.glob("passages*.txt")):
        records += _build_file(path, refs)
    return records


def _build_file(source: Path, refs: dict) -> list[dict]:
    records, header, body = [], None, []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            if header:
                records.append(_article(header, body, refs))
            header, body = line[4:], []
        elif header is not None:
            body.append(line)
        # lines before the first header are comments
    if header:
        records.append(_article(header, body, refs))
    return records


def main() -> None:
    import sys

    source = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    out = source / "articles.jsonl"
    records = build(source)
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} articles, {sum(len(r['claims']) for r in records)} claims")


if __name__ == "__main__":
    main()
