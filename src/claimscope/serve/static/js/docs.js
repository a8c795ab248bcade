// Offline API documentation, rendered from /openapi.json (no CDN, no Swagger bundle needed).
import { api, clear, h, section, withQuery } from "./dom.js";

const EXAMPLES = {
  "/api/statements": { speaker: "", kind: "direct", limit: 5 },
  "/api/search": { q: "said" },
  "/api/actors": { limit: 5 },
  "/api/documents": { limit: 5 },
  "/api/network": { max_edges: 20 },
};

function typeOf(schema) {
  if (!schema) return "";
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t && t !== "null").join(" | ");
  const bits = [schema.type || ""];
  if (schema.minimum !== undefined) bits.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) bits.push(`≤ ${schema.maximum}`);
  return bits.filter(Boolean).join(" ");
}

async function start() {
  const root = document.getElementById("app");
  const spec = await api("/openapi.json");
  document.title = "API · claimscope";
  clear(root);
  root.appendChild(h("div", { class: "page-head" }, h("h1", null, `${spec.info.title} API`), h("p", { class: "muted" }, `version ${spec.info.version} · `, h("a", { href: "/openapi.json" }, "OpenAPI JSON"))));
  root.appendChild(
    section("How to call it",
      h("p", null, spec.info.description || ""),
      h("ul", { class: "plain" },
        h("li", null, "Every route is a GET and answers JSON; lists answer ", h("code", null, "{items, total, limit, offset}"), " and take ", h("code", null, "limit"), " (1–500) and ", h("code", null, "offset"), "."),
        h("li", null, "Errors: ", h("code", null, '{"error": {"status": 400, "code": "invalid_parameter", "message": "…"}}'), " with the HTTP status (400 bad parameter, 401 token missing or wrong, 404 not found, 405 not GET, 503 store unavailable)."),
        h("li", null, "With a token (", h("code", null, "claimscope serve --token TOKEN"), "): send ", h("code", null, "Authorization: Bearer TOKEN"), ", or add ", h("code", null, "?token=TOKEN"), " once in the browser (a cookie keeps it)."),
        h("li", null, "Events, quantities, stories and claims answer ", h("code", null, '"computed": false'), " with a message until the stages that make them have run."))),
  );
  const toc = h("ul", { class: "plain toc" });
  root.appendChild(section("Routes", toc));
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const id = `${method}-${route}`.replace(/[^a-z0-9]+/gi, "-");
      toc.appendChild(h("li", null, h("a", { href: `#${id}` }, h("span", { class: "method" }, method.toUpperCase()), " ", h("code", null, route)), " — ", op.summary || ""));
      const params = (op.parameters || []);
      const body = h("tbody");
      for (const p of params) {
        body.appendChild(h("tr", null, h("td", null, h("code", null, p.name)), h("td", null, p.in), h("td", null, typeOf(p.schema)),
          h("td", null, p.schema && p.schema.default !== undefined ? String(p.schema.default) : ""), h("td", null, p.description || (p.schema && p.schema.description) || "")));
      }
      const card = section(null,
        h("h3", { id }, h("span", { class: "method" }, method.toUpperCase()), " ", h("code", null, route)),
        h("p", null, op.summary || ""),
        params.length ? h("div", { class: "table-wrap" }, h("table", { class: "table" }, h("thead", null, h("tr", null, ["Parameter", "In", "Type", "Default", "Description"].map((t) => h("th", null, t)))), body)) : h("p", { class: "muted" }, "No parameters."),
        route.includes("{") ? null : h("p", null, "Try: ", h("a", { href: withQuery(route, EXAMPLES[route] || {}) }, withQuery(route, EXAMPLES[route] || {}))));
      root.appendChild(card);
    }
  }
  root.dataset.ready = "1";
}

start().catch((err) => {
  const root = document.getElementById("app");
  clear(root).appendChild(h("div", { class: "alert alert-error" }, "Could not load the API description: ", String(err.message || err)));
  root.dataset.ready = "1";
});
