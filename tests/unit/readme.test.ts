/**
 * The data-format documentation is what staff follow: for every profile, its document names every
 * CSV file, and the row of that file in the format table, with every cell of the table's header
 * filled in, names in its columns cell every column of the table (or the file whose columns it
 * shares, whose row then names them).
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

/** A Markdown table line's cells, trimmed: `| a | b |` → ["a", "b"]. */
const cellsOf = (line: string): string[] =>
  line
    .split("|")
    .slice(1, -1)
    .map((cell) => cell.trim());

interface FormatRow {
  /** The row's cells: file, table, columns. */
  cells: string[];
  /** The cells of its table's header row. */
  header: string[];
}

/**
 * The row of the column table that documents `file` alone: the last table row naming it (the list
 * of files comes before the table of columns), never a range such as "table01 … table12"; with
 * the header row of its table (the first line of the block of table lines it is in).
 */
const rowOf = (doc: string, file: string): FormatRow | undefined => {
  const lines = doc.split("\n");
  const at = lines.findLastIndex((line) => new RegExp(`^\\|\\s*\`${file.replace(".", "\\.")}\`\\s*\\|`).test(line));
  if (at < 0) return undefined;
  let first = at;
  while (first > 0 && lines[first - 1]?.startsWith("|")) first -= 1;
  return { cells: cellsOf(lines[at] ?? ""), header: cellsOf(lines[first] ?? "") };
};

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
      if (row === undefined) continue;
      // Every cell of the header filled in: a cell deleted from the row shifts the columns' list
      // into the table's name and leaves the last column of the row empty.
      expect(row.cells.length, `${id} ${spec.file}: cells of the row`).toBe(row.header.length);
      expect(
        row.cells.filter((cell) => cell === ""),
        `${id} ${spec.file}: empty cells`,
      ).toEqual([]);
      const columnsCell = (r: FormatRow) => r.cells[r.header.length - 1] ?? "";
      const twin = twinOf(columnsCell(row));
      const twinRow = twin !== undefined ? rowOf(doc, twin) : undefined;
      // A row may name its twin for the shared columns and add its own.
      const described = `${columnsCell(row)}\n${twinRow !== undefined ? columnsCell(twinRow) : ""}`;
      for (const column of spec.columns) {
        expect(
          described.includes(`\`${column.header}\``) ||
            described.includes(`,${column.header}`) ||
            described.includes(`\`${column.header},`),
          `${id} ${spec.file}: column ${column.header} in the columns cell`,
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
