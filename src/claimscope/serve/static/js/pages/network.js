// Network: who speaks about whom (speaker -> actors mentioned in what it says). Force layout drawn as SVG.
import {
  actorLink, api, clear, emptyState, filterForm, fmtNumber, h, path, queryParams, section, setTitle, typeBadge,
  typeColor, withQuery, TYPE_COLORS,
} from "../dom.js";

function components(n, links) {
  const parent = [...Array(n).keys()];
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [a, b] of links) parent[find(a)] = find(b);
  const groups = new Map();
  for (let i = 0; i < n; i++) (groups.get(find(i)) || groups.set(find(i), []).get(find(i))).push(i);
  return [...groups.values()].sort((p, q) => q.length - p.length || p[0] - q[0]);
}

/** Fruchterman-Reingold for one connected group, in units where the ideal edge length is 1. */
function forceLayout(members, links) {
  const m = members.length;
  const local = new Map(members.map((g, i) => [g, i]));
  const ls = links.filter(([a]) => local.has(a)).map(([a, b, w]) => [local.get(a), local.get(b), w]);
  const x = new Float64Array(m), y = new Float64Array(m);
  const deg = new Float64Array(m);
  for (const [a, b] of ls) {
    deg[a] += 1;
    deg[b] += 1;
  }
  const mass = [...deg].map((d) => (d + 1) ** 0.75);
  for (let i = 0; i < m; i++) {
    const a = i * 2.399963, r = 0.6 * Math.sqrt(i + 0.5);
    x[i] = r * Math.cos(a);
    y[i] = r * Math.sin(a);
  }
  if (m === 1) return { x, y };
  let t = Math.max(Math.sqrt(m) * 0.5, 0.5);
  for (let it = 0; it < 350; it++) {
    const fx = new Float64Array(m), fy = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        const dx = x[i] - x[j], dy = y[i] - y[j];
        const f = (mass[i] * mass[j]) / Math.max(dx * dx + dy * dy, 1e-4); // hubs push harder: their
        fx[i] += dx * f; fy[i] += dy * f; // neighbours spread round them instead of piling up
        fx[j] -= dx * f; fy[j] -= dy * f;
      }
    }
    for (const [a, b, w] of ls) {
      const dx = x[a] - x[b], dy = y[a] - y[b];
      const d = Math.sqrt(dx * dx + dy * dy);
      const f = d * (1 + 0.3 * Math.log(w));
      fx[a] -= dx * f; fy[a] -= dy * f;
      fx[b] += dx * f; fy[b] += dy * f;
    }
    for (let i = 0; i < m; i++) {
      fx[i] -= 0.05 * x[i];
      fy[i] -= 0.05 * y[i];
      const d = Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]) || 1;
      x[i] += (fx[i] / d) * Math.min(d, t);
      y[i] += (fy[i] / d) * Math.min(d, t);
    }
    t = Math.max(t * 0.985, 0.01);
  }
  // turn the group so that its long axis is horizontal: the canvas is wider than tall
  const mx = x.reduce((a, b) => a + b, 0) / m, my = y.reduce((a, b) => a + b, 0) / m;
  let sxx = 0, syy = 0, sxy = 0;
  for (let i = 0; i < m; i++) {
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
  }
  const angle = -0.5 * Math.atan2(2 * sxy, sxx - syy);
  const c = Math.cos(angle), sn = Math.sin(angle);
  for (let i = 0; i < m; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    x[i] = dx * c - dy * sn;
    y[i] = dx * sn + dy * c;
  }
  return { x, y };
}

/**
 * A deterministic layout: each connected group of actors laid out on its own by forces, then the groups
 * packed in rows, biggest first, and the whole fitted into W x H. Returns one {x, y} per node.
 */
export function layout(nodes, edges, W, H) {
  const n = nodes.length;
  const idx = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map((e) => [idx.get(e.source), idx.get(e.target), e.statements]).filter(([a, b]) => a !== undefined && b !== undefined);
  const out = nodes.map(() => ({ x: 0, y: 0 }));
  if (!n) return out;
  const boxes = components(n, links).map((members) => {
    const { x, y } = forceLayout(members, links);
    const x0 = Math.min(...x), y0 = Math.min(...y);
    return { members, x: [...x].map((v) => v - x0), y: [...y].map((v) => v - y0), w: Math.max(...x) - x0, h: Math.max(...y) - y0 };
  });
  const gap = 1.2;
  const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0);
  const rowWidth = Math.max(boxes[0].w + gap, Math.sqrt(area * (W / H)));
  let cx = 0, cy = 0, rowH = 0;
  for (const b of boxes) {
    if (cx > 0 && cx + b.w > rowWidth) {
      cx = 0;
      cy += rowH + gap;
      rowH = 0;
    }
    b.ox = cx;
    b.oy = cy;
    cx += b.w + gap;
    rowH = Math.max(rowH, b.h);
  }
  const totalW = Math.max(...boxes.map((b) => b.ox + b.w)), totalH = Math.max(...boxes.map((b) => b.oy + b.h));
  const pad = 60;
  const s = Math.min((W - 2 * pad) / Math.max(totalW, 1), (H - 2 * pad) / Math.max(totalH, 1), 120);
  const offX = (W - totalW * s) / 2, offY = (H - totalH * s) / 2;
  for (const b of boxes) {
    b.members.forEach((g, i) => {
      out[g] = { x: offX + (b.ox + b.x[i]) * s, y: offY + (b.oy + b.y[i]) * s };
    });
  }
  return out;
}

function draw(nodes, edges) {
  const W = 1200, H = 760;
  const pos = layout(nodes, edges, W, H);
  const idx = new Map(nodes.map((d, i) => [d.id, i]));
  const degree = new Map();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) || 0) + e.statements);
    degree.set(e.target, (degree.get(e.target) || 0) + e.statements);
  }
  const radius = (d) => 5 + Math.min(Math.sqrt(degree.get(d.id) || 1) * 2.2, 22);
  const maxW = Math.max(...edges.map((e) => e.statements), 1);
  const svg = h("svg:svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": "who speaks about whom" });
  const defs = h("svg:defs", null,
    h("svg:marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      h("svg:path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead" })));
  svg.appendChild(defs);
  const gEdges = h("svg:g", { class: "edges" });
  for (const e of edges) {
    const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
    if (!a || !b) continue;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const rb = radius(nodes[idx.get(e.target)]) + 3;
    const ra = radius(nodes[idx.get(e.source)]);
    const s = nodes[idx.get(e.source)], t = nodes[idx.get(e.target)];
    gEdges.appendChild(
      h("svg:line", {
        x1: a.x + (dx / d) * ra, y1: a.y + (dy / d) * ra, x2: b.x - (dx / d) * rb, y2: b.y - (dy / d) * rb,
        "stroke-width": 1 + (3 * e.statements) / maxW, "marker-end": "url(#arrow)", class: "edge",
      }, h("svg:title", null, `${s.name} → ${t.name}: ${e.statements} statement(s)`)),
    );
  }
  svg.appendChild(gEdges);
  const ranked = [...nodes].sort((p, q) => (degree.get(q.id) || 0) - (degree.get(p.id) || 0));
  const labelled = new Set(ranked.slice(0, 45).map((d) => d.id));
  const gNodes = h("svg:g", { class: "nodes" });
  const gLabels = h("svg:g", { class: "labels" });
  // labels of the best-connected actors first; one that would overlap a label already placed is left out
  const placed = [];
  const labelBox = (d, p, r) => {
    const w = Math.min(d.name.length, 28) * 6.6 + 4;
    return { x0: p.x - w / 2, x1: p.x + w / 2, y0: p.y + r + 2, y1: p.y + r + 17 };
  };
  const placeLabel = (d, p, r) => {
    const b = labelBox(d, p, r);
    if (placed.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1)) return false;
    placed.push(b);
    return true;
  };
  const rank = new Map(ranked.map((d, i) => [d.id, i]));
  const byRank = nodes.map((d, i) => [d, i]).sort((a, b) => rank.get(a[0].id) - rank.get(b[0].id));
  byRank.forEach(([d, i]) => {
    const p = pos[i];
    const r = radius(d);
    const tip = `${d.name}${d.type ? " (" + d.type + ")" : ""}: ${d.statements} statements, ${d.mentions} mentions`;
    gNodes.appendChild(h("svg:a", { href: path("actors", d.id), class: "node" },
      h("svg:circle", { cx: p.x, cy: p.y, r, fill: typeColor(d.type) }, h("svg:title", null, tip))));
    if (labelled.has(d.id) && placeLabel(d, p, r)) {
      gLabels.appendChild(h("svg:a", { href: path("actors", d.id), class: "node" },
        h("svg:text", { x: p.x, y: p.y + r + 13, "text-anchor": "middle", class: "node-label" }, d.name.length > 28 ? d.name.slice(0, 27) + "…" : d.name)));
    }
  });
  svg.appendChild(gNodes);
  svg.appendChild(gLabels);
  return svg;
}

/** The nodes and edges of groups of three or more actors (all of them when no such group exists). */
function connected(nodes, edges) {
  const idx = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map((e) => [idx.get(e.source), idx.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const groups = components(nodes.length, links);
  const keep = new Set(groups.filter((g) => g.length >= 3).flat().map((i) => nodes[i].id));
  if (!keep.size) return { nodes, edges, hidden: 0 };
  return { nodes: nodes.filter((d) => keep.has(d.id)), edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    hidden: nodes.length - keep.size };
}

export async function networkPage(root) {
  const params = queryParams();
  const query = {};
  for (const k of ["actor", "speaker", "search", "date_from", "date_to", "kind", "min_weight", "max_edges"]) if (params[k]) query[k] = params[k];
  if (!query.max_edges) query.max_edges = 120;
  const res = await api("/api/network", query);
  setTitle("Network");
  clear(root);
  root.appendChild(h("h1", null, "Who speaks about whom"));
  root.appendChild(
    filterForm("/network", [
      { name: "actor", label: "Around actor", placeholder: "name or id" },
      { name: "speaker", label: "Speaker", placeholder: "name" },
      { name: "search", label: "Words in content" },
      { name: "date_from", label: "From", placeholder: "YYYY-MM-DD" },
      { name: "date_to", label: "To", placeholder: "YYYY-MM-DD" },
      { name: "min_weight", label: "At least", options: [["", "1 statement"], ["2", "2 statements"], ["3", "3 statements"], ["5", "5 statements"]] },
      { name: "max_edges", label: "Links shown", options: [["", "120"], ["50", "50"], ["250", "250"], ["500", "500"]] },
    ], params),
  );
  const card = section(null);
  root.appendChild(card);
  if (!res.edges.length) {
    card.appendChild(emptyState("Nobody speaks about anybody here", "Edges link a speaker to the actors mentioned in what it says; try other filters."));
    return;
  }
  // pairs linked to nothing else would fill the canvas in rows: hidden unless asked for (?small=1)
  const { nodes, edges, hidden } = params.small ? { nodes: res.nodes, edges: res.edges, hidden: 0 } : connected(res.nodes, res.edges);
  card.appendChild(h("p", { class: "muted small" },
    `${fmtNumber(nodes.length)} actors, ${fmtNumber(edges.length)} of ${fmtNumber(res.total_edges)} links (strongest first). `,
    "An arrow runs from a speaker to an actor mentioned in what it said; thicker means more statements. Click an actor to open it. ",
    hidden ? h("a", { href: withQuery("/network", { ...params, small: "1" }), class: "show-small" }, `Show ${fmtNumber(hidden)} actors linked only in pairs`) : null));
  card.appendChild(h("div", { class: "network-wrap" }, draw(nodes, edges)));
  card.appendChild(h("div", { class: "legend" }, Object.keys(TYPE_COLORS).map((t) => h("span", { class: "legend-item" }, typeBadge(t))), h("span", { class: "legend-item" }, h("span", { class: "badge type" }, "other"))));
  const names = new Map(res.nodes.map((n) => [n.id, n]));
  const body = h("tbody");
  for (const e of res.edges.slice(0, 30)) {
    const s = names.get(e.source) || {}, t = names.get(e.target) || {};
    body.appendChild(h("tr", null, h("td", null, actorLink(e.source, s.name)), h("td", { class: "muted" }, "→"), h("td", null, actorLink(e.target, t.name)),
      h("td", { class: "num" }, h("a", { href: withQuery("/statements", { speaker: s.name, actor: e.target }) }, fmtNumber(e.statements)))));
  }
  root.appendChild(section("Strongest links", h("div", { class: "table-wrap" }, h("table", { class: "table" },
    h("thead", null, h("tr", null, ["Speaker", "", "About", "Statements"].map((x) => h("th", null, x)))), body))));
}
