/* Tidings dashboard charts, drawn with the plotly.js the server bundles (no CDN). */
"use strict";

(function () {
  const T = window.Tidings;
  // no mode bar: it overlapped the axis titles; drag zooms, double-click resets
  const CONFIG = { displayModeBar: false, displaylogo: false, responsive: true };
  const MARGIN = { l: 52, r: 52, t: 10, b: 36 };
  const FONT = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size: 12, color: "#1d2731" };

  function message(div, text, kind) {
    Plotly.purge(div);
    div.replaceChildren(T.el("p", { class: kind + " chart-message", role: kind === "error" ? "alert" : null, text }));
  }

  /* A failed request replaces the view: no stale chart stays up under the new title. */
  T.showFailure = function (div, error) {
    message(div, "Could not load this view: " + error.message, "error");
  };

  /* Remove a message before plotting; never touch a live plot's own DOM. */
  function clearMessage(div) {
    const old = div.querySelector(":scope > .chart-message");
    if (old) old.remove();
  }

  const DAY_MS = 86400000;
  const PERIOD_DAYS = { day: 1, week: 7, month: 30.4 };
  const iso = (t) => new Date(t).toISOString().slice(0, 10);

  /* The default x range: the periods of events dated while the articles were written (their
     dates bound the reporting), else the 1st-99th percentile of events; the rest are
     outliers (historical references, misread dates), counted and reachable with "show all". */
  T.frameSeries = function (series, articleRange) {
    const points = series.points;
    const total = points.reduce((n, p) => n + p.events, 0);
    const span = PERIOD_DAYS[series.interval] * DAY_MS;
    let core = [];
    if (articleRange && articleRange[0]) {
      const lo = Date.parse(articleRange[0]) - span;
      const hi = Date.parse(articleRange[1]);
      core = points.filter((p) => Date.parse(p.period) >= lo && Date.parse(p.period) <= hi);
    }
    if (!core.length) {
      let seen = 0;
      core = points.filter((p) => {
        const before = seen;
        seen += p.events;
        return seen > total * 0.01 && before < total * 0.99;
      });
    }
    const first = core[0].period;
    const last = core[core.length - 1].period;
    const outside = points.filter((p) => p.period < first || p.period > last);
    return {
      first, last, outside: outside.reduce((n, p) => n + p.events, 0), total,
      earliest: points[0].period, latest: points[points.length - 1].period,
      // the years events fall in (a period starts up to a week or month before its first event)
      years: [iso(Date.parse(points[0].period) + span - DAY_MS).slice(0, 4), points[points.length - 1].period.slice(0, 4)],
    };
  };

  function periodAxis(series, first, last) {
    const span = PERIOD_DAYS[series.interval] * DAY_MS;
    const lo = Date.parse(first);
    const hi = Date.parse(last);
    const pad = Math.max(span * 0.6, (hi - lo) * 0.02);
    const days = (hi - lo) / DAY_MS;
    const tickformat = series.interval === "month" || days > 200 ? "%b %Y" : "%b %d\n%Y";
    const few = days / PERIOD_DAYS[series.interval] <= 8;
    const ticks = few ? { dtick: series.interval === "month" ? "M1" : span, tickformat } : { tickformat };
    return { width: span * 0.8, range: [iso(lo - pad), iso(hi + span + pad)], ticks };
  }

  /* Bars of events per quad class per period and the Goldstein mean line; framed on `first`
     .. `last` (see frameSeries). Returns the frame used, or null when nothing matched. */
  T.drawTimeline = function (div, series, frame) {
    if (!series.points.length) {
      message(div, "No events match these filters.", "empty muted");
      return null;
    }
    clearMessage(div);
    const axis = periodAxis(series, frame.first, frame.last);
    const x = series.points.map((p) => p.period);
    const bars = Object.values(T.QUADS).map((q) => ({
      type: "bar", name: q.name, x, y: series.points.map((p) => p[q.key]), width: axis.width, offset: 0,
      marker: { color: q.color }, hovertemplate: "%{y} " + q.name + "<extra>%{x}</extra>",
    }));
    const goldstein = {
      type: "scatter", mode: "lines+markers", name: "Goldstein mean", yaxis: "y2",
      x: series.points.map((p) => new Date(Date.parse(p.period) + axis.width / 2).toISOString()),
      y: series.points.map((p) => p.goldstein_mean), line: { color: "#222", width: 1.5 }, marker: { size: 5 },
      hovertemplate: "Goldstein mean %{y:.2f}<extra></extra>",
    };
    const inFrame = series.points.filter((p) => p.period >= frame.first && p.period <= frame.last);
    const peak = Math.max(1, ...inFrame.map((p) => p.events));
    Plotly.react(div, [...bars, goldstein], {
      barmode: "stack", margin: MARGIN, height: 300, font: FONT, legend: { orientation: "h", y: -0.16, x: 0 },
      xaxis: { type: "date", range: axis.range, ...axis.ticks },
      yaxis: { title: { text: "events per " + series.interval }, range: [0, peak * 1.08], rangemode: "tozero" },
      yaxis2: { title: { text: "Goldstein mean" }, overlaying: "y", side: "right", range: [-10.5, 10.5], dtick: 5, showgrid: false, zeroline: true, zerolinecolor: "#999" },
    }, CONFIG);
    return frame;
  };

  /* Natural Earth countries (filled, borders in white) under the event places. */
  T.drawMap = function (div, base, points) {
    clearMessage(div);
    const land = {
      type: "scatter", mode: "lines", x: base.lon, y: base.lat, fill: "toself", fillcolor: "#dfe5ea",
      line: { color: "#ffffff", width: 0.7 }, hoverinfo: "skip", showlegend: false, name: "countries",
    };
    const max = Math.max(1, ...points.map((p) => p.events));
    const places = {
      type: "scatter", mode: "markers", name: "events", x: points.map((p) => p.lon), y: points.map((p) => p.lat),
      text: points.map((p) => p.name + (p.country ? ", " + p.country : "") + ": " + p.events + " events, Goldstein " + p.goldstein_mean.toFixed(1)),
      hovertemplate: "%{text}<extra></extra>", showlegend: false,
      marker: {
        size: points.map((p) => 7 + 20 * Math.sqrt(p.events / max)), color: points.map((p) => p.goldstein_mean),
        cmin: -10, cmax: 10, colorscale: "RdBu", reversescale: true, line: { color: "#333", width: 0.8 }, opacity: 0.85,
        colorbar: { title: { text: "Goldstein", side: "right" }, thickness: 10, len: 0.8 },
      },
    };
    // as tall as the equirectangular world is for the width, so no band is left empty
    const height = Math.max(220, Math.min(520, Math.round(((div.clientWidth || 700) - 70) * 142 / 364)));
    Plotly.react(div, [land, places], {
      margin: { l: 4, r: 4, t: 4, b: 4 }, height, font: FONT, plot_bgcolor: "#f2f7fb", hovermode: "closest",
      xaxis: { range: [-172, 192], showgrid: false, zeroline: false, showticklabels: false, fixedrange: false },
      yaxis: { range: [-58, 84], showgrid: false, zeroline: false, showticklabels: false, scaleanchor: "x" },
      annotations: points.length ? [] : [{ text: "No event has coordinates under these filters.", showarrow: false, x: 10, y: 10 }],
    }, CONFIG);
  };

  /* Fruchterman-Reingold from a golden-angle start (deterministic): linked actors pull
     together, all repel, a weak pull to the centre keeps separate groups on screen. */
  const SPRING = 0.12;
  const GRAVITY = 0.25;

  T.forceLayout = function (ids, links, iterations) {
    const n = ids.length;
    const index = Object.fromEntries(ids.map((id, i) => [id, i]));
    const GOLDEN = Math.PI * (3 - Math.sqrt(5));
    const pos = ids.map((_, i) => [Math.sqrt((i + 0.5) / n) * Math.cos(i * GOLDEN), Math.sqrt((i + 0.5) / n) * Math.sin(i * GOLDEN)]);
    const k = Math.sqrt(8 / Math.max(n, 1));
    const springs = links.filter((l) => l.source !== l.target).map((l) => [index[l.source], index[l.target], l.weight]);
    let step = 0.2;
    for (let it = 0; it < (iterations || 300); it++) {
      const disp = pos.map(() => [0, 0]);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
          const d2 = Math.max(dx * dx + dy * dy, 1e-4);
          const f = (k * k) / d2;
          disp[i][0] += dx * f; disp[i][1] += dy * f; disp[j][0] -= dx * f; disp[j][1] -= dy * f;
        }
      }
      for (const [a, b, w] of springs) {
        const dx = pos[a][0] - pos[b][0], dy = pos[a][1] - pos[b][1];
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-3);
        const f = (d / k) * w * SPRING;
        disp[a][0] -= dx * f; disp[a][1] -= dy * f; disp[b][0] += dx * f; disp[b][1] += dy * f;
      }
      for (let i = 0; i < n; i++) {
        disp[i][0] -= pos[i][0] * GRAVITY; disp[i][1] -= pos[i][1] * GRAVITY;
        const len = Math.max(Math.hypot(disp[i][0], disp[i][1]), 1e-9);
        const move = Math.min(len, step);
        pos[i][0] += (disp[i][0] / len) * move; pos[i][1] += (disp[i][1] / len) * move;
      }
      step *= 0.985;
    }
    // scale each axis so that most actors fill the chart (it is wider than tall, and labels
    // are wide); the few far out (small separate groups) sit on its edge instead of
    // squeezing the rest into the middle
    const centre = [0, 1].map((a) => pos.reduce((sum, p) => sum + p[a], 0) / n);
    const half = [0, 1].map((a) => {
      const spread = pos.map((p) => Math.abs(p[a] - centre[a])).sort((x, y) => x - y);
      return Math.max(spread[Math.floor((n - 1) * 0.9)], 1e-6);
    });
    const clamp = (v) => Math.max(-1.05, Math.min(1.05, v));
    return Object.fromEntries(ids.map((id, i) => [id, [0, 1].map((a) => clamp((pos[i][a] - centre[a]) / half[a]))]));
  };

  const LABELLED_NODES = 16;
  const X_RANGE = [-1.25, 1.25];
  const Y_RANGE = [-1.12, 1.18];
  const NETWORK_HEIGHT = 440;

  /* Which nodes get a label: the busiest first, skipping any whose label would overlap one
     already placed (estimated in pixels: labels sit centred above their node). */
  function labelled(nodes, where, width) {
    const boxes = [];
    const keep = new Set();
    for (const n of nodes) {
      if (keep.size >= LABELLED_NODES) break;
      const [x, y] = where[n.id];
      const px = ((x - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0])) * width;
      const py = ((Y_RANGE[1] - y) / (Y_RANGE[1] - Y_RANGE[0])) * NETWORK_HEIGHT;
      const half = (T.nodeName(n).length * 6.4) / 2 + 3;
      const box = [px - half, py - 26, px + half, py - 10];
      if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      boxes.push(box);
      keep.add(n.id);
    }
    return keep;
  }

  /* A node's name: its label (the actor's name), else its code; shortened for the chart. */
  T.nodeName = function (node) {
    const name = node.label || (node.id.startsWith("~") ? node.id.slice(1) : node.id);
    return name.length > 22 ? name.slice(0, 21) + "…" : name;
  };

  function edgeTrace(e, where, names, maxEdge) {
    const q = T.QUADS[e.quad_class] || T.QUADS[e.goldstein_mean < 0 ? 3 : 1];
    return {
      type: "scatter", mode: "lines", hoverinfo: "text", showlegend: false, legendgroup: "q" + e.quad_class,
      x: [where[e.source][0], where[e.target][0]], y: [where[e.source][1], where[e.target][1]],
      text: names[e.source] + " → " + names[e.target] + ": " + e.events + " events (" + e.cooperation + " cooperation, " +
        e.conflict + " conflict), mostly " + q.name + ", Goldstein " + e.goldstein_mean.toFixed(1),
      line: { width: 1 + 6 * Math.sqrt(e.events / maxEdge), color: q.color }, opacity: 0.75,
    };
  }

  T.drawNetwork = function (div, network, onPick) {
    if (!network.edges.length) return message(div, "No actor-to-actor events under these filters.", "empty muted");
    clearMessage(div);
    const nodes = network.nodes.slice().sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
    const maxEdge = Math.max(...network.edges.map((e) => e.events));
    const where = T.forceLayout(nodes.map((n) => n.id),
      network.edges.map((e) => ({ source: e.source, target: e.target, weight: 0.5 + Math.sqrt(e.events / maxEdge) })));
    const names = Object.fromEntries(nodes.map((n) => [n.id, T.nodeName(n)]));
    const edges = network.edges.filter((e) => e.source !== e.target).map((e) => edgeTrace(e, where, names, maxEdge));
    const legend = Object.entries(T.QUADS).map(([k, q]) => ({
      type: "scatter", mode: "lines", x: [null], y: [null], name: q.name, legendgroup: "q" + k,
      line: { color: q.color, width: 4 }, hoverinfo: "skip",
    }));
    const maxNode = Math.max(...nodes.map((n) => n.events));
    const shown = labelled(nodes, where, div.clientWidth || 700);
    const dots = {
      type: "scatter", mode: "markers+text", showlegend: false, textposition: "top center", name: "actors",
      x: nodes.map((n) => where[n.id][0]), y: nodes.map((n) => where[n.id][1]),
      text: nodes.map((n) => (shown.has(n.id) ? names[n.id] : "")), customdata: nodes.map((n) => n.id),
      textfont: { size: 11, color: "#1d2731" },
      hovertext: nodes.map((n) => (n.label || n.id) + " (" + (n.id.startsWith("~") ? "no code" : n.id) + "): " + n.events + " events"),
      hoverinfo: "text",
      marker: { size: nodes.map((n) => 9 + 22 * Math.sqrt(n.events / maxNode)), color: "#4b5d6e", line: { color: "#fff", width: 1.5 } },
    };
    Plotly.react(div, [...edges, ...legend, dots], {
      margin: { l: 4, r: 4, t: 4, b: 4 }, height: NETWORK_HEIGHT, font: FONT, hovermode: "closest",
      legend: { orientation: "h", x: 0, y: -0.01, yanchor: "top" },
      xaxis: { visible: false, range: X_RANGE }, yaxis: { visible: false, range: Y_RANGE },
    }, CONFIG);
    if (div.removeAllListeners) div.removeAllListeners("plotly_click");
    div.on("plotly_click", (ev) => {
      const point = ev.points.find((p) => p.customdata);
      if (point && onPick) onPick(point.customdata);
    });
  };
})();
