/** The README's data-format section is what staff follow: it must name every CSV file and column. */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { KEY_PROJECTS, TABLES } from "../../src/budget/registry/tables";

describe("README", () => {
  it("documents every data file and every CSV column of the registry", async () => {
    const readme = await readFile("README.md", "utf8");
    for (const spec of [...TABLES, KEY_PROJECTS]) {
      expect(readme, spec.file).toContain(`\`${spec.file}\``);
      for (const column of spec.columns) {
        // Two-sided tables and 表7/表10 are documented as "same as" their twin.
        const documented = readme.includes(`\`${column.header}\``);
        expect(documented, `${spec.file}: ${column.header}`).toBe(true);
      }
    }
    for (const file of ["department.yaml", "explanation.yaml", "glossary.yaml", "english.yaml"]) {
      expect(readme).toContain(`\`${file}\``);
    }
  });

  it("gives the commands the project really has", async () => {
    const readme = await readFile("README.md", "utf8");
    const pkg = JSON.parse(await readFile("package.json", "utf8")) as { scripts: Record<string, string> };
    for (const command of readme.matchAll(/npm run ([a-z]+)/g)) {
      expect(Object.keys(pkg.scripts), command[0]).toContain(command[1]);
    }
  });
});
