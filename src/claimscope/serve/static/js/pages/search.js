// Search: one box over articles, statements and actors; without a query, what the store holds.
import {
  actorLink, api, clear, emptyState, fmtDate, fmtNumber, h, marked, path, queryParams, readerLink, section,
  setTitle, shorten, statementCard, typeBadge, withQuery,
} from "../dom.js";

function searchBox(q) {
  const input = h("input", { type: "search", name: "q", id: "q", placeholder: "Search articles, statements and actors…", autocomplete: "off", "aria-label": "search" });
  input.value = q || "";
  const form = h("form", { class: "searchbox", method: "get", action: "/", role: "search" }, input, h("button", { class: "btn", type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    window.location.assign(withQuery("/", { q: input.value.trim() }));
  });
  return form;
}

function statCard(label, value, href) {
  return h("a", { class: "stat", href }, h("div", { class: "stat-value" }, fmtNumber(value)), h("div", { class: "stat-label" }, label));
}

async function overview(root) {
  const [stats, speakers, docs] = await Promise.all([
    api("/api/stats"),
    api("/api/actors", { limit: 12, sort: "statements" }),
    api("/api/documents", { limit: 8, sort: "-statements" }),
  ]);
  const range = stats.first_published
    ? `${fmtDate(stats.first_published)} – ${fmtDate(stats.last_published)} (${fmtNumber(stats.dated_documents)} dated)`
    : "no publication dates";
  root.appendChild(
    h("div", { class: "stats" },
      statCard("articles", stats.documents, "/documents"),
      statCard("statements", stats.statements, "/statements"),
      statCard("actors", stats.actors, "/actors"),
      statCard("actor mentions", stats.mentions, "/network")),
  );
  root.appendChild(h("p", { class: "muted center" }, "Publication dates: ", range));
  const grid = h("div", { class: "grid2" });
  grid.appendChild(
    section("Most quoted",
      h("ol", { class: "ranked" },
        speakers.items.map((a) => h("li", null, actorLink(a.id, a.name), " ", typeBadge(a.type),
          h("span", { class: "count" }, `${fmtNumber(a.statements)} statements`))))),
  );
  grid.appendChild(
    section("Articles with the most statements",
      h("ol", { class: "ranked" },
        docs.items.map((d) => h("li", null, readerLink(d.id, null, shorten(d.title || d.id, 80)),
          h("span", { class: "count" }, `${fmtNumber(d.statements)}`))))),
  );
  root.appendChild(grid);
}

export async function searchPage(root) {
  const { q } = queryParams();
  setTitle(q ? `“${q}”` : "Search");
  clear(root);
  root.appendChild(h("div", { class: "hero" }, h("h1", null, "Who claims what"), searchBox(q)));
  if (!q) return overview(root);
  const res = await api("/api/search", { q, limit: 10 });
  const marks = res.snippet_marks;
  const docs = section(`Articles (${fmtNumber(res.documents.total)})`);
  if (!res.documents.items.length) docs.appendChild(emptyState("No articles match."));
  for (const d of res.documents.items) {
    docs.appendChild(
      h("div", { class: "hit" },
        h("div", { class: "hit-title" }, readerLink(d.id, null, d.title || d.id)),
        h("div", { class: "hit-meta" }, [d.publisher, fmtDate(d.published), `${d.statements} statements`].filter(Boolean).join(" · ")),
        h("div", { class: "snippet" }, marked(d.snippet, marks))),
    );
  }
  if (res.documents.total > res.documents.items.length) {
    docs.appendChild(h("a", { class: "more", href: withQuery("/documents", { q }) }, `All ${fmtNumber(res.documents.total)} articles →`));
  }
  const sts = section(`Statements (${fmtNumber(res.statements.total)})`);
  if (!res.statements.items.length) sts.appendChild(emptyState("No statements match."));
  for (const st of res.statements.items) sts.appendChild(statementCard(st, { max: 300 }));
  if (res.statements.total > res.statements.items.length) {
    sts.appendChild(h("a", { class: "more", href: withQuery("/statements", { search: q }) }, `All ${fmtNumber(res.statements.total)} statements →`));
  }
  const actors = section(`Actors (${fmtNumber(res.actors.total)})`);
  if (!res.actors.items.length) actors.appendChild(emptyState("No actor names match."));
  actors.appendChild(
    h("div", { class: "chips" },
      res.actors.items.map((a) => h("a", { class: "chip", href: path("actors", a.id) }, a.name, " ", typeBadge(a.type), h("span", { class: "count" }, String(a.statements))))),
  );
  root.appendChild(h("div", { class: "grid-main" }, h("div", null, docs, sts), h("div", null, actors)));
}
