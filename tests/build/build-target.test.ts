/**
 * `npm run build -- <folder>` publishes exactly what it validated: one department-year, one
 * year, or the whole data root, never the data root a folder lies in. The build CLI runs for real
 * (validation, the hand-over to the site, the swap into the output folder); only Astro's page
 * writing is replaced, by a stand-in that asks the site's data source (src/site/data.ts), as every
 * page does, which department-years it would publish.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { removeSite } from "../../src/cli/site-swap";
import { REPO_ROOT, SEED_DIR } from "../helpers/seed-copy";

const site = vi.hoisted(() => ({ published: undefined as string[] | undefined }));

vi.mock("astro", () => ({
  build: async ({ outDir }: { outDir: string }) => {
    const { departmentYears } = await import("../../src/site/data");
    site.published = (await departmentYears()).map((dy) => dy.path).sort();
    const { mkdir } = await import("node:fs/promises");
    await mkdir(outDir, { recursive: true });
  },
}));

const OUT = resolve(REPO_ROOT, ".build-tmp", `test-build-target-${process.pid}`);
let root: string;

/** Run the build CLI on `target` as `npm run build -- <target>` would; its exit code. */
const build = async (target: string): Promise<number | undefined> => {
  const argv = process.argv;
  const env = { ...process.env };
  process.argv = [argv[0] ?? "node", "src/cli/build.ts", target];
  process.env["BUDGET_OUT_DIR"] = OUT;
  delete process.env["BUDGET_DATA_DIR"];
  site.published = undefined;
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    vi.resetModules(); // a fresh CLI and a fresh site data cache for each build
    await import("../../src/cli/build");
    return typeof process.exitCode === "number" ? process.exitCode : undefined;
  } finally {
    process.exitCode = undefined;
    process.argv = argv;
    process.env = env;
    log.mockRestore();
    error.mockRestore();
  }
};

beforeAll(async () => {
  // Two department-years of 2025 that pass, and one of 2026 that does not (its year says 2025).
  root = await mkdtemp(join(tmpdir(), "budget-build-"));
  await cp(SEED_DIR, join(root, "2025", "huadu-zwfw"), { recursive: true });
  await cp(SEED_DIR, join(root, "2025", "huadu-copy"), { recursive: true });
  await cp(SEED_DIR, join(root, "2026", "huadu-zwfw"), { recursive: true });
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await removeSite(OUT); // the output link and the builds it points to
});

describe("npm run build -- <folder>", () => {
  it("one department-year folder: the site has that department-year only", async () => {
    expect(await build(join(root, "2025", "huadu-zwfw"))).toBe(0);
    expect(site.published).toEqual(["2025/huadu-zwfw"]);
  });

  it("a year folder: the site has that year's department-years only", async () => {
    expect(await build(join(root, "2025"))).toBe(0);
    expect(site.published).toEqual(["2025/huadu-copy", "2025/huadu-zwfw"]);
  });

  it("the data root: refused, since one of its department-years fails", async () => {
    expect(await build(root)).toBe(1);
    expect(site.published).toBeUndefined();
  });

  it("an empty data folder: refused, never an empty site", async () => {
    const empty = await mkdtemp(join(tmpdir(), "budget-build-empty-"));
    try {
      expect(await build(empty)).toBe(1);
      expect(site.published).toBeUndefined();
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("a file: refused with a finding, not a stack trace", async () => {
    expect(await build(join(root, "2025", "huadu-zwfw", "table01.csv"))).toBe(1);
    expect(site.published).toBeUndefined();
  });
});
