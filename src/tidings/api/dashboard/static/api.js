/* Tidings dashboard: talking to the JSON API and building DOM safely (no innerHTML with data). */
"use strict";

const Tidings = window.Tidings || (window.Tidings = {});

Tidings.FILTER_KEYS = ["actor", "dyad", "country", "cameo", "root", "plover", "status", "since", "until"];
/* Form values that need not appear in the page's address (the API's defaults for analyses). */
Tidings.DEFAULTS = { status: "asserted", interval: "week" };
Tidings.QUADS = {
  1: { name: "verbal cooperation", key: "verbal_cooperation", color: "#7fb8e6" },
  2: { name: "material cooperation", key: "material_cooperation", color: "#1f6fb4" },
  3: { name: "verbal conflict", key: "verbal_conflict", color: "#f2a65a" },
  4: { name: "material conflict", key: "material_conflict", color: "#c8372d" },
};

Tidings.query = function (params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") q.set(k, v);
  }
  const s = q.toString();
  return s ? "?" + s : "";
};

Tidings.getJSON = async function (path, params) {
  const response = await fetch(path + Tidings.query(params || {}), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error : response.status + " " + response.statusText;
    const error = new Error(message);
    error.parameter = body ? body.parameter : null;
    throw error;
  }
  return body;
};

Tidings.el = function (tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
};

Tidings.actorLabel = function (actor) {
  if (!actor) return "—";
  const name = actor.name || actor.text;
  return actor.code ? name + " (" + actor.code + ")" : name;
};

/* A sentence with its spans wrapped in <mark class="source|target|trigger">. */
Tidings.highlighted = function (sentence, spans) {
  const p = Tidings.el("p", { class: "sentence" });
  let at = 0;
  for (const span of spans.slice().sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    p.append(document.createTextNode(sentence.slice(at, span.start)));
    p.append(Tidings.el("mark", { class: span.kind, title: span.kind, text: sentence.slice(span.start, span.end) }));
    at = span.end;
  }
  p.append(document.createTextNode(sentence.slice(at)));
  return p;
};
