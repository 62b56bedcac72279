/**
 * Next year's department-year folder, scaffolded from this year's for staff who will type or
 * import the new tables (npm run new-year). What carries over, what is emptied and where this
 * year's figures go as next year's "上年" figures is each profile's `newYear` plan; the tables are
 * emptied from the profile's own table specs, so no table or profile is named here.
 *
 * The source must validate: its figures become next year's prior-year facts, so a folder whose
 * totals do not add up would carry its mistakes into the next document.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import Papa from "papaparse";
import { parseDocument, type Document } from "yaml";
import { readCsv } from "./csv-file";
import { isError, type Finding } from "./findings";
import { bi, type Bilingual } from "./i18n-text";
import { isDepartmentFolderName } from "./load";
import type { DepartmentYear } from "./model";
import type { TableSpec } from "./profiles/types";
import { resolveTarget, validate, type ValidationResult } from "./validate";
import { deleteAt, editAt, editHeader, emptyAt, englishYear, textYear, type PriorFact } from "./new-year-yaml";

/** What went wrong, in both languages; the command prints it and exits non-zero. */
export interface NewYearProblem {
  message: Bilingual;
}

export interface NewYearOptions {
  /** The new folder; by default the same slug under the new year beside the data root. */
  out?: string;
  /** Replace an existing folder at `out`. */
  force?: boolean;
}

export interface NewYearScaffold {
  /** The folder written. */
  target: string;
  from: { path: string; year: number; department: string; profile: string };
  year: number;
  /** Files written, in the folder. */
  files: string[];
  /** Tables emptied to their header row: "表格尚未填写". */
  tables: { file: string; what: Bilingual }[];
  prior: PriorFact[];
  /** Files of the source not carried over (errata of last year's document). */
  skipped: string[];
  /** The scaffold's own validation. */
  validation: ValidationResult;
}

const problem = (zh: string, en: string): { problem: NewYearProblem } => ({ problem: { message: bi(zh, en) } });

const YEAR = /^\d{4}$/;

const isFolder = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
};

/** A header row as the data folders keep it: UTF-8 without BOM, LF, quotes only where needed. */
const headerOnly = (cells: readonly string[]): string => `${Papa.unparse([cells], { newline: "\n" })}\n`;

const yamlText = (doc: Document): string => doc.toString({ lineWidth: 0 });

/**
 * Scaffold next year's folder from `from` (a department-year folder). Refuses, with a problem in
 * both languages, a missing folder, a folder that is not a department-year, one that does not
 * validate, a year other than the folder's year + 1 (its 上年 figures would be wrong, so no option
 * overrides this) and an existing target without `force`.
 */
export const scaffoldNewYear = async (
  from: string,
  yearText: string,
  options: NewYearOptions = {},
): Promise<NewYearScaffold | { problem: NewYearProblem }> => {
  const source = resolve(from);
  if (!(await isFolder(source))) return problem(`找不到文件夹：${from}`, `No such folder: ${from}`);
  if (!existsSync(join(source, "department.yaml"))) {
    return problem(
      `${from} 不是部门年度文件夹（其中没有 department.yaml）。请指定如 data/2025/huadu-zwfw 这样的文件夹。`,
      `${from} is not a department-year folder (it has no department.yaml). Name a folder such as data/2025/huadu-zwfw.`,
    );
  }
  if (!YEAR.test(yearText)) {
    return problem(
      `年度应为四位数字，如 2026，而不是“${yearText}”。`,
      `The year should be four digits, e.g. 2026, not “${yearText}”.`,
    );
  }
  const checked = await validate(source);
  const errors = checked.findings.filter(isError);
  const dy: DepartmentYear | undefined = checked.departmentYears[0];
  if (!dy || errors.length > 0) {
    return problem(
      `${from} 未通过校验（${errors.length} 个错误），不能据此生成下一年度：上年数会照搬其中的错误。请先运行 npm run validate -- ${from} 并改正。`,
      `${from} does not pass validation (${errors.length} errors), so next year cannot be made from it: its figures would become next year's prior-year figures. Run npm run validate -- ${from} and fix it first.`,
    );
  }
  const year = Number(yearText);
  if (year !== dy.year + 1) {
    return problem(
      `${from} 是${dy.year}年的文件夹，只能生成${dy.year + 1}年，不能生成${year}年：其中的数字只是${dy.year + 1}年的“上年”数。`,
      `${from} is the ${dy.year} folder: it can only make ${dy.year + 1}, not ${year}, because its figures are only ${dy.year + 1}'s prior-year figures.`,
    );
  }
  const { root } = resolveTarget(source);
  const target = resolve(options.out ?? join(root, String(year), basename(source)));
  if (basename(dirname(target)) !== String(year)) {
    return problem(
      `目标文件夹 ${target} 应放在年度文件夹“${year}”之下（如 data/${year}/${dy.slug}），否则校验会报年度不符。`,
      `The target ${target} should sit in a year folder “${year}” (e.g. data/${year}/${dy.slug}), or validation reports a year mismatch.`,
    );
  }
  if (!isDepartmentFolderName(basename(target))) {
    return problem(
      `目标文件夹名“${basename(target)}”会成为网址的一部分，只能用小写英文字母、数字和连字符。`,
      `The folder name “${basename(target)}” becomes part of the web address: lowercase letters, digits and hyphens only.`,
    );
  }
  if (existsSync(target) && !options.force) {
    return problem(
      `${target} 已存在，为免覆盖其中已填写的内容，未做任何改动。确需重新生成，请加 --force（原文件夹将被整个替换）。`,
      `${target} already exists; nothing was changed so that no edits are lost. To make it again, add --force (the folder is replaced as a whole).`,
    );
  }

  const plan = dy.profile.newYear;
  if (!plan) {
    return problem(
      `格式 ${dy.profile.id} 还不支持生成下一年度。`,
      `The ${dy.profile.id} format cannot make next year yet.`,
    );
  }
  const files = new Map<string, string>();
  const read = async (file: string): Promise<Uint8Array> => readFile(join(source, file));
  const yamlOf = async (file: string): Promise<Document> =>
    parseDocument(new TextDecoder().decode(await read(file)), { keepSourceTokens: false });

  const department = await yamlOf(dy.profile.yaml.department.file);
  department.set("year", year);
  for (const path of plan.departmentYears) editAt(department, path, textYear(dy.year, year));
  for (const path of plan.departmentDrop ?? []) deleteAt(department, path);
  // Where this year's figures were published is this year's: next year's document has its own.
  department.delete("source");
  editHeader(department, textYear(dy.year, year));
  files.set(dy.profile.yaml.department.file, yamlText(department));

  const glossary = await yamlOf(dy.profile.yaml.glossary.file);
  editHeader(glossary, textYear(dy.year, year));
  files.set(dy.profile.yaml.glossary.file, yamlText(glossary));

  const explanation = await yamlOf(dy.profile.yaml.explanation.file);
  const prior = plan.explanation(explanation, dy.year, year);
  files.set(dy.profile.yaml.explanation.file, yamlText(explanation));

  const englishSpec = dy.profile.yaml.english;
  if (englishSpec && dy.english !== undefined) {
    const english = await yamlOf(englishSpec.file);
    for (const path of plan.englishYears) editAt(english, path, englishYear(dy.year, year));
    for (const path of plan.englishDrop) deleteAt(english, path);
    for (const path of plan.englishEmpty) emptyAt(english, path);
    editHeader(english, textYear(dy.year, year));
    files.set(englishSpec.file, yamlText(english));
  }

  const tables: NewYearScaffold["tables"] = [];
  for (const spec of dy.profile.tables as readonly TableSpec[]) {
    if (dy.absentTables.includes(spec.id)) continue;
    // The folder's own header (its column order, its optional columns), as the loader reads it.
    const header = readCsv(await read(spec.file), spec.file, { columns: spec.columns }).header;
    files.set(spec.file, headerOnly(header?.cells ?? spec.columns.map((c) => c.header)));
    const what =
      spec.number !== undefined
        ? bi(`表${spec.number} ${spec.title.zh}`, `Table ${spec.number}, ${spec.title.en}`)
        : spec.title;
    tables.push({ file: spec.file, what });
  }

  // Written beside the target, then moved in whole: a failure leaves no half-made folder, and with
  // --force the old folder is replaced only once the new one is complete.
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), ".new-year-"));
  try {
    for (const [file, text] of files) await writeFile(join(staging, file), text, "utf8");
    if (existsSync(target)) {
      const old = `${staging}-old`;
      await rename(target, old);
      await rename(staging, target);
      await rm(old, { recursive: true, force: true });
    } else await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  const validation = await validate(target);
  return {
    target,
    from: { path: source, year: dy.year, department: dy.meta.department, profile: dy.profile.id },
    year,
    files: [...files.keys()],
    tables,
    prior,
    skipped: dy.errata.length > 0 ? ["errata.yaml"] : [],
    validation,
  };
};

/** The scaffold's validation, read as a to-do list rather than a wall of errors. */
export interface ScaffoldReport {
  /** Rules that run once the tables they read are filled. */
  waiting: number;
  /** Facts the text checks look for in the 情况说明 the scaffold left to write, by field. */
  unwritten: string[];
  /** Everything else, as the validator says it. */
  other: Finding[];
}

/**
 * The emptied tables' "only a header row" errors are the scaffold's own to-do list (it names the
 * tables), as are the checks that wait for them and the facts its 情况说明 has yet to state.
 */
export const scaffoldReport = (done: NewYearScaffold): ScaffoldReport => {
  const emptied = new Set(done.tables.map((t) => t.file));
  const dy = done.validation.departmentYears[0];
  const explanationFile = dy ? `/${dy.profile.yaml.explanation.file}` : undefined;
  const other: Finding[] = [];
  const unwritten: string[] = [];
  for (const f of done.validation.findings) {
    const file = f.file.split("/").pop() ?? "";
    if (f.rule === "table.no-rows" && emptied.has(file)) continue;
    if (f.rule === "check.not-run") continue;
    if (f.rule === "explain.text" && explanationFile && f.file.endsWith(explanationFile)) {
      unwritten.push(f.column ?? f.file);
    } else other.push(f);
  }
  return { waiting: done.validation.reconciliations[0]?.notRun.length ?? 0, unwritten, other };
};
