/**
 * Transcription completeness: every figure, row, note and sentence of the published document
 * (tests/fixtures/source/, the text extracted from its PDF) is in the loaded data, unaltered.
 *
 * The source is read line by line into a transcript, by position alone (which part, which table,
 * which section), without looking at the data. Then every part of the transcript is compared
 * with the loaded data as a whole list, so a dropped, added, reordered or altered row, amount or
 * sentence fails. Amounts are compared as exact hundredths. The only lines not compared with
 * loaded data are structural (titles, 目录, column headers, 单位名称/单位, 表N), and those are
 * checked against the department metadata and the table registry instead.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAmount } from "../../src/budget/money";
import { KEY_PROJECTS, TABLES, type TableId } from "../../src/budget/profiles/guangzhou-budget/tables";
import type { TableSpec } from "../../src/budget/profiles/types";
import type { BudgetRow, BudgetTable } from "../../src/budget/model";
import { looseName } from "../../src/budget/text-similarity";
import { loadSeed, type CompleteGuangzhou } from "../helpers/seed";
import { REPO_ROOT } from "../helpers/seed-copy";

const SOURCE = join(REPO_ROOT, "tests", "fixtures", "source", "huadu-zwfw-2025-budget.txt");

/**
 * Sentences a page break cut in two: [end of the first line, start of the line after the break].
 * The data holds each sentence whole, the two parts joined with nothing in between.
 */
const PAGE_BREAK_SPLITS: readonly (readonly [string, string])[] = [
  ["数字政", "府”平台"],
  ["其他交通费", "用、医疗费补助"],
  ["因公出国（境）费", "用、维修（护）费"],
];

/** Structural lines, named explicitly. */
const CONTENTS = "目 录";
const OVERVIEW_HEADINGS = ["一、主要职责", "二、部门机构设置", "三、部门预算构成"] as const;
const PART_HEADING = /^第([一二三四])部分 /;
const TABLE_LABEL = /^表(\d+)$/;
const UNIT_NAME = /^单位名称：(.+)$/;
const UNIT = /^单位：(.+)$/;
const NOTE = /^注：(.+)$/;
const ORDINAL_ITEM = /^([一二三四五六七八九十]+)、(.+)$/;

/** Tables that print the code inside the name cell, "[201]一般公共服务支出"; the others print a code column. */
const BRACKETED_CODE: ReadonlySet<TableSpec["id"]> = new Set(["table05", "table06", "table07"]);

const NUMERALS = "一二三四五六七八九";
/** 一 … 九十九. */
const ordinalValue = (text: string): number => {
  const [tens = "", ones = ""] = text.includes("十") ? text.split("十") : ["", text];
  const digit = (d: string): number => NUMERALS.indexOf(d) + 1;
  return (text.includes("十") ? (tens === "" ? 1 : digit(tens)) : 0) * 10 + (ones === "" ? 0 : digit(ones));
};

interface SourceLine {
  /** 1-based line in the source file (of the first part, for a joined sentence). */
  no: number;
  text: string;
}

/** Non-empty lines, with the page-break splits joined back into one line. */
const sourceLines = (text: string): { lines: SourceLine[]; joins: number } => {
  const raw = text.split("\n");
  const lines: SourceLine[] = [];
  let joins = 0;
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i] ?? "";
    if (line.trim() === "") continue;
    const no = i + 1;
    const split = PAGE_BREAK_SPLITS.find(([end]) => line.endsWith(end));
    if (split) {
      let j = i + 1;
      while ((raw[j] ?? "x").trim() === "") j++;
      if (raw[j]?.startsWith(split[1])) {
        line += raw[j];
        i = j;
        joins++;
      }
    }
    lines.push({ no, text: line });
  }
  return { lines, joins };
};

interface TableTranscript {
  titles: string[];
  labels: number[];
  headerRows: number;
  rows: string[][];
  notes: string[];
}

interface SectionTranscript {
  heading: string;
  paragraphs: string[];
  rows: string[][];
  headerRows: number;
  notes: string[];
}

interface Transcript {
  coverTitle: string[];
  partHeadings: string[];
  contents: { overview: string[]; tables: { number: number; title: string }[] };
  overview: Record<(typeof OVERVIEW_HEADINGS)[number], string[]>;
  unitNames: string[];
  units: string[];
  tables: Map<TableId, TableTranscript>;
  /** The note printed once under the tables (本套报表…). */
  tableSetNotes: string[];
  sections: SectionTranscript[];
  terms: { ordinal: number; term: string; definition: string }[];
  /** The closing sentence of the report. */
  reportNotes: string[];
  /** Lines that fit nowhere; must stay empty. */
  unplaced: SourceLine[];
  /** How many lines were read, to prove none was skipped. */
  read: number;
}

/** Column headings of a table as printed: CSV headers, printed labels and header groups. */
const headerWords = (spec: TableSpec): Set<string> =>
  new Set(
    [
      ...spec.columns.flatMap((c) => [c.header, c.label.zh, c.group?.zh ?? ""]),
      ...(spec.model === "twoSided" ? ["收入", "支出"] : []),
    ]
      .filter((w) => w !== "")
      .map(looseName),
  );

/** A printed column-header row: every non-empty cell is a heading of the table. */
const isHeaderRow = (spec: TableSpec, cells: readonly string[]): boolean => {
  const words = headerWords(spec);
  const filled = cells.filter((c) => c !== "");
  return filled.length > 0 && filled.every((c) => words.has(looseName(c)));
};

const parseSource = (lines: readonly SourceLine[]): Transcript => {
  const t: Transcript = {
    coverTitle: [],
    partHeadings: [],
    contents: { overview: [], tables: [] },
    overview: { "一、主要职责": [], "二、部门机构设置": [], "三、部门预算构成": [] },
    unitNames: [],
    units: [],
    tables: new Map(),
    tableSetNotes: [],
    sections: [],
    terms: [],
    reportNotes: [],
    unplaced: [],
    read: 0,
  };
  type Part = "cover" | "contents" | 1 | 2 | 3 | 4;
  let part: Part = "cover";
  let overviewHeading: (typeof OVERVIEW_HEADINGS)[number] | undefined;
  let table: { spec: TableSpec; transcript: TableTranscript } | undefined;
  let pendingLabel: number | undefined;
  const seenParts = new Set<number>();

  for (const line of lines) {
    t.read++;
    const { text } = line;
    const partMatch = PART_HEADING.exec(text);
    if (partMatch) {
      t.partHeadings.push(text);
      const n = ordinalValue(partMatch[1] ?? "");
      // The 目录 lists each part once; the second time a part heading appears, the part begins.
      if (seenParts.has(n) || part !== "contents") part = n as Part;
      seenParts.add(n);
      continue;
    }
    if (text === CONTENTS) {
      part = "contents";
      continue;
    }
    switch (part) {
      case "cover":
        t.coverTitle.push(text);
        continue;
      case "contents": {
        const item = ORDINAL_ITEM.exec(text);
        if ((OVERVIEW_HEADINGS as readonly string[]).includes(text)) t.contents.overview.push(text);
        else if (item) t.contents.tables.push({ number: ordinalValue(item[1] ?? ""), title: item[2] ?? "" });
        else t.unplaced.push(line);
        continue;
      }
      case 1: {
        const heading = OVERVIEW_HEADINGS.find((h) => h === text);
        if (heading) overviewHeading = heading;
        else if (overviewHeading) t.overview[overviewHeading].push(text);
        else t.unplaced.push(line);
        continue;
      }
      case 2: {
        const label = TABLE_LABEL.exec(text);
        const spec = TABLES.find((s) => s.title.zh === text);
        const unitName = UNIT_NAME.exec(text);
        const unit = UNIT.exec(text);
        const note = NOTE.exec(text);
        if (label) pendingLabel = Number(label[1]);
        else if (spec) {
          const id = spec.id as TableId;
          const transcript = t.tables.get(id) ?? { titles: [], labels: [], headerRows: 0, rows: [], notes: [] };
          transcript.titles.push(text);
          if (pendingLabel !== undefined) transcript.labels.push(pendingLabel);
          pendingLabel = undefined;
          t.tables.set(id, transcript);
          table = { spec, transcript };
        } else if (unitName) t.unitNames.push(unitName[1] ?? "");
        else if (unit) t.units.push(unit[1] ?? "");
        else if (text.includes("\t")) {
          const cells = text.split("\t");
          if (!table) t.unplaced.push(line);
          else if (isHeaderRow(table.spec, cells)) table.transcript.headerRows++;
          else table.transcript.rows.push(cells);
        } else if (note && table) table.transcript.notes.push(note[1] ?? "");
        else t.tableSetNotes.push(text);
        continue;
      }
      case 3: {
        const section = t.sections.at(-1);
        const note = NOTE.exec(text);
        if (ORDINAL_ITEM.test(text) && !/[。，：]/.test(text)) {
          t.sections.push({ heading: text, paragraphs: [], rows: [], headerRows: 0, notes: [] });
        } else if (!section) t.unplaced.push(line);
        else if (text.includes("\t")) {
          const cells = text.split("\t");
          if (isHeaderRow(KEY_PROJECTS, cells)) section.headerRows++;
          else section.rows.push(cells);
        } else if (note) section.notes.push(note[1] ?? "");
        else section.paragraphs.push(text);
        continue;
      }
      case 4: {
        const term = /^([一二三四五六七八九十]+)、([^：]+)：(.+)$/.exec(text);
        if (term)
          t.terms.push({ ordinal: ordinalValue(term[1] ?? ""), term: term[2] ?? "", definition: term[3] ?? "" });
        else t.reportNotes.push(text);
        continue;
      }
    }
  }
  return t;
};

// --- projecting rows, printed and loaded, to the same comparable cells

/** A cell as compared: text as printed, amounts as integer hundredths. */
type Cell = string | number;

type Slot =
  | { kind: "money"; key: string }
  | { kind: "name" }
  | { kind: "text"; key: string }
  | { kind: "code" }
  | { kind: "codeName" };

/** The printed cells of a row, in order, from the registry. */
const slotsOf = (spec: TableSpec): Slot[] => {
  const slots: Slot[] = [];
  for (const column of spec.columns) {
    if (column.type === "side" || column.type === "rowKind") continue;
    if (column.type === "money") slots.push({ kind: "money", key: column.key });
    else if (column.type === "functionCode" || column.type === "economicCode") {
      if (!BRACKETED_CODE.has(spec.id)) slots.push({ kind: "code" });
    } else if (column.key === "name") slots.push(BRACKETED_CODE.has(spec.id) ? { kind: "codeName" } : { kind: "name" });
    else slots.push({ kind: "text", key: column.key });
  }
  return slots;
};

const printedAmount = (text: string): Cell => {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.value : `not an amount: “${text}”`;
};

const projectPrinted = (spec: TableSpec, cells: readonly string[]): Cell[] => {
  const slots = slotsOf(spec);
  if (cells.length !== slots.length) return [`${cells.length} cells, expected ${slots.length}`, ...cells];
  return slots.map((slot, i) => (slot.kind === "money" ? printedAmount(cells[i] ?? "") : (cells[i] ?? "")));
};

const projectLoaded = (spec: TableSpec, row: BudgetRow): Cell[] =>
  slotsOf(spec).map((slot): Cell => {
    switch (slot.kind) {
      case "money":
        return row.amounts[slot.key] ?? `no amount ${slot.key}`;
      case "name":
        return row.name;
      case "text":
        return row.texts[slot.key] ?? "";
      case "code":
        return row.code ?? "";
      case "codeName":
        return row.code === undefined ? row.name : `[${row.code}]${row.name}`;
    }
  });

/** 表1/表4 print the income and expenditure lists side by side: [name, amount, name, amount]. */
const printedSides = (rows: readonly string[][]): { income: Cell[][]; expenditure: Cell[][] } => {
  const income: Cell[][] = [];
  const expenditure: Cell[][] = [];
  for (const cells of rows) {
    const [inName = "", inAmount = "", outName = "", outAmount = "", ...rest] = cells;
    if (rest.length > 0) income.push([`extra cells: ${cells.join(" | ")}`]);
    if (inName !== "" || inAmount !== "") income.push([inName, printedAmount(inAmount)]);
    if (outName !== "" || outAmount !== "") expenditure.push([outName, printedAmount(outAmount)]);
  }
  return { income, expenditure };
};

const loadedSide = (table: BudgetTable, side: "income" | "expenditure"): Cell[][] =>
  table.rows.filter((r) => r.side === side).map((r) => [r.name, r.amounts["amount"] ?? "no amount"]);

// --- the tests

let seed: CompleteGuangzhou;
let transcript: Transcript;
let lines: SourceLine[];
let joins: number;

beforeAll(async () => {
  seed = await loadSeed();
  ({ lines, joins } = sourceLines(await readFile(SOURCE, "utf8")));
  transcript = parseSource(lines);
});

const tableOf = (id: TableId): TableTranscript => {
  const found = transcript.tables.get(id);
  if (!found) throw new Error(`${id} not found in the source`);
  return found;
};

describe("reading the source", () => {
  it("places every non-empty line", () => {
    expect(transcript.unplaced).toEqual([]);
    expect(transcript.read).toBe(lines.length);
    // 505 lines of which these are not blank, with three sentences joined across page breaks.
    expect(lines.length).toBeGreaterThan(300);
  });

  it("joins the three sentences split by page breaks, as the data does", () => {
    expect(joins).toBe(PAGE_BREAK_SPLITS.length);
    const joined = PAGE_BREAK_SPLITS.map(([end, start]) => end + start);
    const duty = seed.meta.overview.duties[3] ?? "";
    expect(duty).toContain(joined[0]);
    expect(seed.explanation.sections[2]?.paragraphs[0]).toContain(joined[1]);
    expect(seed.glossary.terms[8]?.definition).toContain(joined[2]);
  });
});

describe("structural lines match the metadata and the registry", () => {
  it("cover title", () => {
    expect(transcript.coverTitle.join("")).toBe(seed.meta.title);
  });

  it("part headings, in the 目录 and in the body", () => {
    const { department } = seed.meta;
    const parts = [`第一部分 ${department}概况`, `第二部分 ${seed.year}年部门预算表`];
    parts.push(`第三部分 ${seed.year}年部门预算情况说明`, "第四部分 名词解释");
    expect(transcript.partHeadings).toEqual([...parts, ...parts]);
  });

  it("目录 lists the overview headings and the twelve tables in registry order", () => {
    expect(transcript.contents.overview).toEqual([...OVERVIEW_HEADINGS]);
    expect(transcript.contents.tables).toEqual(TABLES.map((t) => ({ number: t.number, title: t.title.zh })));
  });

  it("every table is printed once with its registry title, and 表N labels match", () => {
    expect([...transcript.tables.keys()]).toEqual(TABLES.map((t) => t.id));
    for (const spec of TABLES) {
      const printed = tableOf(spec.id as TableId);
      expect(printed.titles).toEqual([spec.title.zh]);
      expect(printed.labels.every((n) => n === spec.number)).toBe(true);
      expect(printed.headerRows, spec.id).toBeGreaterThan(0);
    }
  });

  it("单位名称 and 单位 under every table", () => {
    expect(transcript.unitNames).toEqual(TABLES.map(() => seed.meta.department));
    expect(transcript.units).toEqual(TABLES.map(() => seed.meta.unit));
  });
});

describe("every row and amount of the twelve tables", () => {
  it.each(TABLES.filter((t) => t.model === "twoSided").map((t) => [t.id, t] as const))(
    "%s: both lists, in order",
    (id, spec) => {
      const printed = printedSides(tableOf(id as TableId).rows);
      const table = seed.tables[id as TableId];
      expect(table.spec).toBe(spec);
      expect(printed.income).toEqual(loadedSide(table, "income"));
      expect(printed.expenditure).toEqual(loadedSide(table, "expenditure"));
    },
  );

  it.each(TABLES.filter((t) => t.model !== "twoSided").map((t) => [t.id, t] as const))(
    "%s: every row, every cell, in order",
    (id, spec) => {
      const printed = tableOf(id as TableId).rows.map((cells) => projectPrinted(spec, cells));
      const loaded = seed.tables[id as TableId].rows.map((row) => projectLoaded(spec, row));
      expect(printed.length).toBeGreaterThan(0);
      expect(printed).toEqual(loaded);
    },
  );

  it("table notes (注：)", () => {
    for (const spec of TABLES) {
      expect(tableOf(spec.id as TableId).notes, spec.id).toEqual([seed.meta.table_notes[spec.id as TableId]]);
    }
    expect(transcript.tableSetNotes).toEqual([seed.meta.notes.tables]);
  });
});

describe("every sentence of the text", () => {
  it("概况: duties, institutions, composition", () => {
    const { overview } = seed.meta;
    expect(transcript.overview["一、主要职责"]).toEqual(overview.duties);
    expect(transcript.overview["二、部门机构设置"]).toEqual([overview.institutions]);
    expect(transcript.overview["三、部门预算构成"]).toEqual([overview.composition]);
  });

  it("情况说明: headings, paragraphs and notes, in order", () => {
    const printed = transcript.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs,
      notes: s.notes,
      table: s.rows.length > 0,
    }));
    const loaded = seed.explanation.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs,
      notes: s.key_projects_note === undefined ? [] : [s.key_projects_note],
      table: s.key_projects === true,
    }));
    expect(printed).toEqual(loaded);
  });

  it("情况说明: the key-projects table, every row and cell", () => {
    const rows = transcript.sections.flatMap((s) => s.rows).map((cells) => projectPrinted(KEY_PROJECTS, cells));
    expect(rows).toHaveLength(5);
    expect(rows).toEqual(seed.tables.keyProjects.rows.map((row) => projectLoaded(KEY_PROJECTS, row)));
  });

  it("名词解释: every term and definition, numbered in order", () => {
    expect(transcript.terms).toEqual(
      seed.glossary.terms.map((term, i) => ({ ordinal: i + 1, term: term.term, definition: term.definition })),
    );
  });

  it("the report's closing note", () => {
    expect(transcript.reportNotes).toEqual([seed.meta.notes.report]);
  });
});
