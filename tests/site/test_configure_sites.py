"""Absolute URLs (sitemap, hreflang, the API) come from the Site records; production takes
their host names from configuration (SITE_HOSTNAME / SITE_HOSTNAMES, applied by
`manage.py configure_sites` at deploy), `make run` from the address it serves."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from tests.home.factories import HomePageFactory


def _configure(settings, **hostnames):
    settings.SITE_HOSTNAMES = hostnames
    out = StringIO()
    call_command("configure_sites", stdout=out)
    return out.getvalue()


def test_the_default_site_takes_its_hostname_from_configuration(client, home_page, settings):
    settings.ALLOWED_HOSTS = ["medborgerskab.haderslev.dk", "testserver"]
    _configure(settings, default="medborgerskab.haderslev.dk:443")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("medborgerskab.haderslev.dk", 443)
    assert site.root_url == "https://medborgerskab.haderslev.dk"
    home_page.save_revision().publish()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "https://medborgerskab.haderslev.dk/da/" in sitemap
    assert "localhost" not in sitemap


def test_several_sites_each_get_their_own_hostname(home_page, settings, locale_da):
    other_root = HomePageFactory(parent=home_page.get_parent(), slug="frivillig", title="Mødested")
    Site.objects.create(
        hostname="localhost", port=8001, root_page=other_root, site_name="Frivilligmødested"
    )
    out = _configure(
        settings,
        default="medborgerskab.haderslev.dk:443",
        frivilligmødested="frivillig.haderslev.dk:443",
    )
    hosts = dict(Site.objects.values_list("site_name", "hostname"))
    assert hosts["Frivilligmødested"] == "frivillig.haderslev.dk"
    assert Site.objects.get(is_default_site=True).hostname == "medborgerskab.haderslev.dk"
    assert "frivillig.haderslev.dk" in out
    # A second run changes nothing.
    assert "unchanged" in _configure(
        settings,
        default="medborgerskab.haderslev.dk:443",
        frivilligmødested="frivillig.haderslev.dk:443",
    )


def test_a_port_other_than_443_is_served_over_http(home_page, settings):
    _configure(settings, default="127.0.0.1:8000")
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    ("hostnames", "message"),
    [
        ({"nowhere": "x.example:443"}, "nowhere"),
        ({"default": "bad host:443"}, "bad host"),
        ({"default": "x.example:port"}, "port"),
    ],
)
def test_a_mistake_in_the_configuration_fails_clearly(home_page, settings, hostnames, message):
    settings.SITE_HOSTNAMES = hostnames
    with pytest.raises(CommandError, match=message):
        call_command("configure_sites", stdout=StringIO())
    assert Site.objects.get(is_default_site=True).hostname == "localhost"


def test_the_settings_read_site_hostname_and_site_hostnames():
    from tests.site.test_production_settings import _production_settings

    got = _production_settings(
        ["SITE_HOSTNAMES"],
        SITE_HOSTNAME="medborgerskab.haderslev.dk",
        SITE_HOSTNAMES="Frivilligmødested=frivillig.haderslev.dk:443",
    )
    assert got["SITE_HOSTNAMES"] == {
        "default": "medborgerskab.haderslev.dk:443",
        "frivilligmødested": "frivillig.haderslev.dk:443",
    }
