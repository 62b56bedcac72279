import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layers of docs/architecture.md are ESLint rules (eslint.config.js, run by `npm run check`).
// These tests prove the rules bite: each lints a small violating file, placed where it would
// break a rule, and expects the message that names the rule; each allowed neighbour lints clean.
const ROOT = resolve(__dirname, "../..");
const SRC = join(ROOT, "src");
const eslint = new ESLint({ cwd: ROOT });

const layerMessages = async (file: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax")
    .map((m) => m.message);
};

const astro = (imports: string): string => `---\n${imports}\n---\n<p>{String(x)}</p>\n`;

describe("layer rules", () => {
  it.each([
    // The core: nothing outside src/budget, at any depth, and no Astro.
    [
      "src/budget/fixture.ts",
      'import { x } from "../site/format";',
      "src/budget (the pure domain core) may not import",
    ],
    ["src/budget/reconcile/fixture.ts", 'import { x } from "../../i18n";', "may not import from outside src/budget"],
    ["src/budget/profiles/jiangsu-budget/fixture.ts", 'export { x } from "../../../cli/args";', "outside src/budget"],
    ["src/budget/fixture.ts", 'import type { AstroIntegration as x } from "astro";', "may use only zod, yaml"],
    ["src/budget/fixture.ts", 'import { execSync as x } from "node:child_process";', "may use only zod, yaml"],
    // A profile's folder is entered only through its registration and the core's index, from
    // anywhere in the core, another profile included.
    [
      "src/budget/reconcile/fixture.ts",
      'import { x } from "../profiles/jiangsu-budget/schema";',
      "src/budget/profiles/jiangsu-budget (a profile) is entered only through src/budget/profiles/index.ts",
    ],
    ["src/budget/fixture.ts", 'import { x } from "./profiles/shanghai-budget";', "(a profile) is entered only"],
    ["src/budget/profiles/types.ts", 'import { x } from "./guangzhou-budget/tables";', "(a profile) is entered only"],
    [
      "src/budget/profiles/shanghai-budget/fixture.ts",
      'import { x } from "../jiangsu-budget/rules";',
      "(a profile) is entered only",
    ],
    // The profile rule keeps the core's own: still nothing from outside src/budget.
    [
      "src/budget/schema/fixture.ts",
      'import { x } from "../../site/format";',
      "may not import from outside src/budget",
    ],
    // Entered only through its index.
    ["src/site/fixture.ts", 'import { x } from "../budget/money";', "entered only through its public API"],
    ["src/components/pages/Fixture.astro", astro('import { x } from "../../budget/reconcile";'), "public API"],
    // Each layer above.
    [
      "src/i18n/fixture.ts",
      'import { x } from "../site/paths";',
      "src/i18n (the UI dictionary) may not import from src/site",
    ],
    [
      "src/site/fixture.ts",
      'import { x } from "../charts/models";',
      "src/site (the site's view models) may not import from src/charts",
    ],
    [
      "src/charts/fixture.ts",
      'import x from "../components/Pager.astro";',
      "src/charts (chart models and drawing) may not import from src/components",
    ],
    [
      "src/components/Fixture.astro",
      astro('import x from "../layouts/BaseLayout.astro";'),
      "src/components (components) may not import from src/layouts",
    ],
    [
      "src/components/Fixture.astro",
      astro('import x from "./pages/TablePage.astro";'),
      "may not import from src/components/pages",
    ],
    [
      "src/layouts/Fixture.astro",
      astro('import x from "../components/pages/TablePage.astro";'),
      "src/layouts (page layouts) may not import from src/components/pages",
    ],
    [
      "src/components/pages/Fixture.astro",
      astro('import x from "../../pages/index.astro";'),
      "src/components/pages (page views) may not import from src/pages",
    ],
    [
      "src/pages/fixture.astro",
      astro('import { x } from "../cli/args";'),
      "src/pages (routes) may not import from src/cli",
    ],
    [
      "src/cli/fixture.ts",
      'import { x } from "../site/format";',
      "src/cli (command-line tools) may not import from src/site",
    ],
    [
      "src/import/fixture.ts",
      'import { x } from "../cli/args";',
      "src/import (document readers) may not import from src/cli",
    ],
    [
      "src/scripts/fixture.ts",
      'import { x } from "../site/format";',
      "src/scripts (browser scripts) may not import from src/site",
    ],
    // A component's <script> (browser code, linted as a file inside the component) follows its folder's rule.
    [
      "src/components/pages/Fixture.astro",
      `${astro("")}<script>\n  import "../../cli/args";\n</script>\n`,
      "src/components/pages (page views) may not import from src/cli",
    ],
    // No file of the CLI is let through to the site: the build hands its data over through the core.
    [
      "src/cli/build.ts",
      'import { x } from "../site/data";',
      "src/cli (command-line tools) may not import from src/site",
    ],
    // Dynamic imports, which no-restricted-imports does not see, stay in their folder.
    ["src/site/fixture.ts", 'export const x = () => import("../budget/money");', "a dynamic import() may load only"],
  ])("%s: %s", async (file, code, message) => {
    const messages = await layerMessages(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Layer rule: ");
    expect(messages[0]).toContain(message);
  });

  it.each([
    ["src/budget/reconcile/fixture.ts", 'import { x } from "../import/document";'],
    ["src/budget/fixture.ts", 'import { z as x } from "zod";'],
    // A profile's registration and the public API reach into it; a profile reaches its own files.
    ["src/budget/profiles/index.ts", 'import { x } from "./jiangsu-budget/schema";'],
    ["src/budget/index.ts", 'export { x } from "./profiles/guangzhou-budget/tables";'],
    ["src/budget/profiles/jiangsu-budget/fixture.ts", 'import { x } from "./schema";'],
    ["src/budget/profiles/jiangsu-budget/fixture.ts", 'import { x } from "../types";'],
    ["src/site/fixture.ts", 'import { x } from "../budget";'],
    ["src/charts/fixture.ts", 'import { x } from "../site/format";'],
    ["src/components/pages/Fixture.astro", astro('import x from "../../layouts/BaseLayout.astro";')],
    ["src/pages/fixture.astro", astro('import x from "../components/pages/TablePage.astro";')],
    ["src/cli/fixture.ts", 'import { x } from "../import/read-source";'],
    ["src/scripts/fixture.ts", 'import { x } from "../i18n/fill";'],
    ["src/charts/fixture.ts", 'export const x = () => import("./draw");'],
  ])("%s may: %s", async (file, code) => {
    expect(await layerMessages(file, code)).toEqual([]);
  });

  it("covers every source file", async () => {
    const sources = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|astro)$/.test(f));
    expect(sources.length).toBeGreaterThan(100);
    const uncovered: string[] = [];
    for (const source of sources) {
      const config = (await eslint.calculateConfigForFile(join(SRC, source))) as {
        rules?: Record<string, [unknown, { patterns?: unknown[] }?]>;
      };
      const patterns = config.rules?.["no-restricted-imports"]?.[1]?.patterns ?? [];
      if (patterns.length === 0) uncovered.push(relative(ROOT, join(SRC, source)));
    }
    expect(uncovered).toEqual([]);
  });
});
