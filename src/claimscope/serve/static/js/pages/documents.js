// Articles list with full-text search, publisher and date filters.
import {
  api, clear, emptyState, filterForm, fmtDate, fmtNumber, h, marked, pager, queryParams, readerLink, setTitle,
  shorten,
} from "../dom.js";

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
  const res = await api("/api/documents", { ...filters, limit, offset });
  const card = h("section", { class: "card flush" });
  root.appendChild(card);
  if (!res.items.length) {
    card.appendChild(emptyState("No articles match."));
    return;
  }
  card.appendChild(pager(res, filters, "/documents"));
  const body = h("tbody");
  for (const d of res.items) {
    body.appendChild(
      h("tr", null,
        h("td", null, readerLink(d.id, null, shorten(d.title || d.id, 120)), d.snippet ? h("div", { class: "snippet small" }, marked(d.snippet, res.snippet_marks)) : null),
        h("td", null, d.publisher || ""),
        h("td", { class: "nowrap" }, fmtDate(d.published)),
        h("td", { class: "num" }, fmtNumber(d.statements))),
    );
  }
  card.appendChild(
    h("div", { class: "table-wrap" },
      h("table", { class: "table" }, h("thead", null, h("tr", null, ["Title", "Publisher", "Published", "Statements"].map((t) => h("th", null, t)))), body)),
  );
  card.appendChild(pager(res, filters, "/documents"));
}
