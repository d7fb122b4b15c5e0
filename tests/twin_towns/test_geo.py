"""The map's geography: distances, directions and the projection, checked on real towns."""

import pytest

from twin_towns.geo import (
    HADERSLEV,
    GeoPoint,
    Place,
    bearing_degrees,
    build_map,
    compass_direction,
    distance_km,
    project,
    rounded_distance_km,
)

VARBERG = GeoPoint(57.106, 12.250)
SANDEFJORD = GeoPoint(59.131, 10.216)
UUSIKAUPUNKI = GeoPoint(60.800, 21.408)
WITTENBERG = GeoPoint(51.866, 12.649)
BRAINE = GeoPoint(49.342, 3.532)


def test_distances_from_haderslev_match_the_real_ones():
    assert distance_km(HADERSLEV, VARBERG) == pytest.approx(268, abs=2)
    assert distance_km(HADERSLEV, UUSIKAUPUNKI) == pytest.approx(931, abs=5)
    assert rounded_distance_km(HADERSLEV, VARBERG) == 270
    assert distance_km(HADERSLEV, HADERSLEV) == 0


@pytest.mark.parametrize(
    ("town", "direction"),
    [
        (VARBERG, "nordøst"),
        (SANDEFJORD, "nord"),
        (UUSIKAUPUNKI, "nordøst"),
        (WITTENBERG, "sydøst"),
        (BRAINE, "sydvest"),
    ],
)
def test_compass_direction_from_haderslev(town, direction):
    assert str(compass_direction(HADERSLEV, town)) == direction


def test_bearings_point_the_right_way():
    assert bearing_degrees(HADERSLEV, GeoPoint(60.0, 9.49)) == pytest.approx(0, abs=0.01)
    assert bearing_degrees(HADERSLEV, GeoPoint(50.0, 9.49)) == pytest.approx(180, abs=0.01)


def test_projection_is_centred_on_haderslev_and_shortens_longitudes():
    assert project(HADERSLEV) == (0.0, 0.0)
    x, y = project(GeoPoint(55.25, 10.49))
    # One degree of longitude at 55.25 N is cos(55.25) = 0.57 degrees of latitude.
    assert x == pytest.approx(0.5700, abs=0.0005)
    assert y == 0.0
    assert project(GeoPoint(56.25, 9.49)) == (0.0, pytest.approx(1.0))


def test_map_places_every_town_inside_the_drawing_with_north_up():
    places = [
        Place(VARBERG, "Varberg"),
        Place(SANDEFJORD, "Sandefjord"),
        Place(UUSIKAUPUNKI, "Uusikaupunki"),
        Place(WITTENBERG, "Lutherstadt Wittenberg"),
        Place(BRAINE, "Braine"),
    ]
    town_map = build_map(places, width=560, height=460, margin=48)
    assert town_map.view_box == "0 0 560 460"
    points = {point.label: point for point in town_map.points}
    for point in [*town_map.points, town_map.origin]:
        assert 48 - 0.1 <= point.x <= 560 - 48 + 0.1
        assert 48 - 0.1 <= point.y <= 460 - 48 + 0.1
    haderslev = town_map.origin
    assert haderslev.label == "Haderslev"
    # North is up (smaller y), east is right (larger x).
    assert points["Sandefjord"].y < haderslev.y < points["Braine"].y
    assert points["Braine"].x < haderslev.x < points["Uusikaupunki"].x
    # The northernmost and the southernmost towns touch the margins: the map is scaled to fit.
    assert points["Uusikaupunki"].y == pytest.approx(48, abs=0.1)
    assert points["Braine"].y == pytest.approx(412, abs=0.1)
    # The easternmost label is drawn to the left of its point, so it stays inside the map.
    assert points["Uusikaupunki"].label_anchor == "end"
    assert points["Varberg"].label_anchor == "start"


def test_map_keeps_the_same_scale_on_both_axes():
    town_map = build_map([Place(GeoPoint(57.25, 9.49), "N"), Place(GeoPoint(55.25, 13.0), "Ø")])
    north, east = town_map.points
    origin = town_map.origin
    scale_y = (origin.y - north.y) / 2.0
    scale_x = (east.x - origin.x) / project(GeoPoint(55.25, 13.0))[0]
    assert scale_x == pytest.approx(scale_y, rel=0.01)


def test_a_town_next_to_haderslev_does_not_blow_up_the_scale():
    town_map = build_map([Place(GeoPoint(55.2501, 9.4901), "Nabo")])
    (point,) = town_map.points
    assert point.x == pytest.approx(town_map.origin.x, abs=0.5)
    assert 0 < point.x < town_map.width


def test_map_without_towns_shows_haderslev_only():
    town_map = build_map([])
    assert town_map.points == []
    assert town_map.origin.x == pytest.approx(town_map.width / 2)


def test_grid_lines_are_labelled_in_degrees():
    town_map = build_map([Place(VARBERG, "Varberg"), Place(BRAINE, "Braine")])
    labels = [str(line.label) for line in town_map.grid]
    assert "55° N" in labels
    assert "10° Ø" in labels
