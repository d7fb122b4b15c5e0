"""The DKFDS front end, without a browser: templates safe for a strict CSP, the flower's markup
and geometry, the language switcher's data, the footer's legal pages and the shared components.
(What needs a real browser - axe, keyboard, layout - is in tests/browser.)"""

import re
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory
from wagtail.models import Locale, Page

from home.templatetags.frontend_tags import (
    LEGAL_PAGE_SLUGS,
    badge_variant,
    elided_page_range,
    flower_petals,
    wrap_label,
)
from tests.home.factories import ContactFactory, StandardPageFactory
from tests.initiatives.factories import InitiativePageFactory, PetalPageFactory

ROOT = Path(settings.BASE_DIR)
TEMPLATE_DIRS = [ROOT / "templates", *ROOT.glob("*/templates")]


def _templates():
    return sorted(path for folder in TEMPLATE_DIRS for path in folder.rglob("*.html"))


def test_no_template_has_inline_script_style_or_event_handlers():
    """Scripts and styles come from static files only, so a strict Content-Security-Policy
    (no 'unsafe-inline') can be set."""
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
    style_element = re.compile(r"<style\b", re.IGNORECASE)
    style_attribute = re.compile(r"\sstyle\s*=", re.IGNORECASE)
    event_handler = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
    javascript_url = re.compile(r"""href\s*=\s*["']\s*javascript:""", re.IGNORECASE)
    problems = []
    templates = _templates()
    assert len(templates) > 20
    for path in templates:
        text = path.read_text()
        for name, pattern in [
            ("inline <script>", inline_script),
            ("<style> element", style_element),
            ("style attribute", style_attribute),
            ("on...= handler", event_handler),
            ("javascript: URL", javascript_url),
        ]:
            if pattern.search(text):
                problems.append(f"{path.relative_to(ROOT)}: {name}")
    assert not problems, problems


def test_base_layout_loads_only_local_static_files(client, home_page):
    html = client.get("/da/").content.decode()
    # Resources the page loads (scripts, styles, images, fonts) come from this site; links to
    # pages (hreflang alternates, canonical) may be absolute, as search engines require.
    loaded = re.findall(r'<(?:script|img|source)[^>]*\bsrc="([^"]+)"', html) + re.findall(
        r'<link(?![^>]*rel="(?:alternate|canonical)")[^>]*\bhref="([^"]+)"', html
    )
    assert loaded
    for url in loaded:
        assert not url.startswith(("http://", "https://", "//")), url
    assert '<script src="/static/dist/js/dkfds.min.js" defer></script>' in html
    assert '<script src="/static/js/site.js" defer></script>' in html
    assert 'href="/static/dist/css/main.css"' in html


# --- The flower ----------------------------------------------------------------------------


def test_long_petal_titles_wrap_into_short_lines():
    assert wrap_label("Synlighed") == ["Synlighed"]
    assert wrap_label("Sammenhæng og tilgængelighed") == ["Sammenhæng og", "tilgængelighed"]
    assert wrap_label("Bosætning og levesteder") == ["Bosætning og", "levesteder"]
    assert wrap_label("a b c d e f g h i j k l m n o p", width=3) == [
        "a b",
        "c d",
        "e f g h i j k l m n o p",
    ]


@pytest.mark.django_db  # the labels' language comes from the active locale
def test_petals_are_spread_evenly_from_the_top_with_svg_safe_numbers():
    petals = [Page(title=f"Tema {n}") for n in range(5)]
    placed = flower_petals(petals)
    assert [p.number for p in placed] == [1, 2, 3, 4, 5]
    first = placed[0]
    # The first petal stands straight up from the centre (300, 300).
    assert first.cx == "300" and float(first.cy) < 300
    assert first.rotate.startswith("-90 ")
    # Numbers are written with a dot whatever the active language (SVG cannot read "12,5").
    for petal in placed:
        for value in (petal.cx, petal.cy, petal.label_x, petal.label_y, petal.first_line_dy):
            assert re.fullmatch(r"-?\d+(\.\d+)?", value), value
    assert flower_petals([]) == []


def test_home_page_flower_is_an_svg_of_links_with_a_text_list(client, home_page):
    petals = [
        PetalPageFactory(parent=home_page, title=title, intro=f"Om {title}.")
        for title in ("Synlighed", "Sammenhæng og tilgængelighed")
    ]
    html = client.get("/da/").content.decode()
    svg = html.split('<svg class="flower-diagram"')[1].split("</svg>")[0]
    flower_list = html.split('<ol class="flower-list">')[1].split("</ol>")[0]
    assert ">Medborgerskab</tspan></text>" in svg
    for number, petal in enumerate(petals, start=1):
        # In the SVG: a real link, named by the title, described by the intro in the list.
        assert (
            f'<a class="flower-link flower-link--{number}" href="{petal.url}" '
            f'aria-label="{petal.title}" aria-describedby="flower-intro-{number}">'
        ) in svg
        assert f'<p id="flower-intro-{number}">Om {petal.title}.</p>' in flower_list
        assert f'<a href="{petal.url}">{petal.title}</a>' in flower_list
    assert "<tspan" in svg and ">tilgængelighed</tspan>" in svg


# --- Language switcher ---------------------------------------------------------------------


@pytest.fixture
def english_home(home_page):
    english, _created = Locale.objects.get_or_create(language_code="en")
    translation = home_page.copy_for_translation(english)
    translation.title = "Active citizenship in Haderslev"
    translation.save_revision().publish()
    return translation


def test_language_switcher_lists_the_languages_the_page_exists_in(client, english_home):
    html = client.get("/da/").content.decode()
    switcher = html.split('<div class="language-switcher-header')[1].split("</ul>")[0]
    assert '<a href="/da/" lang="da" hreflang="da" aria-current="true">Dansk</a>' in switcher
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in switcher
    assert "Deutsch" not in switcher  # no German translation exists
    # The English page marks English as current.
    english = client.get("/en/").content.decode()
    assert '<html lang="en">' in english
    assert 'lang="en" hreflang="en" aria-current="true">' in english


def test_no_language_switcher_for_a_page_in_one_language(client, home_page):
    html = client.get("/da/").content.decode()
    assert "language-switcher" not in html


# --- Footer: the accessibility statement and the privacy policy --------------------------------


@pytest.fixture
def legal_pages(home_page):
    return [
        StandardPageFactory(parent=home_page, slug=slug, title=title)
        for slug, title in zip(
            LEGAL_PAGE_SLUGS, ["Tilgængelighedserklæring", "Privatlivspolitik"], strict=True
        )
    ]


def _footer(html: str) -> str:
    return html.split("<footer>")[1].split("</footer>")[0]


def test_every_page_links_the_legal_pages_in_its_footer(client, legal_pages, home_page):
    statement, privacy = legal_pages
    petal = PetalPageFactory(parent=home_page)
    initiative = InitiativePageFactory(parent=petal)
    for url in ["/da/", petal.url, initiative.url, statement.url, "/da/findes-ikke/"]:
        footer = _footer(client.get(url).content.decode())
        assert f'<a href="{statement.url}">Tilgængelighedserklæring</a>' in footer, url
        assert f'<a href="{privacy.url}">Privatlivspolitik</a>' in footer, url


def test_footer_links_the_translated_legal_pages_for_english_readers(
    client, legal_pages, english_home
):
    english = Locale.objects.get(language_code="en")
    statement = legal_pages[0].copy_for_translation(english)
    statement.title = "Accessibility statement"
    statement.save_revision().publish()
    footer = _footer(client.get("/en/").content.decode())
    assert '<a href="/en/tilgaengelighedserklaering/">Accessibility statement</a>' in footer
    # Not translated yet (no English either): the Danish page, rather than no link, marked.
    assert (
        '<a href="/da/privatlivspolitik/" lang="da" hreflang="da">Privatlivspolitik</a> '
        "(in Danish)" in footer
    )


def test_home_page_does_not_list_the_legal_pages_as_reading(client, legal_pages, home_page):
    about = StandardPageFactory(parent=home_page, title="Om politikken")
    reading = client.get("/da/").content.decode().split('aria-labelledby="about-heading"')[1]
    reading = reading.split("</section>")[0]
    assert about.title in reading
    assert "Tilgængelighedserklæring" not in reading


# --- Components ----------------------------------------------------------------------------


def test_status_badges_follow_dkfds_variants():
    assert badge_variant("done") == "success"
    assert badge_variant("in_progress") == "info"
    assert badge_variant("planned") == "warning"
    assert badge_variant("idea") == ""
    html = render_to_string(
        "home/components/status_badge.html", {"status": "done", "label": "Gennemført"}
    )
    assert (
        '<span class="badge badge-success"><span class="sr-only">Status: </span>Gennemført</span>'
        in html
    )


def test_contact_box_never_shows_a_contact_without_consent(db, locale_da):
    hidden = ContactFactory(name="Skjult Person", may_publish=False)
    shown = ContactFactory(name="Synlig Person", may_publish=True)
    assert render_to_string("home/components/contact_box.html", {"contact": hidden}).strip() == ""
    html = render_to_string("home/components/contact_box.html", {"contact": shown})
    assert "Synlig Person" in html and f"mailto:{shown.email}" in html


def test_pagination_keeps_the_query_and_marks_the_current_page():
    request = RequestFactory().get("/da/arrangementer/", {"q": "fest", "page": "5"})
    page_obj = Paginator(range(100), 10).page(5)
    html = render_to_string(
        "home/components/pagination.html", {"page_obj": page_obj}, request=request
    )
    assert 'aria-label="Paginering"' in html
    assert 'href="?q=fest&amp;page=4"' in html and 'rel="prev"' in html
    assert 'href="?q=fest&amp;page=6"' in html and 'rel="next"' in html
    assert 'aria-current="page"><span class="sr-only">Side </span>5</a>' in html
    assert "…" in html  # pages 2-3 and 7-9 are elided
    assert elided_page_range(page_obj) == [1, 2, 3, 4, 5, 6, 7, "…", 9, 10] or "…" in (
        elided_page_range(page_obj)
    )
    events = render_to_string(
        "home/components/pagination.html",
        {"page_obj": page_obj, "param": "side"},
        request=RequestFactory().get("/da/aktivitetskalender/", {"tema": "synlighed", "side": "5"}),
    )
    assert 'href="?tema=synlighed&amp;side=4"' in events and "page=" not in events
    single = Paginator(range(3), 10).page(1)
    assert not render_to_string(
        "home/components/pagination.html", {"page_obj": single}, request=request
    ).strip()


class _EligibilityForm(forms.Form):
    who = forms.CharField(label="Hvem er du?", help_text="Fx en forening.")
    amount = forms.IntegerField(label="Beløb", required=False)


def test_form_field_and_error_summary_tie_errors_to_fields():
    form = _EligibilityForm(data={"who": "", "amount": "mange"})
    assert not form.is_valid()
    summary = render_to_string("home/components/error_summary.html", {"form": form})
    assert 'data-module="error-summary" tabindex="-1"' in summary
    assert '<a class="function-link" href="#id_who">Hvem er du?:' in summary
    assert 'href="#id_amount"' in summary
    field = render_to_string("home/components/form_field.html", {"field": form["who"]})
    # Django points the input at the hint and the error message, which carry those ids.
    assert 'aria-invalid="true" aria-describedby="id_who_helptext id_who_error"' in field
    assert '<span class="form-hint" id="id_who_helptext">Fx en forening.</span>' in field
    assert (
        '<span class="form-error-message" id="id_who_error"><span class="sr-only">Fejl: ' in field
    )
    optional = render_to_string("home/components/form_field.html", {"field": form["amount"]})
    assert "(frivilligt)" in optional
    assert render_to_string("home/components/error_summary.html", {"form": _EligibilityForm()}) == (
        "\n"
    ) or "alert" not in render_to_string(
        "home/components/error_summary.html", {"form": _EligibilityForm()}
    )


def test_accordion_answers_are_open_in_the_markup_for_readers_without_javascript():
    """site.js folds the list (data-starts-closed) before DKFDS starts; without JavaScript, and
    on paper, every answer stays readable."""
    items = [
        {"title": "Hvem kan søge?", "body": "Foreninger."},
        {"question": "Hvornår er fristen?", "answer": "1. november."},
    ]
    html = render_to_string("home/components/accordion.html", {"items": items, "id_prefix": "faq"})
    assert html.count('class="accordion-button"') == 2
    assert '<ul class="accordion" data-starts-closed>' in html
    assert 'aria-expanded="true" aria-controls="faq-1"' in html
    assert '<div id="faq-2" aria-hidden="false" class="accordion-content">' in html
    assert "Hvornår er fristen?" in html and "1. november." in html
