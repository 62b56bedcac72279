/**
 * Next year's department-year folder, scaffolded from this year's for staff who will type or
 * import the new tables (npm run new-year). What carries over, what is emptied and where this
 * year's figures go as next year's "上年" figures is said per profile in NEW_YEAR_PLANS; the
 * tables are emptied from the profile's own table specs, so no table is named here.
 *
 * The source must validate: its figures become next year's prior-year facts, so a folder whose
 * totals do not add up would carry its mistakes into the next document.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import Papa from "papaparse";
import { isDocument, isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type YAMLMap } from "yaml";
import { readCsv } from "./csv-file";
import { isError, type Finding } from "./findings";
import { bi, type Bilingual } from "./i18n-text";
import type { DepartmentYear } from "./load";
import { FACT_LABEL } from "./profiles/guangzhou-budget/explanation-checks";
import { FACTS } from "./profiles/shanghai-budget/explanation-checks";
import type { TableSpec } from "./profiles/types";
import { resolveTarget, validate, type ValidationResult } from "./validate";

/** Placeholder paragraph where a schema needs text: the validator's text checks find no figures in it. */
const PLACEHOLDER = (year: number): string => `（待填写）请按${year}年公开文本填写本节正文。`;
/** Placeholder for a required text fact that has no prior-year meaning. */
const TO_FILL = "待填写";

type Path = readonly (string | number | "*")[];

/** Where a profile's YAML files say the document's year, and what of them is the new year's own. */
interface NewYearPlan {
  /** department.yaml fields whose text names the document's year (`2025年`). */
  departmentYears: readonly Path[];
  /** english.yaml fields whose text names the document's year (`2025 …`). */
  englishYears: readonly Path[];
  /** english.yaml fields that translate text the scaffold resets: left out, so the Chinese shows. */
  englishDrop: readonly Path[];
  /** english.yaml paragraph lists kept empty, paired with the Chinese sections the scaffold empties. */
  englishEmpty: readonly Path[];
  /** explanation.yaml for the new year, from this year's, with the prior-year facts. */
  explanation: (doc: Document, from: number, to: number) => PriorFact[];
}

/** One of this year's figures recorded as next year's prior-year figure. */
export interface PriorFact {
  /** The fact's key in explanation.yaml, e.g. "income". */
  key: string;
  /** What the figure is, as the profile's checks name it. */
  label: Bilingual;
  /** As this year's explanation states it, e.g. "7,267.81" (万元). */
  printed: string;
}

/**
 * A stated figure with a change on last year is a prior-year fact: next year's text states its
 * change against this year's figure. Both profiles derive last year's figure as amount − change
 * (the Guangzhou 情况说明 generator, the Shanghai cross-year check), and neither schema has a field
 * of its own for it, so the scaffold writes amount = this year's figure and change = 0: exactly
 * "上年 = this year's figure" in the schema's own terms. Staff then write the new amount and its
 * change; the text checks (and in Shanghai the cross-year check) catch one without the other.
 */
const carryChangeFacts = (
  facts: YAMLMap,
  labels: Readonly<Record<string, Bilingual>>,
  keep: (fact: YAMLMap) => boolean,
  drop: "others" | "none",
): PriorFact[] => {
  const prior: PriorFact[] = [];
  for (const pair of [...facts.items]) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const fact = pair.value;
    if (isMap(fact) && fact.has("amount") && fact.has("change") && keep(fact)) {
      const printed = String(fact.get("amount"));
      for (const field of [...fact.items]) {
        const name = isScalar(field.key) ? field.key.value : field.key;
        if (name !== "amount") fact.delete(name);
      }
      fact.set("change", "0");
      fact.flow = true;
      fact.comment = ` 上年数 ${printed} 万元；填本年数后 change 改为 本年数 − 上年数`;
      prior.push({ key, label: labels[key] ?? bi(key, key), printed });
    } else if (drop === "others" && key !== "compared_with") facts.delete(key);
  }
  return prior;
};

/** Every scalar of a YAML node set to a placeholder: zeros for numbers and amounts, 待填写 for text. */
const blankOut = (node: unknown): void => {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (!isScalar(pair.value)) continue;
    const value = pair.value.value;
    const amount = typeof value === "number" || (typeof value === "string" && /^-?[\d,]+(\.\d+)?$/.test(value));
    pair.value.value = typeof value === "number" ? 0 : amount ? "0" : TO_FILL;
  }
};

const textYear = (from: number, to: number) => (text: string) =>
  text.replace(new RegExp(`${from}(?=\\s*年)`, "g"), String(to));
const englishYear = (from: number, to: number) => (text: string) =>
  text.replace(new RegExp(`\\b${from}\\b`, "g"), String(to));

/**
 * The nodes `path` names under a document or node: "*" is every item of a list or every value of
 * a map, so one path reaches each table's title or each section's paragraphs.
 */
const nodesAt = (start: unknown, path: Path): unknown[] => {
  let nodes = [isDocument(start) ? start.contents : start];
  for (const head of path) {
    nodes = nodes.flatMap((node) => {
      if (!isMap(node) && !isSeq(node)) return [];
      if (head !== "*") return [node.get(head, true)];
      return isMap(node) ? node.items.map((pair) => pair.value) : node.items;
    });
  }
  return nodes;
};

/** Apply `edit` to every string scalar at `path`. */
const editAt = (start: unknown, path: Path, edit: (text: string) => string): void => {
  for (const node of nodesAt(start, path)) {
    if (isScalar(node) && typeof node.value === "string") node.value = edit(node.value);
  }
};

/** Remove the field at `path` (its last step a key) wherever the path leads. */
const deleteAt = (start: unknown, path: Path): void => {
  const key = path[path.length - 1];
  if (key === undefined) return;
  for (const parent of nodesAt(start, path.slice(0, -1))) if (isMap(parent) || isSeq(parent)) parent.delete(key);
};

/** Empty every list at `path`. */
const emptyAt = (start: unknown, path: Path): void => {
  for (const node of nodesAt(start, path)) if (isSeq(node)) node.items.splice(0);
};

const NEW_YEAR_PLANS: Readonly<Record<string, NewYearPlan>> = {
  "guangzhou-budget": {
    departmentYears: [["title"]],
    englishYears: [["title"]],
    // The Chinese 情况说明 is reset and the key-projects table emptied: last year's English of them
    // paired by position would silently publish last year's text.
    englishDrop: [["explanation"], ["performance_goals"]],
    englishEmpty: [],
    explanation: (doc, from, to) => {
      // Headings are the document's standard sections; every paragraph is the new year's own, and
      // the schema wants at least one: a placeholder the text checks will not find figures in.
      const sections = doc.get("sections", true);
      if (isSeq(sections)) {
        for (const section of sections.items) {
          if (!isMap(section)) continue;
          const placeholder = new Scalar(PLACEHOLDER(to));
          placeholder.type = Scalar.QUOTE_DOUBLE;
          section.set("paragraphs", doc.createNode([placeholder]));
          section.delete("key_projects_note");
        }
      }
      const facts = doc.get("facts", true);
      if (!isMap(facts)) return [];
      const prior = carryChangeFacts(facts, FACT_LABEL, () => true, "none");
      // The schema requires the procurement and asset figures (and their date), which have no
      // prior-year meaning: placeholders, which the text checks will not find in the new text.
      for (const pair of facts.items) {
        if (!prior.some((p) => isScalar(pair.key) && p.key === pair.key.value)) blankOut(pair.value);
      }
      explanationHeader(doc, from, to);
      return prior;
    },
  },
  "shanghai-budget": {
    departmentYears: [["title"], ["tables", "*", "title"], ["tables", "*", "note"]],
    englishYears: [
      ["title"],
      ["tables", "*", "title"],
      ["tables", "*", "note"],
      ["explanation", "*", "heading"],
      ["explanation", "*", "sections", "*", "heading"],
    ],
    englishDrop: [],
    englishEmpty: [["explanation", "*", "sections", "*", "paragraphs"]],
    explanation: (doc, from, to) => {
      // The schema allows a section without paragraphs: headings (with the new year) stay, text goes.
      editAt(doc, ["parts", "*", "heading"], textYear(from, to));
      editAt(doc, ["parts", "*", "sections", "*", "heading"], textYear(from, to));
      emptyAt(doc, ["parts", "*", "sections", "*", "paragraphs"]);
      const facts = doc.get("facts", true);
      if (!isMap(facts)) return [];
      // Changes are stated against last year's budget (“比2025年预算增加”); a figure compared with
      // an outturn (its own compared_with, 执行数) has no budget figure to carry. The per-项 lines'
      // `prior` is last year's 执行数, not known until then, so the items go with the other facts.
      const labels = Object.fromEntries(Object.entries(FACTS).map(([key, spec]) => [key, spec.label]));
      const prior = carryChangeFacts(facts, labels, (fact) => !fact.has("compared_with"), "others");
      const basis = new Scalar(`${from}年预算`);
      basis.type = Scalar.QUOTE_DOUBLE;
      if (prior.length > 0) facts.set("compared_with", basis);
      else facts.delete("compared_with");
      explanationHeader(doc, from, to);
      return prior;
    },
  },
};

/**
 * Edit a file's opening comment. The yaml library keeps it on the document, or on the first key
 * when no blank line follows it.
 */
const editHeader = (doc: Document, edit: (comment: string) => string): void => {
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (isScalar(first) && first.commentBefore) first.commentBefore = edit(first.commentBefore);
  else doc.commentBefore = edit(doc.commentBefore ?? "") || null;
};

/** The opening comment with the new year, and a line saying what the scaffold left to do. */
const explanationHeader = (doc: Document, from: number, to: number): void =>
  editHeader(
    doc,
    (comment) =>
      `${comment ? textYear(from, to)(comment) + "\n" : ""} 由 npm run new-year 从${from}年文件夹生成：正文待按${to}年公开文本填写；` +
      `facts 中 change 为 0 的各项，amount 暂为上年（${from}年）数，即 上年数 = amount − change。`,
  );

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
const DEPARTMENT_FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  if (!DEPARTMENT_FOLDER.test(basename(target))) {
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

  const plan = NEW_YEAR_PLANS[dy.profile.id];
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
