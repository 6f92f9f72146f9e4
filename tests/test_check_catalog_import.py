"""Foreign catalogs work as well as ours: an umbrella body's catalog, written only by the
rules of resources/catalogs/README.md, in German only and without our tags."""

from __future__ import annotations

import json
from datetime import date

import pytest

from digiwandel.domain.catalog import AUDIENCES, parse_catalog
from digiwandel.model.database import Database
from digiwandel.paths import resources_dir
from digiwandel.services import check as messages
from digiwandel.services.check import CatalogInvalidError, CheckService
from digiwandel.services.errors import DomainError


def level(n: int) -> dict:
    return {"statement": {"de": f"Stufe {n}"}, "next_step": {"de": f"Weiter ab Stufe {n}"}}


def question(key: str, tags=()) -> dict:
    return {
        "key": key,
        "question": {"de": f"Frage {key}?"},
        "explanation": {"de": f"Erklärung zu {key}."},
        "tags": list(tags),
        "levels": [level(n) for n in range(4)],
    }


def verband_catalog() -> dict:
    """German only, no recommendations, one tag of its own (`ehrenamt`), none of ours."""
    return {
        "schema_version": 1,
        "key": "verband-check",
        "version": "1.0",
        "title": {"de": "Verbandscheck"},
        "description": {"de": "Der Digitalcheck unseres Landesverbands."},
        "dimensions": [
            {
                "key": "leitbild",
                "title": {"de": "Leitbild"},
                "description": {"de": "Haltung und Ziele."},
                "items": [question("leitbild.1"), question("leitbild.2", ["ehrenamt"])],
            },
            {
                "key": "technik",
                "title": {"de": "Technik"},
                "description": {"de": "Geräte und Programme."},
                "items": [question("technik.1"), question("technik.2")],
            },
        ],
    }


def encode(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def test_untagged_german_only_catalog_gives_findings_and_recommendations(db: Database) -> None:
    check = CheckService(db, "en")
    row = check.import_catalog_bytes(encode(verband_catalog()), "verband.json")
    # the notices the import shows
    assert row.unknown_tags == ("ehrenamt",)
    assert "weak_innovation" in row.not_derived and "silo_thinking" in row.not_derived
    assert "weak_dimensions" not in row.not_derived
    assert row.english_fallbacks == 2 + 2 * 2 + 4 * (2 + 4 * 2)  # every text fell back
    # English falls back to German
    assert row.title == "Verbandscheck"

    a = check.create_assessment("Verbandscheck 2026", date.today(), row.id)
    items = {i.key: i.id for d in check.survey_structure(a.id) for i in d.items}
    assert check.survey_structure(a.id)[1].title == "Technik"
    for _ in range(3):
        sheet = check.add_respondent(a.id)
        check.set_answers(
            sheet.id,
            [
                (items["leitbild.1"], "level", 3, None),
                (items["leitbild.2"], "level", 3, None),
                (items["technik.1"], "level", 0, None),
                (items["technik.2"], "level", 1, None),
            ],
        )
    check.complete(a.id)
    results = check.results(a.id)
    weak = next(f for f in results.findings if f.key == "weak_dimensions")
    assert [r.figures["dimension"] for r in weak.reasons] == ["technik"]
    assert results.recommendations == ("aligned_measures", "project_management")


def test_refusal_counts_problems_lists_the_first_and_hides_validator_texts(db: Database) -> None:
    broken = verband_catalog()
    for n in range(7):  # seven problems: the message lists five and says seven
        broken["dimensions"][0]["items"][0][f"extra{n}"] = 1
    broken["dimensions"][1]["items"][0]["relevance"] = "hoch"
    with pytest.raises(CatalogInvalidError) as info:
        CheckService(db).import_catalog_bytes(encode(broken), "verband.json")
    exc = info.value
    assert exc.message == messages.MSG_CATALOG_INVALID
    text = exc.render()
    assert "8 problem(s)" in text and "verband.json" in text  # without Qt: the bare source
    assert text.count("• ") == messages.SHOWN_PROBLEMS
    assert "dimensions[0].items[0].extra0: this field is not part of the format" in text
    for leak in ("Input should", "Extra inputs", "ValidationError", "CatalogFile", "Item"):
        assert leak not in text

    # Every part of the message goes through the user's language.
    def translate(context, source, disambiguation=None, n=-1):
        assert context == "DomainError"
        return "<<" + source.replace("%n", str(n)) + ">>"

    translated = exc.render(translate)
    assert translated.startswith("<<The file verband.json")
    assert "<<this field is not part of the format>>" in translated
    assert "8 problem(s)" in translated
    # In the program, the count picks its plural form.
    from digiwandel.ui.context import error_text

    assert "8 problems found" in error_text(exc)


def test_wrong_type_and_syntax_are_explained_in_our_words(db: Database) -> None:
    broken = verband_catalog()
    broken["dimensions"][1]["items"][0]["relevance"] = "hoch"
    with pytest.raises(DomainError) as info:
        CheckService(db).import_catalog_bytes(encode(broken), "v.json")
    assert "dimensions[1].items[0].relevance: this value is not allowed" in info.value.render()
    with pytest.raises(DomainError) as info:
        CheckService(db).import_catalog_bytes(b'{"schema_version": 1,', "v.json")
    assert "not valid JSON (line 1, column" in info.value.render()
    assert "Expecting" not in info.value.render()


def test_default_catalog_asks_about_the_market_and_marks_communication_audiences() -> None:
    parsed = parse_catalog((resources_dir() / "catalogs" / "default.json").read_bytes())
    items = {i.key: i for d in parsed.dimensions for i in d.items}
    market = items["infrastructure.market_overview"]
    assert {"external", "market"} <= set(market.tags)
    assert "Markt" in market.question.de and "market" in market.question.en
    assert items["processes.internal_communication"].audience == "internal"
    assert items["clients.online_contact"].audience == "external"
    assert {i.audience for i in items.values()} <= {None, *AUDIENCES}
    assert parsed.english_fallbacks == 0


def test_audience_is_validated(db: Database) -> None:
    broken = verband_catalog()
    broken["dimensions"][0]["items"][0]["audience"] = "intern"
    with pytest.raises(DomainError) as info:
        CheckService(db).import_catalog_bytes(encode(broken), "v.json")
    assert "dimensions[0].items[0].audience: this value is not allowed" in info.value.render()
    broken["dimensions"][0]["items"][0]["audience"] = "internal"
    assert CheckService(db).import_catalog_bytes(encode(broken), "v.json").item_count == 4
