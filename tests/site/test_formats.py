"""Dates, times and amounts as each of the six languages writes them: English in British style
(site/formats/en), the months in the form dates use (Finnish in the genitive-partitive,
"huhtikuuta"), and every amount of money written one way per language."""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation

from home.localisation import collect_translations

APRIL_24 = datetime.date(2027, 4, 24)
AT_14_30 = datetime.datetime(2027, 4, 24, 14, 30)

DATES = {
    "da": "24. april 2027",
    "en": "24 April 2027",
    "de": "24. April 2027",
    "sv": "24 april 2027",
    "nb": "24. april 2027",
    "fi": "24. huhtikuuta 2027",
}
TIMES = {"da": "14:30", "en": "14:30", "de": "14:30", "sv": "14:30", "nb": "14:30", "fi": "14.30"}

# The Finnish months as a date writes them ("24. huhtikuuta"), January to December.
FINNISH_MONTHS = [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
]

NBSP = "\xa0"
# A pool's amounts (initiatives/includes/amount.html): range, upper limit, lower limit.
AMOUNTS = {
    "da": ("2.000–40.000 kr.", "Op til 2.000 kr.", "Mindst 25.000 kr."),
    "en": ("DKK 2,000–40,000", "Up to DKK 2,000", "At least DKK 25,000"),
    "de": ("2.000–40.000 DKK", "Bis zu 2.000 DKK", "Mindestens 25.000 DKK"),
    "sv": (f"2{NBSP}000–40{NBSP}000 DKK", f"Upp till 2{NBSP}000 DKK", f"Minst 25{NBSP}000 DKK"),
    "nb": (f"2{NBSP}000–40{NBSP}000 DKK", f"Opptil 2{NBSP}000 DKK", f"Minst 25{NBSP}000 DKK"),
    "fi": (
        f"2{NBSP}000–40{NBSP}000 DKK",
        f"Enintään 2{NBSP}000 DKK",
        f"Vähintään 25{NBSP}000 DKK",
    ),
}


def _render(source, **context):
    return Template("{% load tz %}" + source).render(Context(context))


@pytest.mark.parametrize("language", DATES)
def test_a_date_reads_as_the_language_writes_it(language):
    with translation.override(language):
        assert _render('{{ day|date:"DATE_FORMAT" }}', day=APRIL_24) == DATES[language]
        assert _render('{{ when|time:"TIME_FORMAT" }}', when=AT_14_30) == TIMES[language]


def test_english_dates_are_british_not_american():
    with translation.override("en"):
        assert _render('{{ day|date:"DATE_FORMAT" }}', day=APRIL_24) == "24 April 2027"
        assert _render('{{ day|date:"SHORT_DATE_FORMAT" }}', day=APRIL_24) == "24/04/2027"
        assert _render('{{ when|date:"DATETIME_FORMAT" }}', when=AT_14_30) == (
            "24 April 2027, 14:30"
        )


@pytest.mark.parametrize("month", range(1, 13))
def test_finnish_months_take_their_genitive_ending_in_dates(month):
    with translation.override("fi"):
        text = _render('{{ day|date:"DATE_FORMAT" }}', day=datetime.date(2027, month, 3))
    assert text == f"3. {FINNISH_MONTHS[month - 1]} 2027"


@pytest.mark.parametrize("language", DATES)
def test_an_event_time_reads_as_the_language_writes_it(language):
    when = datetime.datetime(2027, 4, 24, 12, 30, tzinfo=datetime.UTC)  # 14:30 in Copenhagen
    with translation.override(language):
        html = render_to_string("initiatives/includes/datetime.html", {"value": when})
    assert DATES[language] in html
    assert TIMES[language] in html


@pytest.mark.parametrize("language", DATES)
def test_a_twin_town_project_period_uses_the_languages_date_format(language):
    project = SimpleNamespace(start_date=APRIL_24, end_date=datetime.date(2027, 6, 1))
    with translation.override(language):
        html = render_to_string("twin_towns/includes/period.html", {"project": project})
    assert DATES[language] in html


@pytest.mark.parametrize("language", AMOUNTS)
def test_an_amount_is_written_one_way_per_language(language):
    pools = [
        SimpleNamespace(amount_min=2000, amount_max=40000),
        SimpleNamespace(amount_min=None, amount_max=2000),
        SimpleNamespace(amount_min=25000, amount_max=None),
    ]
    with translation.override(language):
        rendered = tuple(
            render_to_string("initiatives/includes/amount.html", {"pool": pool}).strip()
            for pool in pools
        )
    assert rendered == AMOUNTS[language]


def test_seeded_english_amounts_are_written_as_the_site_writes_them():
    """The seeded English content writes amounts as the interface does ("DKK 25,000"), never
    "25,000 kr" or the Danish "25.000 kr."."""
    english = collect_translations()["en"]
    amounts = [text for text in english.values() if re.search(r"\d", text) and "DKK" in text]
    assert amounts, "the seeded English content has amounts"
    for text in english.values():
        assert not re.search(r"\d\s*kr\b", text), text
        assert not re.search(r"\d{1,3}\.\d{3}\b", text) or "DKK" not in text, text
