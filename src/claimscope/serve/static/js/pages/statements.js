// Statements table with filters (speaker, actor, kind, cue, dates, story, contradicted), sorting and pages.
import {
  actorLink, api, clear, emptyState, filterForm, fmtDate, h, kindBadge, note, pager, queryParams, readerLink,
  setTitle, shorten,
} from "../dom.js";
import { downloadLinks, facetPanel, highlight, searchTerms, sortHeader, withFacets } from "../lists.js";

const FACET_TITLES = { speaker: "Speaker", publisher: "Outlet", kind: "Kind", story: "Story", month: "Month" };

export const STATEMENT_FIELDS = [
  { name: "search", label: "Words in content", placeholder: "e.g. budget", wide: true },
  { name: "speaker", label: "Speaker", placeholder: "name" },
  { name: "actor", label: "Actor involved", placeholder: "name or id" },
  { name: "kind", label: "Kind", options: [["", "any"], ["direct", "direct"], ["indirect", "indirect"], ["mixed", "mixed"]] },
  { name: "cue", label: "Cue", placeholder: "said, told…" },
  { name: "date_from", label: "From", placeholder: "YYYY-MM-DD" },
  { name: "date_to", label: "To", placeholder: "YYYY-MM-DD" },
  { name: "story", label: "Story", placeholder: "story id" },
  { name: "contradicted", label: "Contradicted", options: [["", "any"], ["true", "yes"], ["false", "no"]] },
  {
    name: "sort", label: "Sort",
    options: [["", "default"], ["relevance", "relevance"], ["document", "article order"], ["-published", "newest"], ["published", "oldest"],
      ["speaker", "speaker A–Z"], ["-confidence", "most confident"], ["confidence", "least confident"], ["kind", "kind"]],
  },
];

const KEYS = ["search", "speaker", "actor", "kind", "cue", "date_from", "date_to", "story", "contradicted", "sort", "publisher", "document", "limit"];

export async function statementsPage(root) {
  const params = queryParams();
  const limit = Math.min(Math.max(Number(params.limit) || 50, 5), 200);
  const offset = Number(params.offset || 0) || 0;
  const filters = {};
  for (const k of KEYS) if (params[k]) filters[k] = params[k];
  setTitle("Statements");
  clear(root);
  root.appendChild(h("h1", null, "Statements"));
  root.appendChild(filterForm("/statements", STATEMENT_FIELDS, params));
  const [res, facetRes] = await Promise.all([
    api("/api/statements", { ...filters, limit, offset }),
    api("/api/facets/statements", { ...filters, sort: null, limit: null }),
  ]);
  for (const n of res.notes || []) root.appendChild(note(n));
  const card = h("section", { class: "card flush" });
  root.appendChild(withFacets(facetPanel(facetRes.facets, filters, "/statements", FACET_TITLES), card));
  if (!res.items.length) {
    card.appendChild(emptyState("No statements match these filters.", "Loosen a filter or reset them."));
    return;
  }
  card.appendChild(pager(res, filters, "/statements"));
  card.appendChild(downloadLinks("/api/statements", filters, "statements"));
  const sorted = (label, key, descending) => sortHeader(label, key, filters, "/statements", descending);
  const table = h(
    "table",
    { class: "table statements-table" },
    h("thead", null, h("tr", null,
      sorted("Speaker", "speaker"), h("th", null, "Cue"), h("th", null, "Content"), h("th", null, "To"),
      sorted("Article", "document", false), sorted("Date", "published"), sorted("Conf.", "confidence"))),
  );
  const terms = searchTerms(filters.search);
  const body = h("tbody");
  for (const st of res.items) {
    body.appendChild(
      h("tr", null,
        h("td", { class: "nowrap" }, actorLink(st.speaker_actor_id, st.speaker_name, st.speaker_text)),
        h("td", { class: "cue-cell" }, st.cue_text || ""),
        h("td", { class: "content-cell" }, kindBadge(st.kind), " ",
          readerLink(st.document_id, st.id, highlight(shorten(st.content_text, 260), terms))),
        h("td", null, st.addressee_name || st.addressee_text ? actorLink(st.addressee_actor_id, st.addressee_name, st.addressee_text) : ""),
        h("td", { class: "article-cell" }, readerLink(st.document_id, null, shorten(st.title || st.document_id, 70)),
          st.publisher ? h("div", { class: "muted small" }, st.publisher) : null),
        h("td", { class: "nowrap" }, fmtDate(st.published)),
        h("td", { class: "num" }, Number(st.confidence).toFixed(2))),
    );
  }
  table.appendChild(body);
  card.appendChild(h("div", { class: "table-wrap" }, table));
  card.appendChild(pager(res, filters, "/statements"));
}
