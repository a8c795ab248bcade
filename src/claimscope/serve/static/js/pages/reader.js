// Article reader: the text with speaker, cue and content highlighted, actors and numbers marked, and each
// statement linked (#st-ID selects it). The text is split at span boundaries into text nodes; nothing is
// ever parsed as HTML, whatever the article contains.
import {
  actorLink, api, clear, fmtDate, h, kindBadge, path, safeUrl, section, setTitle, typeBadge, withQuery,
} from "../dom.js";

const NUMBER = /(?:[£$€¥]\s?)?\d(?:[\d,.]*\d)?(?:\s?(?:%|per ?cent|million|billion|bn|trillion|m\b|k\b))?/g;

function numberSpans(doc) {
  const q = Array.isArray(doc.quantities) ? doc.quantities : [];
  const fromFacts = q
    .filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.end > x.start)
    .map((x) => ({ start: x.start, end: x.end, cls: "number", title: `quantity${x.unit ? ": " + x.unit : ""}` }));
  if (fromFacts.length) return fromFacts;
  const out = [];
  for (const m of doc.text.matchAll(NUMBER)) out.push({ start: m.index, end: m.index + m[0].length, cls: "number", title: "number" });
  return out;
}

/** Spans to mark: per statement its speaker, cue, content fragments; actor mentions; numbers. */
function collectSpans(doc) {
  const len = doc.text.length;
  const spans = [];
  const ok = (s, e) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= len && s < e;
  (doc.statements || []).forEach((st, i) => {
    const id = st.id || `s${i}`;
    if (st.speaker && ok(st.speaker.start, st.speaker.end)) spans.push({ start: st.speaker.start, end: st.speaker.end, cls: "speaker", st: id });
    if (st.cue && ok(st.cue.start, st.cue.end)) spans.push({ start: st.cue.start, end: st.cue.end, cls: "cue", st: id });
    if (st.addressee && ok(st.addressee.start, st.addressee.end)) spans.push({ start: st.addressee.start, end: st.addressee.end, cls: "addressee", st: id });
    for (const sp of (st.content && st.content.spans) || []) {
      if (Array.isArray(sp) && ok(sp[0], sp[1])) spans.push({ start: sp[0], end: sp[1], cls: "content", st: id });
    }
  });
  for (const a of doc.actors || []) {
    for (const m of a.mentions || []) {
      if (ok(m.start, m.end)) spans.push({ start: m.start, end: m.end, cls: "actor", actor: a, title: `${a.name}${a.type ? " (" + a.type + ")" : ""}` });
    }
  }
  for (const n of numberSpans(doc)) if (ok(n.start, n.end)) spans.push(n);
  return spans;
}

/** The text as text nodes and <span>s, one per run of characters covered by the same set of marks. */
function renderText(doc, onPick, headEnd = 0) {
  const text = doc.text;
  const spans = collectSpans(doc);
  const cuts = new Set([0, text.length, headEnd]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  for (const s of spans) (starts.get(s.start) || starts.set(s.start, []).get(s.start)).push(s);
  const body = h("div", { class: "article-text", id: "article-text" });
  // a headline that is the text's first line is drawn once, as the page's heading, marks and all
  const head = headEnd ? body.appendChild(h("h1", { class: "doc-title article-headline" })) : null;
  const bySt = new Map();
  let active = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    active = active.filter((s) => s.end > a).concat(starts.get(a) || []);
    const piece = text.slice(a, b);
    const container = head && a < headEnd ? head : body;
    if (!active.length) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(active.map((s) => s.cls));
    const sts = [...new Set(active.filter((s) => s.st).map((s) => s.st))];
    const actor = active.find((s) => s.actor);
    const title = active.filter((s) => s.title).map((s) => s.title).join(" · ");
    const el = h("span", { class: ["mk", ...[...classes].map((c) => `mk-${c}`)], title: title || null });
    el.textContent = piece;
    if (sts.length) el.dataset.st = sts.join(" ");
    if (actor && actor.actor.actor_id != null) el.dataset.actor = String(actor.actor.actor_id);
    for (const id of sts) (bySt.get(id) || bySt.set(id, []).get(id)).push(el);
    if (sts.length || el.dataset.actor) {
      el.classList.add("clickable");
      el.addEventListener("click", () => onPick(sts, el.dataset.actor));
    }
    container.appendChild(el);
  }
  return { container: body, bySt };
}

function legend() {
  const item = (cls, label) => h("span", { class: "legend-item" }, h("span", { class: ["mk", `mk-${cls}`] }, label));
  return h("div", { class: "legend" }, item("speaker", "speaker"), item("cue", "cue"), item("content", "content"), item("addressee", "addressee"), item("actor", "actor"), item("number", "number"));
}

function statementItem(st, i) {
  const id = st.id || `s${i}`;
  return h(
    "li",
    { class: "st-item", id: `st-${id}`, dataset: { st: id } },
    h("div", { class: "statement-head" },
      h("a", { class: "st-anchor", href: `#st-${encodeURIComponent(id)}`, title: "link to this statement" }, `#${i + 1}`),
      actorLink(st.speaker_actor_id, st.speaker && st.speaker.name, st.speaker && st.speaker.text),
      st.cue ? h("span", { class: "cue-word" }, st.cue.text) : null,
      st.addressee ? h("span", { class: "muted" }, "→ ", actorLink(st.addressee_actor_id, st.addressee.name, st.addressee.text)) : null,
      kindBadge(st.kind),
      st.nested_in ? h("span", { class: "badge" }, "nested") : null),
    h("div", { class: "st-content" }, (st.content && st.content.text) || ""),
    h("div", { class: "muted small" }, `confidence ${Number(st.confidence || 0).toFixed(2)}`),
  );
}

export async function readerPage(root, docId) {
  const doc = await api(path("api", "documents", docId));
  setTitle(doc.title || doc.id);
  clear(root);
  const source = doc.source || {};
  const meta = h("div", { class: "doc-meta" },
    doc.publisher ? h("span", { class: "publisher" }, doc.publisher) : null,
    doc.published ? h("span", null, fmtDate(doc.published)) : null,
    doc.author ? h("span", null, "by ", doc.author) : null,
    // the server's check (serve/links.py) sets source.link only for http(s) URLs with a host; safeUrl checks again
    source.url ? h("a", { href: safeUrl(source.link), class: "source-link" }, source.url) : null,
    source.path ? h("span", { class: "muted small mono", title: source.path }, source.path.split(/[\\/]/).pop()) : null);
  // anything but an absolute http(s) URL (javascript:, data:, a relative "/\host/x") gets no href: plain text
  const link = meta.querySelector(".source-link");
  if (link && !link.hasAttribute("href")) link.replaceWith(h("span", { class: "muted small mono" }, source.url));
  const firstLine = doc.text.split("\n", 1)[0];
  const headEnd = doc.title && firstLine.trim() === doc.title.trim() ? firstLine.length : 0;
  root.appendChild(h("div", { class: "page-head" }, headEnd ? null : h("h1", { class: "doc-title" }, doc.title || "(untitled)"), meta, legend()));

  const items = new Map();
  let current = null;
  let rendered;
  const select = (id, scroll) => {
    for (const el of document.querySelectorAll(".focus")) el.classList.remove("focus");
    current = id;
    if (!id) return;
    for (const el of rendered.bySt.get(id) || []) el.classList.add("focus");
    const item = items.get(id);
    if (item) {
      item.classList.add("focus");
      if (scroll) item.scrollIntoView({ block: "nearest" });
    }
    const first = (rendered.bySt.get(id) || [])[0];
    if (first && scroll) first.scrollIntoView({ block: "center" });
  };
  rendered = renderText(doc, (sts, actorId) => {
    if (sts.length) {
      const next = sts.includes(current) ? sts[(sts.indexOf(current) + 1) % sts.length] : sts[sts.length - 1];
      history.replaceState(null, "", `#st-${encodeURIComponent(next)}`);
      select(next, false);
      const item = items.get(next);
      if (item) item.scrollIntoView({ block: "nearest" });
    } else if (actorId) {
      window.location.assign(path("actors", actorId));
    }
  }, headEnd);

  const list = h("ol", { class: "st-list" });
  (doc.statements || []).forEach((st, i) => {
    const li = statementItem(st, i);
    li.addEventListener("click", (ev) => {
      if (ev.target.closest("a[href^='/']")) return;
      history.replaceState(null, "", `#st-${encodeURIComponent(li.dataset.st)}`);
      select(li.dataset.st, true);
    });
    items.set(li.dataset.st, li);
    list.appendChild(li);
  });
  const actors = (doc.actors || []).filter((a) => a.name);
  const actorList = h("ul", { class: "chips" },
    actors.map((a) => h("li", null, h("a", { class: "chip", href: a.actor_id != null ? path("actors", a.actor_id) : withQuery("/actors", { search: a.name }) }, a.name, " ", typeBadge(a.type)))));

  root.appendChild(
    h("div", { class: "reader" },
      h("section", { class: "card article" }, rendered.container),
      h("aside", { class: "reader-side" },
        section(`Statements (${(doc.statements || []).length})`, (doc.statements || []).length ? list : h("p", { class: "muted" }, "No statements found in this article.")),
        section(`Actors (${actors.length})`, actors.length ? actorList : h("p", { class: "muted" }, "No actors.")))),
  );
  const fromHash = () => {
    const m = window.location.hash.match(/^#st-(.+)$/);
    if (m) select(decodeURIComponent(m[1]), true);
  };
  window.addEventListener("hashchange", fromHash);
  fromHash();
}
