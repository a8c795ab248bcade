// Pieces every list page shares: facet counts that filter on click, sortable column headers, "download this
// view" links served by the API with the same filters, and search terms highlighted in the rows.
import { clear, fmtNumber, h, queryParams, setTitle, statementCard, withQuery } from "./dom.js";

/** Facet counts beside a list: each value links to the same page with that value's filter added. */
export function facetPanel(facets, params, base, titles) {
  const panel = h("aside", { class: "facets", "aria-label": "facets" });
  for (const [name, values] of Object.entries(facets || {})) {
    if (!values || !values.length) continue;
    const list = h("ul", { class: "facet-values" });
    for (const v of values) {
      const active = Object.entries(v.params || {}).every(([k, x]) => String(params[k] ?? "") === String(x));
      const next = { ...params, offset: null };
      for (const [k, x] of Object.entries(v.params || {})) next[k] = active ? null : x;
      list.appendChild(
        h("li", null,
          h("a", { href: withQuery(base, next), class: ["facet-link", active ? "active" : null], dataset: { facet: name } },
            h("span", { class: "facet-label" }, v.label || v.value), h("span", { class: "facet-count" }, fmtNumber(v.count)),
            active ? h("span", { class: "facet-clear", "aria-label": "remove filter" }, "×") : null)),
      );
    }
    panel.appendChild(h("section", { class: "facet" }, h("h3", null, (titles && titles[name]) || name), list));
  }
  return panel;
}

/** A header cell that sorts the list by `key`, then by `-key` on the next click when the API has that order. */
export function sortHeader(label, key, params, base, descending = true) {
  if (!key) return h("th", null, label);
  const current = params.sort || "";
  const asc = current === key;
  const desc = current === `-${key}`;
  const next = asc && descending ? `-${key}` : key;
  return h("th", { "aria-sort": asc ? "ascending" : desc ? "descending" : "none" },
    h("a", { href: withQuery(base, { ...params, sort: next, offset: null }), class: "sort-link", dataset: { sort: key } },
      label, h("span", { class: "sort-mark" }, asc ? " ▲" : desc ? " ▼" : "")));
}

/** "Download CSV · JSON" of this view: the API list endpoint with the page's filters and `format=`. */
export function downloadLinks(apiBase, filters, name) {
  const clean = { ...filters, limit: null, offset: null };
  const link = (fmt) => h("a", { href: withQuery(apiBase, { ...clean, format: fmt }), class: "download-link",
    download: `${name}.${fmt}`, dataset: { format: fmt } }, fmt.toUpperCase());
  return h("div", { class: "downloads muted small" }, "Download this view: ", link("csv"), " · ", link("json"));
}

/** The words of a full-text search, without operators and prefix stars, for highlighting. */
export function searchTerms(search) {
  return String(search || "")
    .split(/\s+/)
    .map((w) => w.replace(/^[-+"(]+|["*)]+$/g, ""))
    .filter((w) => w.length > 1 && !/^(AND|OR|NOT|NEAR)$/.test(w));
}

/** Text with every word starting with one of `terms` wrapped in <mark> (case-insensitive, whole-word starts). */
export function highlight(text, terms) {
  const s = String(text || "");
  if (!terms || !terms.length) return [s];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])((?:${escaped.join("|")})[\\p{L}\\p{N}]*)`, "giu");
  const out = [];
  let last = 0;
  for (const m of s.matchAll(re)) {
    const start = m.index + m[1].length;
    if (start > last) out.push(s.slice(last, start));
    out.push(h("mark", null, m[2]));
    last = start + m[2].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

/** A list page's body: the facets on the left, the results on the right. */
export function withFacets(facetsEl, main) {
  return h("div", { class: "with-facets" }, facetsEl, h("div", { class: "with-facets-main" }, main));
}

function side(st, label) {
  if (!st || (!st.id && !st.content_text)) return h("div", { class: "side" }, h("div", { class: "side-label" }, label), h("p", { class: "muted" }, "—"));
  return h("div", { class: "side" }, h("div", { class: "side-label" }, label),
    st.id ? statementCard(st, { max: 500 }) : h("blockquote", { class: "statement-content" }, st.content_text));
}

/** One contradiction: its kind and note, and both sides side by side with their sources and reader links. */
export function contradictionCard(c) {
  return h("div", { class: "contradiction" },
    h("div", { class: "contradiction-kind" }, c.kind ? `${c.kind} contradiction` : "contradiction", c.note ? h("span", { class: "muted" }, " · ", c.note) : null),
    h("div", { class: "sides" }, side(c.a, "one side"), h("div", { class: "versus", "aria-hidden": "true" }, "vs"), side(c.b, "other side")));
}

/** The first `n` items rendered, the rest folded under "Show N more" (long story pages stay short). */
export function collapsed(items, n, render, noun, listTag) {
  const head = items.slice(0, n).map(render);
  if (items.length <= n) return head;
  const rest = items.slice(n);
  const body = listTag ? h(listTag, { class: "ranked", start: String(n + 1) }, rest.map(render)) : rest.map(render);
  const more = h("details", { class: "more-items" }, h("summary", null, `Show ${fmtNumber(rest.length)} more ${noun}`), body);
  return [...head, listTag ? h("li", { class: "more-li" }, more) : more];
}

/** A list page's start: its query (the filters among `keys`, the offset), the page cleared under its heading. */
export function startListPage(root, title, keys) {
  const params = queryParams();
  const filters = {};
  for (const k of keys) if (params[k]) filters[k] = params[k];
  setTitle(title);
  clear(root);
  root.appendChild(h("h1", null, title));
  return { params, filters, offset: Number(params.offset || 0) || 0 };
}
