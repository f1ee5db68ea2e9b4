/* A small offline renderer of the OpenAPI schema (FastAPI's default docs load from a CDN). */
"use strict";

(async function () {
  const T = window.Tidings;
  const box = document.getElementById("endpoints");
  let spec;
  try {
    spec = await T.getJSON("/openapi.json");
  } catch (error) {
    box.replaceChildren(T.el("p", { class: "error", text: "cannot load /openapi.json: " + error.message }));
    return;
  }
  document.getElementById("version").textContent = "version " + spec.info.version;
  document.getElementById("summary").textContent = (spec.info.summary || "") + ". " + (spec.info.description || "");

  function typeOf(schema) {
    if (!schema) return "";
    if (schema.enum) return schema.enum.join(" | ");
    if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t && t !== "null").join(" | ");
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.type === "array") return typeOf(schema.items) + "[]";
    const bounds = [];
    if (schema.minimum !== undefined) bounds.push("≥ " + schema.minimum);
    if (schema.maximum !== undefined) bounds.push("≤ " + schema.maximum);
    if (schema.format) bounds.push(schema.format);
    return (schema.type || "") + (bounds.length ? " (" + bounds.join(", ") + ")" : "");
  }

  function parameterTable(parameters) {
    if (!parameters || !parameters.length) return null;
    return T.el("table", { class: "params" },
      T.el("thead", {}, T.el("tr", {}, ...["parameter", "in", "type", "default", "meaning"].map((h) => T.el("th", { text: h })))),
      T.el("tbody", {}, ...parameters.map((p) => T.el("tr", {},
        T.el("td", {}, T.el("code", { text: p.name }), p.required ? " *" : ""),
        T.el("td", { text: p.in }),
        T.el("td", { text: typeOf(p.schema) }),
        T.el("td", { text: p.schema && p.schema.default !== undefined && p.schema.default !== null ? String(p.schema.default) : "" }),
        T.el("td", { text: p.description || (p.schema && p.schema.description) || "" })))));
  }

  const sections = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const example = method === "get" && !path.includes("{") ? T.el("a", { href: path, text: "try " + path }) : null;
      const body = op.requestBody ? T.el("p", { class: "muted", text: "request body: " + Object.keys(op.requestBody.content || {}).join(", ") }) : null;
      sections.push(T.el("section", { class: "card endpoint", id: op.operationId || path },
        T.el("h2", {}, T.el("span", { class: "method " + method, text: method.toUpperCase() }), T.el("code", { text: path })),
        T.el("p", { text: op.summary || "" }),
        op.description ? T.el("p", { class: "description", text: op.description }) : null,
        parameterTable(op.parameters), body,
        T.el("p", { class: "muted", text: "responses: " + Object.keys(op.responses || {}).join(", ") }),
        example));
    }
  }
  box.replaceChildren(...sections);
})();
