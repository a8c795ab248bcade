// Stories: groups of articles about one story, with their claims, corroboration and contradictions.
import {
  api, clear, emptyState, fmtDate, fmtNumber, h, pager, path, queryParams, readerLink, section,
  setTitle, shorten, statementCard,
} from "../dom.js";
import { collapsed, contradictionCard, downloadLinks } from "../lists.js";

function notComputed(res) {
  return h("section", { class: "card" }, emptyState("No stories computed yet", res.message || ""));
}

function span(first, last) {
  if (!first && !last) return "";
  return first === last || !last ? fmtDate(first) : `${fmtDate(first)} – ${fmtDate(last)}`;
}

export async function storiesPage(root) {
  const params = queryParams();
  const offset = Number(params.offset || 0) || 0;
  const res = await api("/api/stories", { limit: 50, offset });
  setTitle("Stories");
  clear(root);
  root.appendChild(h("h1", null, "Stories"));
  if (!res.computed) {
    root.appendChild(notComputed(res));
    return;
  }
  const card = h("section", { class: "card flush" });
  root.appendChild(card);
  if (!res.items.length) {
    card.appendChild(emptyState("No stories."));
    return;
  }
  card.appendChild(pager(res, {}, "/stories"));
  card.appendChild(downloadLinks("/api/stories", {}, "stories"));
  const body = h("tbody");
  for (const s of res.items) {
    body.appendChild(
      h("tr", null,
        h("td", null, h("a", { href: path("stories", s.id) }, s.label || s.title || `story ${s.id}`)),
        h("td", { class: "nowrap" }, span(s.first_seen, s.last_seen)),
        h("td", { class: "num" }, fmtNumber(s.documents ?? "")),
        h("td", { class: "num" }, fmtNumber(s.claims ?? ""))),
    );
  }
  card.appendChild(h("div", { class: "table-wrap" }, h("table", { class: "table" },
    h("thead", null, h("tr", null, ["Story", "Time span", "Articles", "Claims"].map((t) => h("th", null, t)))), body)));
}

export async function storyPage(root, id) {
  let story;
  try {
    story = await api(path("api", "stories", id));
  } catch (err) {
    setTitle("Story");
    clear(root);
    root.appendChild(h("h1", null, "Story"));
    root.appendChild(h("section", { class: "card" }, emptyState(err.status === 404 ? "No such story" : "Could not load the story", err.message)));
    return;
  }
  const label = story.label || story.title || `story ${story.id}`;
  setTitle(label);
  clear(root);
  const claims = story.claims || [];
  const contradictions = story.contradictions || [];
  root.appendChild(
    h("div", { class: "page-head" },
      h("h1", null, label),
      h("div", { class: "facts" },
        h("span", null, span(story.first_seen, story.last_seen)),
        h("span", null, h("b", null, fmtNumber((story.documents || []).length)), " articles"),
        h("span", null, h("b", null, fmtNumber(claims.length)), " claims"),
        h("span", null, h("b", null, fmtNumber(contradictions.length)), " contradictions"))),
  );
  const contra = section(`Contradictions (${contradictions.length})`);
  if (!contradictions.length) contra.appendChild(emptyState("No contradictions flagged in this story."));
  for (const el of collapsed(contradictions, 10, contradictionCard, "contradictions")) contra.appendChild(el);
  const claimCard = section(`Claims (${claims.length})`);
  if (!claims.length) claimCard.appendChild(emptyState("No claims in this story."));
  else {
    const body = h("tbody");
    const weight = (c) => Number(c.sources ?? c.corroboration ?? 0);
    const shown = claims.length > 40 ? [...claims].sort((a, b) => weight(b) - weight(a)).slice(0, 40) : claims;
    for (const c of shown) {
      const details = h("details", null, h("summary", null, `${(c.statements || []).length} statements`),
        (c.statements || []).map((st) => statementCard(st, { max: 300 })));
      body.appendChild(
        h("tr", { class: c.contradicted ? "contradicted" : null },
          h("td", null, shorten(c.text || c.label || "", 300), c.contradicted ? h("span", { class: "badge badge-warn" }, "contradicted") : null, details),
          h("td", { class: "num" }, fmtNumber(c.corroboration)),
          h("td", { class: "num" }, fmtNumber(c.outlets)),
          h("td", null, (c.speakers || []).slice(0, 6).join(", ")),
          h("td", { class: "nowrap" }, span(c.first_seen, c.last_seen))),
      );
    }
    claimCard.appendChild(h("div", { class: "table-wrap" }, h("table", { class: "table" },
      h("thead", null, h("tr", null, ["Claim", "Sources", "Outlets", "Speakers", "Seen"].map((t) => h("th", null, t)))), body)));
    if (shown.length < claims.length) {
      claimCard.appendChild(h("p", { class: "muted small" }, `The 40 most corroborated of ${fmtNumber(claims.length)} claims; `,
        h("a", { href: `/claims?story=${encodeURIComponent(story.id)}&sort=-sources` }, "all claims of this story"), "."));
    }
  }
  const docs = section(`Articles (${(story.documents || []).length})`,
    h("ol", { class: "ranked" }, collapsed(story.documents || [], 25, (d) =>
      h("li", null, readerLink(d.id, null, shorten(d.title || d.id, 90)), h("span", { class: "count" }, [d.publisher, fmtDate(d.published)].filter(Boolean).join(" · "))), "articles", "ol")));
  root.appendChild(h("div", { class: "grid-main" }, h("div", null, contra, claimCard), h("div", null, docs)));
}
