/**
 * npm run dev while staff edit data/: after the dev server's watcher marks a change (the data
 * generation), the pages' data is read and validated again — an edit that breaks a total shows
 * as a failed validation, not as last version's pages. Without a change, the cached result stays.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DATA_DIR_ENV } from "../../src/budget";
import { siteData } from "../../src/site/data";
import { removeSeedCopies, SEED_SLUG, SEED_YEAR, seedCopyWith } from "../helpers/seed-copy";

afterAll(removeSeedCopies);

const GENERATION = Symbol.for("budget-site.data-generation");
const dataChanged = (): void => {
  const global = globalThis as Record<symbol, number | undefined>;
  global[GENERATION] = (global[GENERATION] ?? 0) + 1;
};

describe("the pages' data in npm run dev", () => {
  it("is read again after a data file changed, and only then", async () => {
    const root = await seedCopyWith();
    const previous = process.env[DATA_DIR_ENV];
    process.env[DATA_DIR_ENV] = root;
    try {
      dataChanged();
      const before = await siteData();
      expect(before.ok).toBe(true);
      const file = join(root, SEED_YEAR, SEED_SLUG, "table08.csv");
      await writeFile(file, (await readFile(file, "utf8")).replace("行政经费,871.50,871.50", "行政经费,871.60,871.50"));
      expect(await siteData()).toBe(before);
      dataChanged();
      const after = await siteData();
      expect(after.ok).toBe(false);
      expect(after.findings.some((f) => f.severity === "error" && f.file.endsWith("table08.csv"))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env[DATA_DIR_ENV];
      else process.env[DATA_DIR_ENV] = previous;
    }
  });
});
