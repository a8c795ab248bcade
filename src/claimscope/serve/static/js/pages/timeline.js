// Timeline: a quantity (one unit at a time) over publication dates (else dates in the text), one line per
// source, with a line saying what is plotted. Hand-drawn SVG.
import {
  api, clear, emptyState, filterForm, fmtDate, fmtNumber, h, path, queryParams, readerLink, section, setTitle,
  shorten,
} from "../dom.js";

const PERCENT = /^(%|percent|per ?cent|percentage)$/i;

export const PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f", "#9a3412", "#475569"];

function niceTicks(max, count) {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) || raw;
  const ticks = [];
  for (let v = 0; v <= max + step * 0.001; v += step) ticks.push(v);
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

/** Tick marks on whole days, weeks, months or years, at most about eight: [[time, label], ...]. */
export function timeTicks(t0, t1) {
  const DAY = 86400000;
  const days = (t1 - t0) / DAY;
  const out = [];
  const dayStep = [1, 2, 7, 14].find((s) => days / s <= 8);
  if (dayStep) {
    for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += dayStep * DAY) out.push([t, new Date(t).toISOString().slice(0, 10)]);
    return out;
  }
  const months = days / 30.44;
  const monthStep = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= 8) || 120;
  const d = new Date(t0);
  let y = d.getUTCFullYear(), mo = d.getUTCMonth() + 1;
  if (mo > 12) { y += 1; mo = 1; }
  mo = Math.ceil((mo - 1) / monthStep) * monthStep; // months since January, on the step
  for (let k = 0; k < 200; k++) {
    const t = Date.UTC(y + Math.floor(mo / 12), mo % 12, 1);
    if (t > t1) break;
    if (t >= t0) out.push([t, new Date(t).toISOString().slice(0, monthStep >= 12 ? 4 : 7)]);
    mo += monthStep;
  }
  return out;
}

function dayMs(date) {
  const t = Date.parse(`${String(date).slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(t) ? t : null;
}

export function chart(series, unit) {
  const W = 960, H = 420, m = { l: 72, r: 48, t: 20, b: 48 };
  const pts = series.flatMap((s) => s.points.map((p) => ({ ...p, t: dayMs(p.date) }))).filter((p) => p.t !== null);
  let t0 = Math.min(...pts.map((p) => p.t));
  let t1 = Math.max(...pts.map((p) => p.t));
  if (t0 === t1) {
    t0 -= 86400000 * 3;
    t1 += 86400000 * 3;
  }
  const ticksY = niceTicks(Math.max(...pts.map((p) => p.high ?? p.point)), 5);
  const yMax = ticksY[ticksY.length - 1];
  const x = (t) => m.l + ((t - t0) / (t1 - t0)) * (W - m.l - m.r);
  const y = (v) => H - m.b - (v / yMax) * (H - m.t - m.b);
  const svg = h("svg:svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": `${unit} over time by source` });
  for (const v of ticksY) {
    svg.appendChild(h("svg:line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), class: "grid" }));
    svg.appendChild(h("svg:text", { x: m.l - 8, y: y(v) + 4, "text-anchor": "end", class: "tick" }, fmtNumber(v) + (PERCENT.test(unit) ? "%" : "")));
  }
  for (const [t, label] of timeTicks(t0, t1)) {
    svg.appendChild(h("svg:line", { x1: x(t), x2: x(t), y1: H - m.b, y2: H - m.b + 5, class: "axis" }));
    svg.appendChild(h("svg:text", { x: x(t), y: H - m.b + 20, "text-anchor": "middle", class: "tick" }, label));
  }
  svg.appendChild(h("svg:line", { x1: m.l, x2: W - m.r, y1: H - m.b, y2: H - m.b, class: "axis" }));
  svg.appendChild(h("svg:text", { x: 16, y: m.t + (H - m.t - m.b) / 2, class: "axis-label", transform: `rotate(-90 16 ${m.t + (H - m.t - m.b) / 2})`, "text-anchor": "middle" }, unit));
  const taken = new Map();
  series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    const sp = s.points.map((p) => ({ ...p, t: dayMs(p.date) })).filter((p) => p.t !== null && p.point !== null);
    if (sp.length > 1) {
      svg.appendChild(h("svg:polyline", { points: sp.map((p) => `${x(p.t)},${y(p.point)}`).join(" "), fill: "none", stroke: color, "stroke-width": 2, class: "series-line" }));
    }
    for (const p of sp) {
      // two sources reporting the same value on the same day: each dot moved sideways so neither hides the other
      const key = `${Math.round(x(p.t))}:${Math.round(y(p.point))}`;
      const nth = taken.get(key) || 0;
      taken.set(key, nth + 1);
      const dx = nth ? (nth % 2 ? 1 : -1) * Math.ceil(nth / 2) * 7 : 0;
      if (p.low !== null && p.low !== undefined && p.high !== null && p.high !== undefined) {
        svg.appendChild(h("svg:line", { x1: x(p.t), x2: x(p.t), y1: y(p.low), y2: y(p.high), stroke: color, "stroke-width": 6, "stroke-opacity": 0.25 }));
      }
      const dot = h("svg:a", { href: path("documents", p.document_id) + (p.statement ? `#st-${encodeURIComponent(p.statement)}` : "") },
        h("svg:circle", { cx: x(p.t) + dx, cy: y(p.point), r: 5, fill: color, class: ["dot", p.dated_by === "text" ? "dot-text-date" : null] },
          h("svg:title", null, `${s.source} · ${fmtDate(p.date)}${p.dated_by === "text" ? " (date from the text)" : ""}\n${p.text || fmtNumber(p.point)}${p.status ? " (" + p.status + ")" : ""}\n${p.title || ""}`)));
      svg.appendChild(dot);
    }
  });
  return svg;
}

export async function timelinePage(root) {
  const params = queryParams();
  const res = await api("/api/timeline", { unit: params.unit, actor: params.actor });
  setTitle("Timeline");
  clear(root);
  root.appendChild(h("h1", null, "Timeline of quantities"));
  if (!res.computed) {
    root.appendChild(h("section", { class: "card" }, emptyState("No quantities extracted yet", res.message)));
    return;
  }
  root.appendChild(
    filterForm("/timeline", [
      { name: "unit", label: "Unit", options: [["", "commonest"], ...res.units.map((u) => [u.unit, `${u.unit} (${u.count})`])] },
      { name: "actor", label: "Source or actor", placeholder: "name" },
    ], params),
  );
  const card = section(res.unit ? `${PERCENT.test(res.unit) ? "Percentages" : res.unit} by source` : "Quantities");
  root.appendChild(card);
  if (!res.series.length) {
    card.appendChild(emptyState("Nothing to draw", res.undated_total ? `${res.undated_total} quantities have no publication date; they are listed below.` : "No quantities match."));
  } else {
    const fromText = res.series.some((s) => s.points.some((p) => p.dated_by === "text"));
    card.appendChild(h("p", { class: "muted small chart-explainer" },
      `Each dot is one quantity in ${PERCENT.test(res.unit || "") ? "per cent" : res.unit} as an article reports it, placed at the article's publication date`,
      fromText ? " (or, for an undated article, at the date its text gives; ringed dots)" : "",
      ". One colour per source: the speaker who states the figure, else the outlet. Bars show ranges; dots on the same day and value are set side by side. Click a dot for the sentence."));
    card.appendChild(h("div", { class: "chart-wrap" }, chart(res.series, res.unit)));
    card.appendChild(
      h("ul", { class: "legend-list" }, res.series.map((s, i) =>
        h("li", null, h("span", { class: "swatch", dataset: { color: String(i % PALETTE.length) } }), s.source, h("span", { class: "count" }, String(s.points.length))))),
    );
    const body = h("tbody");
    for (const s of res.series) {
      for (const p of s.points) {
        body.appendChild(h("tr", null, h("td", { class: "nowrap" }, fmtDate(p.date)), h("td", null, s.source), h("td", { class: "num" }, fmtNumber(p.point)),
          h("td", null, p.text || ""), h("td", null, p.status || ""), h("td", null, readerLink(p.document_id, p.statement, shorten(p.title || p.document_id, 60)))));
      }
    }
    card.appendChild(h("details", null, h("summary", null, "Data points"), h("div", { class: "table-wrap" }, h("table", { class: "table" },
      h("thead", null, h("tr", null, ["Date", "Source", "Value", "As written", "Status", "Article"].map((t) => h("th", null, t)))), body))));
  }
  if (res.undated_total) {
    const und = section(`Without a publication date (${fmtNumber(res.undated_total)})`,
      h("p", { class: "muted small" }, "These articles carry no publication date and their text gives these quantities no day or month, so they cannot be placed in time. The first ones:"));
    const body = h("tbody");
    for (const p of res.undated.slice(0, 25)) {
      body.appendChild(h("tr", null, h("td", { class: "num" }, fmtNumber(p.point)), h("td", null, p.text || ""), h("td", null, p.source || ""),
        h("td", null, p.status || ""), h("td", null, readerLink(p.document_id, p.statement, shorten(p.title || p.document_id, 60)))));
    }
    und.appendChild(h("div", { class: "table-wrap" }, h("table", { class: "table" },
      h("thead", null, h("tr", null, ["Value", "As written", "Source", "Status", "Article"].map((t) => h("th", null, t)))), body)));
    root.appendChild(und);
  }
}
