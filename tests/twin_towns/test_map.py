"""The map is inline SVG drawn on the server: no external service, no inline styles or scripts,
and the list of towns beside it is its accessible equivalent."""

import re

import pytest

from tests.twin_towns.factories import TwinTownPageFactory
from twin_towns.models import Country

TOWNS = [
    ("Varberg", Country.SWEDEN, "57.10600", "12.25000"),
    ("Sandefjord", Country.NORWAY, "59.13100", "10.21600"),
    ("Uusikaupunki", Country.FINLAND, "60.80000", "21.40800"),
    ("Lutherstadt Wittenberg", Country.GERMANY, "51.86600", "12.64900"),
    ("Braine", Country.FRANCE, "49.34200", "3.53200"),
]


@pytest.fixture
def index_html(client, twin_index):
    for title, country, latitude, longitude in TOWNS:
        TwinTownPageFactory(
            parent=twin_index,
            title=title,
            country=country,
            latitude=latitude,
            longitude=longitude,
        )
    response = client.get(twin_index.url)
    assert response.status_code == 200
    return response.content.decode()


def svg_of(html):
    match = re.search(r'<svg[^>]*class="twin-map".*?</svg>', html, re.S)
    return match.group(0) if match else None


def test_map_is_an_accessible_inline_svg(index_html):
    svg = svg_of(index_html)
    assert 'role="group"' in svg
    assert 'aria-labelledby="twin-map-title"' in svg
    assert '<title id="twin-map-title">Kort over venskabsbyerne set fra Haderslev</title>' in svg
    assert '<desc id="twin-map-desc">' in svg


def test_every_town_is_a_labelled_link_on_the_map_and_haderslev_is_marked(index_html, twin_index):
    svg = svg_of(index_html)
    for title, *_ in TOWNS:
        page = twin_index.get_children().get(title=title)
        link = re.search(rf'<a [^>]*href="{page.url}">(.*?)</a>', svg, re.S)
        assert link is not None, title
        assert f">{title}</text>" in link.group(1)
    assert '<g class="twin-map__home">' in svg
    assert ">Haderslev</text>" in svg


def test_map_has_no_inline_styles_scripts_or_external_resources(index_html):
    svg = svg_of(index_html)
    assert "style=" not in svg
    assert "<script" not in index_html.split("<main", 1)[1]
    assert "<image" not in svg
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_coordinates_are_plain_numbers_in_every_language(client, twin_index):
    """Danish formatting writes 12,5 for 12.5; SVG coordinates must keep the decimal point."""
    TwinTownPageFactory(parent=twin_index, title="Varberg")
    svg = svg_of(client.get(twin_index.url).content.decode())
    for value in re.findall(r' (?:x|y|cx|cy|x1|x2|y1|y2)="([^"]*)"', svg):
        float(value)


def test_list_beside_the_map_gives_the_same_towns_with_direction_and_distance(index_html):
    listing = index_html.split('class="twin-towns__list"', 1)[1]
    assert "Sverige · ca. 270 km nordøst for Haderslev" in listing
    assert "Norge · ca. 430 km nord for Haderslev" in listing
    assert "Frankrig · ca. 770 km sydvest for Haderslev" in listing
    for title, *_ in TOWNS:
        assert f">{title}</a>" in listing


def test_index_without_towns_says_so_and_draws_no_map(client, twin_index):
    html = client.get(twin_index.url).content.decode()
    assert 'class="twin-map"' not in html
    assert "Der er endnu ingen venskabsbyer på siden." in html
