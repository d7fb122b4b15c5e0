"""A page translated with wagtail-localize keeps its synchronised facts (dates, petals, who may
apply) and links the petals and initiatives of its own language."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from initiatives.models import ApplicantCode, FundingPoolInitiative, FundingPoolPage
from tests.initiatives.factories import FundingPoolPageFactory, InitiativePageFactory, deadline


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate a page as an editor would (untranslated text falls back to Danish)."""

    def translate(page, locale):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        # wagtail-localize publishes the translation when the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            source.create_or_update_translation(locale, copy_parent_pages=True, fallback=True)
        return page.get_translation(locale)

    return translate


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


def test_a_translated_pool_keeps_its_facts_and_links_its_own_languages_petal(
    client, translate, english, pool_index, petals
):
    initiative = InitiativePageFactory(parent=petals["synlighed"], title="Hjælp til puljemidler")
    pool = FundingPoolPageFactory(
        parent=pool_index,
        title="Landdistriktspuljen",
        petals=[petals["synlighed"]],
        applicants=[ApplicantCode.LOCAL_COMMUNITY],
        deadlines=[
            deadline(datetime.date.today() + datetime.timedelta(days=30), note="Restmidler")
        ],
        initiative_links=[FundingPoolInitiative(initiative=initiative)],
    )
    petal_en = translate(petals["synlighed"], english)
    petal_en.title = "Visibility"
    petal_en.slug = "visibility"
    petal_en.save_revision().publish()
    petal_en.refresh_from_db()
    initiative_en = translate(initiative, english)
    pool_en = translate(pool, english)

    assert isinstance(pool_en, FundingPoolPage)
    assert [a.code for a in pool_en.applicant_types.all()] == ["local_community"]
    assert [d.deadline for d in pool_en.deadlines.all()] == [
        d.deadline for d in pool.deadlines.all()
    ]
    assert all(d.locale_id == english.id for d in pool_en.deadlines.all())

    html = client.get(pool_en.url).content.decode()
    assert pool_en.url.startswith("/en/")
    assert f'href="{petal_en.url}">Visibility</a>' in html
    assert f'href="{initiative_en.url}"' in html

    index_en = pool_en.get_parent().specific
    html = client.get(index_en.url, {"tema": "visibility"}).content.decode()
    assert "Landdistriktspuljen" in html.split('id="all-heading"')[1]
    assert "Filteret kunne ikke bruges" not in html
    # The English initiative lists the English pool.
    assert f'href="{pool_en.url}"' in client.get(initiative_en.url).content.decode()
