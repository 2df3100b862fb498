// `/openapi.json` (generated from the route schemas) and `/docs`, an interactive Swagger UI
// whose assets come from the swagger-ui-dist npm package on this machine: no CDN at runtime.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { App } from "./envelope.ts";

/** The Swagger UI files /docs needs, served from the package. */
const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui-standalone-preset.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

function assetDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("swagger-ui-dist/package.json"));
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>SACV gateway API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" href="/docs/assets/favicon-32x32.png">
</head>
<body>
<div id="ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script>
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#ui",
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout",
  deepLinking: true,
});
</script>
</body>
</html>`;

/** Options for {@linkcode registerDocs}. */
export interface DocsOptions {
  version: string;
}

/** The OpenAPI document's top-level info. */
export function openApiInfo(version: string) {
  return {
    openapi: "3.0.3",
    info: {
      title: "SACV gateway",
      version,
      description: "SACV narration services: our API (projects, tasks, media, system) and the " +
        "superAIAutoCutVideo frontend's narration flow (tag superAIAutoCutVideo). Errors are " +
        "`{detail, code, field?}`; wrong types are 422 naming the field. See docs/api.md and " +
        "docs/frontend.md.",
    },
    tags: [
      { name: "projects" },
      { name: "tasks" },
      { name: "media" },
      { name: "system" },
      { name: "superAIAutoCutVideo", description: "the upstream frontend's routes and shapes" },
    ],
  };
}

/** Registers `/openapi.json`, `/docs` and `/docs/assets/:file`. */
export function registerDocs(app: App, options: DocsOptions): void {
  const dir = assetDir();
  const info = openApiInfo(options.version);
  const page = (path: string, type: string, summary: string) =>
    app.openAPIRegistry.registerPath({
      method: "get",
      path,
      tags: ["system"],
      summary,
      responses: {
        200: { description: "ok", content: { [type]: { schema: { type: "string" } } } },
      },
    });
  page("/openapi.json", "application/json", "This document (OpenAPI 3.0)");
  page("/docs", "text/html", "Interactive API page (Swagger UI, served locally)");
  page("/docs/assets/{file}", "application/octet-stream", "Swagger UI's files");
  app.get("/openapi.json", (c) => c.json(app.getOpenAPIDocument(info)));
  app.get("/docs", (c) => c.html(PAGE));
  app.get("/docs/assets/:file", async (c) => {
    const file = c.req.param("file");
    const type = ASSETS[file];
    if (!type) return c.notFound();
    const bytes = await Deno.readFile(join(dir, file));
    return c.body(bytes, 200, { "content-type": type, "cache-control": "public, max-age=86400" });
  });
}
