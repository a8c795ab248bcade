// Actors list, and one actor: what it said, what others said about it, roles over time, whom it speaks about.
import {
  actorLink, api, clear, emptyState, filterForm, fmtDate, fmtNumber, h, pager, path, queryParams, readerLink,
  section, setTitle, statementCard, typeBadge, withQuery,
} from "../dom.js";
import { downloadLinks, facetPanel, sortHeader, withFacets } from "../lists.js";

export async function actorsPage(root) {
  const params = queryParams();
  const limit = Math.min(Math.max(Number(params.limit) || 50, 5), 200);
  const offset = Number(params.offset || 0) || 0;
  const stats = await api("/api/stats");
  const filters = {};
  for (const k of ["search", "type", "sort", "limit"]) if (params[k]) filters[k] = params[k];
  setTitle("Actors");
  clear(root);
  root.appendChild(h("h1", null, "Actors"));
  root.appendChild(
    filterForm("/actors", [
      { name: "search", label: "Name", placeholder: "e.g. Ruiz", wide: true },
      { name: "type", label: "Type", options: [["", "any"], ...stats.actor_types.map((t) => [t.type, `${t.type} (${fmtNumber(t.actors)})`])] },
      { name: "sort", label: "Sort", options: [["", "most statements"], ["mentions", "most mentions"], ["documents", "most articles"], ["name", "name A–Z"]] },
    ], params),
  );
  const res = await api("/api/actors", { ...filters, limit, offset });
  const card = h("section", { class: "card flush" });
  const types = (stats.actor_types || []).map((t) => ({ value: t.type, label: t.type, count: t.actors, params: { type: t.type } }));
  root.appendChild(withFacets(facetPanel({ type: types }, filters, "/actors", { type: "Type" }), card));
  if (!res.items.length) {
    card.appendChild(emptyState("No actors match."));
    return;
  }
  card.appendChild(pager(res, filters, "/actors"));
  card.appendChild(downloadLinks("/api/actors", filters, "actors"));
  // counts sort most first; the name sorts A-Z, then Z-A
  const sorted = (label, key, descending) => sortHeader(label, key, filters, "/actors", descending);
  const body = h("tbody");
  for (const a of res.items) {
    body.appendChild(
      h("tr", null,
        h("td", null, actorLink(a.id, a.name)),
        h("td", null, typeBadge(a.type)),
        h("td", { class: "num" }, fmtNumber(a.statements)),
        h("td", { class: "num" }, fmtNumber(a.addressed)),
        h("td", { class: "num" }, fmtNumber(a.mentions)),
        h("td", { class: "num" }, fmtNumber(a.documents))),
    );
  }
  card.appendChild(
    h("div", { class: "table-wrap" },
      h("table", { class: "table" },
        h("thead", null, h("tr", null, sorted("Name", "name"), h("th", null, "Type"), sorted("Statements", "statements", false),
          h("th", null, "Addressed"), sorted("Mentions", "mentions", false), sorted("Articles", "documents", false))),
        body)),
  );
  card.appendChild(pager(res, filters, "/actors"));
}

function statementList(page, empty) {
  if (!page.items.length) return [emptyState(empty)];
  return page.items.map((st) => statementCard(st, { max: 320 }));
}

function rolesView(roles) {
  if (!roles.length) {
    return emptyState("No roles recorded for this actor.", "Roles (titles, affiliations) appear here with the date of the article that gave them.");
  }
  // one row per distinct role: first and last seen, with the articles
  const byRole = new Map();
  for (const r of roles) {
    const entry = byRole.get(r.role) || { role: r.role, first: r.date, last: r.date, docs: [] };
    if (r.date && (!entry.first || r.date < entry.first)) entry.first = r.date;
    if (r.date && (!entry.last || r.date > entry.last)) entry.last = r.date;
    entry.docs.push(r);
    byRole.set(r.role, entry);
  }
  return h(
    "ol",
    { class: "roles" },
    [...byRole.values()].map((e) =>
      h("li", null,
        h("span", { class: "role-dates" }, e.first ? (e.first === e.last ? fmtDate(e.first) : `${fmtDate(e.first)} – ${fmtDate(e.last)}`) : "undated"),
        h("span", { class: "role-name" }, e.role),
        h("span", { class: "muted small" }, " in ", readerLink(e.docs[0].document_id, null, e.docs[0].title || e.docs[0].document_id),
          e.docs.length > 1 ? ` and ${e.docs.length - 1} more` : "")),
    ),
  );
}

function relations(edges, actorId, nodes) {
  const name = new Map(nodes.map((n) => [n.id, n]));
  const about = edges.filter((e) => e.source === actorId).sort((a, b) => b.statements - a.statements).slice(0, 12);
  const by = edges.filter((e) => e.target === actorId).sort((a, b) => b.statements - a.statements).slice(0, 12);
  const list = (items, key) =>
    items.length
      ? h("ul", { class: "plain" }, items.map((e) => {
          const n = name.get(e[key]) || {};
          return h("li", null, actorLink(e[key], n.name), " ", typeBadge(n.type), h("span", { class: "count" }, `${e.statements}`));
        }))
      : h("p", { class: "muted" }, "nobody");
  return h("div", { class: "grid2 tight" }, h("div", null, h("h3", null, "Speaks about"), list(about, "target")), h("div", null, h("h3", null, "Spoken about by"), list(by, "source")));
}

export async function actorPage(root, id) {
  const params = queryParams();
  const offset = Number(params.offset || 0) || 0;
  const limit = Math.min(Math.max(Number(params.limit) || 10, 5), 100);
  const keep = params.limit ? { limit } : {};
  const [res, net] = await Promise.all([
    api(path("api", "actors", id), { limit, offset }),
    api("/api/network", { actor: id, max_edges: 500 }),
  ]);
  const a = res.actor;
  setTitle(a.name);
  clear(root);
  root.appendChild(
    h("div", { class: "page-head" },
      h("h1", null, a.name, " ", typeBadge(a.type)),
      h("div", { class: "facts" },
        h("span", null, h("b", null, fmtNumber(a.statements)), " statements"),
        h("span", null, h("b", null, fmtNumber(res.about.total)), " statements about it"),
        h("span", null, h("b", null, fmtNumber(a.mentions)), " mentions"),
        h("span", null, h("b", null, fmtNumber(a.documents)), " articles"),
        h("a", { href: withQuery("/statements", { actor: a.id }) }, "All statements involving it →"),
        h("a", { href: withQuery("/network", { actor: a.id }) }, "Its network →"))),
  );
  const said = section(`What ${a.name} said (${fmtNumber(res.said.total)})`, statementList(res.said, "No statements by this actor."));
  if (res.said.total > limit) said.appendChild(pager(res.said, keep, path("actors", a.id)));
  const about = section(`What others said about ${a.name} (${fmtNumber(res.about.total)})`, statementList(res.about, "Nobody else speaks about this actor."));
  if (res.about.total > limit) about.appendChild(pager(res.about, keep, path("actors", a.id)));
  const side = h("div", null,
    section("Roles over time", rolesView(res.roles)),
    section("Who speaks about whom", relations(net.edges, a.id, net.nodes)));
  root.appendChild(h("div", { class: "grid-main" }, h("div", null, said, about), side));
}
