"""The actor network of linked events: directed edges weighted by counts and Goldstein,
exportable as GraphML or node-link JSON (d3 / networkx ``node_link_graph`` shape)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree as ET

from pydantic import BaseModel

from tidings.errors import QueryError
from tidings.store.core import Store
from tidings.store.frames import Rows
from tidings.store.labels import actor_labels
from tidings.store.literals import inline
from tidings.store.query import EventFilter, where_clause

_KEY = "coalesce({s}_code, '~' || lower(coalesce({s}_name, {s}_text)))"


class Node(BaseModel):
    id: str
    label: str | None
    country: str | None
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    mentions: int
    goldstein_sum: float
    goldstein_mean: float
    cooperation: int
    conflict: int
    quad_class: int | None = None
    """The quad class most of the edge's events have (a tie goes to the more conflictual class);
    filled in by :func:`with_quad_classes`."""


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]

    def to_json(self) -> str:
        return json.dumps({
            "directed": True, "multigraph": False, "graph": {},
            "nodes": [n.model_dump() for n in self.nodes],
            "links": [e.model_dump() for e in self.edges],
        }, indent=1)

    def to_graphml(self) -> str:
        ns = "http://graphml.graphdrawing.org/xmlns"
        root = ET.Element("graphml", xmlns=ns)
        specs = [("label", "node", "string"), ("country", "node", "string"), ("events", "node", "int")] + [
            (name, "edge", "double" if "goldstein" in name else "int")
            for name in ("events", "mentions", "goldstein_sum", "goldstein_mean", "cooperation", "conflict")
        ]
        for name, domain, kind in specs:
            ET.SubElement(root, "key", {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name,
                                        "attr.type": kind})
        graph = ET.SubElement(root, "graph", id="tidings", edgedefault="directed")
        for n in self.nodes:
            el = ET.SubElement(graph, "node", id=n.id)
            for name in ("label", "country", "events"):
                value = getattr(n, name)
                if value is not None:
                    ET.SubElement(el, "data", key=f"n_{name}").text = str(value)
        for i, e in enumerate(self.edges):
            el = ET.SubElement(graph, "edge", id=f"e{i}", source=e.source, target=e.target)
            for name in ("events", "mentions", "goldstein_sum", "goldstein_mean", "cooperation", "conflict"):
                ET.SubElement(el, "data", key=f"e_{name}").text = str(getattr(e, name))
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

    def node_rows(self) -> Rows[Node]:
        """The nodes, with ``.df()`` and ``.arrow()``."""
        return Rows(self.nodes, Node)

    def edge_rows(self) -> Rows[Edge]:
        """The edges, with ``.df()`` and ``.arrow()``."""
        return Rows(self.edges, Edge)

    def write(self, out: str | Path, fmt: Literal["graphml", "json"] | None = None) -> None:
        out = Path(out)
        fmt = fmt or ("graphml" if out.suffix.lower() == ".graphml" else "json")
        if fmt not in ("graphml", "json"):
            raise QueryError(f"network format {fmt!r} must be graphml or json")
        out.write_text(self.to_graphml() if fmt == "graphml" else self.to_json(), encoding="utf-8")


def network(
    store: Store, *, since: dt.date | None = None, until: dt.date | None = None, min_events: int = 1,
    max_edges: int = 500, base: EventFilter | None = None, status: str | None = None,
) -> Network:
    """Directed actor-to-actor edges among linked events (strongest ``max_edges`` kept); asserted
    events only unless ``status`` (or ``base.status``) says otherwise."""
    changes = {k: v for k, v in {"since": since, "until": until, "status": status}.items() if v is not None}
    f = (base or EventFilter()).model_copy(update=changes)
    f = EventFilter.parse(**f.model_dump()).for_analysis()
    where, params = where_clause(f, "event_id", mentions=False)
    src, tgt = _KEY.format(s="source"), _KEY.format(s="target")
    sql = f"""
        SELECT {src} AS s, {tgt} AS t, any_value(source_country) AS s_country, any_value(target_country) AS t_country,
               count(*) AS events, sum(num_mentions)::BIGINT AS mentions, sum(goldstein) AS gsum,
               avg(goldstein) AS gmean, count(*) FILTER (WHERE quad_class <= 2) AS coop,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict
        FROM events WHERE ({where}) AND source_text IS NOT NULL AND target_text IS NOT NULL
        GROUP BY 1, 2 HAVING count(*) >= {int(min_events)}
        ORDER BY events DESC, s, t LIMIT {int(max_edges)}
    """
    with store.connect() as conn:
        rows = conn.execute(inline(sql, params)).fetchall()
        labels = actor_labels(conn, [k for r in rows for k in r[:2]])  # the labels every view shows
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for s, t, s_country, t_country, events, mentions, gsum, gmean, coop, conflict in rows:
        ends = {s: (labels.get(s), s_country), t: (labels.get(t), t_country)}  # a self-loop counts once
        for key, (label, country) in ends.items():
            node = nodes.setdefault(key, Node(id=key, label=label, country=country, events=0))
            node.events += events
        edges.append(Edge(source=s, target=t, events=events, mentions=mentions, goldstein_sum=round(gsum, 6),
                          goldstein_mean=round(gmean, 6), cooperation=coop, conflict=conflict))
    return Network(nodes=sorted(nodes.values(), key=lambda n: n.id), edges=edges)


def with_quad_classes(store: Store, net: Network, *, base: EventFilter | None = None) -> Network:
    """``net`` with each edge's :attr:`Edge.quad_class`, counted over the events ``base`` selects
    (the filter ``net`` was built with; unpaged here)."""
    f = (base or EventFilter()).model_copy(update={"limit": None, "offset": 0, "cursor": None})
    where, params = where_clause(f, "event_id", mentions=False)
    src, tgt = _KEY.format(s="source"), _KEY.format(s="target")
    sql = f"""
        SELECT {src} AS s, {tgt} AS t, quad_class, count(*) AS events
        FROM events WHERE ({where}) AND source_text IS NOT NULL AND target_text IS NOT NULL
        GROUP BY ALL"""
    with store.connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for s, t, quad, events in rows:
        best[(s, t)] = max(best.get((s, t), (0, 0)), (events, quad))  # ties: the higher class
    edges = [e.model_copy(update={"quad_class": best[(e.source, e.target)][1]}) if (e.source, e.target) in best
             else e for e in net.edges]
    return net.model_copy(update={"edges": edges})
