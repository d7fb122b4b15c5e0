"""Geography for the twin-town map: where each town lies seen from Haderslev.

Everything is computed here, in Python, so the map needs no external map service at run time or
in tests. The map is a simple equirectangular projection centred on Haderslev (longitudes are
shortened by the cosine of Haderslev's latitude, so distances look right near Haderslev), scaled
to fit a fixed drawing area.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class GeoPoint:
    latitude: float
    longitude: float


HADERSLEV = GeoPoint(55.25, 9.49)

# The eight compass directions, clockwise from north, as they read after "... for Haderslev".
COMPASS_DIRECTIONS = (
    _("nord"),
    _("nordøst"),
    _("øst"),
    _("sydøst"),
    _("syd"),
    _("sydvest"),
    _("vest"),
    _("nordvest"),
)


def distance_km(a: GeoPoint, b: GeoPoint) -> float:
    """Great-circle distance in kilometres (haversine formula)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def bearing_degrees(a: GeoPoint, b: GeoPoint) -> float:
    """Initial compass bearing from a to b, 0 = north, 90 = east."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlon = math.radians(b.longitude - a.longitude)
    x = math.sin(dlon) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def compass_direction(a: GeoPoint, b: GeoPoint):
    """One of eight compass directions (translatable) from a towards b."""
    return COMPASS_DIRECTIONS[round(bearing_degrees(a, b) / 45) % 8]


def rounded_distance_km(a: GeoPoint, b: GeoPoint) -> int:
    """The distance rounded to the nearest 10 km: precise enough for "about ... km"."""
    return int(round(distance_km(a, b), -1))


def project(point: GeoPoint, origin: GeoPoint = HADERSLEV) -> tuple[float, float]:
    """Equirectangular projection centred on `origin`, in degrees of latitude (north is +y)."""
    x = (point.longitude - origin.longitude) * math.cos(math.radians(origin.latitude))
    y = point.latitude - origin.latitude
    return x, y


@dataclass(frozen=True)
class MapPoint:
    x: float
    y: float
    label: str
    # Labels sit to the right of the point, or to the left near the right edge.
    label_anchor: str = "start"
    label_dx: int = 10
    item: Any = None


@dataclass(frozen=True)
class GridLine:
    x1: float
    y1: float
    x2: float
    y2: float
    label: str
    label_x: float
    label_y: float


@dataclass
class TownMap:
    width: int
    height: int
    origin: MapPoint
    points: list[MapPoint] = field(default_factory=list)
    grid: list[GridLine] = field(default_factory=list)

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"


@dataclass(frozen=True)
class Place:
    point: GeoPoint
    label: str
    item: Any = None


# A single town very near Haderslev must not blow the scale up to infinity.
MIN_SPAN_DEGREES = 2.0
GRID_STEP_DEGREES = 5


def build_map(
    places: Sequence[Place],
    origin: GeoPoint = HADERSLEV,
    origin_label: str = "Haderslev",
    width: int = 560,
    height: int = 460,
    margin: int = 48,
) -> TownMap:
    """Lay the places and the origin out in a `width` x `height` drawing.

    Both axes use the same scale (the projection is not stretched), chosen so that every place
    and the origin fit inside the margin; the drawing is centred in the free space.
    """
    projected = [project(place.point, origin) for place in places]
    xs = [0.0, *(x for x, _y in projected)]
    ys = [0.0, *(y for _x, y in projected)]
    min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
    span_x = max(max_x - min_x, MIN_SPAN_DEGREES)
    span_y = max(max_y - min_y, MIN_SPAN_DEGREES)
    inner_w, inner_h = width - 2 * margin, height - 2 * margin
    scale = min(inner_w / span_x, inner_h / span_y)
    # Centre the bounding box of the data in the drawing.
    centre_x, centre_y = (min_x + max_x) / 2, (min_y + max_y) / 2
    offset_x = width / 2 - centre_x * scale
    offset_y = height / 2 + centre_y * scale

    def to_svg(x: float, y: float) -> tuple[float, float]:
        return round(offset_x + x * scale, 1), round(offset_y - y * scale, 1)

    def make_point(x: float, y: float, label: str, item: Any) -> MapPoint:
        sx, sy = to_svg(x, y)
        if sx > width * 0.65:
            return MapPoint(sx, sy, label, "end", -10, item)
        return MapPoint(sx, sy, label, "start", 10, item)

    points = [
        make_point(x, y, place.label, place.item)
        for place, (x, y) in zip(places, projected, strict=True)
    ]
    return TownMap(
        width=width,
        height=height,
        origin=make_point(0.0, 0.0, origin_label, None),
        points=points,
        grid=_grid(origin, width, height, scale, offset_x, offset_y),
    )


def _grid(origin, width, height, scale, offset_x, offset_y) -> list[GridLine]:
    """Parallels and meridians every 5 degrees across the drawing, labelled at its edges."""
    cos_lat = math.cos(math.radians(origin.latitude))
    # Invert the projection at the drawing's edges to find the visible degrees.
    lat_top = origin.latitude + offset_y / scale
    lat_bottom = origin.latitude - (height - offset_y) / scale
    lon_left = origin.longitude - offset_x / scale / cos_lat
    lon_right = origin.longitude + (width - offset_x) / scale / cos_lat
    lines = []
    step = GRID_STEP_DEGREES
    for lat in range(math.ceil(lat_bottom / step) * step, math.floor(lat_top) + 1, step):
        y = round(offset_y - (lat - origin.latitude) * scale, 1)
        label = _("%(degrees)d° N") % {"degrees": lat}
        lines.append(GridLine(0, y, width, y, label, 4, round(y - 4, 1)))
    for lon in range(math.ceil(lon_left / step) * step, math.floor(lon_right) + 1, step):
        x = round(offset_x + (lon - origin.longitude) * cos_lat * scale, 1)
        if lon < 0:
            label = _("%(degrees)d° V") % {"degrees": -lon}
        else:
            label = _("%(degrees)d° Ø") % {"degrees": lon}
        lines.append(GridLine(x, 0, x, height, label, round(x + 4, 1), height - 6))
    return lines
