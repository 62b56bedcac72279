// @ts-check
import { defineConfig } from "astro/config";
import { coreModuleUrls } from "./src/site/core-module-urls.ts";
import { devDataWatch } from "./src/site/dev-data-watch.ts";
import { devDownloads } from "./src/site/dev-downloads.ts";
import { searchIndex } from "./src/site/search-index.ts";

export default defineConfig({
  // Absolute URLs (sitemap, hreflang) need the public address; each bureau sets SITE_URL
  // (src/cli/site-url.ts checks it and warns while it is unset; same example address there).
  site: process.env.SITE_URL ?? "https://budget.example.gov.cn",
  trailingSlash: "always",
  // Every page's styles in cached files, none inlined: one route renders every page, so Astro
  // would inline the scoped styles of all its views into each page (about 2–3 KB a page).
  build: { format: "directory", inlineStylesheets: "never" },
  i18n: {
    defaultLocale: "zh-CN",
    locales: ["zh-CN", "en"],
    routing: { prefixDefaultLocale: false },
  },
  // No request may leave the site's origin: no prefetch of other hosts, no remote images.
  prefetch: false,
  devToolbar: { enabled: false },
  // npm run dev: a data edit shows on the next page load, without restarting the server.
  // coreModuleUrls: the core finds the files beside its modules (classification lists) in the bundle too.
  // devDownloads: npm run dev serves the downloads at their file names too (src/site/dev-downloads.ts).
  // searchIndex: the Pagefind index over the built pages, in every build (src/site/search-index.ts).
  integrations: [devDataWatch(), coreModuleUrls(), devDownloads(), searchIndex()],
});
