"""Local councils: the index grouped by area with a filter, and a council's page with its
contacts, meetings, partnership agreement and the initiatives it takes part in."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from initiatives.models import (
    LocalCouncilContact,
    LocalCouncilInitiative,
    LocalCouncilMeeting,
    PartnershipStatus,
)
from tests.home.factories import ContactFactory
from tests.initiatives.conftest import copenhagen
from tests.initiatives.factories import (
    InitiativePageFactory,
    LocalAreaFactory,
    LocalCouncilPageFactory,
)


@pytest.fixture
def councils(council_index):
    vojens = LocalAreaFactory(name="Omkring Vojens", slug="omkring-vojens")
    gram = LocalAreaFactory(name="Omkring Gram", slug="omkring-gram")
    return {
        "hammelev": LocalCouncilPageFactory(parent=council_index, title="Hammelev", area=vojens),
        "jegerup": LocalCouncilPageFactory(parent=council_index, title="Jegerup", area=vojens),
        "arnum": LocalCouncilPageFactory(
            parent=council_index,
            title="Arnum/Højrup",
            area=gram,
            partnership_status=PartnershipStatus.SIGNED,
            partnership_signed_on=datetime.date(2025, 5, 1),
        ),
        "kastrup": LocalCouncilPageFactory(parent=council_index, title="Kastrup", area=None),
    }


def test_index_lists_councils_grouped_by_area_in_name_order(client, council_index, councils):
    html = client.get(council_index.url).content.decode()
    assert "4 lokalråd" in html
    gram, vojens, other = (
        html.index('<h2 id="area-1">Omkring Gram'),
        html.index('<h2 id="area-2">Omkring Vojens'),
        html.index("Øvrige lokalråd"),
    )
    # Searched from the headings on: the place look-up's hint names villages too.
    assert gram < html.index("Arnum/Højrup", gram) < vojens
    assert vojens < html.index("Hammelev", vojens) < html.index("Jegerup", vojens) < other
    assert other < html.index("Kastrup", other)
    assert "Partnerskabsaftale: Aftale indgået" in html


def test_index_filters_by_area_without_javascript(client, council_index, councils):
    html = client.get(council_index.url, {"omraade": "omkring-vojens"}).content.decode()
    assert "2 lokalråd i Omkring Vojens" in html
    assert "Hammelev" in html and "Jegerup" in html
    assert "Arnum/Højrup" not in html and "Kastrup" not in html
    assert '<form class="filter-form" method="get"' in html


@pytest.mark.parametrize("value", ["findes-ikke", "<b>", "å" * 3000, "omkring-vojens'--"])
def test_index_with_a_bad_area_shows_everything_and_says_why(
    client, council_index, councils, value
):
    response = client.get(council_index.url, {"omraade": value})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Filteret kunne ikke bruges" in html
    assert "4 lokalråd" in html


def test_index_shows_the_next_meeting_of_each_council(client, time_machine, council_index):
    time_machine.move_to(copenhagen(2026, 2, 1, 12, 0), tick=False)
    LocalCouncilPageFactory(
        parent=council_index,
        meetings=[
            LocalCouncilMeeting(starts_at=copenhagen(2026, 1, 20, 19, 0), title="Gammelt"),
            LocalCouncilMeeting(starts_at=copenhagen(2026, 3, 3, 19, 0), title="Senere"),
            LocalCouncilMeeting(starts_at=copenhagen(2026, 2, 10, 19, 0), title="Næste"),
        ],
    )
    html = client.get(council_index.url).content.decode()
    assert "Næste møde" in html
    assert 'datetime="2026-02-10T19:00:00+01:00"' in html
    assert "2026-01-20" not in html and "2026-03-03" not in html


def test_council_page_shows_the_community_meetings_agreement_and_initiatives(
    client, council_index, petals
):
    initiative = InitiativePageFactory(parent=petals["bosaetning"], title="Partnerskabsaftaler")
    council = LocalCouncilPageFactory(
        parent=council_index,
        title="Fjelstrup",
        villages="Fjelstrup\nHoptrup",
        focus="<ul><li>Borgerbudgettering</li></ul>",
        meeting_practice="Bestyrelsen mødes hver måned.",
        partnership_status=PartnershipStatus.SIGNED,
        partnership_signed_on=datetime.date(2025, 9, 24),
        partnership_summary="Vi mødes to gange om året.",
        initiative_links=[LocalCouncilInitiative(initiative=initiative)],
    )
    html = client.get(council.url).content.decode()
    assert "Fjelstrup, Hoptrup" in html
    assert "Borgerbudgettering" in html
    assert "Bestyrelsen mødes hver måned." in html
    assert "Aftale indgået" in html and "24. september 2025" in html
    assert "Vi mødes to gange om året." in html
    assert f'href="{initiative.url}"' in html
    # ... and the initiative links back to the council.
    assert f'href="{council.url}"' in client.get(initiative.url).content.decode()


def test_council_page_shows_only_contacts_who_consented(client, council_index):
    shown = ContactFactory(name="Formand Frida", may_publish=True)
    hidden = ContactFactory(name="Kasserer Karl", email="karl@example.org", may_publish=False)
    council = LocalCouncilPageFactory(
        parent=council_index,
        contact_links=[LocalCouncilContact(contact=shown), LocalCouncilContact(contact=hidden)],
    )
    html = client.get(council.url).content.decode()
    assert "Formand Frida" in html
    assert "Kasserer Karl" not in html and "karl@example.org" not in html


def test_a_signed_agreement_needs_a_signing_date_in_the_past(council_index):
    council = LocalCouncilPageFactory.build(
        title="Vilstrup", slug="vilstrup", summary="…", partnership_status=PartnershipStatus.SIGNED
    )
    with pytest.raises(ValidationError) as error:
        council.clean()
    assert "partnership_signed_on" in error.value.message_dict
    council.partnership_signed_on = datetime.date.today() + datetime.timedelta(days=3)
    with pytest.raises(ValidationError):
        council.clean()
