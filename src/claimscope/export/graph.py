"""Actor-statement graphs as GEXF (Gephi) and GraphML, written with the standard library.

The graph is directed and bipartite: actor nodes and statement nodes, with edges
`actor -[said]-> statement`, `statement -[addressed_to]-> actor` and `statement -[mentions]-> actor`
(an actor named inside the statement's content). Statement nodes and their edges carry the publication
date (`date`, YYYY-MM-DD); in GEXF it is also each dated element's `start`, so Gephi's timeline can play it.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from claimscope import __version__
from claimscope.store import read, read_actors
from claimscope.store.filters import Filters

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

NODE_ATTRS = [  # (key, type)
    ("node_type", "string"), ("name", "string"), ("actor_type", "string"), ("statements", "integer"),
    ("mentions", "integer"), ("documents", "integer"),
    ("kind", "string"), ("speaker", "string"), ("cue", "string"), ("content", "string"), ("document_id", "string"),
    ("title", "string"), ("publisher", "string"), ("url", "string"), ("date", "string"), ("confidence", "double"),
]
EDGE_ATTRS = [("relation", "string"), ("date", "string"), ("document_id", "string"), ("statement_id", "string")]


def xml_text(value) -> str:
    """A value as text XML 1.0 can hold: control characters and lone surrogates dropped."""
    return _XML_BAD.sub("", str(value))


@dataclass
class Graph:
    nodes: dict[str, dict] = field(default_factory=dict)  # id -> {"label": ..., attrs}
    edges: list[tuple[str, str, dict]] = field(default_factory=list)


def build_graph(conn: sqlite3.Connection, filters: Filters | None = None) -> Graph:
    """Actors and the statements matching `filters`, linked by who said, to whom, and about whom."""
    statements, _ = read.select_statements(conn, filters, limit=None, count=False)
    g = Graph()
    actor_ids: set[int] = set()
    by_doc: dict[str, list[dict]] = {}
    for st in statements:
        day = (st.get("published") or "")[:10]
        day = day if _DAY.match(day) else ""
        sid = f"statement:{st['id']}"
        speaker = st.get("speaker_name") or st.get("speaker_text") or ""
        content = st.get("content_text") or ""
        g.nodes[sid] = {
            "label": f"{speaker or '(unattributed)'}: {content[:80]}{'…' if len(content) > 80 else ''}",
            "node_type": "statement", "kind": st["kind"], "speaker": speaker, "cue": st.get("cue_text") or "",
            "content": content, "document_id": st["document_id"], "title": st.get("title") or "",
            "publisher": st.get("publisher") or "", "url": st.get("url") or "", "date": day,
            "confidence": float(st.get("confidence") or 0.0),
        }
        common = {"date": day, "document_id": st["document_id"], "statement_id": st["id"]}
        if st.get("speaker_actor_id") is not None:
            actor_ids.add(st["speaker_actor_id"])
            g.edges.append((f"actor:{st['speaker_actor_id']}", sid, {"relation": "said", **common}))
        if st.get("addressee_actor_id") is not None:
            actor_ids.add(st["addressee_actor_id"])
            g.edges.append((sid, f"actor:{st['addressee_actor_id']}", {"relation": "addressed_to", **common}))
        by_doc.setdefault(st["document_id"], []).append(st)
    for doc_id, sts in by_doc.items():
        mentions = conn.execute('SELECT actor_id, start, "end" FROM mentions WHERE document_id = ?', (doc_id,))
        mentions = list(mentions)
        for st in sts:
            seen = set()
            for actor_id, start, end in mentions:
                if actor_id in seen or actor_id == st.get("speaker_actor_id"):
                    continue
                if any(s <= start and end <= e for s, e in st["content_spans"]):
                    seen.add(actor_id)
                    actor_ids.add(actor_id)
                    day = g.nodes[f"statement:{st['id']}"]["date"]
                    g.edges.append((f"statement:{st['id']}", f"actor:{actor_id}", {
                        "relation": "mentions", "date": day, "document_id": doc_id, "statement_id": st["id"]}))
    actors, _ = read_actors.select_actors(conn, ids=sorted(actor_ids), limit=None) if actor_ids else ([], 0)
    for a in actors:
        g.nodes[f"actor:{a['id']}"] = {"label": a["name"], "node_type": "actor", "name": a["name"],
                                       "actor_type": a["type"] or "", "statements": a["statements"],
                                       "mentions": a["mentions"], "documents": a["documents"]}
    # actors first, then statements, for a readable file
    g.nodes = dict(sorted(g.nodes.items(), key=lambda kv: (kv[1]["node_type"] != "actor", kv[0])))
    return g


def _write(root: ET.Element, out: str | Path) -> None:
    ET.indent(root)
    tree = ET.ElementTree(root)
    with open(out, "wb") as fh:
        tree.write(fh, encoding="utf-8", xml_declaration=True)


def _value(value, type_: str) -> str:
    if type_ in ("integer", "int", "long"):
        return str(int(value))
    if type_ == "double":
        return repr(float(value))
    return xml_text(value)


def write_gexf(g: Graph, out: str | Path) -> tuple[int, int]:
    """GEXF 1.2 (Gephi, networkx.read_gexf); returns (nodes, edges)."""
    ns = "http://www.gexf.net/1.2draft"
    root = ET.Element("gexf", {"xmlns": ns, "version": "1.2"})
    meta = ET.SubElement(root, "meta", {"lastmodifieddate": datetime.now(timezone.utc).date().isoformat()})
    ET.SubElement(meta, "creator").text = f"claimscope {__version__}"
    ET.SubElement(meta, "description").text = "Actors and statements: who said what, to whom, about whom"
    graph = ET.SubElement(root, "graph", {"mode": "dynamic", "defaultedgetype": "directed", "timeformat": "date"})
    for cls, attrs in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        el = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
        for i, (key, type_) in enumerate(attrs):
            ET.SubElement(el, "attribute", {"id": str(i), "title": key, "type": type_})
    node_index = {k: str(i) for i, (k, _) in enumerate(NODE_ATTRS)}
    edge_index = {k: str(i) for i, (k, _) in enumerate(EDGE_ATTRS)}
    types = dict(NODE_ATTRS)
    nodes = ET.SubElement(graph, "nodes")
    for nid, data in g.nodes.items():
        attrs = {"id": xml_text(nid), "label": xml_text(data["label"])}
        if data.get("date"):
            attrs["start"] = data["date"]
        node = ET.SubElement(nodes, "node", attrs)
        values = ET.SubElement(node, "attvalues")
        for key, value in data.items():
            if key in node_index and value not in (None, ""):
                ET.SubElement(values, "attvalue", {"for": node_index[key], "value": _value(value, types[key])})
    edges = ET.SubElement(graph, "edges")
    for i, (src, dst, data) in enumerate(g.edges):
        attrs = {"id": str(i), "source": xml_text(src), "target": xml_text(dst), "label": data["relation"]}
        if data.get("date"):
            attrs["start"] = data["date"]
        edge = ET.SubElement(edges, "edge", attrs)
        values = ET.SubElement(edge, "attvalues")
        for key, value in data.items():
            if key in edge_index and value not in (None, ""):
                ET.SubElement(values, "attvalue", {"for": edge_index[key], "value": xml_text(value)})
    _write(root, out)
    return len(g.nodes), len(g.edges)


def write_graphml(g: Graph, out: str | Path) -> tuple[int, int]:
    """GraphML (Gephi, yEd, networkx.read_graphml); returns (nodes, edges)."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {
        "xmlns": ns, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{ns} {ns}/1.0/graphml.xsd"})
    graphml_type = {"string": "string", "integer": "int", "double": "double"}
    keys = {}
    for key, type_ in [("label", "string")] + NODE_ATTRS:
        kid = f"n_{key}"
        keys[("node", key)] = (kid, type_)
        ET.SubElement(root, "key", {"id": kid, "for": "node", "attr.name": key, "attr.type": graphml_type[type_]})
    for key, type_ in [("label", "string")] + EDGE_ATTRS:
        kid = f"e_{key}"
        keys[("edge", key)] = (kid, type_)
        ET.SubElement(root, "key", {"id": kid, "for": "edge", "attr.name": key, "attr.type": graphml_type[type_]})
    graph = ET.SubElement(root, "graph", {"id": "claimscope", "edgedefault": "directed"})
    for nid, data in g.nodes.items():
        node = ET.SubElement(graph, "node", {"id": xml_text(nid)})
        for key, value in data.items():
            if ("node", key) in keys and value not in (None, ""):
                kid, type_ = keys[("node", key)]
                ET.SubElement(node, "data", {"key": kid}).text = _value(value, type_)
    for i, (src, dst, data) in enumerate(g.edges):
        edge = ET.SubElement(graph, "edge", {"id": f"e{i}", "source": xml_text(src), "target": xml_text(dst)})
        for key, value in {"label": data["relation"], **data}.items():
            if ("edge", key) in keys and value not in (None, ""):
                kid, type_ = keys[("edge", key)]
                ET.SubElement(edge, "data", {"key": kid}).text = _value(value, type_)
    _write(root, out)
    return len(g.nodes), len(g.edges)

