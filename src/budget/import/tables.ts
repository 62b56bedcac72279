/**
 * Finding a profile's tables in a source document and reading their rows into the profile's CSV
 * columns, exactly as printed: amounts as their printed text, codes as text, parent and total
 * rows kept, repeated headers, table numbers and page numbers dropped. Every other line of a
 * table section is either read into a row or reported; nothing is dropped silently.
 */
import { classByName } from "../classification";
import type { Bilingual } from "../i18n-text";
import type { ColumnSpec, TableSpec } from "../profiles/types";
import { isMoneyText, normalise } from "./printed-text";
import { noteAt, type ImportNote } from "./report";
import { cellColumns, prepareLayout, type ColumnLayout } from "./layout-columns";
import { readListLayout } from "./list-layout";
import type { SourceCell, SourceDocument, SourceLine } from "./source";

/**
 * A printed title may add the table's number, the year, the department's name and the document's
 * kind ("表1 收支总体情况表", "2025年部门财务收支预算总表", "公开 01 表：收支预算总表",
 * "一、2018 年度江苏省高级人民法院收支预算总表"); the kind is tried both ways, as
 * 部门预算基本支出预算表 starts with 部门. An ordinal counts only before a year: "一、收支预算总表"
 * alone is an entry of the contents.
 */
const NUMBER_AND_YEAR = /^(?:(?:表|公开)\d+表?：?|[一二三四五六七八九十]+、(?=\d{4}年))?(?:\d{4}年度?)?/;
/** A line that starts with a table's number ("表3", "公开 09 表：", "九、2018 年"): a title, perhaps wrapped. */
const NUMBERED = /^(?:(?:表|公开)\d+|[一二三四五六七八九十]+、\d{4}年)/;
const KIND = /^(?:部门|预算单位|单位)/;
/** How the name of a department or unit ends, where a title prints it before the table's name. */
const ORGAN = /(?:院|局|厅|委员会|委|部|办公室|办|中心|所|站|馆|会|政府|街道|镇|乡|署|处|队|社|校|园)$/;

/** The length of the title of `spec` the line prints, 0 where it prints none. */
const titleMatch = (line: SourceLine, spec: TableSpec): number => {
  const text = normalise(line.text).replace(NUMBER_AND_YEAR, "");
  for (const title of [spec.title.zh, ...(spec.printedTitles ?? [])].map(normalise)) {
    if (text === title || text.replace(KIND, "") === title) return title.length;
    if (text.endsWith(title) && ORGAN.test(text.slice(0, -title.length))) return title.length;
  }
  return 0;
};

export const matchesTitle = (line: SourceLine, spec: TableSpec): boolean => titleMatch(line, spec) > 0;

/**
 * The title of `spec` at lines[index]: how many lines it takes (2 where a numbered title wrapped
 * onto the next line: "公开 09 表：一般公共预算“三公”经费、会议费、培训费" / "支出预算表") and how
 * long a title it matched; undefined where no title of it starts there.
 */
const titleOf = (
  lines: readonly SourceLine[],
  index: number,
  spec: TableSpec,
): { lines: number; length: number } | undefined => {
  const line = lines[index]!;
  const alone = titleMatch(line, spec);
  if (alone > 0) return { lines: 1, length: alone };
  const next = lines[index + 1];
  if (!next || !NUMBERED.test(normalise(line.text))) return undefined;
  const wrapped = titleMatch({ ...line, text: `${line.text}${next.text}` }, spec);
  return wrapped > 0 ? { lines: 2, length: wrapped } : undefined;
};

/** How many lines the title of `spec` takes at lines[index]; 0 where no title of it starts there. */
export const titleLinesAt = (lines: readonly SourceLine[], index: number, spec: TableSpec): number =>
  titleOf(lines, index, spec)?.lines ?? 0;

/** The table whose title starts at lines[index] (the longest title where several end the line), and its lines. */
const titleAt = (
  lines: readonly SourceLine[],
  index: number,
  tables: readonly TableSpec[],
): { spec: TableSpec; lines: number } | undefined => {
  let best: { spec: TableSpec; lines: number; length: number } | undefined;
  for (const spec of tables) {
    const found = titleOf(lines, index, spec);
    if (found && (!best || found.length > best.length)) best = { spec, ...found };
  }
  return best;
};

/** The heading of a part of the document: 第一部分 …, 第三部分 2025年部门预算情况说明. */
export const PART_HEADING = /^第[一二三四五六七八九十]+部分/;

export const TABLE_NUMBER = /^(?:表|公开)\d+(?:表)?$/;
export const PAGE_NUMBER = /^[-—–\s]*\d{1,3}[-—–\s]*$|^第\d+页(?:，?共\d+页)?$/;
const UNIT_LINE = /^(?:金额)?单位[：:]\s*(万元|元)$/;
const NAME_LINE = /^(?:单位名称|编制部门|编制单位|部门名称|部门)[：:](.*)$/;
/** A note under a table: "注：…", or "说明：…" where the document calls it that. */
const NOTE_LINE = /^(注|说明)\s*[：:](.*)$/;
/** What an empty table prints in its body instead of rows. */
const EMPTY_LINE = /^(?:此表为空|本表为空|此表无数据)。?$/;

/** A table as found: its title line, the lines up to the next table or part, and what they said. */
export interface TableSection {
  spec: TableSpec;
  title: SourceLine;
  lines: SourceLine[];
}

/** The numbered tables of a profile, each from its title line to the next title or part heading. */
export const findTableSections = (
  doc: SourceDocument,
  tables: readonly TableSpec[],
): { sections: TableSection[]; rest: SourceLine[] } => {
  const numbered = tables.filter((spec) => spec.number !== undefined);
  const sections: TableSection[] = [];
  const rest: SourceLine[] = [];
  let current: TableSection | undefined;
  let currentTitle: SourceLine[] = [];
  // A title followed at once by another title or a part heading is an entry of a contents page
  // that prints the titles whole: its lines are text, not a table.
  const dropIfContents = (): void => {
    if (current && current.lines.length === 0) {
      sections.pop();
      rest.push(...currentTitle);
    }
  };
  for (let index = 0; index < doc.lines.length; index++) {
    const line = doc.lines[index]!;
    const found = titleAt(doc.lines, index, numbered);
    if (found) {
      dropIfContents();
      current = { spec: found.spec, title: line, lines: [] };
      currentTitle = doc.lines.slice(index, index + found.lines);
      sections.push(current);
      index += found.lines - 1;
      continue;
    }
    if (PART_HEADING.test(normalise(line.text))) {
      dropIfContents();
      current = undefined;
    }
    (current ? current.lines : rest).push(line);
  }
  dropIfContents();
  return { sections, rest };
};

/** Header words of a table: its columns' headers, printed labels and groups. */
const headerWords = (spec: TableSpec): Set<string> => {
  const words = new Set(["收入", "支出", "项目", "预算", "预算数", "金额", "类", "款", "项", "本年收入", "本年支出"]);
  const add = (text: Bilingual | string | undefined): void => {
    if (text === undefined) return;
    const zh = typeof text === "string" ? text : text.zh;
    words.add(normalise(zh));
    // Printed labels with a prefix ("其中：基本支出") also appear without it.
    words.add(normalise(zh.replace(/^其中[：:]/, "")));
  };
  for (const column of spec.columns) {
    add(column.header);
    add(column.label);
    add(column.group);
    add(column.expenditureLabel);
  }
  return words;
};

/** A header cell: one of the words, or part of one that wrapped over two printed lines. */
const isHeaderWord = (text: string, words: Set<string>): boolean => {
  const word = normalise(text);
  if (word === "" || words.has(word)) return true;
  return word.length >= 2 && [...words].some((candidate) => candidate.length > word.length && candidate.includes(word));
};

/** A line of 合计 alone is the total row of a table whose zeros print blank, not a header. */
const isLoneTotal = (line: SourceLine): boolean => {
  const cells = line.cells.filter((cell) => cell.text !== "");
  return cells.length === 1 && ["合计", "总计"].includes(normalise(cells[0]!.text));
};

export const isHeaderLine = (line: SourceLine, words: Set<string>): boolean =>
  line.cells.every((cell) => isHeaderWord(cell.text, words)) &&
  line.cells.some((cell) => cell.text !== "") &&
  !isLoneTotal(line);

/** Lines between the title and the first row that carry no amount are the table's header. */
export const leadingHeader = (lines: readonly SourceLine[]): SourceLine[] => {
  const header: SourceLine[] = [];
  for (const line of lines) {
    // A title at a page's foot: its page number comes before the header on the next page.
    if (PAGE_NUMBER.test(line.text) || TABLE_NUMBER.test(normalise(line.text))) continue;
    if (line.cells.some((cell) => isMoneyText(cell.text)) || NOTE_LINE.test(line.text.trim()) || isLoneTotal(line)) {
      break;
    }
    if (!line.cells.some((cell) => NAME_LINE.test(normalise(cell.text)) || UNIT_LINE.test(normalise(cell.text)))) {
      header.push(line);
    }
  }
  return header;
};

/**
 * A line of running text after a table: one long cell with no amount in it. (Row names are
 * shorter: the longest class name, 文化旅游体育与传媒支出 with its ordinal, has 14 characters.)
 */
const isProse = (line: SourceLine): boolean =>
  line.cells.length === 1 && !isMoneyText(line.cells[0]!.text) && normalise(line.text).length >= 16;

/** What a section said besides its rows. */
export interface SectionText {
  /** 单位名称 / 编制部门 as printed. */
  unitName?: string;
  /** 单位：万元 / 元. */
  unit?: string;
  /** The text after 注： (or 说明：). */
  note?: string;
  /** The note's label as printed, with its colon: "注：", "说明：". */
  noteLabel?: string;
  /** What the body of an empty table says instead of rows: 此表为空. */
  empty?: string;
  /** Lines after the table that are not part of it (a document-wide note, say): for the profile to claim. */
  trailing: SourceLine[];
}

export interface ImportedTable {
  spec: TableSpec;
  /** CSV rows, cells in the order of spec.columns. */
  rows: string[][];
  text: SectionText;
  /** The columns printed in this document (optional ones only where their header is printed). */
  columns: readonly ColumnSpec[];
}

const ORDINAL = /^[一二三四五六七八九十百]+、/;
const CODE_TYPES = new Set(["functionCode", "economicCode"]);

interface RowContext {
  spec: TableSpec;
  unitName: string | undefined;
  department: string | undefined;
  rowsSoFar: number;
}

/** The kind of a unit-grouped row, which the document shows by position and name, not in a cell. */
const rowKindOf = (name: string, context: RowContext): string => {
  if (context.rowsSoFar === 0 && normalise(name) === "合计") return "合计";
  const units = [context.unitName, context.department].filter((n): n is string => !!n).map(normalise);
  if (units.includes(normalise(name))) return "单位";
  return context.spec.detailKind?.zh ?? "";
};

/** A name cell printed with its code in brackets, as 表5–表7 print them: "[201]一般公共服务支出". */
const BRACKETED_CODE = /^[[［](\d{3,7})[\]］]\s*(.+)$/;

/**
 * One printed row of a one-sided table, as values of the printed columns: the code split out of
 * a bracketed name, a missing code cell (合计) restored, the row kind decided.
 */
const oneSidedRow = (
  cells: readonly string[],
  columns: readonly ColumnSpec[],
  context: RowContext,
): { values: string[]; extra: string[] } => {
  const printed = columns.filter((column) => column.type !== "rowKind");
  const values = [...cells];
  const first = printed[0];
  if (first && CODE_TYPES.has(first.type) && values[0] !== undefined) {
    const bracketed = BRACKETED_CODE.exec(values[0]);
    if (bracketed) values.splice(0, 1, bracketed[1]!, bracketed[2]!);
    else if (values[0] !== "" && !/^\d+$/.test(values[0])) values.unshift("");
  }
  while (values.length < printed.length) values.push("");
  const extra = values.splice(printed.length).filter((value) => value !== "");
  const byKey = new Map(printed.map((column, index) => [column.key, values[index] ?? ""]));
  const nameKey = printed.find((column) => column.type === "text")?.key;
  // A workbook merges the 合计 row's code and name cells, so 合计 sits in the first code cell.
  const firstCodePart = printed.find((column) => column.type.endsWith("CodePart"));
  const stray = firstCodePart ? byKey.get(firstCodePart.key) : undefined;
  if (firstCodePart && nameKey && stray && !/^\d+$/.test(stray) && byKey.get(nameKey) === "") {
    byKey.set(nameKey, stray);
    byKey.set(firstCodePart.key, "");
  }
  const row = columns.map((column) =>
    column.type === "rowKind" ? rowKindOf(byKey.get(nameKey ?? "") ?? "", context) : (byKey.get(column.key) ?? ""),
  );
  return { values: row, extra };
};

/** The columns one side of a two-sided table prints: its name, then its amounts. */
const sideColumns = (columns: readonly ColumnSpec[], side: "income" | "expenditure"): ColumnSpec[] =>
  columns.filter((column) => column.type === "money" && (column.side === undefined || column.side === side));

/** Optional columns are part of this document's table only where its header prints them. */
const printedColumns = (spec: TableSpec, headerTexts: Set<string>): readonly ColumnSpec[] =>
  spec.columns.filter(
    (column) =>
      !column.optional || headerTexts.has(normalise(column.label.zh)) || headerTexts.has(normalise(column.header)),
  );

const SINGLE_HAN = /^\p{Script=Han}$/u;

/**
 * A row's name printed letter-spaced ("合 计 13,979.92") comes out of a layout as one cell per
 * character; its characters are one cell again where each stands within four characters’ width of
 * the next (a text layout counts a Chinese character as one column but spaces it like two or three). Only
 * lines with an amount: a header's single characters are columns (类 款 项).
 */
export const joinLetterSpaced = (line: SourceLine): SourceLine => {
  if (!line.cells.some((cell) => isMoneyText(cell.text))) return line;
  const cells: SourceCell[] = [];
  /** Whether the last cell so far is characters joined here (not a word printed as one). */
  let joining = false;
  for (const cell of line.cells) {
    const last = cells[cells.length - 1];
    const spaced: boolean =
      last !== undefined &&
      SINGLE_HAN.test(cell.text) &&
      (joining || SINGLE_HAN.test(last.text)) &&
      cell.x0 - last.x1 <= (cell.x1 - cell.x0) * 4;
    if (spaced && last) cells[cells.length - 1] = { text: last.text + cell.text, x0: last.x0, x1: cell.x1 };
    else cells.push(cell);
    joining = spaced;
  }
  return cells.length === line.cells.length ? line : { ...line, cells };
};

/** Reads one table section into CSV rows and notes. */
export const readTableSection = (
  found: TableSection,
  doc: SourceDocument,
  department: string | undefined,
): { table: ImportedTable; notes: ImportNote[] } => {
  const section = doc.cells === "layout" ? { ...found, lines: found.lines.map(joinLetterSpaced) } : found;
  const { spec } = section;
  const words = headerWords(spec);
  const notes: ImportNote[] = [];
  const text: SectionText = { trailing: [] };
  const leading = leadingHeader(section.lines);
  // The header again after a page break: its words, or the very lines of the first header (whose
  // wrapped one-character pieces, 算 and 入, are no header words on their own).
  const leadingTexts = new Set(leading.map((line) => normalise(line.text)));
  const headerLines = [
    ...new Set([
      ...leading,
      ...section.lines.filter((line) => isHeaderLine(line, words) || leadingTexts.has(normalise(line.text))),
    ]),
  ];
  const headerTexts = new Set(headerLines.flatMap((line) => line.cells.map((cell) => normalise(cell.text))));
  const columns = printedColumns(spec, headerTexts);
  const layout: ColumnLayout | undefined =
    doc.cells === "layout" ? prepareLayout(spec, columns, headerLines, section.lines) : undefined;
  const printed: { line: SourceLine; cells: string[] }[] = [];
  /** The slot of a labelled text column printed under its row, while its lines go on. */
  let stacked: number | undefined;
  let ended = false;
  let noteLine: SourceLine | undefined;
  /** A list table's rows stand over several lines: its body is read as a whole, below. */
  const listBody: SourceLine[] | undefined = layout && spec.listLayout ? [] : undefined;

  for (const line of section.lines) {
    const whole = normalise(line.text);
    if (TABLE_NUMBER.test(whole) || PAGE_NUMBER.test(line.text)) continue;
    if (ended) {
      // A note's continuation: a wrapped 注 line that does not end a sentence yet.
      if (noteLine && text.note !== undefined && !/[。；]$/.test(text.note) && text.trailing.length === 0) {
        text.note += line.text.trim();
        continue;
      }
      text.trailing.push(line);
      continue;
    }
    const named = line.cells.some((cell) => NAME_LINE.test(normalise(cell.text)));
    const unitCell = line.cells.map((cell) => UNIT_LINE.exec(normalise(cell.text))).find(Boolean);
    if (named || unitCell) {
      const nameCell = line.cells.find((cell) => NAME_LINE.test(normalise(cell.text)));
      // The name follows the label in its cell, or in the next cell ("部门：" … "江苏省人民检察院").
      const after = nameCell ? nameCell.text.replace(/^[^：:]+[：:]\s*/, "") : "";
      const next = nameCell ? line.cells[line.cells.indexOf(nameCell) + 1] : undefined;
      const name = after !== "" ? after : next && !UNIT_LINE.test(normalise(next.text)) ? next.text : "";
      if (name !== "") text.unitName ??= name;
      if (unitCell?.[1]) text.unit ??= unitCell[1];
      continue;
    }
    const note = NOTE_LINE.exec(line.text.trim());
    if (EMPTY_LINE.test(whole)) {
      text.empty = line.text.trim();
      continue;
    }
    if (note) {
      text.note = note[2]!.trim();
      text.noteLabel = `${note[1]}：`;
      noteLine = line;
      ended = true;
      continue;
    }
    if (listBody) {
      // A list's wrapped cells may print a header's word ("支出" under 九、医疗卫生与计划生育): only
      // the header itself, or its repetition on a later page, is header here.
      if (leadingTexts.has(normalise(line.text))) continue;
      if (listBody.length > 0 && isProse(line)) {
        ended = true;
        text.trailing.push(line);
      } else listBody.push(line);
      continue;
    }
    if (headerLines.includes(line)) continue;
    const previous = printed[printed.length - 1];
    if (layout && previous && spec.model !== "twoSided") {
      // A stacked layout prints a long text column under its row, labelled ("绩效目标 …"), and
      // wraps it over the lines after: all of it belongs to that column of the row above.
      const label = stackedLabel(line, columns);
      if (label) {
        previous.cells[label.slot] = label.text;
        stacked = label.slot;
        continue;
      }
      if (stacked !== undefined && isWrappedText(line)) {
        previous.cells[stacked] += line.text.trim();
        continue;
      }
    }
    if (previous && (isProse(line) || (spec.model === "record" && printed.length > 0))) {
      // The table is over and the text goes on (a document that prints no 注 under its last table).
      ended = true;
      text.trailing.push(line);
      continue;
    }
    const cells = layout ? cellColumns(line, layout) : line.cells.map((cell) => cell.text);
    if (layout && previous && isWrappedText(line)) {
      // The rest of a cell that wrapped onto the next printed line: joined to the cell above.
      cells.forEach((cell, index) => {
        if (cell !== "") previous.cells[index] = (previous.cells[index] ?? "") + cell;
      });
      continue;
    }
    // Where zeros print blank, a line with no amount is a row all of whose amounts are zero.
    if (!cells.some((cell) => isMoneyText(cell)) && spec.blankAmounts !== true) {
      notes.push(
        noteAt("unplaced", line, {
          zh: `${spec.title.zh}中的这一行不像表格行（没有金额），未写入表格，请核对`,
          en: `this line of ${spec.title.en} has no amount and was not written to the table; please check`,
        }),
      );
      continue;
    }
    printed.push({ line, cells });
    stacked = undefined;
  }

  const income: string[][] = [];
  const expenditure: string[][] = [];
  const rows: string[][] = [];
  if (listBody && spec.listLayout) {
    const list = readListLayout(spec, spec.listLayout, columns, headerLines, listBody);
    rows.push(...list.rows);
    notes.push(...list.notes);
  }
  for (const { line, cells } of printed) {
    if (spec.model === "twoSided") {
      readTwoSidedLine(cells, columns, line, income, expenditure, notes);
      continue;
    }
    const context: RowContext = { spec, unitName: text.unitName, department, rowsSoFar: rows.length };
    const { values, extra } = oneSidedRow(cells, columns, context);
    if (extra.length > 0) {
      notes.push(
        noteAt("unsure", line, {
          zh: `这一行的单元格比${spec.title.zh}的列多，多出的「${extra.join("」「")}」未写入，请核对`,
          en: `this row has more cells than ${spec.title.en} has columns; “${extra.join("”, “")}” was not written; please check`,
        }),
      );
    }
    rows.push(values);
  }
  return {
    table: { spec, rows: spec.model === "twoSided" ? [...income, ...expenditure] : rows, text, columns },
    notes,
  };
};

/** A line that starts with a text column's label (not the row's name): "绩效目标 完成大厅日常工作…". */
const stackedLabel = (line: SourceLine, columns: readonly ColumnSpec[]): { slot: number; text: string } | undefined => {
  const printedColumns = columns.filter((column) => column.type !== "rowKind" && column.type !== "side");
  const first = line.cells[0];
  if (!first) return undefined;
  const nameSlot = printedColumns.findIndex((column) => column.type === "text");
  const slot = printedColumns.findIndex(
    (column, index) =>
      index !== nameSlot &&
      column.type === "text" &&
      [column.header, column.label.zh].some((label) => normalise(first.text).startsWith(normalise(label))),
  );
  if (slot < 0) return undefined;
  const label = printedColumns[slot]!;
  const head = [label.label.zh, label.header].find((word) => first.text.startsWith(word)) ?? "";
  const rest = [first.text.slice(head.length).trim(), ...line.cells.slice(1).map((cell) => cell.text)].filter(Boolean);
  return { slot, text: rest.join(" ") };
};

/**
 * The second line of a wrapped cell: text only — no amount, no code, no ordinal starting an item,
 * not a lone 合计 — as a name or a performance goal continues under itself.
 */
const isWrappedText = (line: SourceLine): boolean =>
  line.cells.every((cell) => !/^[\d,.]+$/.test(cell.text)) &&
  !/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])/.test(line.text.trim()) &&
  !isLoneTotal(line);

/** A two-sided line: the income entry (name and amounts) and the expenditure entry beside it. */
const readTwoSidedLine = (
  cells: readonly string[],
  columns: readonly ColumnSpec[],
  line: SourceLine,
  income: string[][],
  expenditure: string[][],
  notes: ImportNote[],
): void => {
  const incomeMoney = sideColumns(columns, "income");
  const expenditureMoney = sideColumns(columns, "expenditure");
  const incomeWidth = 1 + incomeMoney.length;
  const parts: [string, readonly ColumnSpec[], string[][], string][] = [
    ["收入", incomeMoney, income, "income"],
    ["支出", expenditureMoney, expenditure, "expenditure"],
  ];
  parts.forEach(([side, money, target], index) => {
    const slice = index === 0 ? cells.slice(0, incomeWidth) : cells.slice(incomeWidth, incomeWidth + 1 + money.length);
    const [name = "", ...amounts] = slice;
    if (name === "" && amounts.every((amount) => amount === "")) return;
    if (name === "") {
      notes.push(
        noteAt("unsure", line, {
          zh: `${side}一侧有金额而没有项目名称，已写入空名称的行，请核对`,
          en: `an amount on the ${index === 0 ? "income" : "expenditure"} side has no item name; written with a blank name, please check`,
        }),
      );
    }
    const byKey = new Map(money.map((column, i) => [column.key, amounts[i] ?? ""]));
    target.push(
      columns.map((column) => {
        if (column.type === "side") return side;
        if (column.type === "text") return name;
        if (CODE_TYPES.has(column.type)) return index === 1 ? (classByName(name.replace(ORDINAL, ""))?.code ?? "") : "";
        return byKey.get(column.key) ?? "";
      }),
    );
  });
  const width = incomeWidth + 1 + expenditureMoney.length;
  const extra = cells.slice(width).filter((cell) => cell !== "");
  if (extra.length > 0) {
    notes.push(
      noteAt("unsure", line, {
        zh: `这一行的单元格比表格的列多，多出的「${extra.join("」「")}」未写入，请核对`,
        en: `this row has more cells than the table has columns; “${extra.join("”, “")}” was not written; please check`,
      }),
    );
  }
};
