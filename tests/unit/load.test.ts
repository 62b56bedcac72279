/**
 * The loader of a data root (src/budget/load.ts) on its own: which folders it walks, which files
 * of a department-year it reads and how it reports those it cannot, what it counts, and what the
 * department-year it builds holds. Each case is a copy of a real department-year of data/ with
 * one thing changed, loaded with the real loader. Findings are compared as
 * [file, line, column, rule, severity]; where a finding's parameters matter (a link's kind, a
 * suggestion), the whole finding is compared with the one the rule makes of them, so the wording
 * can still change. Faults the file system cannot be made to give (any user, root too) come from
 * a wrapper around node:fs/promises, as in hostile-files.test.ts.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { finding, RULES } from "../../src/budget/data-rules";
import type { Finding } from "../../src/budget/findings";
import { findingAt as project, type FindingAt as Projection } from "../helpers/finding-projection";
import { bi } from "../../src/budget/i18n-text";
import { isDepartmentFolderName, loadData } from "../../src/budget/load";
import type { LoadResult } from "../../src/budget/model";
import { GUANGZHOU_BUDGET, PROFILES } from "../../src/budget/profiles";
import { dataCopyWith, REPO_ROOT, removeSeedCopies, SEED_DIR, seedCopyWith } from "../helpers/seed-copy";
import { SEED_PATH } from "../helpers/seed";

/** Paths (by their ending) that fail, and how; and the other faults a test switches on. */
const faults = vi.hoisted(() => ({
  readFile: new Map<string, string | Error | { thrown: unknown }>(),
  readdir: new Map<string, string>(),
  lstat: new Map<string, string>(),
  stat: new Map<string, string>(),
  loadYaml: new Set<string>(),
  /** A folder (by its ending) whose listing holds an entry that throws when asked what it is. */
  brokenEntry: undefined as string | undefined,
  /** List every folder backwards (Node on Linux lists by name; other systems in any order). */
  backwards: false,
  loadErrata: false,
  checkEnglish: false,
  /** Turn the Guangzhou profile into one with declared-absent and optional tables. */
  profile: undefined as undefined | ((p: typeof import("../../src/budget/profiles").GUANGZHOU_BUDGET) => unknown),
}));

const failing = <T>(map: Map<string, T>, path: unknown): T | undefined =>
  [...map].find(([ending]) => String(path).endsWith(ending))?.[1];

const osError = (code: string, path: unknown): Error =>
  Object.assign(new Error(`${code}: operation failed, open '${String(path)}'`), { code, path: String(path) });

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  const call = (
    name: "readFile" | "readdir" | "lstat" | "stat",
    map: Map<string, string | Error | { thrown: unknown }>,
  ) =>
    (async (path: unknown, ...rest: unknown[]) => {
      const fault = failing(map, path);
      if (typeof fault === "object" && !(fault instanceof Error)) throw fault.thrown;
      if (fault instanceof Error) throw fault;
      if (fault) throw osError(fault, path);
      if (name === "readdir" && faults.brokenEntry !== undefined && String(path).endsWith(faults.brokenEntry)) {
        const explode = (): never => {
          throw new TypeError("dirent exploded");
        };
        return [{ name: "2025", isSymbolicLink: explode, isDirectory: explode, isFile: explode }];
      }
      const result = await (actual[name] as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
      return name === "readdir" && faults.backwards ? (result as unknown[]).reverse() : result;
    }) as never;
  const readFile = call("readFile", faults.readFile) as typeof actual.readFile;
  const lstat = call("lstat", faults.lstat) as typeof actual.lstat;
  const stat = call("stat", faults.stat) as typeof actual.stat;
  const readdir = call("readdir", faults.readdir) as typeof actual.readdir;
  const wrapped = { readFile, readdir, lstat, stat };
  return { ...actual, ...wrapped, default: { ...actual, ...wrapped } };
});

vi.mock("../../src/budget/yaml-file", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/budget/yaml-file")>();
  return {
    ...actual,
    loadYaml: (...args: Parameters<typeof actual.loadYaml>) => {
      if (faults.loadYaml.has(args[1].split("/").pop() ?? "")) throw new TypeError("yaml exploded");
      return actual.loadYaml(...args);
    },
  };
});

vi.mock("../../src/budget/errata", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/budget/errata")>();
  return {
    ...actual,
    loadErrata: (...args: Parameters<typeof actual.loadErrata>) => {
      if (faults.loadErrata) throw new RangeError("errata exploded");
      return actual.loadErrata(...args);
    },
  };
});

vi.mock("../../src/budget/profiles", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/budget/profiles")>();
  return {
    ...actual,
    profileById: (id: string) => {
      const profile = actual.profileById(id);
      if (profile === actual.GUANGZHOU_BUDGET && faults.checkEnglish)
        return {
          ...profile,
          checkEnglish: () => {
            throw new Error("english exploded");
          },
        };
      if (profile === actual.GUANGZHOU_BUDGET && faults.profile) return faults.profile(profile);
      return profile;
    },
  };
});

const projected = async (root: string, only?: string): Promise<Projection[]> =>
  (await loadData(root, only)).findings.map(project);

const F = (name: string): string => `${SEED_PATH}/${name}`;
const WANLI = "2025/putuo-wanli";
const W = (name: string): string => `${WANLI}/${name}`;

/** An erratum for the 9.00万元 of table06.csv line 14 (tests/fixtures/broken/amount-not-a-number). */
const ERRATUM = [
  "errata:",
  "  - rule: amount.not-a-number",
  "    file: table06.csv",
  "    line: 14",
  "    column: 预算",
  '    printed: "9.00万元"',
  "    note: 原文如此",
  "",
].join("\n");

/** A Guangzhou table as findings name it: 表6 and its title. */
const tableWhat = (id: string) => {
  const spec = GUANGZHOU_BUDGET.tables.find((t) => t.id === id);
  if (spec?.number === undefined) return spec?.title ?? bi("?", "?");
  return bi(`表${spec.number} ${spec.title.zh}`, `Table ${spec.number}, ${spec.title.en}`);
};

/** The known profiles as findings list them. */
const knownProfiles = () => {
  const ids = PROFILES.map((p) => p.id);
  return { zh: ids.join("、"), en: ids.join(", ") };
};

const seedText = (name: string): Promise<string> => readFile(join(SEED_DIR, name), "utf8");

const emptyRoots: string[] = [];
const emptyRoot = async (): Promise<string> => {
  const root = await mkdtemp(join(tmpdir(), "budget-load-"));
  emptyRoots.push(root);
  return root;
};

afterEach(() => {
  faults.readFile.clear();
  faults.readdir.clear();
  faults.lstat.clear();
  faults.stat.clear();
  faults.loadYaml.clear();
  faults.loadErrata = false;
  faults.brokenEntry = undefined;
  faults.backwards = false;
  faults.checkEnglish = false;
  faults.profile = undefined;
});
afterAll(async () => {
  await removeSeedCopies();
  await Promise.all(emptyRoots.map((r) => rm(r, { recursive: true, force: true })));
});

/** The seed as loaded from a clean copy: the figures the other cases are measured against. */
let seed: LoadResult;
beforeAll(async () => {
  seed = await loadData(await seedCopyWith());
});

const rowsOf = (result: LoadResult): number =>
  result.departmentYears.flatMap((dy) => Object.values(dy.tables)).reduce((n, t) => n + t.rows.length, 0);

describe("what a clean department-year loads as", () => {
  it("the seed: one department-year, 17 files, every row of its 13 tables", () => {
    expect(seed.findings).toEqual([]);
    const [dy] = seed.departmentYears;
    expect(dy?.path).toBe(SEED_PATH);
    expect(dy?.year).toBe(2025);
    expect(dy?.slug).toBe("huadu-zwfw");
    expect(dy?.kind).toBe("部门预算");
    expect(dy?.unit).toEqual({ unit: "万元", decimals: 2 });
    expect(dy?.profile).toBe(GUANGZHOU_BUDGET);
    expect(Object.keys(dy?.tables ?? {})).toHaveLength(13);
    expect(dy?.missingTables).toEqual([]);
    expect(dy?.absentTables).toEqual([]);
    expect(dy?.errata).toEqual([]);
    expect((dy as { english?: { title?: string } } | undefined)?.english?.title).toMatch(/^2025 Departmental Budget/);
    // department.yaml, explanation.yaml, glossary.yaml, english.yaml and 13 tables.
    expect(seed.stats).toEqual({ departmentYears: 1, files: 17, rows: rowsOf(seed) });
    expect(seed.stats.rows).toBe(212);
  });

  it("a department-year without english.yaml has no english at all, and one file less", async () => {
    const result = await loadData(await seedCopyWith({ "english.yaml": null }));
    expect(result.findings).toEqual([]);
    expect(result.departmentYears[0]).not.toHaveProperty("english");
    expect(result.stats).toEqual({ departmentYears: 1, files: 16, rows: 212 });
  });

  it("a Shanghai department-year: its errata, its source PDF, the 万元 of its table09 and the 元 of the rest", async () => {
    const result = await loadData(join(REPO_ROOT, "data"), WANLI);
    expect(result.findings).toEqual([]);
    const [dy] = result.departmentYears;
    expect(dy?.kind).toBe("部门预算");
    expect(dy?.unit).toEqual({ unit: "元", decimals: 0 });
    expect(dy?.tables["table01"]?.unit).toEqual({ unit: "元", decimals: 0 });
    expect(dy?.tables["table09"]?.unit).toEqual({ unit: "万元", decimals: 2 });
    expect(dy?.errata.map((e) => [e.rule, e.file, e.column ?? null])).toEqual([
      ["explain.item-name", W("explanation.yaml"), "facts.items.20.code"],
    ]);
    // department.yaml, explanation.yaml, glossary.yaml, english.yaml, errata.yaml and 9 tables
    // (original.pdf is the document, not a data file).
    expect(result.stats).toEqual({ departmentYears: 1, files: 14, rows: rowsOf(result) });
  });

  it("a Jiangsu department-year: a profile without an English edition", async () => {
    const result = await loadData(join(REPO_ROOT, "data"), "2018/js-fy");
    expect(result.findings).toEqual([]);
    const [dy] = result.departmentYears;
    expect(dy?.profile.id).toBe("jiangsu-budget");
    expect(dy).not.toHaveProperty("english");
    expect(dy?.failedTables).toEqual([]);
    // department.yaml, explanation.yaml, glossary.yaml, errata.yaml and 12 tables.
    expect(result.stats).toEqual({ departmentYears: 1, files: 16, rows: rowsOf(result) });
  });
});

describe("files nobody needs a warning about", () => {
  const IGNORED = [
    ".DS_Store",
    "._table01.csv",
    "~$table01.xlsx",
    "Thumbs.db",
    "desktop.ini",
    "README.md",
    "readme",
    "ReadMe.TXT",
    "说明.txt",
    "说明",
  ];

  it("are passed over in a department-year folder, a year folder and the data root", async () => {
    const overlay = Object.fromEntries(IGNORED.map((name) => [name, "x"]));
    const root = await seedCopyWith(overlay);
    for (const name of IGNORED) {
      await writeFile(join(root, "2025", name), "x");
      await writeFile(join(root, name), "x");
    }
    const result = await loadData(root);
    expect(result.findings.map(project)).toEqual([]);
    expect(result.stats).toEqual(seed.stats);
  });

  it("names that only look like them are reported, in the order of their names however they are listed", async () => {
    faults.backwards = true;
    const near = [
      "readme.md.bak",
      "myreadme.md",
      "说明文档.txt",
      "关于说明.txt",
      "Thumbs.db.bak",
      "desktop.ini~",
      "a~$b",
    ];
    const root = await seedCopyWith(Object.fromEntries(near.map((name) => [name, "x"])));
    const sorted = [...near].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(sorted).toEqual([
      "Thumbs.db.bak",
      "a~$b",
      "desktop.ini~",
      "myreadme.md",
      "readme.md.bak",
      "关于说明.txt",
      "说明文档.txt",
    ]);
    expect(await projected(root)).toEqual(
      sorted.map((name): Projection => [F(name), null, null, "folder.unknown-file", "warning"]),
    );
  });

  it("a link under an ignored name is passed over too; one under any other name is reported once", async () => {
    const root = await seedCopyWith();
    const dir = join(root, SEED_PATH);
    await symlink("table01.csv", join(dir, ".table01.csv"));
    await symlink("table01.csv", join(dir, "table01-copy.csv"));
    await writeFile(join(dir, "notes.txt"), "x");
    const { findings } = await loadData(root);
    expect(findings).toEqual([
      finding(
        RULES.symlink,
        { file: F("table01-copy.csv"), value: "table01.csv" },
        { kind: "link", target: "table01.csv" },
      ),
      // A real file beside a link is still unknown.
      finding(RULES.unknownFile, { file: F("notes.txt") }, { profile: "guangzhou-budget" } as never),
    ]);
  });

  it("isDepartmentFolderName: lowercase letters and digits, in words joined by single hyphens", () => {
    expect(["huadu-zwfw", "a1-b2", "js-fy", "putuo"].map(isDepartmentFolderName)).toEqual([true, true, true, true]);
    expect(["Huadu", "huadu_zwfw", "-huadu", "huadu-", "huadu--zwfw", ""].map(isDepartmentFolderName)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("unknown files", () => {
  it("are reported in name order, each with the missing file its name is nearest to", async () => {
    const root = await seedCopyWith({
      "tabel01.csv": "x",
      "table03.csv": null,
      "glossary.yaml": null,
      "zz.txt": "x",
      "tabel03.csv": "x",
      "glosary.yaml": "x",
    });
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([
      [F("glosary.yaml"), null, null, "folder.unknown-file", "warning"],
      [F("tabel01.csv"), null, null, "folder.unknown-file", "warning"],
      [F("tabel03.csv"), null, null, "folder.unknown-file", "warning"],
      [F("zz.txt"), null, null, "folder.unknown-file", "warning"],
      [F("glossary.yaml"), null, null, "folder.missing-file", "error"],
      [F("table03.csv"), null, null, "folder.missing-file", "error"],
    ]);
    const profile = { profile: "guangzhou-budget" };
    expect(findings.slice(0, 4)).toEqual([
      finding(RULES.unknownFile, { file: F("glosary.yaml") }, { ...profile, suggestion: "glossary.yaml" } as never),
      // Nearest to a file that is missing, not to table01.csv, which is there.
      finding(RULES.unknownFile, { file: F("tabel01.csv") }, { ...profile, suggestion: "table03.csv" } as never),
      finding(RULES.unknownFile, { file: F("tabel03.csv") }, { ...profile, suggestion: "table03.csv" } as never),
      finding(RULES.unknownFile, { file: F("zz.txt") }, profile as never),
    ]);
  });

  it("a file the profile knows is never unknown, errata.yaml included, and each counts as a file", async () => {
    const root = await seedCopyWith({ "errata.yaml": ERRATUM });
    const result = await loadData(root);
    expect(result.findings).toEqual([]);
    expect(result.stats).toEqual({ ...seed.stats, files: 18 });
    expect(result.departmentYears[0]?.errata.map((e) => [e.rule, e.file, e.line, e.column, e.printed])).toEqual([
      ["amount.not-a-number", F("table06.csv"), 14, "预算", "9.00万元"],
    ]);
  });
});

describe("errata and the rows they acknowledge", () => {
  const brokenTable06 = async (): Promise<string> =>
    (await seedText("table06.csv")).replace("30202,印刷费,9.00\n", "30202,印刷费,9.00万元\n");

  it("an acknowledged error that still leaves a row unread keeps the table out, with a finding saying so", async () => {
    const root = await seedCopyWith({ "table06.csv": await brokenTable06(), "errata.yaml": ERRATUM });
    const result = await loadData(root);
    expect(result.findings.map(project)).toEqual([
      [F("table06.csv"), 14, "预算", "amount.not-a-number", "error"],
      [F("table06.csv"), null, null, "table.rows-unread", "error"],
    ]);
    expect(result.findings[0]?.acknowledged?.printed).toBe("9.00万元");
    expect(result.findings[1]).toEqual(
      finding(RULES.rowsUnread, { file: F("table06.csv") }, { count: 1, what: tableWhat("table06") }),
    );
    const [dy] = result.departmentYears;
    expect(dy?.failedTables).toEqual(["table06"]);
    expect(dy?.tables).not.toHaveProperty("table06");
    // The rows of table06 it could read are still counted: all but the one.
    expect(result.stats).toEqual({ departmentYears: 1, files: 18, rows: 211 });
  });

  it("without the erratum: the error alone, and the table's readable rows still counted", async () => {
    const result = await loadData(await seedCopyWith({ "table06.csv": await brokenTable06() }));
    expect(result.findings.map(project)).toEqual([[F("table06.csv"), 14, "预算", "amount.not-a-number", "error"]]);
    expect(result.stats).toEqual({ departmentYears: 1, files: 17, rows: 211 });
  });

  it("an erratum with the correct value: the corrected amount is read and the table loads", async () => {
    const errata = ERRATUM.replace("    note:", '    correct: "9.00"\n    note:');
    const result = await loadData(await seedCopyWith({ "table06.csv": await brokenTable06(), "errata.yaml": errata }));
    const [dy] = result.departmentYears;
    expect(dy?.failedTables).toEqual([]);
    expect(dy?.tables["table06"]?.rows.find((r) => r.code === "30202")?.amounts["amount"]).toBe(900);
    expect(result.stats).toEqual({ departmentYears: 1, files: 18, rows: 212 });
  });

  it("an exception while reading errata.yaml names it; the department-year still loads", async () => {
    faults.loadErrata = true;
    const result = await loadData(await seedCopyWith({ "errata.yaml": ERRATUM }));
    expect(result.findings.map(project)).toEqual([[F("errata.yaml"), null, null, "file.unexpected", "error"]]);
    expect(result.findings[0]).toEqual(
      finding(RULES.unexpected, { file: F("errata.yaml") }, { detail: "errata exploded" }),
    );
    expect(result.departmentYears[0]?.errata).toEqual([]);
    expect(result.stats.files).toBe(18);
  });
});

describe("missing files", () => {
  it("a numbered table and the key-projects table are named as findings name them; both are missing, not loaded", async () => {
    const result = await loadData(await seedCopyWith({ "table07.csv": null, "key-projects.csv": null }));
    expect(result.findings).toEqual([
      finding(RULES.missingFile, { file: F("table07.csv") }, { what: tableWhat("table07") }),
      finding(RULES.missingFile, { file: F("key-projects.csv") }, { what: tableWhat("keyProjects") }),
    ]);
    expect(tableWhat("keyProjects")).toEqual(bi("重点项目预算绩效目标情况", "Performance goals of key projects"));
    const [dy] = result.departmentYears;
    expect(dy?.failedTables).toEqual(["table07", "keyProjects"]);
    expect(dy?.missingTables).toEqual(["table07", "keyProjects"]);
    expect(dy?.absentTables).toEqual([]);
    expect(result.stats.files).toBe(15);
  });

  it("explanation.yaml or glossary.yaml missing: named with what it holds, and no department-year", async () => {
    for (const name of ["explanation.yaml", "glossary.yaml"] as const) {
      const result = await loadData(await seedCopyWith({ [name]: null }));
      const spec = name === "explanation.yaml" ? GUANGZHOU_BUDGET.yaml.explanation : GUANGZHOU_BUDGET.yaml.glossary;
      expect(result.findings).toEqual([finding(RULES.missingFile, { file: F(name) }, { what: spec.what })]);
      expect(result.departmentYears).toEqual([]);
      // The tables are still read and counted.
      expect(result.stats).toEqual({ departmentYears: 1, files: 16, rows: 212 });
    }
  });

  it("department.yaml missing: the folder is not read further", async () => {
    const result = await loadData(await seedCopyWith({ "department.yaml": null }));
    expect(result.findings.map(project)).toEqual([[F("department.yaml"), null, null, "folder.missing-file", "error"]]);
    // It says what the file holds.
    expect(result.findings[0]?.message.zh).not.toContain("undefined");
    expect(result.findings[0]?.message.en).not.toContain("undefined");
    expect(result.stats).toEqual({ departmentYears: 1, files: 0, rows: 0 });
  });
});

describe("the profile line of department.yaml", () => {
  const withProfileLine = async (line: string | null): Promise<string> => {
    const department = await seedText("department.yaml");
    return department.replace("profile: guangzhou-budget\n", line === null ? "" : `${line}\n`);
  };

  it("a blank profile is no profile", async () => {
    const result = await loadData(await seedCopyWith({ "department.yaml": await withProfileLine('profile: "   "') }));
    expect(result.findings).toEqual([
      finding(RULES.profileMissing, { file: F("department.yaml"), column: "profile" }, { known: knownProfiles() }),
    ]);
    expect(result.departmentYears).toEqual([]);
    expect(result.stats).toEqual({ departmentYears: 1, files: 1, rows: 0 });
  });

  it("an unknown profile far from any known one gets no suggestion", async () => {
    const result = await loadData(await seedCopyWith({ "department.yaml": await withProfileLine("profile: zzz") }));
    expect(result.findings).toEqual([
      finding(
        RULES.profileUnknown,
        { file: F("department.yaml"), column: "profile", value: "zzz" },
        { known: knownProfiles() },
      ),
    ]);
    expect(result.stats).toEqual({ departmentYears: 1, files: 1, rows: 0 });
  });

  it("a near miss gets the profile it is nearest to", async () => {
    const result = await loadData(
      await seedCopyWith({ "department.yaml": await withProfileLine("profile: shanghai-budgt") }),
    );
    expect(result.findings).toEqual([
      finding(
        RULES.profileUnknown,
        { file: F("department.yaml"), column: "profile", value: "shanghai-budgt" },
        { known: knownProfiles(), suggestion: "shanghai-budget" },
      ),
    ]);
  });

  it("a YAML syntax error is the one finding, with or without the profile line", async () => {
    // An unclosed quote on line 3 (the department's name), as in tests/fixtures/broken/yaml-syntax.
    const broken = (await seedText("department.yaml")).replace('政务服务和数据管理局"\n', "政务服务和数据管理局\n");
    expect(await projected(await seedCopyWith({ "department.yaml": broken }))).toEqual([
      [F("department.yaml"), 3, null, "yaml.syntax", "error"],
    ]);
    const noProfile = broken.replace("profile: guangzhou-budget\n", "");
    expect(await projected(await seedCopyWith({ "department.yaml": noProfile }))).toEqual([
      [F("department.yaml"), 2, null, "yaml.syntax", "error"],
    ]);
  });
});

describe("the published document department.yaml names", () => {
  const where = { file: W("department.yaml"), column: "source.document", value: "original.pdf" };

  it("missing: an error at source.document", async () => {
    const root = await dataCopyWith(WANLI, { "original.pdf": null });
    const result = await loadData(root);
    expect(result.findings).toEqual([finding(RULES.sourceDocumentMissing, where, {})]);
    expect(result.departmentYears.map((dy) => dy.path)).toEqual([WANLI]);
  });

  it("not a PDF, however short: an error at source.document, and never an unknown file", async () => {
    for (const bytes of ["%PDF", "%PDX-1.7\n", "hello world"]) {
      const result = await loadData(await dataCopyWith(WANLI, { "original.pdf": bytes }));
      expect(result.findings).toEqual([finding(RULES.sourceDocumentNotPdf, where, {})]);
    }
    const pdf = await loadData(await dataCopyWith(WANLI, { "original.pdf": "%PDF-1.7\n" }));
    expect(pdf.findings).toEqual([]);
  });

  it("another file named: the PDF there is unknown, the one named is missing", async () => {
    const department = (await readFile(join(REPO_ROOT, "data", WANLI, "department.yaml"), "utf8")).replace(
      'document: "original.pdf"',
      'document: "原文.pdf"',
    );
    const result = await loadData(await dataCopyWith(WANLI, { "department.yaml": department }));
    expect(result.findings.map(project)).toEqual([
      [W("original.pdf"), null, null, "folder.unknown-file", "warning"],
      [W("department.yaml"), null, "source.document", "source.document-missing", "error"],
    ]);
    expect(result.findings[1]?.value).toBe("原文.pdf");
  });

  it("a department.yaml whose fields do not read names no document, and no unit: the PDF is unknown, no table reads", async () => {
    const department = (await readFile(join(REPO_ROOT, "data", WANLI, "department.yaml"), "utf8")).replace(
      'kind: "部门预算"',
      'kind: "决算"',
    );
    const result = await loadData(await dataCopyWith(WANLI, { "department.yaml": department }));
    expect(result.findings.map(project)).toEqual([
      [W("department.yaml"), 2, "kind", "yaml.field", "error"],
      [W("original.pdf"), null, null, "folder.unknown-file", "warning"],
    ]);
    expect(result.departmentYears).toEqual([]);
    // Every file is still read (and counted), but without the unit no table's rows are.
    expect(result.stats).toEqual({ departmentYears: 1, files: 14, rows: 0 });
  });
});

describe("the year: department.yaml's, the folder's, the English title's", () => {
  const englishWithTitle = async (title: string): Promise<string> =>
    (await seedText("english.yaml")).replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);
  const departmentOfYear = async (year: number): Promise<string> =>
    (await seedText("department.yaml")).replace(/^year: 2025$/m, `year: ${year}`);

  it("an English title of another year is an error at its title, naming both years", async () => {
    for (const [title, stated] of [
      ["2024 Departmental Budget", "2024"],
      ["Departmental Budget for 1999", "1999"],
    ] as const) {
      const result = await loadData(await seedCopyWith({ "english.yaml": await englishWithTitle(title) }));
      expect(result.findings).toEqual([
        finding(
          RULES.englishStaleYear,
          { file: F("english.yaml"), column: "title", value: title },
          { stated, year: 2025 },
        ),
      ]);
      // The department-year loads; the error is what blocks it.
      expect(result.departmentYears.map((dy) => dy.path)).toEqual([SEED_PATH]);
    }
  });

  it("a title naming this year, no year, or digits that are not a year is not", async () => {
    for (const title of [
      "The 2025 Budget",
      "Departmental Budget",
      "Budget 20245",
      "Item 12024",
      "Budget 2024a",
      "Budget 2124",
    ]) {
      expect(await projected(await seedCopyWith({ "english.yaml": await englishWithTitle(title) }))).toEqual([]);
    }
  });

  it("department.yaml's year against its folder's: that finding alone, even with an English title of another year", async () => {
    const root = await seedCopyWith({
      "department.yaml": await departmentOfYear(2024),
      "english.yaml": await englishWithTitle("2024 Departmental Budget"),
    });
    const result = await loadData(root);
    expect(result.findings).toEqual([
      finding(
        RULES.yearMismatch,
        { file: F("department.yaml"), column: "year", value: "2024" },
        { folderYear: "2025" },
      ),
    ]);
    expect(result.departmentYears[0]?.year).toBe(2024);
  });
});

describe("the English edition, paired with the Chinese that loaded", () => {
  const unusedName = async (): Promise<string> =>
    (await seedText("english.yaml")).replace(
      '  "合计": "Total"\n',
      '  "合计": "Total"\n  "不存在的行": "No such row"\n',
    );

  it("an English name no row has is a warning, when nothing else is wrong", async () => {
    const result = await loadData(await seedCopyWith({ "english.yaml": await unusedName() }));
    expect(result.findings.map(project)).toEqual([[F("english.yaml"), null, "names", "english.unused", "warning"]]);
    expect(result.findings[0]?.value).toBe("不存在的行");
  });

  it("still reported beside a warning, not beside an error", async () => {
    const warned = await loadData(await seedCopyWith({ "english.yaml": await unusedName(), "notes.txt": "x" }));
    expect(warned.findings.map(project)).toEqual([
      [F("notes.txt"), null, null, "folder.unknown-file", "warning"],
      [F("english.yaml"), null, "names", "english.unused", "warning"],
    ]);
    const table06 = (await seedText("table06.csv")).replace("30202,印刷费,9.00\n", "30202,印刷费,9.00万元\n");
    const failed = await loadData(await seedCopyWith({ "english.yaml": await unusedName(), "table06.csv": table06 }));
    expect(failed.findings.map(project)).toEqual([[F("table06.csv"), 14, "预算", "amount.not-a-number", "error"]]);
  });

  it("an exception in the pairing names english.yaml", async () => {
    faults.checkEnglish = true;
    const result = await loadData(await seedCopyWith());
    expect(result.findings).toEqual([
      finding(RULES.unexpected, { file: F("english.yaml") }, { detail: "english exploded" }),
    ]);
    expect(result.departmentYears.map((dy) => dy.path)).toEqual([SEED_PATH]);
  });
});

describe("the folders of a data root", () => {
  it("files beside the year folders and beside the department folders are unknown; the data loads", async () => {
    const root = await seedCopyWith();
    await writeFile(join(root, "notes.txt"), "x");
    await writeFile(join(root, "2025", "list.xlsx"), "x");
    const result = await loadData(root);
    expect(result.findings).toEqual([
      finding(RULES.unknownFile, { file: "notes.txt" }, {}),
      finding(RULES.unknownFile, { file: "2025/list.xlsx" }, {}),
    ]);
    expect(result.departmentYears.map((dy) => dy.path)).toEqual([SEED_PATH]);
  });

  it("year folders that are not four digits, and department folders not in lowercase words, are bad names", async () => {
    faults.backwards = true;
    const root = await seedCopyWith();
    for (const year of ["20255", "x2025", "2025x", "abcd"]) await mkdir(join(root, year));
    for (const dept of ["Huadu", "huadu_zwfw", "-huadu", "huadu-", "huadu--zwfw", "花都"])
      await mkdir(join(root, "2025", dept));
    await mkdir(join(root, "2025", "a1-b2"));
    const result = await loadData(root);
    const bad = (year: string, department?: string): Finding =>
      department === undefined
        ? finding(RULES.badFolderName, { file: year, value: year })
        : finding(RULES.badFolderName, { file: `${year}/${department}`, value: department });
    expect(result.findings.slice(0, -1)).toEqual([
      bad("2025", "-huadu"),
      bad("2025", "Huadu"),
      bad("2025", "huadu-"),
      bad("2025", "huadu--zwfw"),
      bad("2025", "huadu_zwfw"),
      bad("2025", "花都"),
      bad("20255"),
      bad("2025x"),
      bad("abcd"),
      bad("x2025"),
    ]);
    // a1-b2 is a good name: it is read, and has no department.yaml.
    expect(result.findings.slice(-1).map(project)).toEqual([
      ["2025/a1-b2/department.yaml", null, null, "folder.missing-file", "error"],
    ]);
    expect(result.departmentYears.map((dy) => dy.path)).toEqual([SEED_PATH]);
    expect(result.stats.departmentYears).toBe(2);
  });
});

describe("what to load: the root, a year, one department-year", () => {
  it("a department-year is loaded as named, whatever its folder is called", async () => {
    const root = await seedCopyWith({}, { slug: "Huadu_ZWFW" });
    const result = await loadData(root, "2025/Huadu_ZWFW");
    expect(result.findings).toEqual([]);
    expect(result.departmentYears.map((dy) => [dy.path, dy.slug])).toEqual([["2025/Huadu_ZWFW", "Huadu_ZWFW"]]);
    expect(result.stats).toEqual({ departmentYears: 1, files: 17, rows: 212 });
  });

  it("a year folder: its department-years; a bad year name given as the target is a bad name", async () => {
    const root = await seedCopyWith();
    expect((await loadData(root, "2025")).departmentYears.map((dy) => dy.path)).toEqual([SEED_PATH]);
    await mkdir(join(root, "year"));
    const result = await loadData(root, "year");
    expect(result.findings).toEqual([finding(RULES.badFolderName, { file: "year", value: "year" })]);
    expect(result.stats).toEqual({ departmentYears: 0, files: 0, rows: 0 });
  });

  it("a target that is a file, or is not there, or is under a file", async () => {
    const root = await seedCopyWith();
    expect((await loadData(root, `${SEED_PATH}/table01.csv`)).findings).toEqual([
      finding(RULES.notAFolder, { file: `${SEED_PATH}/table01.csv` }, { missing: false }),
    ]);
    expect((await loadData(root, "2026")).findings).toEqual([
      finding(RULES.notAFolder, { file: "2026" }, { missing: true }),
    ]);
    expect((await loadData(root, `${SEED_PATH}/table01.csv/x`)).findings).toEqual([
      finding(RULES.notAFolder, { file: `${SEED_PATH}/table01.csv/x` }, { missing: true }),
    ]);
    expect((await loadData(join(root, "nowhere"))).findings).toEqual([
      finding(RULES.notAFolder, { file: "." }, { missing: true }),
    ]);
  });

  it("a target the system will not look at is unreadable, not missing", async () => {
    const root = await seedCopyWith();
    faults.stat.set(join(root, "2025"), "EACCES");
    expect(await projected(root, "2025")).toEqual([["2025", null, null, "file.unreadable", "error"]]);
    faults.stat.set(root, "EACCES");
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[".", null, null, "file.unreadable", "error"]]);
    faults.stat.clear();
    const denied = await seedCopyWith();
    faults.readFile.set(join(SEED_PATH, "table05.csv"), "EACCES");
    expect(reasonOf(findings[0])).toEqual(reasonOf((await loadData(denied)).findings[0]));
  });

  it("nothing to load and nothing saying why: no data; a bad name or a link already says why", async () => {
    const root = await emptyRoot();
    await mkdir(join(root, "2025"));
    await writeFile(join(root, "2025", "notes.txt"), "x");
    expect(await projected(root)).toEqual([
      ["2025/notes.txt", null, null, "folder.unknown-file", "warning"],
      [".", null, null, "folder.no-data", "error"],
    ]);
    expect(await projected(root, "2025")).toEqual([
      ["2025/notes.txt", null, null, "folder.unknown-file", "warning"],
      ["2025", null, null, "folder.no-data", "error"],
    ]);
    await mkdir(join(root, "2025", "Bad"));
    expect(await projected(root, "2025")).toEqual([
      ["2025/notes.txt", null, null, "folder.unknown-file", "warning"],
      ["2025/Bad", null, null, "folder.bad-name", "error"],
    ]);
    const linked = await emptyRoot();
    await symlink(root, join(linked, "2025"));
    expect(await projected(linked)).toEqual([["2025", null, null, "folder.symlink", "error"]]);
  });

  it("many department-years: every one loaded, in folder order", async () => {
    const root = await emptyRoot();
    const slugs = Array.from({ length: 11 }, (_, i) => `dept-${String.fromCharCode(107 - i)}`);
    for (const slug of slugs) {
      await mkdir(join(root, "2025", slug), { recursive: true });
      for (const name of ["department.yaml", "explanation.yaml", "glossary.yaml"]) {
        await writeFile(join(root, "2025", slug, name), await seedText(name));
      }
    }
    const result = await loadData(root);
    const sorted = [...slugs].sort().map((slug) => `2025/${slug}`);
    expect(result.stats).toEqual({ departmentYears: 11, files: 33, rows: 0 });
    expect(result.departmentYears.map((dy) => dy.path)).toEqual(sorted);
    // Each misses its 13 tables, reported folder by folder.
    expect(result.findings).toHaveLength(11 * 13);
    expect([...new Set(result.findings.map((f) => f.file.split("/").slice(0, 2).join("/")))]).toEqual(sorted);
  });
});

/** A file.unreadable finding's message with its file taken out: what is left is the reason. */
const reasonOf = (f: Finding | undefined) => ({
  zh: f?.message.zh.replace(f.file, "…"),
  en: f?.message.en.replace(f.file, "…"),
});

describe("files the system will not hand over", () => {
  /** The message of the file.unreadable finding `code` gives for table05.csv. */
  const unreadable = async (fault: string | Error | { thrown: unknown }): Promise<Finding | undefined> => {
    const root = await seedCopyWith();
    faults.readFile.set(join(SEED_PATH, "table05.csv"), fault);
    const result = await loadData(root);
    expect(result.findings.map(project)).toEqual([[F("table05.csv"), null, null, "file.unreadable", "error"]]);
    expect(result.departmentYears[0]?.failedTables).toEqual(["table05"]);
    expect(result.departmentYears[0]?.missingTables).toEqual([]);
    // Not counted as a file read, nor its rows.
    expect(result.stats.files).toBe(16);
    expect(result.stats.rows).toBe(212 - (seed.departmentYears[0]?.tables["table05"]?.rows.length ?? 0));
    return result.findings[0];
  };

  it("each reason is told apart: permission, a folder, a busy file, any other system error by its code", async () => {
    const denied = await unreadable("EACCES");
    expect((await unreadable("EPERM"))?.message).toEqual(denied?.message);
    const reasons = [denied, await unreadable("EISDIR"), await unreadable("EBUSY"), await unreadable("EIO")];
    expect(new Set(reasons.map((f) => f?.message.zh)).size).toBe(4);
    expect(new Set(reasons.map((f) => f?.message.en)).size).toBe(4);
    // A reason staff can act on is told in words; any other by the system's code, not its message.
    for (const [f, code] of [
      [denied, "EACCES"],
      [reasons[1], "EISDIR"],
      [reasons[2], "EBUSY"],
    ] as const) {
      expect(f?.message.zh).not.toContain(code);
      expect(f?.message.en).not.toContain(code);
    }
    for (const text of [reasons[3]?.message.zh, reasons[3]?.message.en]) {
      expect(text).toContain("EIO");
      expect(text).not.toContain("operation failed");
    }
  });

  it("an error without a code is told by the first line of its message, at most 200 characters", async () => {
    const long = `${"x".repeat(199)}yz`;
    const f = await unreadable(new Error(`${long}\nsecond line`));
    for (const text of [f?.message.zh, f?.message.en]) {
      expect(text).toContain(long.slice(0, 200));
      expect(text).not.toContain(long);
      expect(text).not.toContain("second line");
      expect(text).not.toContain("undefined");
    }
    const numbered = await unreadable(Object.assign(new Error("worn out"), { code: 42 }));
    expect(numbered?.message.en).toContain("42");
    expect(numbered?.message.en).not.toContain("worn out");
  });

  it("whatever is thrown, not only an Error: a string, or null", async () => {
    expect((await unreadable({ thrown: "disk on fire" }))?.message.en).toContain("disk on fire");
    expect((await unreadable({ thrown: null }))?.message.en).toContain("null");
  });

  it("a file that cannot even be looked at: unreadable; one under a path that is no folder: missing", async () => {
    const root = await seedCopyWith();
    faults.readFile.set(join(SEED_PATH, "table05.csv"), "EIO");
    faults.lstat.set(join(SEED_PATH, "table05.csv"), "EACCES");
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("table05.csv"), null, null, "file.unreadable", "error"]]);
    // Told by the look that failed (permission), not by the read before it.
    expect(reasonOf(findings[0])).toEqual(reasonOf(await unreadable("EACCES")));
    faults.lstat.set(join(SEED_PATH, "table05.csv"), "ENOTDIR");
    expect(await projected(root)).toEqual([[F("table05.csv"), null, null, "folder.missing-file", "error"]]);
  });

  it("department.yaml unreadable: the one finding, nothing counted", async () => {
    const root = await seedCopyWith();
    faults.lstat.set(join(SEED_PATH, "department.yaml"), "EACCES");
    const result = await loadData(root);
    expect(result.findings.map(project)).toEqual([[F("department.yaml"), null, null, "file.unreadable", "error"]]);
    expect(result.stats).toEqual({ departmentYears: 1, files: 0, rows: 0 });
  });

  it("an exception while walking the folders is a finding naming the target", async () => {
    const root = await seedCopyWith();
    faults.brokenEntry = root;
    const result = await loadData(root);
    expect(result.findings).toEqual([finding(RULES.unexpected, { file: "." }, { detail: "dirent exploded" })]);
    expect(result.stats).toEqual({ departmentYears: 0, files: 0, rows: 0 });
    faults.brokenEntry = join(root, "2025");
    expect((await loadData(root, "2025")).findings).toEqual([
      finding(RULES.unexpected, { file: "2025" }, { detail: "dirent exploded" }),
    ]);
  });

  it("a data root that cannot be listed", async () => {
    const root = await seedCopyWith();
    faults.readdir.set(root, "EACCES");
    const { findings } = await loadData(root);
    expect(findings.map(project)).toEqual([[".", null, null, "file.unreadable", "error"]]);
    faults.readdir.clear();
    expect(reasonOf(findings[0])).toEqual(reasonOf(await unreadable("EACCES")));
  });

  it("an exception while reading a YAML file names it; no department-year without it", async () => {
    faults.loadYaml.add("glossary.yaml");
    const result = await loadData(await seedCopyWith());
    expect(result.findings).toEqual([
      finding(RULES.unexpected, { file: F("glossary.yaml") }, { detail: "yaml exploded" }),
    ]);
    expect(result.departmentYears).toEqual([]);
    expect(result.stats).toEqual({ departmentYears: 1, files: 17, rows: 212 });
  });
});

describe("symbolic links", () => {
  it("each says where it points and whether that is nothing, itself, or something", async () => {
    const root = await seedCopyWith({ "table07.csv": null, "glossary.yaml": null, "explanation.yaml": null });
    const dir = join(root, SEED_PATH);
    await symlink("nowhere.csv", join(dir, "table07.csv"));
    await symlink("glossary.yaml", join(dir, "glossary.yaml"));
    await symlink(join(SEED_DIR, "explanation.yaml"), join(dir, "explanation.yaml"));
    await symlink("table01.csv", join(dir, "notes"));
    const result = await loadData(root);
    const link = (name: string, target: string, kind: "loop" | "dangling" | "link"): Finding =>
      finding(RULES.symlink, { file: F(name), value: target }, { kind, target });
    expect(result.findings).toEqual([
      link("notes", "table01.csv", "link"),
      link("explanation.yaml", join(SEED_DIR, "explanation.yaml"), "link"),
      link("glossary.yaml", "glossary.yaml", "loop"),
      link("table07.csv", "nowhere.csv", "dangling"),
    ]);
    expect(result.departmentYears).toEqual([]);
    expect(result.stats).toEqual({
      departmentYears: 1,
      files: 14,
      rows: 212 - (seed.departmentYears[0]?.tables["table07"]?.rows.length ?? 0),
    });
  });
});

describe("tables a document does not publish", () => {
  /** The Guangzhou profile as if department.yaml could declare table10 not published, and key projects were optional. */
  const declaring = (profile: typeof GUANGZHOU_BUDGET) => ({
    ...profile,
    absentTables: (meta: { department: string }) => (meta.department.length > 0 ? ["table10"] : []),
    tables: profile.tables.map((t) => (t.id === "keyProjects" ? { ...t, presence: "optional" } : t)),
  });

  it("declared absent, or optional, and not there: absent, no finding", async () => {
    faults.profile = declaring;
    const result = await loadData(await seedCopyWith({ "table10.csv": null, "key-projects.csv": null }));
    expect(result.findings).toEqual([]);
    const [dy] = result.departmentYears;
    expect(dy?.absentTables).toEqual(["table10", "keyProjects"]);
    expect(dy?.failedTables).toEqual([]);
    expect(dy?.missingTables).toEqual([]);
    expect(Object.keys(dy?.tables ?? {})).toHaveLength(11);
    expect(result.stats.files).toBe(15);
  });

  it("declared absent yet there: an error; the table is still read", async () => {
    faults.profile = declaring;
    const result = await loadData(await seedCopyWith({ "key-projects.csv": null }));
    expect(result.findings).toEqual([
      finding(RULES.absentTablePresent, { file: F("table10.csv") }, { what: tableWhat("table10") }),
    ]);
    const [dy] = result.departmentYears;
    expect(dy?.absentTables).toEqual(["keyProjects"]);
    expect(dy?.tables).toHaveProperty("table10");
  });

  it("without department.yaml's fields nothing is declared absent: a missing table is missing", async () => {
    faults.profile = declaring;
    const department = (await seedText("department.yaml")).replace(/^year: 2025\n/m, "");
    const result = await loadData(await seedCopyWith({ "department.yaml": department, "table10.csv": null }));
    expect(result.findings.map(project)).toEqual([
      [F("department.yaml"), 2, "year", "yaml.field", "error"],
      [F("table10.csv"), null, null, "folder.missing-file", "error"],
    ]);
  });
});
