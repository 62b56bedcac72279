/**
 * Loading department-years from a data root laid out as data/<year>/<department>/.
 * One call gives typed data plus every finding; nothing here throws on bad content.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { readCsv } from "./csv-file";
import { finding, RULES } from "./data-rules";
import type { Finding } from "./findings";
import { bi, type Bilingual } from "./i18n-text";
import { KEY_PROJECTS, TABLES, type TableId, type TableSpec } from "./registry/tables";
import { checkEnglishAlignment } from "./english-alignment";
import { departmentSchema, type DepartmentMeta } from "./schema/department";
import { englishSchema, type English } from "./schema/english";
import { explanationSchema, type Explanation } from "./schema/explanation";
import { glossarySchema, type Glossary } from "./schema/glossary";
import { loadTable, type BudgetTable } from "./table-loader";
import { closest } from "./text-similarity";
import { loadYaml } from "./yaml-file";

export interface DepartmentYear {
  /** "2025/huadu-zwfw": the folder, relative to the data root. */
  path: string;
  year: number;
  /** Department folder name; also its URL segment. */
  slug: string;
  meta: DepartmentMeta;
  explanation: Explanation;
  glossary: Glossary;
  /** The English edition's own texts, when english.yaml exists. */
  english?: English;
  tables: Readonly<Record<TableId, BudgetTable>>;
  keyProjects: BudgetTable;
}

export interface LoadResult {
  departmentYears: DepartmentYear[];
  findings: Finding[];
  /** What was read, for the "checked N files, M rows" summary. */
  stats: { departmentYears: number; files: number; rows: number };
}

const YAML_FILES = {
  department: { file: "department.yaml", what: bi("部门信息与概况", "department metadata and overview") },
  explanation: { file: "explanation.yaml", what: bi("情况说明", "explanation") },
  glossary: { file: "glossary.yaml", what: bi("名词解释", "glossary") },
  english: { file: "english.yaml", what: bi("英文版文本", "English texts") },
} as const;

/** Files a department-year may leave out. */
const OPTIONAL_FILES: ReadonlySet<string> = new Set([YAML_FILES.english.file]);

const CSV_SPECS: readonly TableSpec[] = [...TABLES, KEY_PROJECTS];

const KNOWN_FILES: ReadonlySet<string> = new Set([
  ...Object.values(YAML_FILES).map((y) => y.file),
  ...CSV_SPECS.map((t) => t.file),
]);

const tableWhat = (spec: TableSpec): Bilingual =>
  spec.number !== undefined
    ? bi(`表${spec.number} ${spec.title.zh}`, `Table ${spec.number}, ${spec.title.en}`)
    : spec.title;

const YEAR_FOLDER = /^\d{4}$/;
const DEPARTMENT_FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Files the operating system or Excel leave behind, and notes staff keep beside the data
 * (README.md, 说明.txt): never worth a warning.
 */
const isIgnoredFile = (name: string): boolean =>
  name.startsWith(".") ||
  name.startsWith("~$") ||
  name === "Thumbs.db" ||
  name === "desktop.ini" ||
  /^readme(\.[a-z]+)?$/i.test(name) ||
  /^说明(\.[a-z]+)?$/.test(name);

const readBytes = async (path: string): Promise<Uint8Array | undefined> => {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
};

const rel = (...parts: string[]): string => parts.join("/");

/** Load one department-year folder. `dir` is relative to `root`, "/"-separated. */
export const loadDepartmentYear = async (
  root: string,
  dir: string,
): Promise<{ departmentYear?: DepartmentYear; findings: Finding[]; files: number; rows: number }> => {
  const findings: Finding[] = [];
  const absolute = join(root, ...dir.split("/"));
  const names = (await readdir(absolute)).filter((n) => !isIgnoredFile(n));
  for (const name of names) {
    if (!KNOWN_FILES.has(name)) {
      const missing = [...KNOWN_FILES].filter((k) => !names.includes(k));
      const suggestion = closest(name, missing);
      findings.push(finding(RULES.unknownFile, { file: rel(dir, name) }, suggestion ? { suggestion } : {}));
    }
  }
  let files = 0;
  let rows = 0;

  const yamlOf = async <T>(
    key: keyof typeof YAML_FILES,
    schema: Parameters<typeof loadYaml>[2],
  ): Promise<T | undefined> => {
    const { file, what } = YAML_FILES[key];
    const bytes = await readBytes(join(absolute, file));
    if (!bytes) {
      if (!OPTIONAL_FILES.has(file)) findings.push(finding(RULES.missingFile, { file: rel(dir, file) }, { what }));
      return undefined;
    }
    files++;
    const loaded = loadYaml(bytes, rel(dir, file), schema);
    findings.push(...loaded.findings);
    return loaded.data as T | undefined;
  };

  const meta = await yamlOf<DepartmentMeta>("department", departmentSchema);
  const explanation = await yamlOf<Explanation>("explanation", explanationSchema);
  const glossary = await yamlOf<Glossary>("glossary", glossarySchema);
  const english = await yamlOf<English>("english", englishSchema);

  const tables = new Map<TableSpec["id"], BudgetTable>();
  for (const spec of CSV_SPECS) {
    const file = rel(dir, spec.file);
    const bytes = await readBytes(join(absolute, spec.file));
    if (!bytes) {
      findings.push(finding(RULES.missingFile, { file }, { what: tableWhat(spec) }));
      continue;
    }
    files++;
    const loaded = loadTable(spec, readCsv(bytes, file), file);
    findings.push(...loaded.findings);
    if (loaded.table) {
      rows += loaded.table.rows.length;
      tables.set(spec.id, loaded.table);
    }
  }

  const [yearFolder = "", slug = ""] = dir.split("/");
  if (meta && String(meta.year) !== yearFolder) {
    findings.push(
      finding(
        RULES.yearMismatch,
        { file: rel(dir, YAML_FILES.department.file), column: "year", value: String(meta.year) },
        { folderYear: yearFolder },
      ),
    );
  }
  // Pair the English only with Chinese that loaded cleanly: a table lost to an error would
  // otherwise make every English name of its rows look unused.
  if (english && meta && explanation && glossary && !findings.some((f) => f.severity === "error")) {
    const chinese = { meta, explanation, glossary, tables: [...tables.values()] };
    findings.push(...checkEnglishAlignment(english, chinese, rel(dir, YAML_FILES.english.file)));
  }
  const failed = findings.some((f) => f.severity === "error");
  if (failed || !meta || !explanation || !glossary) return { findings, files, rows };
  const keyProjects = tables.get("keyProjects");
  const byId = Object.fromEntries(TABLES.map((t) => [t.id, tables.get(t.id)])) as Record<TableId, BudgetTable>;
  if (!keyProjects) return { findings, files, rows };
  return {
    departmentYear: {
      path: dir,
      year: meta.year,
      slug,
      meta,
      explanation,
      glossary,
      ...(english ? { english } : {}),
      tables: byId,
      keyProjects,
    },
    findings,
    files,
    rows,
  };
};

const subfolders = async (path: string): Promise<{ folders: string[]; files: string[] }> => {
  const folders: string[] = [];
  const files: string[] = [];
  for (const name of (await readdir(path)).sort()) {
    if (isIgnoredFile(name)) continue;
    ((await stat(join(path, name))).isDirectory() ? folders : files).push(name);
  }
  return { folders, files };
};

/**
 * Find the department-year folders to load: `target` may be the data root (data/), a year
 * folder (data/2025) or one department-year folder (data/2025/huadu-zwfw).
 */
const departmentFolders = async (root: string, findings: Finding[]): Promise<string[]> => {
  const top = await subfolders(root);
  const found: string[] = [];
  for (const file of top.files) findings.push(finding(RULES.unknownFile, { file }));
  for (const year of top.folders) {
    if (!YEAR_FOLDER.test(year)) {
      findings.push(finding(RULES.badFolderName, { file: year, value: year }));
      continue;
    }
    const inside = await subfolders(join(root, year));
    for (const file of inside.files) findings.push(finding(RULES.unknownFile, { file: rel(year, file) }));
    for (const department of inside.folders) {
      if (!DEPARTMENT_FOLDER.test(department)) {
        findings.push(finding(RULES.badFolderName, { file: rel(year, department), value: department }));
        continue;
      }
      found.push(rel(year, department));
    }
  }
  return found;
};

/** Load every department-year under a data root (or only `only`, a "year/department" path). */
export const loadData = async (root: string, only?: string): Promise<LoadResult> => {
  const findings: Finding[] = [];
  const folders = only ? [only] : await departmentFolders(root, findings);
  const departmentYears: DepartmentYear[] = [];
  let files = 0;
  let rows = 0;
  for (const dir of folders) {
    const loaded = await loadDepartmentYear(root, dir);
    findings.push(...loaded.findings);
    files += loaded.files;
    rows += loaded.rows;
    if (loaded.departmentYear) departmentYears.push(loaded.departmentYear);
  }
  return { departmentYears, findings, stats: { departmentYears: folders.length, files, rows } };
};
