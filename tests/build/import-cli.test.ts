/**
 * npm run import as staff run it: the folder is written whole, validated, and never replaced
 * without --force; with --force, files the import does not write (errata.yaml) are kept.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/seed-copy";
import { imageOnlyPdf, textPdf } from "../helpers/tiny-pdf";
import { publishedPdf } from "../helpers/published-pdfs";

const SEED_TEXT = join(REPO_ROOT, "tests", "fixtures", "source", "huadu-zwfw-2025-budget.txt");

const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "src/cli/import.ts", ...args], {
      cwd: REPO_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe("npm run import", () => {
  it("writes the folder, lists each table, and validates it", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "import-cli-")), "2025", "huadu-zwfw");
    const { code, stdout } = await run(SEED_TEXT, "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "模板：广州市部门预算（表1–表12）；年度：2025；部门预算；部门：广州市花都区政务服务和数据管理局",
    );
    expect(stdout).toContain("表12 部门预算项目支出及其他支出预算表：32 行 → table12.csv");
    expect(stdout).toContain("导入报告：全部内容已归位。");
    expect(stdout).toContain("共 67 条规则、616 项校验：通过 604 项，尾差提示 12 项，错误 0 项。");
    expect((await readdir(out)).length).toBe(16);
  });

  it("refuses to replace a folder without --force, and with it keeps errata.yaml", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "import-cli-")), "2025", "huadu-zwfw");
    expect((await run(SEED_TEXT, "--out", out)).code).toBe(0);
    await writeFile(join(out, "table06.csv"), "edited by staff\n");
    await writeFile(join(out, "errata.yaml"), "errata: []\n");

    const refused = await run(SEED_TEXT, "--out", out, "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not empty; nothing was written");
    expect(await readFile(join(out, "table06.csv"), "utf8")).toBe("edited by staff\n");

    const forced = await run(SEED_TEXT, "--out", out, "--force");
    expect(forced.stdout).toContain("保留原有的 errata.yaml");
    expect(await readFile(join(out, "table06.csv"), "utf8")).toMatch(/^科目编码,科目名称,预算\n/);
    expect(await readFile(join(out, "errata.yaml"), "utf8")).toBe("errata: []\n");
  });

  it("a file that is not a budget document writes nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "import-cli-"));
    const file = join(dir, "notice.txt");
    await writeFile(file, "关于召开会议的通知\n各单位：\n");
    const { code, stderr } = await run(file, "--out", join(dir, "2025", "x"));
    expect(code).toBe(1);
    expect(stderr).toContain("没有写入任何文件");
    expect(await readdir(dir)).toEqual(["notice.txt"]);
  });

  it.each([
    ["a scanned (image-only) PDF", "scan.pdf", async () => imageOnlyPdf(), "没有文字层"],
    [
      "an encrypted PDF",
      "locked.pdf",
      () => readFile(join(REPO_ROOT, "tests", "fixtures", "import", "encrypted.pdf")),
      "密码",
    ],
    [
      "a truncated PDF",
      "cut.pdf",
      async () => {
        const whole = await readFile(publishedPdf("putuo-wanli-2025"));
        return whole.subarray(0, whole.length / 2);
      },
      "不完整",
    ],
    [
      "a PDF of some other document",
      "notice.pdf",
      async () => textPdf(["Meeting notice", "All staff"]),
      "没有找到任何已知的部门预算表标题",
    ],
  ] as const)("%s: a clear message, exit 1, no folder", async (_what, name, bytes, message) => {
    const dir = await mkdtemp(join(tmpdir(), "import-cli-"));
    await writeFile(join(dir, name), await bytes());
    const { code, stderr } = await run(join(dir, name), "--out", join(dir, "2025", "x"));
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(await readdir(dir)).toEqual([name]);
  });

  it("a folder name that cannot be part of a web address is refused before anything is written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "import-cli-"));
    const { code, stderr } = await run(SEED_TEXT, "--out", join(dir, "2025", "花都政数局"));
    expect(code).toBe(2);
    expect(stderr).toContain("只能用小写英文字母、数字和连字符");
    expect(await readdir(dir)).toEqual([]);
  });

  it("a missing file is named", async () => {
    const { code, stderr } = await run("no-such-budget.pdf");
    expect(code).toBe(1);
    expect(stderr).toMatch(/no-such-budget\.pdf/);
  });
});
