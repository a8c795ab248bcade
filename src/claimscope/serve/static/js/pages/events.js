// Events across the store: who did what to whom, PLOVER type, size, date, status and source; filters by actor,
// type and status, facets, sortable columns and a download of the view.
import { api, emptyState, filterForm, fmtDate, h, pager, readerLink, shorten } from "../dom.js";
import { downloadLinks, facetPanel, sortHeader, startListPage, withFacets } from "../lists.js";

const KEYS = ["actor", "type", "status", "sort"];

function sizeText(size) {
  if (size === null || size === undefined || size === "") return "";
  return typeof size === "object" ? String(size.text || size.value || "") : String(size);
}

export async function eventsPage(root) {
  const { params, filters, offset } = startListPage(root, "Events", KEYS);
  root.appendChild(filterForm("/events", [
    { name: "actor", label: "Actor", placeholder: "name" },
    { name: "type", label: "PLOVER type", placeholder: "e.g. PROTEST" },
    { name: "status", label: "Status", options: [["", "any"], ["done", "done"], ["ongoing", "ongoing"], ["planned", "planned"], ["possible", "possible"], ["negated", "negated"], ["denied", "denied"]] },
  ], params));
  const res = await api("/api/events", { ...filters, limit: 50, offset });
  if (!res.computed) {
    root.appendChild(h("section", { class: "card" }, emptyState("No events yet", res.message || "")));
    return;
  }
  const card = h("section", { class: "card flush" });
  root.appendChild(withFacets(facetPanel(res.facets, filters, "/events", { type: "Type", actor: "Actor", status: "Status" }), card));
  if (!res.items.length) {
    card.appendChild(emptyState("No events match these filters."));
    return;
  }
  card.appendChild(pager(res, filters, "/events"));
  card.appendChild(downloadLinks("/api/events", filters, "events"));
  const sorted = (label, key, descending) => sortHeader(label, key, filters, "/events", descending);
  const body = h("tbody");
  for (const e of res.items) {
    body.appendChild(
      h("tr", null,
        h("td", null, e.actor || h("span", { class: "muted" }, "—")),
        h("td", null, readerLink(e.document_id, e.statement_id, e.action || e.lemma || "")),
        h("td", null, e.recipient || e.what || ""),
        h("td", null, e.type || h("span", { class: "muted" }, "untyped")),
        h("td", null, sizeText(e.size)),
        h("td", { class: "nowrap" }, e.date_value || e.date_text || fmtDate(e.published)),
        h("td", null, e.status || ""),
        h("td", null, e.source || e.speaker || e.publisher || ""),
        h("td", { class: "article-cell" }, readerLink(e.document_id, null, shorten(e.title || e.document_id, 60)))),
    );
  }
  card.appendChild(h("div", { class: "table-wrap" }, h("table", { class: "table events-table" },
    h("thead", null, h("tr", null, sorted("Who", "actor"), h("th", null, "Did"), h("th", null, "To whom / what"),
      sorted("Type", "type"), h("th", null, "Size"), sorted("When", "published"), sorted("Status", "status", false),
      h("th", null, "Source"), h("th", null, "Article"))), body)));
  card.appendChild(pager(res, filters, "/events"));
}
