/**
 * `npm run dev` while staff edit data/: every change to a data file makes the next page read the
 * data again and reloads the open pages, so an edit shows without restarting the server. The
 * pages' data cache (data.ts) keys on a generation counter this integration raises; both run in the
 * dev server's one Node process, so they share it through globalThis. In a build nothing watches.
 */
import type { AstroIntegration } from "astro";
import { resolve, sep } from "node:path";
import { dataDir } from "../budget";

const GENERATION = Symbol.for("budget-site.data-generation");

/** How many times the data changed since the server started (0 in a build). */
export const dataGeneration = (): number => (globalThis as Record<symbol, number | undefined>)[GENERATION] ?? 0;

const bump = (): void => {
  (globalThis as Record<symbol, number>)[GENERATION] = dataGeneration() + 1;
};

export const devDataWatch = (): AstroIntegration => ({
  name: "budget-dev-data-watch",
  hooks: {
    "astro:server:setup": ({ server, logger }) => {
      const root = resolve(dataDir());
      server.watcher.add(root);
      const changed = (file: string): void => {
        if (file !== root && !file.startsWith(root + sep)) return;
        bump();
        logger.info(`数据已修改，重新读取 · data changed, reloading: ${file.slice(root.length + 1)}`);
        // Astro caches each route's getStaticPaths in dev: a new or removed department changes them.
        server.moduleGraph.invalidateAll();
        server.ws.send({ type: "full-reload" });
      };
      server.watcher.on("change", changed);
      server.watcher.on("add", changed);
      server.watcher.on("unlink", changed);
    },
  },
});
