/**
 * Writing a Jiangsu document's YAML files from its imported text: department.yaml (cover, 目录, the
 * printed table titles with their 说明 and 此表为空, 第一部分 部门概况), explanation.yaml (第三部分
 * 情况说明 as printed, and the facts its standard sentences state) and glossary.yaml (第四部分
 * 名词解释). A fact whose sentence is printed but not in the standard wording is reported, not
 * guessed: the report names what to fill in by hand.
 */
import type { ImportInput, ProfileImporter } from "../../import/document";
import { normalise } from "../../import/printed-text";
import { unplaced, unsure, type ImportNote } from "../../import/report";
import type { SourceLine } from "../../import/source";
import { PAGE_NUMBER, TABLE_NUMBER, titleLinesAt, type ImportedTable } from "../../import/tables";
import { dropReprintedPageStarts } from "../../import/text-parts";
import { factsOf } from "./import-facts";
import {
  chartLines,
  contentsOf,
  emOf,
  glossaryTerms,
  headingText,
  paragraphLines,
  printedSections,
  sectionsOf,
  splitDocument,
  textOf,
} from "./import-text";
import { JIANGSU_TABLE_IDS } from "./tables";

const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

/** The title printed above each table (the last place it is printed: the 目录 may list it too). */
const tableEntries = (doc: ImportInput["doc"], tables: readonly ImportedTable[]) => {
  const entries: Record<string, { title: string; empty?: string; note?: string }> = {};
  for (const id of JIANGSU_TABLE_IDS) {
    const table = tables.find((found) => found.spec.id === id);
    if (!table) continue;
    const at = doc.lines.findLastIndex((_, i) => titleLinesAt(doc.lines, i, table.spec) > 0);
    const count = at >= 0 ? titleLinesAt(doc.lines, at, table.spec) : 0;
    const title = at >= 0 ? headingText(doc.lines.slice(at, at + count)) : table.spec.title.zh;
    const { empty, note, noteLabel } = table.text;
    entries[id] = {
      title,
      ...(empty !== undefined ? { empty } : {}),
      ...(note !== undefined ? { note: `${noteLabel ?? "说明："}${note}` } : {}),
    };
  }
  return entries;
};

/**
 * The department: as the tables' 部门： names it, else from the cover title without its year and
 * kind, where the table titles print that name too (一、2018 年度江苏省高级人民法院收支预算总表).
 */
const departmentOf = (
  input: ImportInput,
  title: string,
  tableTitles: readonly string[],
  at: SourceLine | undefined,
  notes: ImportNote[],
) => {
  if (input.department) return input.department;
  const named = title
    .replace(/\d{4}年度?/, "")
    .replace(/(?:部门)?预算(?:公开)?$/, "")
    .trim();
  if (named === "" || !tableTitles.some((printed) => normalise(printed).includes(named)))
    notes.push(
      unsure(
        at,
        `表中没有“部门：”，封面标题中的部门名称“${named}”也不见于表名，请在 department.yaml 的 department 中填写`,
        `no table prints 部门： and the cover's name “${named}” is in no table title; fill in department`,
      ),
    );
  return named;
};

const texts = (input: ImportInput) => {
  const { doc, text, tables, year } = input;
  const notes: ImportNote[] = [];
  // The text after the last table is that table's trailing text: put every line back in print order.
  const all = dropReprintedPageStarts(
    [...text, ...tables.flatMap((table) => table.text.trailing)]
      .sort((a, b) => a.page - b.page || a.line - b.line)
      .filter(
        (line) => textOf(line) !== "" && !PAGE_NUMBER.test(line.text) && !TABLE_NUMBER.test(normalise(line.text)),
      ),
  );
  const charts = chartLines(all);
  for (const line of all.filter((found) => charts.has(found)))
    notes.push(unplaced(line, "图表中的文字（图中的标注），未写入", "text of a chart (its labels), not written"));
  const body = all.filter((line) => !charts.has(line));
  const em = emOf(body);
  const { cover, contents, parts, before } = splitDocument(body);
  for (const line of before)
    notes.push(unplaced(line, "这一行在目录之后、正文之前，未写入", "this line is between the contents and the body"));
  if (contents.length === 0) notes.push(unsure(undefined, "没有找到“目录”", "no 目录 was found"));

  // Cover: the title over one or more lines, and the date where printed.
  const dateLine = cover.find((line) => DATE.test(normalise(line.text)));
  const title = cover
    .filter((line) => line !== dateLine)
    .map((line) => normalise(line.text))
    .join("");
  const tablesPrinted = tableEntries(doc, tables);
  const titles = Object.values(tablesPrinted).map((entry) => entry.title);
  const department = departmentOf(input, title, titles, cover[0], notes);

  const partOf = (test: RegExp, name: string) => {
    const found = parts.find((part) => test.test(normalise(part.heading)));
    if (!found) notes.push(unsure(undefined, `没有找到“${name}”`, `“${name}” was not found`));
    return found;
  };
  const overview = partOf(/^第[一二三四五六七八九十]+部分部门概况$/, "第一部分 部门概况");
  const explanation = partOf(/情况说明$/, "第三部分 情况说明");
  const glossary = partOf(/名词解释$/, "第四部分 名词解释");
  // The 第二部分 heading stands over the tables: what else is printed under it is reported.
  for (const part of parts.filter((found) => ![overview, explanation, glossary].includes(found)))
    for (const line of part.lines)
      notes.push(unplaced(line, "这一行不属于任何已知的部分，未写入", "this line is in no known part"));

  const explanationSections = explanation ? sectionsOf(paragraphLines(explanation.lines, em)) : [];
  const facts = factsOf(explanationSections, explanation?.at, tables, notes);

  const files = {
    "department.yaml": {
      comment: `${department} ${year ?? ""}年部门预算：封面、目录、表名与表注、部门概况`,
      value: {
        profile: "jiangsu-budget",
        kind: "部门预算",
        department,
        year,
        title,
        ...(dateLine ? { date: normalise(dateLine.text) } : {}),
        contents: contentsOf(contents),
        tables: tablesPrinted,
        overview: {
          heading: overview?.heading ?? "第一部分 部门概况",
          sections: overview ? printedSections(sectionsOf(paragraphLines(overview.lines, em))) : [],
        },
      },
    },
    "explanation.yaml": {
      comment: `${department} ${year ?? ""}年部门预算：情况说明`,
      value: {
        heading: explanation?.heading ?? "第三部分 情况说明",
        sections: printedSections(explanationSections),
        facts,
      },
    },
    "glossary.yaml": {
      comment: `${department} ${year ?? ""}年部门预算：名词解释`,
      value: {
        heading: glossary?.heading ?? "第四部分 名词解释",
        terms: glossary ? glossaryTerms(paragraphLines(glossary.lines, em), notes) : [],
      },
    },
  };
  return { files, notes, department };
};

export const JIANGSU_IMPORTER: ProfileImporter = { texts };
