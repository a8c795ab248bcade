// Router: the server answers every UI path with the same page; this picks the view from the path.
import { clear, errorBox, h } from "./dom.js";
import { searchPage } from "./pages/search.js";
import { statementsPage } from "./pages/statements.js";
import { actorsPage, actorPage } from "./pages/actors.js";
import { documentsPage } from "./pages/documents.js";
import { readerPage } from "./pages/reader.js";
import { storiesPage, storyPage } from "./pages/stories.js";
import { timelinePage } from "./pages/timeline.js";
import { networkPage } from "./pages/network.js";
import { claimsPage } from "./pages/claims.js";
import { contradictionsPage } from "./pages/contradictions.js";
import { eventsPage } from "./pages/events.js";

const ROUTES = [
  [/^\/$/, "search", searchPage],
  [/^\/statements$/, "statements", statementsPage],
  [/^\/actors$/, "actors", actorsPage],
  [/^\/actors\/([^/]+)$/, "actors", actorPage],
  [/^\/documents$/, "documents", documentsPage],
  [/^\/documents\/([^/]+)$/, "documents", readerPage],
  [/^\/stories$/, "stories", storiesPage],
  [/^\/stories\/([^/]+)$/, "stories", storyPage],
  [/^\/timeline$/, "timeline", timelinePage],
  [/^\/network$/, "network", networkPage],
  [/^\/claims$/, "claims", claimsPage],
  [/^\/contradictions$/, "contradictions", contradictionsPage],
  [/^\/events$/, "events", eventsPage],
];

async function start() {
  const root = document.getElementById("app");
  const here = window.location.pathname.replace(/\/+$/, "") || "/";
  for (const [re, nav, page] of ROUTES) {
    const m = here.match(re);
    if (!m) continue;
    for (const a of document.querySelectorAll("[data-nav]")) a.classList.toggle("active", a.dataset.nav === nav);
    try {
      await page(root, ...m.slice(1).map(decodeURIComponent));
    } catch (err) {
      clear(root).appendChild(errorBox(err));
    }
    root.dataset.ready = "1";
    return;
  }
  clear(root).appendChild(h("div", { class: "alert alert-error" }, "No such page."));
  root.dataset.ready = "1";
}

start();
