// Contradictions across the store: each pair of sources that disagree, both sides side by side with their
// evidence and a link into the reader; facets by kind and story; downloadable.
import { api, emptyState, filterForm, h, pager, path } from "../dom.js";
import { contradictionCard, downloadLinks, facetPanel, startListPage, withFacets } from "../lists.js";

const KEYS = ["kind", "story", "sort"];

export async function contradictionsPage(root) {
  const { params, filters, offset } = startListPage(root, "Contradictions", KEYS);
  root.appendChild(filterForm("/contradictions", [
    { name: "kind", label: "Kind", placeholder: "e.g. quantity" },
    { name: "story", label: "Story", placeholder: "story id" },
  ], params));
  const res = await api("/api/contradictions", { ...filters, limit: 20, offset });
  if (!res.computed) {
    root.appendChild(h("section", { class: "card" }, emptyState("No contradictions computed yet", res.message || "")));
    return;
  }
  const card = h("section", { class: "card" });
  root.appendChild(withFacets(facetPanel(res.facets, filters, "/contradictions", { kind: "Kind", story_id: "Story" }), card));
  if (!res.items.length) {
    card.appendChild(emptyState("No contradictions match.", "Only disagreements between sources about the same thing are flagged."));
    return;
  }
  card.appendChild(pager(res, filters, "/contradictions"));
  card.appendChild(downloadLinks("/api/contradictions", filters, "contradictions"));
  for (const c of res.items) {
    card.appendChild(h("div", { class: "contradiction-wrap" }, contradictionCard(c),
      c.story_id ? h("a", { class: "small", href: path("stories", c.story_id) }, "the story") : null));
  }
  card.appendChild(pager(res, filters, "/contradictions"));
}
