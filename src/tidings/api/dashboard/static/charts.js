/* Tidings dashboard charts, drawn with the plotly.js the server bundles (no CDN). */
"use strict";

(function () {
  const T = window.Tidings;
  const CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] };
  const MARGIN = { l: 48, r: 48, t: 16, b: 40 };

  function empty(div, message) {
    Plotly.purge(div);
    div.replaceChildren(T.el("p", { class: "empty muted", text: message }));
  }

  /* Remove an "empty" message before plotting; never touch a live plot's own DOM. */
  function clearMessage(div) {
    const message = div.querySelector(":scope > .empty");
    if (message) message.remove();
  }

  const DAY_MS = 86400000;
  const PERIOD_DAYS = { day: 1, week: 7, month: 30.4 };

  /* Bars one period wide, and an x range with half a period of room each side (so a single
     day still reads as a day, not as a zoomed-in instant). */
  function periodAxis(series) {
    const span = PERIOD_DAYS[series.interval] * DAY_MS;
    const times = series.points.map((p) => Date.parse(p.period));
    const pad = Math.max(span, (Math.max(...times) - Math.min(...times)) * 0.03);
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    const days = (Math.max(...times) - Math.min(...times)) / DAY_MS;
    const tickformat = series.interval === "month" ? "%b %Y" : "%b %d\n%Y";
    const few = days / PERIOD_DAYS[series.interval] <= 8;
    const ticks = few ? { dtick: series.interval === "month" ? "M1" : PERIOD_DAYS[series.interval] * DAY_MS, tickformat } : { tickformat };
    return { width: span * 0.8, range: [iso(Math.min(...times) - pad), iso(Math.max(...times) + span + pad)], ticks };
  }

  T.drawTimeline = function (div, series) {
    if (!series.points.length) return empty(div, "No events match these filters.");
    clearMessage(div);
    const axis = periodAxis(series);
    const x = series.points.map((p) => p.period);
    const bars = Object.values(T.QUADS).map((q) => ({
      type: "bar", name: q.name, x, y: series.points.map((p) => p[q.key]), width: axis.width, offset: 0,
      marker: { color: q.color }, hovertemplate: "%{y} " + q.name + "<extra>%{x}</extra>",
    }));
    const goldstein = {
      type: "scatter", mode: "lines+markers", name: "Goldstein mean", yaxis: "y2",
      x: series.points.map((p) => new Date(Date.parse(p.period) + axis.width / 2).toISOString()),
      y: series.points.map((p) => p.goldstein_mean), line: { color: "#222", width: 2 },
      hovertemplate: "Goldstein mean %{y:.2f}<extra></extra>",
    };
    Plotly.react(div, [...bars, goldstein], {
      barmode: "stack", margin: MARGIN, height: 320, legend: { orientation: "h", y: -0.18 },
      xaxis: { type: "date", range: axis.range, ...axis.ticks },
      yaxis: { title: { text: "events per " + series.interval }, rangemode: "tozero" },
      yaxis2: { title: { text: "Goldstein mean" }, overlaying: "y", side: "right", range: [-10.5, 10.5], dtick: 5, showgrid: false, zeroline: true, zerolinecolor: "#999" },
    }, CONFIG);
  };

  T.drawMap = function (div, base, points) {
    clearMessage(div);
    const land = {
      type: "scattergl", mode: "markers", x: base.lon, y: base.lat, hoverinfo: "skip", showlegend: false,
      marker: { size: 3, color: "#d5dbe1" },
    };
    const max = Math.max(1, ...points.map((p) => p.events));
    const places = {
      type: "scatter", mode: "markers", name: "events", x: points.map((p) => p.lon), y: points.map((p) => p.lat),
      text: points.map((p) => p.name + (p.country ? ", " + p.country : "") + ": " + p.events + " events, Goldstein " + p.goldstein_mean.toFixed(1)),
      hovertemplate: "%{text}<extra></extra>", showlegend: false,
      marker: {
        size: points.map((p) => 8 + 22 * Math.sqrt(p.events / max)), color: points.map((p) => p.goldstein_mean),
        cmin: -10, cmax: 10, colorscale: "RdBu", reversescale: true, line: { color: "#333", width: 1 }, opacity: 0.85,
        colorbar: { title: { text: "Goldstein" }, thickness: 10 },
      },
    };
    Plotly.react(div, [land, places], {
      margin: { l: 8, r: 8, t: 8, b: 8 }, height: 340, plot_bgcolor: "#f4f8fb",
      xaxis: { range: [-180, 180], showgrid: false, zeroline: false, showticklabels: false },
      yaxis: { range: [-60, 85], showgrid: false, zeroline: false, showticklabels: false, scaleanchor: "x" },
      annotations: points.length ? [] : [{ text: "No event has coordinates under these filters.", showarrow: false, x: 0, y: 10 }],
    }, CONFIG);
  };

  const LABELLED_NODES = 14;

  function nodeName(node) {
    return node.id.startsWith("~") ? node.label || node.id.slice(1) : node.id;
  }

  T.drawNetwork = function (div, network, onPick) {
    if (!network.edges.length) return empty(div, "No actor-to-actor events under these filters.");
    clearMessage(div);
    const nodes = network.nodes.slice().sort((a, b) => b.events - a.events);
    const where = {};
    // golden-angle spacing: the busiest actors (labelled) spread evenly round the circle
    const GOLDEN = Math.PI * (3 - Math.sqrt(5));
    nodes.forEach((n, i) => {
      const angle = Math.PI / 2 - i * GOLDEN;
      where[n.id] = [Math.cos(angle), Math.sin(angle)];
    });
    const names = Object.fromEntries(nodes.map((n) => [n.id, nodeName(n)]));
    const maxEdge = Math.max(...network.edges.map((e) => e.events));
    const edges = network.edges.slice(0, 80).map((e) => ({
      type: "scatter", mode: "lines", hoverinfo: "text", showlegend: false,
      x: [where[e.source][0], where[e.target][0]], y: [where[e.source][1], where[e.target][1]],
      text: names[e.source] + " → " + names[e.target] + ": " + e.events + " events, Goldstein " + e.goldstein_mean.toFixed(1),
      line: { width: 1 + 6 * (e.events / maxEdge), color: e.goldstein_mean < 0 ? "rgba(200,55,45,0.55)" : "rgba(31,111,180,0.55)" },
    }));
    const maxNode = Math.max(...nodes.map((n) => n.events));
    const dots = {
      type: "scatter", mode: "markers+text", showlegend: false, textposition: "top center",
      x: nodes.map((n) => where[n.id][0]), y: nodes.map((n) => where[n.id][1]),
      text: nodes.map((n, i) => (i < LABELLED_NODES ? nodeName(n) : "")), customdata: nodes.map((n) => n.id),
      hovertext: nodes.map((n) => (n.label || nodeName(n)) + " (" + nodeName(n) + "): " + n.events + " events"), hoverinfo: "text",
      marker: { size: nodes.map((n) => 10 + 24 * Math.sqrt(n.events / maxNode)), color: "#4b5d6e", line: { color: "#fff", width: 1 } },
    };
    Plotly.react(div, [...edges, dots], {
      margin: { l: 8, r: 8, t: 8, b: 8 }, height: 340, hovermode: "closest",
      xaxis: { visible: false, range: [-1.3, 1.3] }, yaxis: { visible: false, range: [-1.25, 1.3], scaleanchor: "x" },
    }, CONFIG);
    div.removeAllListeners && div.removeAllListeners("plotly_click");
    div.on("plotly_click", (ev) => {
      const point = ev.points.find((p) => p.customdata);
      if (point && onPick) onPick(point.customdata);
    });
  };
})();
