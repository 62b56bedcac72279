// ESLint: the recommended sets for TypeScript and Astro, and the layers of docs/architecture.md
// ("What may import what") as no-restricted-imports rules, so a wrong import fails `npm run check`
// with a message that names the layer rule it breaks.
import { readdirSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, includeIgnoreFile } from "@eslint/config-helpers";
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers, lowest first. `may` lists the other layers a layer may import; every other layer
 * listed here is forbidden to it. A folder inside another layer's folder (src/components/pages) is
 * a layer of its own and follows only its own rule. src/styles holds CSS only and has no rule.
 */
const LAYERS = {
  // The pure domain core. Nothing in src/ outside it; of packages only those below (CORE_PACKAGES).
  budget: { name: "src/budget (the pure domain core)", may: [] },
  // i18n is the UI dictionary: it needs only the core's Lang type, the site and its views read it,
  // and src/scripts use its fill.ts in the browser, so it sits just above the core.
  i18n: { name: "src/i18n (the UI dictionary)", may: ["budget"] },
  site: { name: "src/site (the site's view models)", may: ["budget", "i18n"] },
  // Chart models and their browser drawing sit beside the components that show them.
  charts: { name: "src/charts (chart models and drawing)", may: ["budget", "i18n", "site"] },
  // Components show chart models (src/charts, beside them) and load src/scripts in their <script>s.
  components: {
    name: "src/components (components)",
    may: ["budget", "i18n", "site", "charts", "scripts"],
  },
  layouts: { name: "src/layouts (page layouts)", may: ["budget", "i18n", "site", "charts", "components"] },
  // A route's whole view: it fills a layout with components, so it sits above both. It lives
  // under src/components for history's sake: Astro derives a component's scoped-style hash
  // (data-astro-cid-…) from its path, so moving the folder would change every page it builds.
  "components/pages": {
    name: "src/components/pages (page views)",
    may: ["budget", "i18n", "site", "charts", "components", "layouts", "scripts"],
  },
  pages: {
    name: "src/pages (routes)",
    may: ["budget", "i18n", "site", "charts", "components", "layouts", "components/pages"],
  },
  // The PDF and workbook readers turn a document into the core's data.
  import: { name: "src/import (document readers)", may: ["budget"] },
  cli: { name: "src/cli (command-line tools)", may: ["budget", "import"] },
  // Browser scripts, bundled into the pages' <script>s: of src/ only i18n (today its fill.ts, which
  // imports nothing), so no server-side code reaches the reader's browser.
  scripts: { name: "src/scripts (browser scripts)", may: ["i18n"] },
};

/** The packages the core may use: it stays runnable by the CLIs, the tests and the site alike. */
const CORE_PACKAGES = ["zod", "yaml", "papaparse", "node:fs", "node:fs/promises", "node:path"];

const SRC = fileURLToPath(new URL("./src/", import.meta.url));
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The layer a folder of src/ belongs to: the longest layer folder that holds it. */
const layerOf = (dir) =>
  Object.keys(LAYERS)
    .filter((layer) => dir === layer || dir.startsWith(`${layer}/`))
    .sort((a, b) => b.length - a.length)[0];

/** Every folder of src/, relative and with forward slashes. */
const folders = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => posix.relative(SRC, `${entry.parentPath}/${entry.name}`.replaceAll("\\", "/")));

const depthsOf = (layer) => {
  const own = [layer, ...folders].filter((dir) => layerOf(dir) === layer);
  return [...new Set(own.map((dir) => dir.split("/").length - layer.split("/").length))].sort();
};

/** A folder `depth` levels below a layer's folder (the names do not matter, only the depth). */
const folderAt = (layer, depth) => [layer, ...Array(depth).fill("sub")].join("/");

/** How a relative import written in a file `depth` folders below `layer` begins when it reaches `target`. */
const reaching = (layer, depth, target) => {
  if (target.startsWith(`${layer}/`)) {
    const rest = target.slice(layer.length + 1);
    return depth === 0 ? `\\./${escapeRegex(rest)}` : `(?:\\.\\./){${depth}}${escapeRegex(rest)}`;
  }
  return escapeRegex(posix.relative(folderAt(layer, depth), target));
};

const patternsFor = (layer, depth) => {
  const { name, may } = LAYERS[layer];
  if (layer === "budget") {
    const outside = escapeRegex(posix.relative(folderAt(layer, depth), ""));
    const packages = CORE_PACKAGES.map(escapeRegex).join("|");
    return [
      {
        regex: `^${outside}(?:/|$)`,
        message: `Layer rule: ${name} may not import from outside src/budget. Everything else depends on the core, never the reverse.`,
      },
      {
        regex: `^(?!\\.)(?!(?:${packages})$)`,
        message: `Layer rule: ${name} may use only ${CORE_PACKAGES.join(", ")} from outside itself: no Astro, no other package or Node module.`,
      },
    ].map((pattern) => ({ ...pattern, caseSensitive: true }));
  }
  const allowed = may.map((other) => `src/${other}`).join(", ") || "nothing else in src/";
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !may.includes(other));
  const patterns = forbidden.map((target) => {
    return {
      regex: `^${reaching(layer, depth, target)}(?:/|$)`,
      message: `Layer rule: ${name} may not import from src/${target}. It may import only ${allowed}; see docs/architecture.md.`,
    };
  });
  if (may.includes("budget"))
    patterns.push({
      regex: `^${reaching(layer, depth, "budget")}/`,
      message:
        "Layer rule: src/budget is entered only through its public API, src/budget/index.ts: import the folder (…/budget) and export what you need from index.ts, never a file inside the core.",
    });
  return patterns.map((pattern) => ({ ...pattern, caseSensitive: true }));
};

const FILES = "*.{ts,js,mjs,astro}";
/** An Astro component's <script>s, which eslint-plugin-astro lints as virtual files inside it. */
const CLIENT_SCRIPTS = "*.astro/*.{ts,js}";

const restricted = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

// The core's blocks are made per folder below, where the profile rule joins its layer rule.
const layerBlocks = Object.keys(LAYERS)
  .filter((layer) => layer !== "budget")
  .flatMap((layer) => {
    const inner = Object.keys(LAYERS).filter((other) => other.startsWith(`${layer}/`));
    return depthsOf(layer).map((depth) => {
      const at = `src/${layer}/${"*/".repeat(depth)}`;
      return {
        name: `layers/${layer}/depth-${depth}`,
        files: [`${at}${FILES}`, `${at}${CLIENT_SCRIPTS}`],
        ignores: inner.map((other) => `src/${other}/**`),
        rules: restricted(patternsFor(layer, depth)),
      };
    });
  });

/**
 * A profile's folder (src/budget/profiles/<name>, every one found there) is entered only through
 * its registration, src/budget/profiles/index.ts, and the core's public API, src/budget/index.ts:
 * adding a region's kind of document is adding its folder and its line in PROFILES, and no other
 * module of the core, nor another profile, may come to depend on one profile's files.
 */
const PROFILE_DIRS = folders.filter((dir) => /^budget\/profiles\/[^/]+$/.test(dir));
const PROFILE_DOORS = ["src/budget/profiles/index.ts", "src/budget/index.ts"];

const profilePatterns = (dir) =>
  PROFILE_DIRS.filter((profile) => dir !== profile && !dir.startsWith(`${profile}/`)).map((profile) => {
    const path = posix.relative(dir, profile);
    return {
      regex: `^${escapeRegex(path.startsWith("..") ? path : `./${path}`)}(?:/|$)`,
      message: `Layer rule: src/${profile} (a profile) is entered only through ${PROFILE_DOORS.join(" and ")}: register what the engine needs there; a profile's files are its own.`,
      caseSensitive: true,
    };
  });

/**
 * The core's folders, each with the layer rule of its depth and the profile rule of its place,
 * and the two doors with the layer rule alone.
 */
const coreBlocks = [
  ...["budget", ...folders.filter((dir) => layerOf(dir) === "budget")].map((dir) => ({
    name: `layers/${dir}`,
    files: [`src/${dir}/${FILES}`],
    ignores: PROFILE_DOORS,
    rules: restricted([...patternsFor("budget", dir.split("/").length - 1), ...profilePatterns(dir)]),
  })),
  ...PROFILE_DOORS.map((file) => ({
    name: `layers/${file}`,
    files: [file],
    rules: restricted(patternsFor("budget", file.split("/").length - 3)),
  })),
];

export default defineConfig(
  // What git ignores (the built site, Astro's and the build's working folders), and the data.
  includeIgnoreFile(fileURLToPath(new URL(".gitignore", import.meta.url))),
  { ignores: ["data/", "tests/fixtures/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs["flat/recommended"],
  {
    files: ["**/*.{js,mjs}"],
    ignores: ["**/*.astro/*"],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      // A leading underscore marks a parameter or binding kept on purpose (a uniform signature, a
      // property left out of a rest object).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  layerBlocks,
  coreBlocks,
  {
    name: "layers/dynamic-imports",
    files: ["src/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/^\\.\\./]",
          message:
            "Layer rule: a dynamic import() may load only a module in its own folder or below (./…); the layer rules check static imports, so import anything further statically.",
        },
      ],
    },
  },
);
