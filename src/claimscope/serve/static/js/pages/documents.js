// Articles list with full-text search, publisher and date filters, facets, sortable columns, story and
// duplicate flags, and a download of the view.
import {
  api, badge, clear, emptyState, filterForm, fmtDate, fmtNumber, h, marked, pager, path, queryParams, readerLink,
  setTitle, shorten,
} from "../dom.js";
import { downloadLinks, facetPanel, sortHeader, withFacets } from "../lists.js";

export async function documentsPage(root) {
  const params = queryParams();
  const limit = Math.min(Math.max(Number(params.limit) || 50, 5), 200);
  const offset = Number(params.offset || 0) || 0;
  const filters = {};
  for (const k of ["q", "publisher", "date_from", "date_to", "sort", "speaker", "actor", "limit"]) if (params[k]) filters[k] = params[k];
  setTitle("Articles");
  clear(root);
  root.appendChild(h("h1", null, "Articles"));
  root.appendChild(
    filterForm("/documents", [
      { name: "q", label: "Words in title or text", wide: true },
      { name: "publisher", label: "Publisher" },
      { name: "speaker", label: "Quotes speaker" },
      { name: "date_from", label: "From", placeholder: "YYYY-MM-DD" },
      { name: "date_to", label: "To", placeholder: "YYYY-MM-DD" },
      { name: "sort", label: "Sort", options: [["", "default"], ["-published", "newest"], ["published", "oldest"], ["title", "title A–Z"], ["-statements", "most statements"], ["added", "order added"]] },
    ], params),
  );
  const [res, facetRes] = await Promise.all([
    api("/api/documents", { ...filters, limit, offset }),
    api("/api/facets/documents", { ...filters, q: null, sort: null, limit: null }),
  ]);
  const card = h("section", { class: "card flush" });
  root.appendChild(withFacets(facetPanel(facetRes.facets, filters, "/documents", { publisher: "Outlet", month: "Month" }), card));
  if (!res.items.length) {
    card.appendChild(emptyState("No articles match."));
    return;
  }
  card.appendChild(pager(res, filters, "/documents"));
  card.appendChild(downloadLinks("/api/documents", filters, "articles"));
  const body = h("tbody");
  for (const d of res.items) {
    body.appendChild(
      h("tr", null,
        h("td", null, readerLink(d.id, null, shorten(d.title || d.id, 120)),
          d.duplicate_of ? h("span", null, " ", badge("duplicate", "dup"), " of ", readerLink(d.duplicate_of, null, "the first copy")) : null,
          d.snippet ? h("div", { class: "snippet small" }, marked(d.snippet, res.snippet_marks)) : null),
        h("td", null, d.publisher || ""),
        h("td", { class: "nowrap" }, fmtDate(d.published)),
        h("td", null, d.story_id
          ? h("a", { href: path("stories", d.story_id), class: "story-link" }, shorten(d.story_label || d.story_id, 40),
            d.story_documents > 1 ? h("span", { class: "muted small" }, ` (${d.story_documents})`) : null)
          : ""),
        h("td", { class: "num" }, fmtNumber(d.statements))),
    );
  }
  const sorted = (label, key) => sortHeader(label, key, filters, "/documents");
  card.appendChild(
    h("div", { class: "table-wrap" },
      h("table", { class: "table" }, h("thead", null, h("tr", null,
        sorted("Title", "title"), h("th", null, "Publisher"), sorted("Published", "published"), h("th", null, "Story"),
        sorted("Statements", "statements"))), body)),
  );
  card.appendChild(pager(res, filters, "/documents"));
}
