"""The admin in the editor's language: Wagtail's, wagtail-localize's and the two-factor screens'
messages are translated by the project's override catalogues (locale/packages/,
home/admin_catalogues.py).

A Danish editor and a Danish moderator walk the main admin views; no piece of visible UI text may
be an English package message that Danish translates differently. Partner translators (sv, nb,
fi, de) walk the screens they use: the dashboard and the translation editor.
"""

import io
from pathlib import Path

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import Collection, Locale, WorkflowState
from wagtail.utils.version import get_main_version
from wagtail_localize.models import Translation

from home import admin_catalogues
from tests.home.admin_forms import post_edit
from tests.home.admin_ui_text import EnglishFinder, js_catalogue_gaps, visible_text
from tests.home.editorial_world import build_world
from tests.home.factories import ContactFactory, StandardPageFactory

PARTNER_LANGUAGES = {
    "sv": "Oversættere, svensk",
    "nb": "Oversættere, norsk",
    "fi": "Oversættere, finsk",
    "de": "Oversættere, tysk",
}


# --- The catalogues ----------------------------------------------------------------------------


def test_every_override_catalogue_directory_is_on_locale_paths(settings):
    paths = [str(path) for path in settings.LOCALE_PATHS]
    assert paths[0] == str(settings.BASE_DIR / "locale"), "makemessages writes to the first path"
    for group in admin_catalogues.PACKAGE_CATALOGUES:
        assert str(admin_catalogues.packages_root() / group) in paths


def test_the_danish_admin_is_completely_translated():
    out = io.StringIO()
    call_command("admin_translation_coverage", "--language", "da", "-v", "2", stdout=out)
    report = out.getvalue()
    lines = [line for line in report.splitlines() if not line.startswith("    ")]
    assert len(lines) == len(list(admin_catalogues.groups_and_domains())) + 1
    for line in lines:
        assert line.endswith("100.0 %"), report


def test_coverage_fails_under_a_threshold_and_lists_what_is_missing():
    # Norwegian is filled only for the partner translators' screens, so it is below 100 %.
    out = io.StringIO()
    with pytest.raises(CommandError, match="Below 100 % for nb") as error:
        call_command(
            "admin_translation_coverage", "--language", "nb", "--fail-under", "100", stdout=out
        )
    assert error.value.returncode == 1
    out = io.StringIO()
    call_command("admin_translation_coverage", "--language", "nb", "-v", "2", stdout=out)
    listed = [line[4:] for line in out.getvalue().splitlines() if line.startswith("    ")]
    missing = admin_catalogues.coverage("wagtail", "django", "nb").untranslated
    assert missing
    assert {msgid.replace("\n", "\\n")[:200] for msgid in missing} <= set(listed)


def test_rebuilding_the_catalogues_is_idempotent(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    (tmp_path / "chunk.wagtail_2fa.django.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: da\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "QR Code"\nmsgstr "QR-kode"\n',
        encoding="utf-8",
    )
    call_command(
        "update_admin_catalogues", "--language", "da", "--from", str(tmp_path), stdout=io.StringIO()
    )
    path = admin_catalogues.override_path("wagtail_2fa", "da", "django")
    first = path.read_text(encoding="utf-8")
    assert 'msgid "QR Code"\nmsgstr "QR-kode"' in first
    call_command("update_admin_catalogues", "--language", "da", stdout=io.StringIO())
    assert path.read_text(encoding="utf-8") == first
    result = admin_catalogues.coverage("wagtail_2fa", "django", "da")
    assert result.translated == 1 and "QR Code" not in result.untranslated


def test_a_badly_named_contribution_is_refused_with_a_clear_message(tmp_path):
    (tmp_path / "danish.po").write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    with pytest.raises(CommandError, match="<group>.<domain>.po"):
        call_command("update_admin_catalogues", "--from", str(tmp_path), stdout=io.StringIO())


# Wagtail templates with hard-coded English (a screen reader's "Search" button, the "Actions"
# landmark) or Python's "None" (the aging pages report's publisher of a page published by the
# seed, without a user), overridden in templates/wagtailadmin/; nothing else may differ, so a
# Wagtail upgrade that changes them fails here and the override is copied again.
TEMPLATE_OVERRIDES = [
    "home.html",
    "shared/header.html",
    "shared/headers/_actions.html",
    "shared/user_avatar.html",
]


@pytest.mark.parametrize("name", TEMPLATE_OVERRIDES)
def test_the_admin_template_overrides_only_translate_wagtails_hard_coded_english(name, settings):
    import wagtail.admin

    package = Path(wagtail.admin.__file__).parent / "templates" / "wagtailadmin" / name
    override = settings.BASE_DIR / "templates" / "wagtailadmin" / name
    original = package.read_text(encoding="utf-8")
    translated = override.read_text(encoding="utf-8")
    assert translated != original
    restored = (
        translated.removeprefix("{% load i18n %}")
        .replace('value="{% trans "Search" %}"', 'value="Search"')
        .replace('aria-label="{% trans "Actions" %}"', 'aria-label="Actions"')
        .replace('{{ user|default_if_none:"" }}', "{{ user }}")
    )
    assert restored == original


# --- The Danish walk ---------------------------------------------------------------------------


@pytest.fixture
def world(home_page, django_user_model, translate):
    world = build_world(home_page, django_user_model)
    # In the root collection, where the editors' permissions are.
    world.image = wagtail_factories.ImageFactory(
        title="Frivillige i Haderslev", collection=Collection.get_first_root_node()
    )
    world.document = wagtail_factories.DocumentFactory(
        title="Politik for medborgerskab", collection=Collection.get_first_root_node()
    )
    world.contact = ContactFactory()
    world.english_about = translate(world.about, "en", {"Om politikken": "About the policy"})
    return world


def _submit_for_moderation(client, world):
    client.force_login(world.users["redaktoer"])
    response = post_edit(client, world.about, action="submit", title="Om politikken (ny)")
    assert response.status_code == 302
    assert WorkflowState.objects.filter(
        object_id=str(world.about.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


def _translation_editor_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.id])


def _english_on(client, url, finder):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    html = response.content.decode()
    return html, finder.find(visible_text(html))


def _report(found_per_url):
    return "English admin text found:\n" + "\n".join(
        f"  {url}: " + "; ".join(f"{text!r} (msgid {msgid!r})" for text, msgid in found.items())
        for url, found in found_per_url.items()
        if found
    )


def test_a_danish_editor_sees_no_english_in_the_main_admin_views(world, client):
    _submit_for_moderation(client, world)
    finder = EnglishFinder("da")
    editor = world.users["redaktoer"]
    moderator = world.users["moderator"]
    assert editor.wagtail_userprofile.preferred_language == "da"
    walks = {
        editor: [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore", args=[world.home.id]),
            reverse("wagtailadmin_pages:edit", args=[world.council.id]),
            reverse("wagtailimages:index"),
            reverse("wagtailimages:edit", args=[world.image.id]),
            reverse("wagtaildocs:index"),
            reverse("wagtaildocs:edit", args=[world.document.id]),
            # The snippets the editors may edit (Wagtail's all-snippets index needs more rights).
            reverse("wagtailsnippets_home_contact:list"),
            reverse("wagtailsnippets_home_contact:edit", args=[world.contact.pk]),
            reverse("wagtailadmin_pages:history", args=[world.about.id]),
            _translation_editor_url(world.english_about),
            # The two-factor screens: the editor's devices and adding one (QR code, code form).
            reverse("wagtail_2fa_device_list", args=[editor.id]),
            reverse("wagtail_2fa_device_new"),
        ],
        moderator: [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_pages:edit", args=[world.about.id]),
            reverse("wagtailadmin_reports:locked_pages"),
            reverse("wagtailadmin_reports:aging_pages"),
            reverse("wagtailadmin_reports:workflow"),
            reverse("wagtailadmin_reports:workflow_tasks"),
        ],
    }
    found_per_url, pages = {}, {}
    for user, urls in walks.items():
        client.force_login(user)
        for url in urls:
            html, found = _english_on(client, url, finder)
            found_per_url[f"{user.username} {url}"] = found
            pages[(user.username, url)] = html

    # The walk saw what it claims to: the schedule dialog, the moderator's review panel, the
    # translation editor with its props.
    edit_html = pages[("redaktoer", reverse("wagtailadmin_pages:edit", args=[world.council.id]))]
    assert 'id="schedule-publishing-dialog"' in edit_html
    assert "Udgivelsestidspunkt" in edit_html or "udgivelsestidspunkt" in edit_html.lower()
    dashboard = pages[("moderator", reverse("wagtailadmin_home"))]
    assert "Afventer din godkendelse" in dashboard and "Om politikken (ny)" in dashboard
    new_device = pages[("redaktoer", reverse("wagtail_2fa_device_new"))]
    assert "to-trins-bekræftelse" in new_device
    assert (
        "js-translation-editor"
        in pages[("redaktoer", _translation_editor_url(world.english_about))]
    )
    assert not any(found_per_url.values()), _report(found_per_url)


def test_the_danish_javascript_catalogues_translate_every_message(world, client):
    client.force_login(world.users["redaktoer"])
    for group, url in (
        ("wagtail", reverse("wagtailadmin_javascript_catalog")),
        ("wagtail_localize", reverse("wagtail_localize:javascript_catalog")),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert js_catalogue_gaps(response.content.decode(), "da", group) == [], group


# --- Partner translators -----------------------------------------------------------------------


@pytest.fixture
def partner_site(home_page, translate):
    about = StandardPageFactory(parent=home_page, title="Om politikken", slug="om-politikken")
    about.save_revision().publish()
    pages = {}
    for language in PARTNER_LANGUAGES:
        translate(home_page, language)
        pages[language] = translate(about, language)
    return pages


@pytest.mark.parametrize("language", sorted(PARTNER_LANGUAGES))
def test_a_partner_translator_sees_their_language_on_their_screens(
    language, partner_site, client, django_user_model
):
    user = django_user_model.objects.create_user(username=f"oversaetter-{language}", password="x")
    user.groups.add(Group.objects.get(name=PARTNER_LANGUAGES[language]))
    profile = user.wagtail_userprofile
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    assert Translation.objects.filter(
        target_locale=Locale.objects.get(language_code=language)
    ).exists()

    finder = EnglishFinder(language)
    found_per_url = {}
    for url in (reverse("wagtailadmin_home"), _translation_editor_url(partner_site[language])):
        html, found_per_url[url] = _english_on(client, url, finder)
        assert f'<html lang="{language}"' in html
    assert not any(found_per_url.values()), _report(found_per_url)

    response = client.get(reverse("wagtail_localize:javascript_catalog"))
    assert js_catalogue_gaps(response.content.decode(), language, "wagtail_localize") == []


def test_menu_labels_follow_each_users_language_not_the_first_visitors(
    partner_site, client, django_user_model
):
    """Wagtail's "What's new" and wagtail-localize's "Translations" menu items are labelled
    once, in the first visitor's language; site/wagtail_hooks.py relabels them per request."""
    danish = django_user_model.objects.create_superuser(username="dansk", password="x")
    german = django_user_model.objects.create_superuser(username="deutsch", password="x")
    profile = german.wagtail_userprofile
    profile.preferred_language = "de"
    profile.save()
    version = get_main_version(include_patch=False)
    client.force_login(danish)
    texts = visible_text(client.get(reverse("wagtailadmin_home")).content.decode())
    assert {f"Nyheder i Wagtail {version}", "Oversættelser"} <= texts
    client.force_login(german)
    texts = visible_text(client.get(reverse("wagtailadmin_home")).content.decode())
    assert {f"Was ist neu in Wagtail {version}", "Übersetzungen"} <= texts
    assert not {f"Nyheder i Wagtail {version}", "Oversættelser"} & texts
