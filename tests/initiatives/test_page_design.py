"""The council, pool, guide and event pages on DKFDS: questions and answers as an accordion,
contact boxes only with consent, statuses as badges, filters and their warnings in DKFDS markup,
related content in the side column, and the print stylesheet's hook on printable pages."""

import datetime
import re

import pytest

from initiatives.models import LocalCouncilContact, PartnershipStatus
from tests.home.factories import ContactFactory
from tests.initiatives.factories import (
    EventPageFactory,
    FundingGuidePageFactory,
    FundingPoolPageFactory,
    LocalAreaFactory,
    LocalCouncilPageFactory,
    deadline,
)

pytestmark = pytest.mark.django_db


def question(text, answer):
    return {"type": "question", "value": {"question": text, "answer": f"<p>{answer}</p>"}}


def body_class(html):
    return re.search(r'<body class="([^"]*)"', html).group(1).split()


def test_guide_shows_its_questions_as_a_dkfds_accordion(client, pool_index):
    guide = FundingGuidePageFactory(
        parent=pool_index,
        faq=[
            question("Kan kommunen hjælpe os?", "Ja, kontakt os i god tid."),
            question("Hvordan sender vi ansøgningen?", "Gennem Conventus."),
        ],
    )
    html = client.get(guide.url).content.decode()
    faq = html.split('id="faq-heading"')[1].split("</section>")[0]
    assert '<ul class="accordion" data-starts-closed>' in faq
    assert faq.count('class="accordion-button"') == 2
    assert 'aria-controls="faq-1"' in faq and 'id="faq-2"' in faq
    assert faq.index("Kan kommunen hjælpe os?") < faq.index("Hvordan sender vi ansøgningen?")
    assert "<p>Gennem Conventus.</p>" in faq


def test_guide_without_questions_has_no_empty_faq(client, pool_index):
    guide = FundingGuidePageFactory(parent=pool_index)
    assert 'id="faq-heading"' not in client.get(guide.url).content.decode()


def test_guide_errors_use_the_dkfds_error_summary_linked_to_the_questions(client, pool_index):
    guide = FundingGuidePageFactory(parent=pool_index)
    html = client.get(guide.url, {"hvem": "findes-ikke"}).content.decode()
    assert 'class="alert alert-error error-summary"' in html
    assert 'href="#id_hvem"' in html and '<fieldset id="id_hvem"' in html
    assert 'class="form-error-message" id="id_hvem_error"' in html
    assert 'class="form-radio"' in html


def test_pool_page_shows_its_questions_status_badge_and_related_pools(client, pool_index):
    today = datetime.date.today()
    pool = FundingPoolPageFactory(
        parent=pool_index,
        title="Landdistriktspuljen",
        deadlines=[deadline(today + datetime.timedelta(days=10))],
        faq=[question("Hvad tæller som landdistrikt?", "Hele kommunen uden for byerne.")],
    )
    other = FundingPoolPageFactory(parent=pool_index, title="Facilitetspuljen")
    guide = FundingGuidePageFactory(parent=pool_index)
    html = client.get(pool.url).content.decode()
    assert "printable-page" in body_class(html)
    assert '<span class="badge badge-success"><span class="sr-only">Status: </span>Åben nu' in html
    assert "Hvad tæller som landdistrikt?" in html.split('id="faq-heading"')[1]
    aside = html.split('class="col-12 col-lg-4 page-aside"')[1]
    assert f'href="{other.url}"' in aside and f'href="{guide.url}"' in aside
    assert f'href="{pool.url}"' not in aside


def test_pool_index_contact_box_needs_consent(client, pool_index):
    pool_index.contact = ContactFactory(name="Puljevejleder Anne", may_publish=True)
    pool_index.save_revision().publish()
    html = client.get(pool_index.url).content.decode()
    assert 'class="contact-box"' in html and "Puljevejleder Anne" in html

    pool_index.contact = ContactFactory(name="Hemmelig Hansen", may_publish=False)
    pool_index.save_revision().publish()
    html = client.get(pool_index.url).content.decode()
    assert "Hemmelig Hansen" not in html and 'class="contact-box"' not in html


def test_index_pages_link_to_the_other_tools(client, pool_index, event_index, council_index):
    html = client.get(council_index.url).content.decode()
    tools = html.split('id="tools-heading"')[1].split("</aside>")[0]
    assert f'href="{pool_index.url}"' in tools and f'href="{event_index.url}"' in tools
    assert f'href="{council_index.url}"' not in tools


def test_bad_filter_value_shows_a_dkfds_warning_alert(client, council_index):
    html = client.get(council_index.url, {"omraade": "findes-ikke"}).content.decode()
    alert = html.split('<div class="alert alert-warning" role="alert">')[1].split("</div>")[0]
    assert "Filteret kunne ikke bruges" in alert
    assert '<select name="omraade" class="form-select" id="id_omraade">' in html


def test_council_badges_and_neighbours_in_the_same_area(client, council_index):
    area = LocalAreaFactory(name="Omkring Vojens")
    council = LocalCouncilPageFactory(
        parent=council_index,
        title="Hammelev",
        area=area,
        partnership_status=PartnershipStatus.IN_DIALOGUE,
        contact_links=[
            LocalCouncilContact(contact=ContactFactory(name="Formand Frida", may_publish=True)),
            LocalCouncilContact(contact=ContactFactory(name="Sekretær Sif", may_publish=True)),
        ],
    )
    neighbour = LocalCouncilPageFactory(parent=council_index, title="Jegerup", area=area)
    elsewhere = LocalCouncilPageFactory(parent=council_index, title="Kastrup")
    html = client.get(council.url).content.decode()
    assert '<span class="badge badge-info">Partnerskabsaftale: I dialog om en aftale</span>' in html
    box = html.split('class="contact-box"')[1].split("</aside>")[0]
    assert box.count('class="contact-box__person"') == 2
    neighbours = html.split('id="neighbours-heading"')[1].split("</aside>")[0]
    assert "Andre lokalråd i Omkring Vojens" in neighbours
    assert f'href="{neighbour.url}"' in neighbours and f'href="{elsewhere.url}"' not in neighbours


def test_event_page_status_badge_and_printable(client, event_index):
    now = datetime.datetime.now(datetime.UTC)
    ongoing = EventPageFactory(
        parent=event_index,
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    past = EventPageFactory(
        parent=event_index,
        start=now - datetime.timedelta(days=2),
        end=now - datetime.timedelta(days=2) + datetime.timedelta(hours=2),
    )
    html = client.get(ongoing.url).content.decode()
    assert "printable-page" in body_class(html)
    assert '<span class="badge badge-info"><span class="sr-only">Status: </span>I gang nu' in html
    html = client.get(past.url).content.decode()
    assert '<span class="badge"><span class="sr-only">Status: </span>Afholdt</span>' in html
    assert '<div class="alert alert-info">' in html


def test_event_index_paginates_with_dkfds_pagination_in_side(client, event_index):
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    for n in range(event_index.page_size + 1):
        EventPageFactory(
            parent=event_index,
            start=start + datetime.timedelta(days=n),
            end=start + datetime.timedelta(days=n, hours=2),
        )
    html = client.get(event_index.url).content.decode()
    nav = html.split('<nav class="pagination"')[1].split("</nav>")[0]
    assert 'href="?side=2"' in nav and 'rel="next"' in nav
    assert 'aria-current="page"' in nav
