/**
 * npm run new-year as staff run it, in a child process: it reports in Chinese, in English with
 * --lang en, and exits non-zero on bad input. What the scaffold holds is tested without the CLI
 * in tests/unit/new-year.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, SEED_DIR } from "../helpers/seed-copy";

const temp = mkdtempSync(join(tmpdir(), "new-year-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const run = (args: string[]): Promise<{ code: number; out: string }> =>
  new Promise((done) =>
    execFile("npx", ["tsx", "src/cli/new-year.ts", ...args], { cwd: REPO_ROOT }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    ),
  );

describe("npm run new-year", () => {
  it("speaks Chinese, English with --lang en, and exits non-zero on bad input", async () => {
    const zh = await run([SEED_DIR, "2026", "--out", join(temp, "2026/huadu-zwfw")]);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain("表格尚未填写：13 张表已清空");
    expect(zh.out).toContain("收入预算 7,267.81");
    const again = await run([SEED_DIR, "2026", "--out", join(temp, "2026/huadu-zwfw"), "--lang", "en"]);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/already exists; nothing was changed/);
    const usage = await run([SEED_DIR]);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain("用法：npm run new-year");
  }, 120_000);
});
