// DOM helpers for the claimscope UI. Every piece of data goes into the page as text (text nodes, textContent)
// or as an attribute through setAttribute after checking it; nothing is ever parsed as HTML. The server also
// sends a Content-Security-Policy with Trusted Types required, so assigning an HTML string to any sink throws.

const SAFE_SCHEMES = ["http:", "https:"];

/**
 * An external URL if the value is an absolute http(s) URL with a host, else null: never a javascript:, data: or
 * other scheme, and never a relative value such as "/\other.example/x" that a browser resolves to another host.
 */
export function safeUrl(value) {
  if (typeof value !== "string" || !/^https?:\/\/[^\/\\\s]/i.test(value)) return null;
  try {
    const url = new URL(value);
    if (!SAFE_SCHEMES.includes(url.protocol) || !url.hostname) return null;
    if (url.origin === window.location.origin) return null; // links to our own origin are built by us only
    return url.href;
  } catch (e) {
    return null;
  }
}

/** Whether a value starting with "/", "#" or "?" stays on this origin once the browser resolves it. */
function isInternal(href) {
  if (!/^[/#?]/.test(href) || /^\/[/\\]/.test(href) || /[\\\s]/.test(href)) return false;
  try {
    return new URL(href, window.location.origin).origin === window.location.origin;
  } catch (e) {
    return false;
  }
}

/** A path inside this app, built from fixed parts and encoded values. */
export function path(...parts) {
  return "/" + parts.map((p, i) => (i === 0 ? String(p) : encodeURIComponent(String(p)))).join("/");
}

/** "/statements?speaker=x" with empty values left out. */
export function withQuery(base, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

/**
 * Create an element: h("a", {href: "/x", class: "c"}, "text", child, [more]).
 * Props: class, href (internal paths or checked external URLs only), on:{event: fn}, dataset:{}, text, and plain
 * attributes (never on* handlers, never srcdoc/style strings with data).
 */
export function h(tag, props, ...children) {
  const svg = tag.startsWith("svg:");
  const el = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "on") {
      for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    } else if (key === "dataset") {
      for (const [k, v] of Object.entries(value)) el.dataset[k] = String(v);
    } else if (key === "text") {
      el.textContent = String(value);
    } else if (key === "class") {
      el.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : String(value));
    } else if (key === "href") {
      const href = String(value);
      if (/^[/#?]/.test(href)) {
        if (isInternal(href)) el.setAttribute("href", href);
      } else {
        const safe = safeUrl(href);
        if (safe) {
          el.setAttribute("href", safe);
          el.setAttribute("rel", "noopener noreferrer nofollow");
          el.setAttribute("target", "_blank");
        }
      }
    } else if (/^on/i.test(key) || key === "srcdoc" || key === "src" || key === "style") {
      throw new Error(`refusing to set attribute ${key}`);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Call the JSON API; on an error envelope throw an Error with its message. */
export async function api(base, params) {
  const res = await fetch(withQuery(base, params), {
    headers: { Accept: "application/json" },
    credentials: "same-origin",
  });
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    const err = new Error((body && body.error && body.error.message) || `HTTP ${res.status}`);
    err.status = res.status;
    throw err;
  }
  return body;
}

/** Text with the API's private-use search marks turned into <mark> elements. */
export function marked(text, marks) {
  const [open, close] = marks || ["\ue000", "\ue001"];
  const out = [];
  let rest = String(text || "");
  while (rest) {
    const i = rest.indexOf(open);
    if (i < 0) {
      out.push(rest);
      break;
    }
    out.push(rest.slice(0, i));
    const j = rest.indexOf(close, i + 1);
    const hit = j < 0 ? rest.slice(i + 1) : rest.slice(i + 1, j);
    out.push(h("mark", null, hit));
    rest = j < 0 ? "" : rest.slice(j + 1);
  }
  return out;
}

export function fmtDate(value) {
  if (!value) return "";
  return String(value).slice(0, 10);
}

export function fmtNumber(n) {
  if (n === null || n === undefined || n === "") return "";
  const x = Number(n);
  if (!Number.isFinite(x)) return String(n);
  return x.toLocaleString("en-GB", { maximumFractionDigits: 2 });
}

export function shorten(text, max) {
  const s = String(text || "").replace(/\s+/g, " ").trim();
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

export function badge(text, cls) {
  return h("span", { class: ["badge", cls] }, text);
}

export function typeBadge(type) {
  return type ? badge(type, `type type-${String(type).toLowerCase().replace(/[^a-z]/g, "")}`) : null;
}

export function kindBadge(kind) {
  return kind ? badge(kind, `kind kind-${String(kind).replace(/[^a-z]/g, "")}`) : null;
}

export function emptyState(title, text) {
  return h("div", { class: "empty" }, h("div", { class: "empty-title" }, title), text ? h("p", null, text) : null);
}

export function errorBox(err) {
  return h("div", { class: "alert alert-error", role: "alert" }, "Could not load: ", String(err.message || err));
}

export function note(text) {
  return h("div", { class: "alert alert-info" }, text);
}

export function loading() {
  return h("div", { class: "loading" }, "Loading…");
}

/** Link to the article reader at a statement. */
export function readerLink(docId, statementId, label) {
  const href = path("documents", docId) + (statementId ? `#st-${encodeURIComponent(statementId)}` : "");
  return h("a", { href, class: "doc-link" }, label);
}

export function actorLink(id, name, fallback) {
  const label = name || fallback || "(unattributed)";
  if (id === null || id === undefined) return h("span", { class: name ? "actor-name" : "muted" }, label);
  return h("a", { href: path("actors", id), class: "actor-name" }, label);
}

/** "Prev · 1–50 of 234 · Next" for {total, limit, offset}, keeping the page's other query parameters. */
export function pager(page, params, base) {
  const { total, limit, offset } = page;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  const link = (o, label, disabled) =>
    disabled
      ? h("span", { class: "pager-btn disabled" }, label)
      : h("a", { class: "pager-btn", href: withQuery(base, { ...params, offset: o || null }) }, label);
  return h(
    "nav",
    { class: "pager", "aria-label": "pages" },
    link(Math.max(offset - limit, 0), "← Previous", offset <= 0),
    h("span", { class: "pager-info" }, `${fmtNumber(from)}–${fmtNumber(to)} of ${fmtNumber(total)}`),
    link(offset + limit, "Next →", offset + limit >= total),
  );
}

/** The current page's query parameters as a plain object. */
export function queryParams() {
  const out = {};
  for (const [k, v] of new URLSearchParams(window.location.search)) if (v !== "") out[k] = v;
  return out;
}

/** A GET filter form whose submit navigates to a clean URL (empty fields left out). */
export function filterForm(base, fields, values, extra) {
  const form = h("form", { class: "filters", method: "get", action: base, role: "search" });
  for (const f of fields) {
    let input;
    if (f.options) {
      input = h(
        "select",
        { name: f.name, id: `f-${f.name}` },
        f.options.map(([value, label]) => {
          const opt = h("option", { value }, label);
          if (String(values[f.name] ?? "") === value) opt.selected = true;
          return opt;
        }),
      );
    } else {
      input = h("input", {
        name: f.name,
        id: `f-${f.name}`,
        type: f.type || "text",
        placeholder: f.placeholder || "",
        autocomplete: "off",
        spellcheck: "false",
      });
      input.value = values[f.name] ?? "";
    }
    form.appendChild(h("label", { class: ["field", f.wide ? "wide" : null], for: `f-${f.name}` }, h("span", null, f.label), input));
  }
  form.appendChild(
    h("div", { class: "field actions" }, h("button", { type: "submit", class: "btn" }, "Apply"), h("a", { href: base, class: "btn btn-ghost" }, "Reset")),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const params = { ...(extra || {}) };
    for (const [k, v] of new FormData(form)) params[k] = String(v).trim();
    window.location.assign(withQuery(base, params));
  });
  return form;
}

export function section(title, ...children) {
  return h("section", { class: "card" }, title ? h("h2", null, title) : null, ...children);
}

/** A statement as a compact card: speaker, cue, content, article link. */
export function statementCard(st, opts) {
  const o = opts || {};
  return h(
    "article",
    { class: "statement" },
    h(
      "div",
      { class: "statement-head" },
      actorLink(st.speaker_actor_id, st.speaker_name, st.speaker_text),
      st.cue_text ? h("span", { class: "cue-word" }, st.cue_text) : null,
      st.addressee_name || st.addressee_text
        ? h("span", { class: "muted" }, "→ ", actorLink(st.addressee_actor_id, st.addressee_name, st.addressee_text))
        : null,
      kindBadge(st.kind),
    ),
    h("blockquote", { class: "statement-content" }, shorten(st.content_text, o.max || 400)),
    h(
      "div",
      { class: "statement-meta" },
      readerLink(st.document_id, st.id, st.title || st.document_id),
      st.publisher ? h("span", null, st.publisher) : null,
      st.published ? h("span", null, fmtDate(st.published)) : null,
    ),
  );
}

export const TYPE_COLORS = {
  PERSON: "#2563eb",
  ORG: "#059669",
  GPE: "#d97706",
  NORP: "#7c3aed",
  LOC: "#0891b2",
  FAC: "#be185d",
};

export function typeColor(type) {
  return TYPE_COLORS[type] || "#64748b";
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), "claimscope"].join(" · ");
}
