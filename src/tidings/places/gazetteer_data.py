"""The packaged gazetteer file: its columnar layout, encoding and loading.

``places/data/gazetteer.json.gz`` (built by ``scripts/build_place_data.py``) holds the countries,
one column per attribute of the other places (GeoNames id, coordinates in 1e-4 degrees,
population, country, admin1 code, kind) as base64 little-endian int32 arrays, the places' names
joined by newlines, and the sorted lookup keys with their postings (row << 2 | bare << 1 | primary).
Nothing is turned into objects at load time: :class:`GazetteerData` answers by row number.
"""

from __future__ import annotations

import base64
import bisect
import gzip
import json
import sys
from array import array
from dataclasses import dataclass
from importlib import resources
from typing import Any

from tidings.errors import OntologyError

FEATURE_CODES: dict[str, int] = {"country": 0, "city": 1, "adm1": 2, "region": 3, "landmark": 4, "water": 5}
FEATURE_NAMES: tuple[str, ...] = tuple(FEATURE_CODES)
FEATURE_CLASS: dict[str, str] = {"country": "A", "city": "P", "adm1": "A", "region": "L", "landmark": "S",
                                 "water": "H"}
"""GeoNames feature class of each kind of place."""
CAPITAL_FLAG = 8
NO_COORDINATE = -(2**31)


def encode_ints(values: list[int]) -> str:
    """A list of int32 as base64 of little-endian bytes."""
    data = array("i", values)
    if sys.byteorder == "big":
        data.byteswap()
    return base64.b64encode(data.tobytes()).decode("ascii")


def decode_ints(text: str) -> array[int]:
    """The inverse of :func:`encode_ints`."""
    data = array("i")
    data.frombytes(base64.b64decode(text))
    if sys.byteorder == "big":
        data.byteswap()
    return data


@dataclass(frozen=True)
class GazetteerData:
    """The decoded file: country records, place columns and the name index (read-only)."""

    countries: tuple[tuple[Any, ...], ...]
    names: tuple[str, ...]
    columns: dict[str, array[int]]
    adm1_codes: tuple[str, ...]
    keys: tuple[str, ...]
    offsets: array[int]
    postings: array[int]
    demonyms: dict[str, str]

    def lookup(self, key: str) -> list[int]:
        """The postings of a lookup key (empty when the key is unknown)."""
        i = bisect.bisect_left(self.keys, key)
        if i == len(self.keys) or self.keys[i] != key:
            return []
        return list(self.postings[self.offsets[i]:self.offsets[i + 1]])


def read_packaged() -> GazetteerData:
    """Read and decode the packaged gazetteer file."""
    try:
        blob = resources.files("tidings.places").joinpath("data", "gazetteer.json.gz").read_bytes()
    except FileNotFoundError as exc:
        raise OntologyError("packaged gazetteer gazetteer.json.gz is missing; run scripts/build_place_data.py") from exc
    raw: dict[str, Any] = json.loads(gzip.decompress(blob))
    return GazetteerData(
        countries=tuple(tuple(c) for c in raw["countries"]), names=tuple(raw["names"].split("\n")),
        columns={name: decode_ints(text) for name, text in raw["columns"].items()},
        adm1_codes=tuple(raw["adm1_codes"]), keys=tuple(raw["keys"].split("\n")),
        offsets=decode_ints(raw["offsets"]), postings=decode_ints(raw["postings"]), demonyms=dict(raw["demonyms"]))
