/**
 * Hostile and mis-saved inputs (issue 12), through the real loader on copies of the seed: each
 * becomes exact findings, compared as [file, line, column, rule], never a stack trace, never a
 * silent drop. The targets (a year folder, an empty root, a file), YAML alias bombs, symbolic
 * links, unreadable files, mixed and CR-only line ends, formula-looking cells, invisible
 * characters, and files saved with the wrong delimiter, encoding or decimal mark.
 */
import { mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/budget/csv-file";
import type { Finding } from "../../src/budget/findings";
import { loadData } from "../../src/budget/load";
import { validate } from "../../src/budget/validate";
import { tableCsv } from "../../src/site/downloads";
import { REPO_ROOT, SEED_DIR, removeSeedCopies, seedCopyWith } from "../helpers/seed-copy";
import { completeGuangzhou, SEED_PATH } from "../helpers/seed";

type Projection = [file: string, line: number | null, column: string | null, rule: string];
const project = (f: Finding): Projection => [f.file, f.line ?? null, f.column ?? null, f.rule];

const seedText = (name: string): Promise<string> => readFile(join(SEED_DIR, name), "utf8");

/** A seed CSV with one cell replaced: `line` is the file's line (1 = header), `column` its header. */
const withCell = async (name: string, line: number, column: string, value: string): Promise<string> => {
  const rows = Papa.parse<string[]>(await seedText(name), { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  const row = rows[line - 1];
  if (!row) throw new Error(`${name} has no line ${line}`);
  row[header.indexOf(column)] = value;
  return Papa.unparse(rows, { newline: "\n" }) + "\n";
};

const F = (name: string): string => `${SEED_PATH}/${name}`;

const emptyRoots: string[] = [];
const emptyRoot = async (): Promise<string> => {
  const root = await mkdtemp(join(tmpdir(), "budget-empty-"));
  emptyRoots.push(root);
  return root;
};

afterAll(async () => {
  await removeSeedCopies();
  await Promise.all(emptyRoots.map((r) => rm(r, { recursive: true, force: true })));
});

describe("what is validated: the data root, a year folder, one department-year", () => {
  it("a year folder (data/2025) loads that year's department-years only", async () => {
    const result = await validate(join(REPO_ROOT, "data", "2025"));
    expect(result.root).toBe(join(REPO_ROOT, "data"));
    expect(result.departmentYears.map((dy) => dy.path).sort()).toEqual([
      "2025/huadu-zwfw",
      "2025/putuo-swj",
      "2025/putuo-swj-unit",
      "2025/putuo-wanli",
    ]);
    expect(result.findings.filter((f) => f.rule.startsWith("folder.")).map(project)).toEqual([]);
  });

  it("a year folder of a copy gives the same findings as the whole copy", async () => {
    const root = await seedCopyWith();
    const whole = await loadData(root);
    const year = await validate(join(root, "2025"));
    expect(year.departmentYears.map((dy) => dy.path)).toEqual([SEED_PATH]);
    expect(year.findings.filter((f) => f.rule.startsWith("folder.")).map(project)).toEqual([]);
    expect(whole.findings.map(project)).toEqual((await loadData(root, "2025")).findings.map(project));
  });

  it("an empty data root is an error, not an empty site", async () => {
    const result = await validate(await emptyRoot());
    expect(result.findings.map(project)).toEqual([[".", null, null, "folder.no-data"]]);
    expect(result.ok).toBe(false);
  });

  it("an empty year folder is an error, given as the target or inside the root", async () => {
    const root = await emptyRoot();
    await mkdir(join(root, "2026"));
    const year = await validate(join(root, "2026"));
    expect(year.findings.map(project)).toEqual([["2026", null, null, "folder.no-data"]]);
    expect(year.ok).toBe(false);
    expect((await validate(root)).findings.map(project)).toEqual([[".", null, null, "folder.no-data"]]);
  });

  it("a file given as the target is a finding, not an exception", async () => {
    const root = await seedCopyWith();
    const result = await validate(join(root, SEED_PATH, "table01.csv"));
    expect(result.findings.map(project)).toEqual([["table01.csv", null, null, "folder.not-a-folder"]]);
    expect(result.ok).toBe(false);
  });

  it("a folder that does not exist is a finding, not an exception", async () => {
    const root = await emptyRoot();
    const result = await validate(join(root, "nowhere"));
    expect(result.findings.map(project)).toEqual([["nowhere", null, null, "folder.not-a-folder"]]);
  });

  it("a department folder without department.yaml is read as that department-year", async () => {
    const root = await seedCopyWith({ "department.yaml": null });
    const result = await validate(join(root, SEED_PATH));
    expect(result.findings.map(project)).toEqual([[F("department.yaml"), null, null, "folder.missing-file"]]);
  });
});

/** 9 × 9 × 9 × 9 expansions of a 9-item list: the "billion laughs" shape. */
const ALIAS_BOMB = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "",
].join("\n");

describe("YAML alias bombs", () => {
  it("a glossary.yaml of nested aliases is refused with a finding at its first alias", async () => {
    const root = await seedCopyWith({ "glossary.yaml": `terms:\n  - term: "x"\n    definition: "y"\n${ALIAS_BOMB}` });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("glossary.yaml"), 5, null, "yaml.too-many-aliases"]]);
  });

  it("more than 100 aliases of one anchor are refused too", async () => {
    const many = Array.from({ length: 101 }, () => "  - *x").join("\n");
    const root = await seedCopyWith({ "glossary.yaml": `x: &x "lol"\nterms:\n${many}\n` });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("glossary.yaml"), 3, null, "yaml.too-many-aliases"]]);
  });

  it("in department.yaml, read before the profile is known", async () => {
    const department = await seedText("department.yaml");
    const root = await seedCopyWith({ "department.yaml": `${department}${ALIAS_BOMB}` });
    const lines = department.split("\n").length;
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("department.yaml"), lines + 1, null, "yaml.too-many-aliases"]]);
  });
});

describe("symbolic links under data/", () => {
  it("a loop, a dangling link and a linked department folder are each reported and skipped", async () => {
    const root = await seedCopyWith();
    await symlink("loop", join(root, "2025", "loop"));
    await symlink(join(root, "nowhere"), join(root, "2025", "gone"));
    await symlink(join(root, SEED_PATH), join(root, "2025", "linked"));
    await symlink(join(root, "2025"), join(root, "2024"));
    const { findings, departmentYears } = await loadData(root);
    expect(findings.map(project)).toEqual([
      ["2024", null, null, "folder.symlink"],
      ["2025/gone", null, null, "folder.symlink"],
      ["2025/linked", null, null, "folder.symlink"],
      ["2025/loop", null, null, "folder.symlink"],
    ]);
    expect(findings.map((f) => f.message.zh)).toEqual([
      expect.stringContaining("是符号链接"),
      expect.stringContaining("失效的符号链接"),
      expect.stringContaining("是符号链接"),
      expect.stringContaining("循环符号链接"),
    ]);
    expect(departmentYears.map((dy) => dy.path)).toEqual([SEED_PATH]);
  });

  it("a data file that is a dangling link or a loop is reported as such, not as missing", async () => {
    const root = await seedCopyWith({ "table07.csv": null, "glossary.yaml": null });
    const dir = join(root, SEED_PATH);
    await symlink("nowhere.csv", join(dir, "table07.csv"));
    await symlink("glossary.yaml", join(dir, "glossary.yaml"));
    await symlink("other", join(dir, "notes"));
    const { findings, departmentYears } = await loadData(root);
    expect(findings.map(project)).toEqual([
      [F("notes"), null, null, "folder.symlink"],
      [F("glossary.yaml"), null, null, "folder.symlink"],
      [F("table07.csv"), null, null, "folder.symlink"],
    ]);
    expect(departmentYears).toEqual([]);
  });
});

describe("files that are there but cannot be read", () => {
  it("a folder where a table file should be is unreadable, not missing", async () => {
    const root = await seedCopyWith({ "table09.csv": null });
    await mkdir(join(root, SEED_PATH, "table09.csv"));
    const { findings, departmentYears } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("table09.csv"), null, null, "file.unreadable"]]);
    expect(findings[0]?.message.zh).toContain("无法读取");
    expect(findings[0]?.message.zh).not.toContain("缺少文件");
    expect(departmentYears[0]?.failedTables).toEqual(["table09"]);
    expect(departmentYears[0]?.missingTables).toEqual([]);
  });
});

describe("CSV line ends", () => {
  /** table06 with a non-number on line 20; `ends` gives each line's line break. */
  const brokenTable06 = async (ends: (line: number) => string): Promise<string> => {
    const text = await withCell("table06.csv", 20, "预算", "abc");
    const lines = text.split("\n").slice(0, -1);
    return lines.map((l, i) => l + ends(i + 1)).join("");
  };

  it("CRLF lines followed by LF lines: every row read, on its own line", async () => {
    const mixed = await brokenTable06((line) => (line <= 10 ? "\r\n" : "\n"));
    const csv = readCsv(new TextEncoder().encode(mixed), "table06.csv");
    expect(csv.rows.map((r) => r.line)).toEqual(Array.from({ length: 27 }, (_, i) => i + 2));
    expect(csv.rows.every((r) => r.cells.length === 3)).toBe(true);
    const root = await seedCopyWith({ "table06.csv": mixed });
    expect((await loadData(root)).findings.map(project)).toEqual([
      [F("table06.csv"), 20, "预算", "amount.not-a-number"],
    ]);
  });

  it("a CR-only file (old Mac Excel): lines counted right", async () => {
    const cr = await brokenTable06(() => "\r");
    const csv = readCsv(new TextEncoder().encode(cr), "table06.csv");
    expect(csv.rows.map((r) => r.line)).toEqual(Array.from({ length: 27 }, (_, i) => i + 2));
    const root = await seedCopyWith({ "table06.csv": cr });
    expect((await loadData(root)).findings.map(project)).toEqual([
      [F("table06.csv"), 20, "预算", "amount.not-a-number"],
    ]);
  });

  it("LF lines followed by CRLF lines, and a quoted cell spanning CR-ended lines", async () => {
    const mixed = await brokenTable06((line) => (line <= 10 ? "\n" : line === 15 ? "\r" : "\r\n"));
    const root = await seedCopyWith({ "table06.csv": mixed });
    expect((await loadData(root)).findings.map(project)).toEqual([
      [F("table06.csv"), 20, "预算", "amount.not-a-number"],
    ]);
    const quoted = readCsv(new TextEncoder().encode('a,b\r1,"x\ry"\r2,z\r'), "x.csv");
    expect(quoted.rows).toEqual([
      { line: 2, cells: ["1", "x\ny"] },
      { line: 4, cells: ["2", "z"] },
    ]);
  });
});

describe("formula-looking cells", () => {
  it("text cells starting with = + - @ warn, saying Excel/WPS would run them", async () => {
    let text = await withCell("key-projects.csv", 2, "绩效目标", '=HYPERLINK("http://example.com","点击查看")');
    const edit = async (line: number, value: string) => {
      const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      const row = rows[line - 1] as string[];
      row[2] = value;
      text = Papa.unparse(rows, { newline: "\n" }) + "\n";
    };
    await edit(3, "+86 20 1234 5678");
    await edit(4, "@SUM(1+1)");
    await edit(5, "-1+1");
    await edit(6, "-"); // a printed dash for nothing is not a formula
    const root = await seedCopyWith({ "key-projects.csv": text });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([
      [F("key-projects.csv"), 2, "绩效目标", "cell.formula"],
      [F("key-projects.csv"), 3, "绩效目标", "cell.formula"],
      [F("key-projects.csv"), 4, "绩效目标", "cell.formula"],
      [F("key-projects.csv"), 5, "绩效目标", "cell.formula"],
    ]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(findings[0]?.message.zh).toContain("Excel 或 WPS");
    expect(findings[0]?.message.zh).toContain("公式");
  });

  it("a negative amount is an amount error, not a formula", async () => {
    const root = await seedCopyWith({ "key-projects.csv": await withCell("key-projects.csv", 3, "预算数", "-824.96") });
    expect((await loadData(root)).findings.map(project)).toEqual([
      [F("key-projects.csv"), 3, "预算数", "amount.negative"],
    ]);
  });

  it("the CSV download neutralises them with a leading ', and leaves amounts alone", async () => {
    const formula = '=HYPERLINK("http://example.com","点击查看")';
    const root = await seedCopyWith({ "key-projects.csv": await withCell("key-projects.csv", 2, "绩效目标", formula) });
    const dy = completeGuangzhou((await loadData(root)).departmentYears[0]);
    const table = dy.tables.keyProjects;
    const [first, second, ...rest] = table.rows;
    if (!first || !second) throw new Error("no key projects");
    // A negative amount (a table that allows them) and a name starting with @.
    const [amountKey = ""] = Object.keys(second.amounts);
    const negative = { ...second, name: "@负数", amounts: { ...second.amounts, [amountKey]: -500 as never } };
    const csv = tableCsv({ ...table, rows: [first, negative, ...rest] });
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(["项目", "预算数", "绩效目标"]);
    expect(parsed[1]?.[2]).toBe(`'${formula}`);
    expect(parsed[2]?.[0]).toBe("'@负数");
    expect(parsed[2]?.[1]).toBe("-5.00");
    expect(csv).not.toMatch(/(^|,)"?[=@]/m);
  });
});

describe("invisible and control characters", () => {
  const CHARACTERS: [name: string, char: string, code: string][] = [
    ["zero width space", "\u200B", "U+200B"],
    ["zero width non-joiner", "\u200C", "U+200C"],
    ["zero width joiner", "\u200D", "U+200D"],
    ["U+FEFF inside text", "\uFEFF", "U+FEFF"],
    ["word joiner", "\u2060", "U+2060"],
    ["left-to-right embedding", "\u202A", "U+202A"],
    ["right-to-left override", "\u202E", "U+202E"],
    ["left-to-right isolate", "\u2066", "U+2066"],
    ["pop directional isolate", "\u2069", "U+2069"],
    ["NUL", "\u0000", "U+0000"],
    ["bell", "\u0007", "U+0007"],
    ["escape", "\u001B", "U+001B"],
  ];

  it.each(CHARACTERS)("%s in a CSV cell is an error naming it", async (_name, char, code) => {
    const root = await seedCopyWith({
      "key-projects.csv": await withCell("key-projects.csv", 2, "绩效目标", `完成${char}政务服务`),
    });
    const { findings, departmentYears } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("key-projects.csv"), 2, "绩效目标", "text.invisible"]]);
    expect(findings[0]?.severity).toBe("error");
    expect(findings[0]?.message.zh).toContain(`此处含有不可见字符 ${code}`);
    expect(findings[0]?.message.en).toContain(code);
    expect(departmentYears[0]?.tables).not.toHaveProperty("keyProjects");
  });

  it("in a name cell and a header cell", async () => {
    const text = (await withCell("table06.csv", 4, "科目名称", "基本\u200B工资")).replace("预算", "预\u200D算");
    const root = await seedCopyWith({ "table06.csv": text });
    const { findings } = await loadData(root);
    // The header cell is also not a column of the table (its hint suggests 预算), so the table stops there.
    expect(findings.map(project)).toEqual([
      [F("table06.csv"), 1, "预\u200D算", "text.invisible"],
      [F("table06.csv"), 4, "科目名称", "text.invisible"],
      [F("table06.csv"), 1, "预\u200D算", "header.unknown"],
    ]);
  });

  it("tabs and line breaks inside a cell are not invisible characters", async () => {
    const root = await seedCopyWith({
      "key-projects.csv": await withCell("key-projects.csv", 2, "绩效目标", "第一行\n第二行\t（续）"),
    });
    expect((await loadData(root)).findings.map(project)).toEqual([]);
  });

  it.each(CHARACTERS)("%s in YAML text is an error naming it and its field", async (_name, char, code) => {
    const glossary = (await seedText("glossary.yaml")).replace('term: "事业收入"', `term: "事业${char}收入"`);
    const root = await seedCopyWith({ "glossary.yaml": glossary });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("glossary.yaml"), 5, "terms.1.term", "text.invisible"]]);
    expect(findings[0]?.message.zh).toContain(`此处含有不可见字符 ${code}`);
  });

  it("in a block of department.yaml", async () => {
    const department = (await seedText("department.yaml")).replace("贯彻执行国家", "贯彻\u202E执行国家");
    const root = await seedCopyWith({ "department.yaml": department });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("department.yaml"), 9, "overview.duties.0", "text.invisible"]]);
  });
});

describe("files saved the wrong way get one finding saying how to save them", () => {
  const utf16 = async (name: string, bigEndian: boolean): Promise<Buffer> => {
    const le = Buffer.from(`\uFEFF${await seedText(name)}`, "utf16le");
    return bigEndian ? Buffer.from(le).swap16() : le;
  };

  it.each([
    ["little-endian (FF FE)", false],
    ["big-endian (FE FF)", true],
  ])("a UTF-16 CSV, %s, as Excel's “Unicode 文本” writes it", async (_name, bigEndian) => {
    const root = await seedCopyWith({ "table06.csv": await utf16("table06.csv", bigEndian as boolean) });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("table06.csv"), null, null, "file.encoding-utf16"]]);
    expect(findings[0]?.hint.zh).toContain("CSV UTF-8（逗号分隔）");
  });

  it("a UTF-16 YAML file, and one without a byte-order mark", async () => {
    const noBom = Buffer.from(await seedText("glossary.yaml"), "utf16le");
    const root = await seedCopyWith({
      "explanation.yaml": await utf16("explanation.yaml", false),
      "glossary.yaml": noBom,
    });
    expect((await loadData(root)).findings.map(project)).toEqual([
      [F("explanation.yaml"), null, null, "file.encoding-utf16"],
      [F("glossary.yaml"), null, null, "file.encoding-utf16"],
    ]);
  });

  it("a semicolon-delimited CSV (Excel with a European list separator, decimal commas too)", async () => {
    const rows = Papa.parse<string[]>(await seedText("table06.csv"), { skipEmptyLines: true }).data;
    const semicolons = rows.map((r) => r.map((c) => c.replaceAll(",", "").replace(".", ",")).join(";")).join("\r\n");
    const root = await seedCopyWith({ "table06.csv": semicolons });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("table06.csv"), 1, null, "csv.delimiter"]]);
    expect(findings[0]?.message.zh).toContain("分号");
  });

  it("a tab-delimited CSV (Excel's “文本文件（制表符分隔）”)", async () => {
    const rows = Papa.parse<string[]>(await seedText("table06.csv"), { skipEmptyLines: true }).data;
    const root = await seedCopyWith({ "table06.csv": rows.map((r) => r.join("\t")).join("\n") });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("table06.csv"), 1, null, "csv.delimiter"]]);
    expect(findings[0]?.message.zh).toContain("制表符");
  });

  it("a first line sep=, is reported and skipped, and every other line keeps its number", async () => {
    const text = `sep=,\r\n${await withCell("table06.csv", 20, "预算", "abc")}`;
    const root = await seedCopyWith({ "table06.csv": text });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([
      [F("table06.csv"), 1, null, "csv.sep-line"],
      [F("table06.csv"), 21, "预算", "amount.not-a-number"],
    ]);
    // Without the mistake, the table loads with the warning only.
    const clean = await seedCopyWith({ "table06.csv": `sep=,\n${await seedText("table06.csv")}` });
    const loaded = await loadData(clean);
    expect(loaded.findings.map(project)).toEqual([[F("table06.csv"), 1, null, "csv.sep-line"]]);
    expect(loaded.departmentYears[0]?.failedTables).toEqual([]);
  });

  it("decimal commas in amounts: one finding per cell that names them", async () => {
    let text = await withCell("table06.csv", 4, "预算", "190,45");
    text = text.replace('"1,516.82"', '"1.516,82"');
    const root = await seedCopyWith({ "table06.csv": text });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([
      [F("table06.csv"), 3, "预算", "amount.decimal-comma"],
      [F("table06.csv"), 4, "预算", "amount.decimal-comma"],
    ]);
    expect(findings[0]?.message.zh).toContain("逗号作小数点");
  });
});
