/* Tidings dashboard: filters, timeline, events table with evidence, map and network. */
"use strict";

(function () {
  const T = window.Tidings;
  const form = document.getElementById("filters");
  const tbody = document.querySelector("#events tbody");
  const moreButton = document.getElementById("more");
  const evidence = document.getElementById("evidence");
  const evidenceBody = document.getElementById("evidence-body");
  const errorBox = document.getElementById("error");
  const PAGE = 50;
  let nextCursor = null;
  let shown = 0;
  let baseMap = null;
  let articleRange = null;
  let lastSeries = null;
  let showAllDates = false;
  let datesChosen = false;

  function filters() {
    const data = new FormData(form);
    const out = {};
    for (const key of T.FILTER_KEYS) {
      const value = (data.get(key) || "").trim();
      if (value) out[key] = value;
    }
    return out;
  }

  function setFilters(values) {
    for (const key of [...T.FILTER_KEYS, "interval"]) {
      if (form.elements[key]) form.elements[key].value = values[key] || T.DEFAULTS[key] || "";
    }
  }

  /* The filters as the page's address shows them: defaults left out. */
  function addressState(f) {
    const state = { ...f, interval: form.elements.interval.value };
    for (const [key, value] of Object.entries(T.DEFAULTS)) if (state[key] === value) delete state[key];
    return state;
  }

  function showError(error) {
    if (!error) {
      errorBox.hidden = true;
      errorBox.textContent = "";
      for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
      return;
    }
    errorBox.hidden = false;
    errorBox.textContent = error.message;
    if (error.parameter && form.elements[error.parameter]) form.elements[error.parameter].setAttribute("aria-invalid", "true");
  }

  function describeFilters(f) {
    const parts = [];
    if (f.dyad) parts.push("dyad " + f.dyad);
    if (f.actor) parts.push("actor " + f.actor);
    if (f.country) parts.push("country " + f.country);
    if (f.root) parts.push("CAMEO root " + f.root);
    const status = f.status === "all" ? "events of every status" : (f.status || "asserted") + " events";
    return (parts.length ? parts.join(", ") + " · " : "") + status;
  }

  async function loadStats() {
    const s = await T.getJSON("/api/stats");
    const range = s.first_date ? "articles of " + s.first_date + " … " + s.last_date : "no articles yet";
    articleRange = s.first_date ? [s.first_date, s.last_date] : null;
    document.getElementById("stats").textContent =
      s.events + " events from " + s.mentions + " mentions in " + s.articles + " " + range;
  }

  const timelineDiv = document.getElementById("timeline");
  const timelineNote = document.getElementById("timeline-note");

  function drawTimeline() {
    timelineNote.replaceChildren();
    if (!lastSeries.points.length) return T.drawTimeline(timelineDiv, lastSeries, null);
    const bulk = T.frameSeries(lastSeries, articleRange);
    // dates the user chose (since/until) are shown whole
    const whole = showAllDates || datesChosen;
    const frame = whole ? { ...bulk, first: bulk.earliest, last: bulk.latest, outside: 0 } : bulk;
    T.drawTimeline(timelineDiv, lastSeries, frame);
    if (!bulk.outside || datesChosen) return;
    const toggle = T.el("button", { type: "button", class: "link", id: "timeline-range",
      text: showAllDates ? "frame the bulk" : "show all dates",
      onclick: () => { showAllDates = !showAllDates; drawTimeline(); loadEvents(filters(), false).catch(showError); } });
    const text = showAllDates
      ? "All dates shown (" + bulk.earliest + " … " + bulk.latest + "). "
      : bulk.outside + " event" + (bulk.outside === 1 ? " is" : "s are") + " dated outside this range (all dates: " +
        bulk.years.join("–") + "). ";
    timelineNote.replaceChildren(text, toggle);
  }

  async function loadTimeline(f) {
    const interval = form.elements.interval.value;
    document.getElementById("timeline-title").textContent = "Conflict and cooperation over time — " + describeFilters(f);
    datesChosen = Boolean(f.since || f.until);
    try {
      lastSeries = await T.getJSON("/api/timeseries", { ...f, interval });
    } catch (error) {
      timelineNote.replaceChildren();
      T.showFailure(timelineDiv, error);
      throw error;
    }
    drawTimeline();
  }

  function eventRow(e) {
    const where = e.location ? e.location.name + (e.location.country ? ", " + e.location.country : "") : "";
    const row = T.el("tr", { tabindex: "0", "data-event-id": e.event_id, class: "quad" + e.quad_class },
      T.el("td", { text: e.date }),
      T.el("td", { text: T.actorLabel(e.source) }),
      T.el("td", { title: "CAMEO " + e.cameo + (e.plover ? " · PLOVER " + e.plover : "") },
        T.el("span", { class: "code", text: e.cameo }), " " + e.cameo_name,
        e.status !== "asserted" ? T.el("span", { class: "status " + e.status, text: e.status }) : null),
      T.el("td", { text: T.actorLabel(e.target) }),
      T.el("td", { text: T.QUADS[e.quad_class] ? T.QUADS[e.quad_class].name : e.quad_class }),
      T.el("td", { class: "num", text: e.goldstein.toFixed(1) }),
      T.el("td", { class: "num", text: e.num_mentions }),
      T.el("td", { text: where }));
    const open = () => openEvidence(e.event_id, row);
    row.addEventListener("click", open);
    row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
    return row;
  }

  // Like the timeline, the table opens on the articles' own dates: events dated decades away
  // ("Roosevelt mediated between Japan and Russia" in 1905) are background, listed on "show all dates".
  function eventsWindow(f) {
    if (f.since || f.until || showAllDates || !articleRange) return f;
    return { ...f, since: articleRange[0], until: articleRange[1] };
  }

  async function loadEvents(f, append) {
    let page;
    const query = eventsWindow(f);
    const framed = query !== f;
    try {
      page = await T.getJSON("/api/events", { ...query, limit: PAGE, cursor: append ? nextCursor : null });
    } catch (error) {
      tbody.replaceChildren(T.el("tr", {}, T.el("td", { colspan: "8", class: "error", text: "Could not load events: " + error.message })));
      moreButton.hidden = true;
      document.getElementById("events-count").textContent = "";
      throw error;
    }
    if (!append) {
      tbody.replaceChildren();
      shown = 0;
    }
    for (const e of page.items) tbody.append(eventRow(e));
    shown += page.items.length;
    nextCursor = page.next_cursor;
    moreButton.hidden = !nextCursor;
    document.getElementById("events-count").textContent = (shown ? "(" + shown + (nextCursor ? "+" : "") + ")" : "(none match)") +
      (framed ? " dated " + query.since + " … " + query.until + ", the articles' dates" : "");
  }

  async function openEvidence(eventId, row) {
    for (const r of tbody.querySelectorAll("tr.selected")) r.classList.remove("selected");
    if (row) row.classList.add("selected");
    evidence.hidden = false;
    evidenceBody.replaceChildren(T.el("p", { class: "muted", text: "loading…" }));
    try {
      const detail = await T.getJSON("/api/events/" + encodeURIComponent(eventId));
      const e = detail.event;
      const parts = [T.el("p", { class: "event-summary" },
        T.el("strong", { text: T.actorLabel(e.source) }), " → ", T.el("em", { text: e.cameo_name + " (" + e.cameo + ")" }),
        " → ", T.el("strong", { text: T.actorLabel(e.target) }),
        T.el("br"), e.date + " · " + e.status + " · Goldstein " + e.goldstein + " · " + e.num_mentions + " mention(s)" +
        (e.location ? " · " + e.location.name : ""))];
      for (const m of detail.mentions) parts.push(mentionCard(m));
      evidenceBody.replaceChildren(...parts);
      evidence.scrollIntoView({ block: "nearest" });
    } catch (error) {
      evidenceBody.replaceChildren(T.el("p", { class: "error", text: error.message }));
    }
  }

  /* The construction that coded a mention (e.g. "rule: intent_complement"); null for mentions
     stored before Tidings recorded it. */
  function ruleLabel(mention) {
    return mention.rule ? T.el("span", { class: "rule", text: "rule: " + mention.rule }) : null;
  }

  function mentionCard(m) {
    const a = m.article;
    const title = a ? (a.title || a.article_id) : m.mention.article_id;
    const link = a && a.url ? T.el("a", { href: a.url, target: "_blank", rel: "noopener", text: title }) : T.el("span", { text: title });
    const articleBox = T.el("div", { class: "article-text", hidden: "" });
    const toggle = T.el("button", { type: "button", class: "link", text: "show article", onclick: async () => {
      if (articleBox.hidden && !articleBox.childNodes.length) {
        const full = await T.getJSON("/api/articles/" + encodeURIComponent(m.mention.article_id));
        for (const para of full.text.split(/\n+/)) articleBox.append(T.el("p", { text: para }));
      }
      articleBox.hidden = !articleBox.hidden;
      toggle.textContent = articleBox.hidden ? "show article" : "hide article";
    } });
    const rule = ruleLabel(m.mention);
    return T.el("article", { class: "mention" },
      T.highlighted(m.mention.sentence, m.spans),
      T.el("p", { class: "muted" }, link, a ? " · " + a.date + (a.source ? " · " + a.source : "") : "",
        " · trigger “" + m.mention.trigger.text + "”", rule ? " · " : null, rule,
        " · confidence " + m.mention.confidence.toFixed(2), " ", toggle),
      articleBox);
  }

  /* Actors without a code are keyed "~name": filter those by name. */
  function uncoded(key) {
    return key.startsWith("~") ? key.slice(1) : key;
  }

  function topList(id, items, onPick) {
    const list = document.getElementById(id);
    list.replaceChildren(...items.map((item) => T.el("li", {},
      T.el("button", { type: "button", class: "link", text: item.label || item.key, title: item.key, onclick: () => onPick(item) }),
      item.label && !item.key.startsWith("~") ? T.el("span", { class: "code", text: item.key }) : null,
      T.el("span", { class: "muted count", text: String(item.events) }))));
    list.dataset.count = String(items.length);
    if (!items.length) list.replaceChildren(T.el("li", { class: "muted", text: "none" }));
  }

  async function loadSide(f) {
    let dyads, actors;
    try {
      [dyads, actors] = await Promise.all([T.getJSON("/api/top/dyads", { ...f, n: 10 }), T.getJSON("/api/top/actors", { ...f, n: 10 })]);
    } catch (error) {
      for (const id of ["top-dyads", "top-actors"]) {
        document.getElementById(id).replaceChildren(T.el("li", { class: "error", text: "Could not load: " + error.message }));
      }
      throw error;
    }
    topList("top-dyads", dyads, (d) => apply(d.key.includes("~") ? { actor: uncoded(d.key.split(":").find((k) => k.startsWith("~"))) } : { dyad: d.key }));
    topList("top-actors", actors, (a) => apply({ actor: uncoded(a.key) }));
    document.getElementById("actor-list").replaceChildren(...actors.map((a) => T.el("option", { value: a.key, label: a.label })));
  }

  /* Run a chart's request; on failure the chart gives way to the error (no stale view). */
  async function guarded(id, draw) {
    try {
      await draw(document.getElementById(id));
    } catch (error) {
      T.showFailure(document.getElementById(id), error);
      throw error;
    }
  }

  function loadMap(f) {
    return guarded("map", async (div) => {
      if (!baseMap) baseMap = await T.getJSON("/web/basemap.json");
      T.drawMap(div, baseMap, await T.getJSON("/api/map", { ...f, n: 500 }));
    });
  }

  function loadNetwork(f) {
    return guarded("network", async (div) => T.drawNetwork(div, await T.getJSON("/api/network", { ...f, edges: 40 }),
      (code) => apply({ actor: uncoded(code) })));
  }

  async function refresh() {
    document.body.dataset.ready = "false";
    const f = filters();
    showError(null);
    history.replaceState(null, "", location.pathname + T.query(addressState(f)));
    evidence.hidden = true;
    await statsLoaded;
    const results = await Promise.allSettled([loadTimeline(f), loadEvents(f, false), loadSide(f), loadMap(f), loadNetwork(f)]);
    const failed = results.find((r) => r.status === "rejected");
    if (failed) showError(failed.reason);
    document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
    document.body.dataset.ready = "true";
  }

  function apply(values) {
    setFilters({ ...values, interval: form.elements.interval.value });
    refresh();
  }

  /* ---- articles: browse by date or search (full-text index when the store has one) ---- */
  const articleForm = document.getElementById("article-search");
  const articleList = document.getElementById("articles");
  const moreArticles = document.getElementById("more-articles");
  let articlePaging = {};

  async function loadArticles(append) {
    const q = articleForm.elements.q.value.trim();
    const page = await T.getJSON("/api/articles", { q, limit: 20, ...(append ? articlePaging : {}) });
    if (!append) articleList.replaceChildren();
    for (const a of page.items) {
      articleList.append(T.el("li", { "data-article-id": a.article_id },
        T.el("button", { type: "button", class: "link", text: a.title || a.article_id, onclick: () => openArticle(a.article_id) }),
        T.el("span", { class: "muted", text: " · " + a.date + (a.source ? " · " + a.source : "") + " · " + a.num_mentions + " event mention(s)" }),
        a.snippet ? T.el("p", { class: "snippet", text: a.snippet }) : null));
    }
    if (!articleList.childNodes.length) articleList.append(T.el("li", { class: "muted", text: "No article matches." }));
    articlePaging = page.next_cursor ? { cursor: page.next_cursor } : page.next_offset ? { offset: page.next_offset } : {};
    moreArticles.hidden = !page.next_cursor && !page.next_offset;
    document.getElementById("article-mode").textContent = q ? (page.search === "fts" ? "ranked by full-text index" : "substring match") : "by date";
  }

  async function openArticle(articleId) {
    evidence.hidden = false;
    evidenceBody.replaceChildren(T.el("p", { class: "muted", text: "loading…" }));
    try {
      const a = await T.getJSON("/api/articles/" + encodeURIComponent(articleId));
      const title = a.url ? T.el("a", { href: a.url, target: "_blank", rel: "noopener", text: a.title || a.article_id }) : T.el("span", { text: a.title || a.article_id });
      const events = T.el("ul", { class: "article-events" }, ...a.mentions.map((m) => T.el("li", {},
        T.el("span", { class: "code", text: m.cameo }), " " + T.actorLabel(m.source) + " → " + m.cameo_name + " → " + T.actorLabel(m.target),
        m.rule ? " · " : null, ruleLabel(m))));
      evidenceBody.replaceChildren(T.el("p", { class: "event-summary" }, T.el("strong", {}, title), T.el("br"), a.date + (a.source ? " · " + a.source : "")),
        T.el("p", { class: "muted", text: a.mentions.length + " event mention(s):" }), events,
        T.el("div", { class: "article-text" }, ...a.text.split(/\n+/).map((para) => T.el("p", { text: para }))));
      evidence.scrollIntoView({ block: "nearest" });
    } catch (error) {
      evidenceBody.replaceChildren(T.el("p", { class: "error", text: error.message }));
    }
  }

  articleForm.addEventListener("submit", (ev) => { ev.preventDefault(); loadArticles(false).catch(showError); });
  moreArticles.addEventListener("click", () => loadArticles(true).catch(showError));
  loadArticles(false).catch(showError);

  form.addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  document.getElementById("reset").addEventListener("click", () => apply({}));
  document.getElementById("close-evidence").addEventListener("click", () => { evidence.hidden = true; });
  moreButton.addEventListener("click", () => loadEvents(filters(), true).catch(showError));

  setFilters(Object.fromEntries(new URLSearchParams(location.search)));
  const statsLoaded = loadStats().catch(showError);
  refresh();
})();
