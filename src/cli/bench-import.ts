/**
 * npm run bench -- --import: how long `npm run import` takes on the documents the tests import —
 * the published PDFs kept in data/ (Shanghai, Jiangsu), a layout text and the Guangzhou sample's text. Each file is timed
 * twice: the whole command as staff run it (start-up, read, import, write the folder, validate it),
 * and the read + import alone inside this process. The target is under 5 s per department's PDF.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { importDocument } from "../budget";
import { readSource } from "../import/read-source";

/** Every department-year of data/ that keeps its published PDF (source.document: original.pdf). */
const publishedPdfs = (): string[] =>
  readdirSync("data", { withFileTypes: true })
    .filter((year) => year.isDirectory() && /^\d{4}$/.test(year.name))
    .flatMap((year) =>
      readdirSync(join("data", year.name)).map((slug) => join("data", year.name, slug, "original.pdf")),
    )
    .filter((file) => existsSync(file));

const DOCUMENTS = (): string[] => [
  ...publishedPdfs(),
  "tests/fixtures/source/shanghai/putuo-wanli-2025.layout.txt",
  "tests/fixtures/source/huadu-zwfw-2025-budget.txt",
];

export const benchImport = async (): Promise<void> => {
  const scratch = mkdtempSync(join(tmpdir(), "bench-import-"));
  console.log("Import (npm run import; in-process read + import)");
  try {
    for (const file of DOCUMENTS()) {
      const out = join(
        scratch,
        "2025",
        file
          .replace(/^data\//, "")
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/-+$/, ""),
      );
      const started = performance.now();
      const run = spawnSync(resolve("node_modules/.bin/tsx"), ["src/cli/import.ts", file, "--out", out], {
        stdio: "ignore",
      });
      const command = (performance.now() - started) / 1000;
      const inside = performance.now();
      const source = await readSource(file);
      const result = source.ok ? importDocument(source.document) : undefined;
      const core = (performance.now() - inside) / 1000;
      const lines = source.ok ? source.document.lines.length : 0;
      console.log(
        `  ${file.replace(/^tests\/fixtures\/source\//, "").padEnd(40)} command ${command.toFixed(1)} s (exit ${run.status ?? "?"}), ` +
          `read + import ${core.toFixed(2)} s, ${lines} lines, ${result?.files.size ?? 0} files`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};
