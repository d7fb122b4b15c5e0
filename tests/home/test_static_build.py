"""The production static build works: collectstatic with hashed names finds every file the
compiled DKFDS stylesheet and script refer to (fonts, icons, the script's source map)."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_collectstatic_with_hashed_names_finds_every_referenced_file(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    try:
        call_command("collectstatic", interactive=False, verbosity=0)
    except (CommandError, ValueError) as error:  # pragma: no cover - the failure is the message
        pytest.fail(f"collectstatic failed: {error}")
    manifest = (settings.STATIC_ROOT / "staticfiles.json").read_text()
    for name in ("dist/css/main.css", "dist/js/dkfds.min.js", "dist/img/icons.svg", "js/site.js"):
        assert f'"{name}"' in manifest, name
    css = next((settings.STATIC_ROOT / "dist" / "css").glob("main.*.css")).read_text()
    assert "IBMPlexSans-Regular-Latin1." in css  # font URLs rewritten to hashed names


def test_every_weight_of_the_latin_1_font_is_preloaded(client, home_page):
    """All three weights are used on every page; one that arrives after the stylesheet makes
    the text reflow when it swaps in (measured: layout shift 0.07 on a search result page).
    The Latin-2 subsets load only for the characters Latin-1 lacks (unicode-range)."""
    import re
    from pathlib import Path

    css = (Path(__file__).resolve().parents[2] / "static/dist/css/main.css").read_text()
    declared = set(re.findall(r"fonts/(IBMPlexSans-\w+-Latin1)\.woff2", css))
    preloaded = set(
        re.findall(
            r'<link rel="preload" href="[^"]*fonts/(IBMPlexSans-[\w-]+)\.woff2" as="font"',
            client.get("/da/").content.decode(),
        )
    )
    assert declared and declared == preloaded
