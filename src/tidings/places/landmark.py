"""The city a landmark stands in, when the text names both (used by :mod:`tidings.places.locate`).

A landmark of the gazetteer (the White House, the Kremlin, Red Square) has no GeoNames id of its own;
when the same clause names the city around it, the event's place is that city: "During a riot in
Washington, D.C. near the White House, rioters reportedly partly set fire to St. John's Church"
happened in Washington.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from tidings.records import Location

__all__ = ["city_around"]

LANDMARK_CITY_KM = 30.0
"""How far from a landmark a named city may lie and still be the city it stands in."""


def city_around(landmark: Location, places: Iterable[Location]) -> Location | None:
    """The nearest of ``places`` that is a city of the landmark's country within
    :data:`LANDMARK_CITY_KM` of it, else None (also when ``landmark`` is no landmark)."""
    if landmark.feature != "landmark" or landmark.lat is None or landmark.lon is None:
        return None
    near = [(_km(landmark.lat, landmark.lon, p.lat, p.lon), p) for p in places
            if p.feature == "city" and p.country == landmark.country and p.lat is not None and p.lon is not None]
    near = [(km, p) for km, p in near if km <= LANDMARK_CITY_KM]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _km(lat_a: float, lon_a: float, lat_b: float | None, lon_b: float | None) -> float:
    """Great-circle distance between two points, in kilometres (infinite when one is unknown)."""
    if lat_b is None or lon_b is None:
        return math.inf
    lat1, lat2 = math.radians(lat_a), math.radians(lat_b)
    dlat, dlon = lat2 - lat1, math.radians(lon_b - lon_a)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
