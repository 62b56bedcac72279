/**
 * department.yaml's source: the published PDF kept in the folder is checked to be there and to be
 * a PDF (the site serves it as the original), and the date and address are checked as written.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validate, type Finding } from "../../src/budget";
import { removeSeedCopies, SEED_DIR, seedCopyWith } from "../helpers/seed-copy";

afterAll(removeSeedCopies);

const department = await readFile(join(SEED_DIR, "department.yaml"), "utf8");
const withSource = (lines: string): string => `${department}source:\n${lines}`;
const PDF = Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "latin1");

const findingsOf = async (overlay: Record<string, string | Buffer>): Promise<Finding[]> =>
  (await validate(await seedCopyWith(overlay))).findings;

const rules = (findings: readonly Finding[]): string[] => findings.map((f) => f.rule);

describe("source.document", () => {
  it("is accepted when the folder holds that PDF: no unknown-file warning, no finding", async () => {
    const findings = await findingsOf({
      "department.yaml": withSource('  document: "original.pdf"\n  published: "2025-02-10"\n'),
      "original.pdf": PDF,
    });
    expect(rules(findings)).not.toContain("folder.unknown-file");
    expect(rules(findings).filter((rule) => rule.startsWith("source."))).toEqual([]);
  });

  it("names the file when it is missing, and how to fix it", async () => {
    const findings = await findingsOf({ "department.yaml": withSource('  document: "原文.pdf"\n') });
    const missing = findings.find((f) => f.rule === "source.document-missing");
    expect(missing).toMatchObject({ severity: "error", file: "2025/huadu-zwfw/department.yaml", value: "原文.pdf" });
    expect(missing?.message.zh).toBe("source.document 写的是“原文.pdf”，但文件夹中没有这个文件");
  });

  it("refuses a file that is not a PDF, though it is named .pdf", async () => {
    const findings = await findingsOf({
      "department.yaml": withSource('  document: "original.pdf"\n'),
      "original.pdf": "<html>预算公开</html>",
    });
    expect(rules(findings)).toContain("source.document-not-pdf");
  });

  it("still warns about any other PDF left in the folder", async () => {
    const findings = await findingsOf({ "old.pdf": PDF });
    expect(findings.find((f) => f.rule === "folder.unknown-file")?.file).toBe("2025/huadu-zwfw/old.pdf");
  });
});

describe("source.published and source.url", () => {
  it("reject a date not written year-month-day and an address that is not one, saying how to write them", async () => {
    const findings = await findingsOf({
      "department.yaml": withSource('  published: "2025年2月10日"\n  url: "www.huadu.gov.cn"\n'),
    });
    const messages = findings.filter((f) => f.file.endsWith("department.yaml")).map((f) => f.message.zh);
    expect(messages.some((m) => m.includes("应为日期，写成 年-月-日，如 2025-02-10"))).toBe(true);
    expect(messages.some((m) => m.includes("应为完整的网址，以 https:// 或 http:// 开头"))).toBe(true);
  });
});
