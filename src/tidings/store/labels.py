"""One label per actor key, country and CAMEO code, the same in every view.

An actor key is a CAMEO code (``USAGOV``) or, for an actor without one, ``~`` and its lower-cased
name. A code is labelled as :func:`tidings.ontology.actor_labels.actor_label` reads it
("United States government", "civilians (CVL)", "United Nations"); a code it cannot read and an
uncoded actor take the name the store's mentions give it most often (ties: the first name in
sort order), counted over the whole store so a filter never changes a label.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from tidings.errors import OntologyError
from tidings.ontology import cameo
from tidings.ontology.actor_labels import actor_label, country_name
from tidings.store.rows import string_list

_SIDE = """SELECT coalesce({s}_code, '~' || lower(coalesce({s}_name, {s}_text))) AS key,
                  coalesce({s}_name, {s}_text) AS name
           FROM mentions WHERE {s}_text IS NOT NULL"""


def most_frequent_names(conn: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> dict[str, str]:
    """For each actor key, the name the store's mentions give it most often."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    sql = f"""
        SELECT key, name FROM (
            SELECT key, name, count(*) AS n FROM ({_SIDE.format(s="source")} UNION ALL {_SIDE.format(s="target")})
            WHERE list_contains({string_list(wanted)}, key) GROUP BY ALL)
        QUALIFY row_number() OVER (PARTITION BY key ORDER BY n DESC, name) = 1"""
    return {key: name for key, name in conn.execute(sql).fetchall() if name}


def actor_labels(conn: duckdb.DuckDBPyConnection, keys: Iterable[str | None]) -> dict[str, str]:
    """Labels of actor keys (codes or ``~name`` keys); a key nothing names is left out."""
    labels: dict[str, str] = {}
    unread: list[str] = []
    for key in {k for k in keys if k}:
        label = None if key.startswith("~") else actor_label(key)
        if label:
            labels[key] = label
        else:
            unread.append(key)
    labels.update(most_frequent_names(conn, unread))
    return labels


def country_label(code: str | None) -> str | None:
    """A country's name (or a CAMEO region's), or None."""
    return country_name(code)


def cameo_label(code: str | None) -> str | None:
    """The name of a CAMEO event code or root, in sentence case ("04" -> "Consult"), or None."""
    if not code:
        return None
    try:
        name = cameo(code).name
    except OntologyError:
        return None
    return name.capitalize() if name.isupper() else name  # the codebook writes root names in capitals
