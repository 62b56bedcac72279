/**
 * The data-format documentation is what staff follow: for every profile, its document names every
 * CSV file, and the row of that file in the format table names every column of the table (or the
 * file whose columns it shares, whose row then names them).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { PROFILES } from "../../src/budget/profiles";

/** Where each profile's data format is documented. */
const FORMAT_DOC: Readonly<Record<string, string>> = {
  "guangzhou-budget": "README.md",
  "shanghai-budget": "docs/shanghai-format.md",
  "jiangsu-budget": "docs/jiangsu-format.md",
};

/**
 * The line of the column table that documents `file` alone: the last table row naming it (the
 * list of files comes before the table of columns), never a range such as "table01 … table12".
 */
const rowOf = (doc: string, file: string): string | undefined =>
  doc.split("\n").findLast((line) => new RegExp(`^\\|\\s*\`${file.replace(".", "\\.")}\`\\s*\\|`).test(line));

/** "同表1 · as table 1", "as table05": the file whose columns a row refers to. */
const twinOf = (row: string): string | undefined => {
  const match = /(?:同表|as table ?)0?(\d+)/.exec(row);
  return match ? `table${match[1]?.padStart(2, "0")}.csv` : undefined;
};

describe("data-format documentation", () => {
  it("has a document for every profile", () => {
    expect(PROFILES.map((p) => p.id).sort()).toEqual(Object.keys(FORMAT_DOC).sort());
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))("documents every file and column of %s", async (id, profile) => {
    const doc = await readFile(FORMAT_DOC[id] ?? "", "utf8");
    for (const spec of profile.tables) {
      const row = rowOf(doc, spec.file);
      expect(row, `${id}: a row for ${spec.file}`).toBeDefined();
      const twin = row !== undefined ? twinOf(row) : undefined;
      // A row may name its twin for the shared columns and add its own.
      const described = `${row ?? ""}\n${twin !== undefined ? (rowOf(doc, twin) ?? "") : ""}`;
      for (const column of spec.columns) {
        expect(
          described.includes(`\`${column.header}\``) ||
            described.includes(`,${column.header}`) ||
            described.includes(`\`${column.header},`),
          `${id} ${spec.file}: column ${column.header}`,
        ).toBe(true);
      }
    }
    for (const yaml of Object.values(profile.yaml)) expect(doc, `${id}: ${yaml.file}`).toContain(yaml.file);
  });

  it("gives the commands the project really has", async () => {
    const readme = await readFile("README.md", "utf8");
    const pkg = JSON.parse(await readFile("package.json", "utf8")) as { scripts: Record<string, string> };
    for (const command of readme.matchAll(/npm run ([a-z-]+)/g)) {
      expect(Object.keys(pkg.scripts), command[0]).toContain(command[1]);
    }
  });
});
