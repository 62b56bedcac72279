/**
 * The published Shanghai PDFs, read with pdfjs-dist and imported: all nine tables of each of the
 * five documents byte-identical to the hand-checked folders (which were typed from the printed
 * page, not from this reader), with nothing in the table part of the import report.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importDocument } from "../../src/budget";
import { readSource } from "../../src/import/read-source";
import { REPO_ROOT } from "../helpers/seed-copy";
import { publishedPdf } from "../helpers/published-pdfs";

const DOCUMENTS = [
  ["putuo-wanli-2025", "2025/putuo-wanli"],
  ["putuo-wanli-2024", "2024/putuo-wanli"],
  ["putuo-fuliyuan-2024", "2024/putuo-fuliyuan"],
  ["putuo-swj-2025-dept", "2025/putuo-swj"],
  ["putuo-swj-2025-unit", "2025/putuo-swj-unit"],
] as const;

const TABLES = Array.from({ length: 9 }, (_, i) => `table0${i + 1}.csv`);

describe.each(DOCUMENTS)("importing %s.pdf", async (name, folder) => {
  const source = await readSource(publishedPdf(name));
  if (!source.ok) throw new Error(source.message.en);
  const result = importDocument(source.document);

  it("finds the Shanghai profile (the whole report is checked in import-shanghai-texts.test.ts)", () => {
    expect(result.profile?.id).toBe("shanghai-budget");
  });

  it.each(TABLES)("%s is byte-identical to the hand-checked folder", async (table) => {
    expect(result.files.get(table)).toBe(await readFile(join(REPO_ROOT, "data", folder, table), "utf8"));
  });
});
