// @ts-check
/**
 * The bare Astro site of `npm run bench -- --scale N`: the baseline the project's build is compared
 * with. It uses the repository's own astro (no dependency of its own) and the project's URL shape
 * (directory pages, trailing slash), and writes one simple table page per route the bench hands it.
 * The bench copies this folder into .build-tmp/ and builds it there (build.mjs), so nothing it
 * writes (.astro/, Vite's cache, the site) lands in the repository.
 */
import { defineConfig } from "astro/config";

export default defineConfig({
  site: "https://budget.example.gov.cn",
  trailingSlash: "always",
  build: { format: "directory" },
  prefetch: false,
  devToolbar: { enabled: false },
});
