/**
 * `npm run dev` serves the downloads at their addresses. Under `trailingSlash: "always"`, Astro 5's
 * dev server matches an endpoint with a parameter in its path only with a slash after it, file
 * name or not (withastro/astro#17001, mended in Astro 6), so every download (table-01.csv,
 * datapackage.json, …) answered 404 there. The build writes the files and is not affected. A
 * download's address gets its slash before Astro routes the request.
 */
import type { AstroIntegration } from "astro";
import { isDownloadPath } from "./paths";

export const devDownloads = (): AstroIntegration => ({
  name: "budget-dev-downloads",
  hooks: {
    "astro:server:setup": ({ server }) => {
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? "/", "http://localhost");
        if (isDownloadPath(url.pathname)) request.url = `${url.pathname}/${url.search}`;
        next();
      });
    },
  },
});
