"""Readability for plain language: LIX in the editor's Checks panel and a report of published
pages by LIX (home/readability.py)."""

import json
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from home.editorial import EDITORS
from home.readability import PageReadability, measure, page_text, refresh
from tests.home.factories import StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

# 16 words, two of them long ("velkomne", "tilmelding": more than six letters), three sentences.
EASY = "Kom til mødet i aften. Der er kaffe og kage.\nAlle er velkomne, også uden tilmelding."
# A sentence of a law text: long words, one long sentence.
HARD = (
    "Kommunalbestyrelsen samarbejder med frivillige sociale organisationer og foreninger og "
    "yder økonomisk støtte til frivilligt socialt arbejde, herunder rådgivningsvirksomhed, "
    "besøgsvirksomhed, aflastningsordninger og selvhjælpsgrupper i kommunen."
)


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user(username="eva", password="x")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def test_lix_counts_words_sentences_and_long_words():
    result = measure(EASY)
    assert (result.words, result.sentences, result.long_words) == (16, 3, 2)
    assert result.lix == pytest.approx(16 / 3 + 100 * 2 / 16)
    assert result.band[0] == "very-easy"


def test_a_law_text_is_very_hard_and_the_advice_says_what_to_do():
    result = measure(HARD)
    assert result.sentences == 1
    assert result.lix > 55
    key, label, advice = result.band
    assert key == "very-hard"
    assert str(label) == "Meget svær"
    assert "korte sætninger" in str(advice)


def test_a_heading_without_a_full_stop_ends_a_sentence():
    assert measure("Sådan søger du\nDu udfylder skemaet. Du sender det.").sentences == 3


def test_too_short_a_text_gets_no_score():
    assert measure("Kort tekst.").lix is None


def test_page_text_is_the_title_text_fields_and_blocks(home_page):
    petal = PetalPageFactory(parent=home_page, title="Synlighed")
    page = InitiativePageFactory(
        parent=petal,
        title="Fælles Forum",
        summary="Et årligt dialogmøde.",
        body=[
            ("heading", {"text": "Hvem kan komme?", "level": "h2"}),
            ("paragraph", "<p>Alle frivillige.</p><ul><li>Foreninger</li><li>Borgere</li></ul>"),
        ],
    )
    text = page_text(page)
    # In the order the model declares its fields: BasePage's body, then the initiative's summary.
    assert text.splitlines() == [
        "Fælles Forum",
        "Hvem kan komme?",
        "Alle frivillige.",
        "Foreninger",
        "Borgere",
        "Et årligt dialogmøde.",
    ]


def test_refresh_scores_published_pages_and_again_after_a_new_publish(home_page):
    page = StandardPageFactory(parent=home_page, title="Om politikken", intro=HARD)
    assert refresh() >= 2  # the home page and the standard page
    score = PageReadability.objects.get(page=page)
    assert score.lix > 55
    assert refresh() == 0  # nothing published since

    page.intro = EASY
    page.save_revision().publish()
    assert refresh() == 1
    score.refresh_from_db()
    assert score.lix < 25


def test_finnish_pages_get_no_score(home_page, locales):
    finnish_root = home_page.copy_for_translation(Locale.objects.get(language_code="fi"))
    finnish_root.save_revision().publish()
    refresh()
    assert PageReadability.objects.get(page=finnish_root).lix is None


def test_the_report_lists_published_pages_hardest_first(home_page, editor, client):
    hard = StandardPageFactory(parent=home_page, title="Lovtekst", intro=HARD)
    easy = StandardPageFactory(parent=home_page, title="Kaffemøde", intro=EASY)
    client.force_login(editor)

    response = client.get(reverse("readability_report:index"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Læsbarhed (LIX)" in html
    assert html.index("Lovtekst") < html.index("Kaffemøde")
    assert "Meget svær" in html and "Meget let" in html
    assert reverse("wagtailadmin_pages:edit", args=[hard.pk]) in html

    filtered = client.get(reverse("readability_report:results"), {"band": "very-easy"})
    assert "Kaffemøde" in filtered.content.decode()
    assert "Lovtekst" not in filtered.content.decode()

    export = client.get(reverse("readability_report:index"), {"export": "csv"})
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert rows[0].startswith("Side,Sprog,LIX,Niveau,Ord")
    assert any(row.startswith("Kaffemøde,da,") for row in rows)
    assert easy.pk


def test_the_report_is_in_the_reports_menu(home_page, editor, client):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("readability_report:index") in html


def test_the_page_editor_carries_the_danish_bands_and_advice(home_page, editor, client):
    page = StandardPageFactory(parent=home_page)
    client.force_login(editor)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    config = json.loads(
        re.search(r'<script id="readability-config"[^>]*>(.*?)</script>', html, re.S).group(1)
    )
    assert [band["label"] for band in config["bands"]] == [
        "Meget let",
        "Let",
        "Middel",
        "Svær",
        "Meget svær",
    ]
    assert "fi" not in config["languages"] and "da" in config["languages"]
    assert "home/js/readability" in html


ENGLISH = (
    "The municipal council works with voluntary social organisations and associations and "
    "gives financial support to voluntary social work, including counselling services."
)


def test_the_report_filters_by_language(home_page, locales, editor, client):
    StandardPageFactory(parent=home_page, title="Lovtekst", intro=HARD)
    home_en = home_page.copy_for_translation(locales["en"])
    home_en.save_revision().publish()
    StandardPageFactory(parent=home_en, title="Council text", intro=ENGLISH)
    client.force_login(editor)
    url = reverse("readability_report:index")

    danish = client.get(url, {"locale": "da"})
    english = client.get(reverse("readability_report:results"), {"locale": "en"})

    assert danish.status_code == english.status_code == 200
    assert "Lovtekst" in danish.content.decode()
    assert "Council text" not in danish.content.decode()
    assert "Council text" in english.content.decode()
    assert "Lovtekst" not in english.content.decode()
    # Finnish gets no LIX, so the filter does not offer it.
    assert 'value="fi"' not in danish.content.decode()
    export = client.get(url, {"locale": "en", "band": "very-hard", "export": "xlsx"})
    assert export.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"locale": "xx"},
        {"locale": ""},
        {"locale": "\x00"},
        {"locale": "fi"},
        {"page__locale": "da"},  # the filter's former name, which gave a 500 (FieldError)
        {"band": "unknown"},
        {"band": "\x00"},
        {"page": "999"},
        {"page": "x"},
        {"ordering": "unknown"},
        {"q": "\x00"},
        {"export": "pdf"},
        {"locale": "xx", "band": "hard", "page": "999", "export": "csv"},
    ],
)
def test_the_report_answers_bad_filter_values_without_an_error(
    home_page, locales, editor, client, params
):
    StandardPageFactory(parent=home_page, title="Lovtekst", intro=HARD)
    client.force_login(editor)
    for url in (reverse("readability_report:index"), reverse("readability_report:results")):
        assert client.get(url, params).status_code in (200, 404)
