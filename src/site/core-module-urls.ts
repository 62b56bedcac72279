/**
 * The core reads a few files that live beside its modules (the classification lists,
 * src/budget/classification/*.csv) by `new URL("./file", import.meta.url)`. Under tsx, vitest and
 * `astro dev` that address is the module's source file; in `astro build` the module is bundled
 * into a chunk elsewhere, so this integration writes each core module's own source address in
 * place of `import.meta.url` while Astro bundles it. Nothing of it reaches the built site: the
 * pages are rendered at build time, in this process, from the files in src/.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath, pathToFileURL } from "node:url";

export const coreModuleUrls = (): AstroIntegration => ({
  name: "budget-core-module-urls",
  hooks: {
    "astro:config:setup": ({ config, updateConfig }) => {
      const core = fileURLToPath(new URL("src/budget/", config.root));
      updateConfig({
        vite: {
          plugins: [
            {
              name: "budget-core-module-urls",
              apply: "build",
              transform(code, id) {
                if (!id.startsWith(core) || !code.includes("import.meta.url")) return undefined;
                return { code: code.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(id).href)), map: null };
              },
            },
          ],
        },
      });
    },
  },
});
