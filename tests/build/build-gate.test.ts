/**
 * `npm run build` validates first: data that does not reconcile never reaches the site, and the
 * previously published dist/ stays exactly as it was (no half-written output, no staging left).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { removeSeedCopies, REPO_ROOT, SEED_DIR, seedCopyWith } from "../helpers/seed-copy";

const run = promisify(execFile);

afterAll(removeSeedCopies);

const build = async (dataRoot: string, outDir: string, ...options: string[]) => {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "src/cli/build.ts", dataRoot, ...options], {
      cwd: REPO_ROOT,
      env: { ...process.env, BUDGET_OUT_DIR: outDir, ...(options.includes("--publish") ? { SITE_URL: "" } : {}) },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
};

describe("the build gate", () => {
  it("refuses a table changed by 1.00, names it, and leaves the previous site untouched", async () => {
    // 表12 line 6: 新政务中心大楼后勤保障经费 824.96 → 825.96 in 总计 only.
    const csv = await readFile(join(SEED_DIR, "table12.csv"), "utf8");
    const broken = csv.replace("新政务中心大楼后勤保障经费,824.96,", "新政务中心大楼后勤保障经费,825.96,");
    expect(broken).not.toBe(csv);
    const root = await seedCopyWith({ "table12.csv": broken });

    const outDir = join(await mkdtemp(join(tmpdir(), "budget-dist-")), "dist");
    await mkdir(outDir);
    await writeFile(join(outDir, "index.html"), "previous site");
    const staging = join(REPO_ROOT, ".build-tmp");
    const stagingBefore = existsSync(staging) ? await readdir(staging) : [];

    const { code, output } = await build(root, outDir);
    expect(code).toBe(1);
    expect(output).toContain("table12.csv");
    expect(output).toContain("第 6 行");
    expect(output).toContain("网站未生成，原有的 dist/ 保持不变");
    expect(await readFile(join(outDir, "index.html"), "utf8")).toBe("previous site");
    expect(await readdir(outDir)).toEqual(["index.html"]);
    expect(existsSync(staging) ? await readdir(staging) : []).toEqual(stagingBefore);
  });
});

describe("a build to publish", () => {
  it("stops before anything without SITE_URL, saying how to set it, and leaves the previous site untouched", async () => {
    const outDir = join(await mkdtemp(join(tmpdir(), "budget-dist-")), "dist");
    await mkdir(outDir);
    await writeFile(join(outDir, "index.html"), "previous site");
    const { code, output } = await build(SEED_DIR, outDir, "--publish");
    expect(code).toBe(2);
    expect(output).toContain("发布用的生成（--publish）必须设置网站的正式地址 SITE_URL");
    expect(output).not.toContain("数据校验通过");
    expect(await readFile(join(outDir, "index.html"), "utf8")).toBe("previous site");
  });
});
