"""A bug in one stage for one article is contained: the corpus run goes on, the failure is reported.

A library caller (no ``on_failure``) still gets the exception; the CLI and ``build`` report it as
a one-line warning and write every other article in full.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import geo.claims
import gazetteer.matcher
from conflictmap.cli import main
from conflictmap.pipeline import StageFailure, analyse_article
from gazetteer.store import load_gazetteer
from geo.model import Article

TEXT = "سيطر الجيش السوري أمس على بلدة عقيربات في ريف حماة الشرقي."


def _article(article_id: str = "a1", text: str = TEXT) -> Article:
    return Article(id=article_id, date=dt.date(2017, 9, 1), text=text)


def _failing_for(marker: str, real):
    """``real`` that raises for texts containing ``marker`` (a stand-in for a bug)."""
    def stage(*args, **kwargs):
        texts = [a.text if isinstance(a, Article) else a for a in args]
        if any(isinstance(t, str) and marker in t for t in texts):
            raise TypeError("boom in a stage")
        return real(*args, **kwargs)
    return stage


def test_without_on_failure_the_exception_propagates(monkeypatch):
    monkeypatch.setattr(geo.claims, "extract_claims", _failing_for("عقيربات", geo.claims.extract_claims))
    with pytest.raises(TypeError, match="boom"):
        analyse_article(_article(), load_gazetteer())


def test_a_failing_claims_stage_keeps_the_places(monkeypatch):
    gaz = load_gazetteer()
    intact = analyse_article(_article(), gaz)
    assert intact.claims and intact.resolutions
    monkeypatch.setattr(geo.claims, "extract_claims", _failing_for("عقيربات", geo.claims.extract_claims))
    failures: list[StageFailure] = []
    analysis = analyse_article(_article(), gaz, on_failure=failures.append)
    assert analysis.resolutions == intact.resolutions and analysis.claims == ()
    assert failures == [StageFailure(article_id="a1", stage="claims", error="TypeError: boom in a stage")]
    assert "a1" in failures[0].message() and "its claims" in failures[0].message()


def test_a_failing_places_stage_leaves_an_empty_but_present_analysis(monkeypatch):
    monkeypatch.setattr(gazetteer.matcher, "find_mentions",
                        _failing_for("عقيربات", gazetteer.matcher.find_mentions))
    failures: list[StageFailure] = []
    analysis = analyse_article(_article(), load_gazetteer(), on_failure=failures.append)
    assert analysis.resolutions == () and analysis.claims == ()
    assert [f.stage for f in failures] == ["places"]


def test_extract_writes_every_article_and_warns_about_the_failed_one(monkeypatch, tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    other = "قصفت الطائرات الروسية مدينة إدلب يوم الخميس."
    corpus.write_text("\n".join(json.dumps({"id": i, "date": "2017-09-01", "text": t}, ensure_ascii=False)
                                for i, t in (("ok1", other), ("bad", TEXT), ("ok2", other))) + "\n",
                      encoding="utf-8")
    monkeypatch.setattr(geo.claims, "extract_claims", _failing_for("عقيربات", geo.claims.extract_claims))
    assert main(["extract", str(corpus), "-q"]) == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in records] == ["ok1", "bad", "ok2"]
    assert records[0]["claims"] and records[2]["claims"]  # the others are complete
    assert records[1]["places"] and records[1]["claims"] == []
    warnings = [line for line in captured.err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "'bad'" in warnings[0] and "Traceback" not in captured.err
