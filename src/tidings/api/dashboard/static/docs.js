// Starts Swagger UI on /docs. A file of its own, not an inline <script>: the server's
// Content-Security-Policy (script-src 'self') runs no inline script.
(function () {
  "use strict";
  const page = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({
    url: page.dataset.openapi,
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    validatorUrl: null,
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: true,
    presets: [window.SwaggerUIBundle.presets.apis, window.SwaggerUIBundle.SwaggerUIStandalonePreset],
  });
})();
