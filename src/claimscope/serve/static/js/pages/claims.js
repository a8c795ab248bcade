// Claims across the store: what is claimed, by how many sources (independent ones counted once), and, for a
// contradicted claim, the sources on each side; facets by kind, contradiction and story; sortable; downloadable.
import { api, emptyState, filterForm, fmtDate, fmtNumber, h, pager, path, shorten, statementCard } from "../dom.js";
import { contradictionCard, downloadLinks, facetPanel, sortHeader, startListPage, withFacets } from "../lists.js";

const KEYS = ["actor", "kind", "contradicted", "story", "sort"];
const TITLES = { kind: "Kind", contradicted: "Contradicted", story_id: "Story" };

function seen(first, last) {
  if (!first && !last) return "";
  return first === last || !last ? fmtDate(first) : `${fmtDate(first)} – ${fmtDate(last)}`;
}

export async function claimsPage(root) {
  const { params, filters, offset } = startListPage(root, "Claims", KEYS);
  root.appendChild(filterForm("/claims", [
    { name: "actor", label: "Actor or words", placeholder: "name" },
    { name: "kind", label: "Kind", options: [["", "any"], ["statement", "statement"], ["quantity", "quantity"], ["event", "event"]] },
    { name: "contradicted", label: "Contradicted", options: [["", "any"], ["true", "yes"], ["false", "no"]] },
    { name: "story", label: "Story", placeholder: "story id" },
  ], params));
  const res = await api("/api/claims", { ...filters, limit: 50, offset });
  if (!res.computed) {
    root.appendChild(h("section", { class: "card" }, emptyState("No claims computed yet", res.message || "")));
    return;
  }
  const card = h("section", { class: "card flush" });
  root.appendChild(withFacets(facetPanel(res.facets, filters, "/claims", TITLES), card));
  if (!res.items.length) {
    card.appendChild(emptyState("No claims match these filters."));
    return;
  }
  card.appendChild(pager(res, filters, "/claims"));
  card.appendChild(downloadLinks("/api/claims", filters, "claims"));
  const sorted = (label, key, descending) => sortHeader(label, key, filters, "/claims", descending);
  const body = h("tbody");
  for (const c of res.items) {
    const sts = c.statements || [];
    body.appendChild(
      h("tr", { class: c.contradicted ? "contradicted" : null },
        h("td", { class: "content-cell" }, shorten(c.text || "", 300),
          c.contradicted ? h("a", { class: "badge badge-warn", href: `/contradictions?story=${encodeURIComponent(c.story_id || "")}` }, "contradicted") : null,
          sts.length ? h("details", null, h("summary", null, `${sts.length} supporting statement${sts.length === 1 ? "" : "s"}`),
            sts.map((st) => statementCard(st, { max: 300 }))) : null,
          // a contradicted claim: each disagreement, the claim's side and the other side next to each other
          (c.contradictions || []).map(contradictionCard)),
        h("td", null, c.kind || ""),
        h("td", { class: "num" }, fmtNumber(c.sources ?? c.corroboration)),
        h("td", { class: "num" }, fmtNumber(c.independent ?? "")),
        h("td", null, (c.speakers || []).slice(0, 5).join(", ")),
        h("td", null, c.story_id ? h("a", { href: path("stories", c.story_id) }, "story") : ""),
        h("td", { class: "nowrap" }, seen(c.first_seen, c.last_seen))),
    );
  }
  card.appendChild(h("div", { class: "table-wrap" }, h("table", { class: "table claims-table" },
    h("thead", null, h("tr", null, h("th", null, "Claim"), sorted("Kind", "kind", false), sorted("Sources", "sources"),
      sorted("Independent", "independent"), h("th", null, "Speakers"), h("th", null, "Story"), sorted("Seen", "first_seen"))),
    body)));
  card.appendChild(pager(res, filters, "/claims"));
}
