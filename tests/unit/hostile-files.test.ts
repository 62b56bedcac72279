/**
 * Files the operating system will not hand over, and exceptions nobody foresaw, through the real
 * loader: a file without read permission is "无法读取", never "缺少文件"; an exception while
 * reading a file is a finding naming that file; anything else is caught at the loader's boundary
 * and named by its folder. The tests run as any user (root too), so permission errors are made
 * by a wrapper around node:fs/promises rather than by chmod.
 */
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { Finding } from "../../src/budget/findings";
import { loadData } from "../../src/budget/load";
import { validate } from "../../src/budget/validate";
import { removeSeedCopies, seedCopyWith } from "../helpers/seed-copy";
import { SEED_PATH } from "../helpers/seed";

/** Paths (by their ending) that fail, and how. */
const faults = vi.hoisted(() => ({
  readFile: new Map<string, string>(),
  readdir: new Map<string, string>(),
  loadTable: new Set<string>(),
  applyErrata: false,
}));

const failing = (map: Map<string, string>, path: unknown): string | undefined =>
  [...map].find(([ending]) => String(path).endsWith(ending))?.[1];

const osError = (code: string, path: unknown): Error =>
  Object.assign(new Error(`${code}: operation failed, open '${String(path)}'`), { code, path: String(path) });

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  const readFile = (async (path: unknown, ...rest: unknown[]) => {
    const code = failing(faults.readFile, path);
    if (code) throw osError(code, path);
    return (actual.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof actual.readFile;
  const readdir = (async (path: unknown, ...rest: unknown[]) => {
    const code = failing(faults.readdir, path);
    if (code) throw osError(code, path);
    return (actual.readdir as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof actual.readdir;
  return { ...actual, readFile, readdir, default: { ...actual, readFile, readdir } };
});

vi.mock("../../src/budget/table-loader", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/budget/table-loader")>();
  return {
    ...actual,
    loadTable: (...args: Parameters<typeof actual.loadTable>) => {
      if (faults.loadTable.has(args[2].split("/").pop() ?? ""))
        throw new TypeError("Cannot read properties of undefined");
      return actual.loadTable(...args);
    },
  };
});

vi.mock("../../src/budget/errata", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/budget/errata")>();
  return {
    ...actual,
    applyErrata: (...args: Parameters<typeof actual.applyErrata>) => {
      if (faults.applyErrata) throw new RangeError("Maximum call stack size exceeded");
      return actual.applyErrata(...args);
    },
  };
});

type Projection = [file: string, line: number | null, column: string | null, rule: string];
const project = (f: Finding): Projection => [f.file, f.line ?? null, f.column ?? null, f.rule];
const F = (name: string): string => `${SEED_PATH}/${name}`;

afterEach(() => {
  faults.readFile.clear();
  faults.readdir.clear();
  faults.loadTable.clear();
  faults.applyErrata = false;
});
afterAll(removeSeedCopies);

describe("permission denied", () => {
  it("a table without read permission is 无法读取, not 缺少文件", async () => {
    const root = await seedCopyWith();
    faults.readFile.set(join(SEED_PATH, "table05.csv"), "EACCES");
    const { findings, departmentYears } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("table05.csv"), null, null, "file.unreadable"]]);
    const [f] = findings;
    expect(f?.message.zh).toContain("无法读取");
    expect(f?.message.zh).toContain("没有读取权限");
    expect(f?.message.zh).not.toContain("缺少文件");
    expect(f?.message.en).toContain("permission denied");
    expect(departmentYears[0]?.failedTables).toEqual(["table05"]);
    expect(departmentYears[0]?.missingTables).toEqual([]);
  });

  it("department.yaml, glossary.yaml and errata.yaml too", async () => {
    const root = await seedCopyWith({ "errata.yaml": "errata: []\n" });
    faults.readFile.set(join(SEED_PATH, "glossary.yaml"), "EACCES");
    faults.readFile.set(join(SEED_PATH, "errata.yaml"), "EPERM");
    expect((await loadData(root)).findings.map(project)).toEqual([
      [F("glossary.yaml"), null, null, "file.unreadable"],
      [F("errata.yaml"), null, null, "file.unreadable"],
    ]);
    faults.readFile.set(join(SEED_PATH, "department.yaml"), "EACCES");
    expect((await loadData(root)).findings.map(project)).toEqual([
      [F("department.yaml"), null, null, "file.unreadable"],
    ]);
  });

  it("a folder that cannot be listed", async () => {
    const root = await seedCopyWith();
    faults.readdir.set(SEED_PATH, "EACCES");
    expect((await loadData(root)).findings.map(project)).toEqual([[SEED_PATH, null, null, "file.unreadable"]]);
    faults.readdir.set("2025", "EACCES");
    expect((await loadData(root)).findings.map(project)).toEqual([["2025", null, null, "file.unreadable"]]);
  });
});

describe("unexpected exceptions become findings", () => {
  it("one thrown while reading a table names the table; the others still load", async () => {
    const root = await seedCopyWith();
    faults.loadTable.add("table08.csv");
    const { findings, departmentYears } = await loadData(root);
    expect(findings.map(project)).toEqual([[F("table08.csv"), null, null, "file.unexpected"]]);
    expect(findings[0]?.message.en).toContain("Cannot read properties of undefined");
    expect(departmentYears[0]?.failedTables).toEqual(["table08"]);
  });

  it("one thrown anywhere else is caught at the loader's boundary, naming the folder", async () => {
    const root = await seedCopyWith();
    faults.applyErrata = true;
    const result = await loadData(root);
    expect(result.findings.map(project)).toEqual([[SEED_PATH, null, null, "file.unexpected"]]);
    expect(result.departmentYears).toEqual([]);
  });

  it("validation then fails instead of crashing", async () => {
    const root = await seedCopyWith();
    faults.loadTable.add("table08.csv");
    const result = await validate(root);
    expect(result.ok).toBe(false);
    expect(result.findings.filter((f) => f.rule === "file.unexpected").map(project)).toEqual([
      [F("table08.csv"), null, null, "file.unexpected"],
    ]);
  });
});
