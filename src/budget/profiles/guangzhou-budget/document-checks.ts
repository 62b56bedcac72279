/**
 * The document as a whole: an all-zero table carrying its 说明, the year and the unit the same
 * everywhere, and the administrative-costs definition usable for 表8. (Whether every table is
 * there is the loader's: folder.missing-file for a missing file, table.no-rows for a header
 * alone, row.total-missing without the 合计 row.)
 */
import { dyOf, tablesOf } from "./context";
import { TABLES, type TableId } from "./tables";
import { adminCostItems } from "./admin-costs";
import { RULES } from "./rules";
import { textCheck, type Ctx } from "../../reconcile/checks";

const EMPTY_NOTE = /无发生额/;
const EMPTY_NOTE_TEXT = "本表本年无发生额。";

const emptyTableNotes = (ctx: Ctx): void => {
  const file = `${ctx.dy.path}/department.yaml`;
  for (const spec of TABLES) {
    const id = spec.id as TableId;
    const table = tablesOf(ctx)[id];
    const allZero = table.rows.every((r) => Object.values(r.amounts).every((v) => v === 0));
    const note = dyOf(ctx).meta.table_notes[id];
    const saysEmpty = EMPTY_NOTE.test(note);
    textCheck(ctx, RULES.docEmptyTableNote, {
      file,
      column: `table_notes.${id}`,
      row: `表${spec.number} ${spec.title.zh}`,
      found: note,
      expected: allZero ? EMPTY_NOTE_TEXT : "（有金额的表不写“本表本年无发生额”）",
      ok: allZero === saysEmpty,
      tables: ["department", id],
      about: allZero
        ? { zh: "本表金额全为 0", en: "every amount in the table is 0" }
        : { zh: "本表有不为 0 的金额", en: "the table has non-zero amounts" },
    });
  }
};

const YEAR_IN_TEXT = /(\d{4})\s*年\s*[，,]?\s*本(?:部门|单位)/g;

const years = (ctx: Ctx): void => {
  const { dy } = ctx;
  const department = `${dy.path}/department.yaml`;
  const folderYear = dy.path.split("/")[0] ?? "";
  textCheck(ctx, RULES.docYear, {
    file: department,
    column: "year",
    row: "year",
    found: String(dy.meta.year),
    expected: folderYear,
    ok: String(dy.meta.year) === folderYear,
    about: { zh: "文件夹的年度", en: "the folder's year" },
  });
  // The titles and the text are held to the folder's year: where department.yaml's `year` differs,
  // that one field is the mistake (reported above), not every correct title.
  const year = folderYear;
  const titleYear = /(\d{4})\s*年/.exec(dy.meta.title)?.[1];
  textCheck(ctx, RULES.docYear, {
    file: department,
    column: "title",
    row: "title",
    found: titleYear ? `${titleYear}年` : dy.meta.title,
    expected: `${year}年`,
    ok: titleYear === year,
  });
  dyOf(ctx).explanation.sections.forEach((section, i) =>
    section.paragraphs.forEach((text, j) => {
      for (const m of text.matchAll(YEAR_IN_TEXT)) {
        textCheck(ctx, RULES.docYear, {
          file: `${dy.path}/explanation.yaml`,
          column: `sections[${i}].paragraphs[${j}]`,
          row: section.heading,
          found: m[0],
          expected: `${year}年本部门`,
          ok: m[1] === year,
        });
      }
    }),
  );
};

const unit = (ctx: Ctx): void => {
  textCheck(ctx, RULES.docUnit, {
    file: `${ctx.dy.path}/department.yaml`,
    column: "unit",
    row: "unit",
    found: dyOf(ctx).meta.unit,
    expected: "万元",
    ok: dyOf(ctx).meta.unit === "万元",
    tables: ["department"],
  });
};

const adminDefinition = (ctx: Ctx): void => {
  const { term, items } = adminCostItems(dyOf(ctx).glossary);
  const unknown = items.filter((i) => i.codes.length === 0).map((i) => i.name);
  textCheck(ctx, RULES.docAdminDefinition, {
    file: `${ctx.dy.path}/glossary.yaml`,
    column: term === undefined ? "terms" : `terms[${term}].definition`,
    row: "行政经费（机关运行经费）",
    found: term === undefined ? "（名词解释中没有该词条，已按标准定义核对）" : unknown.join("、") || "（全部可对应）",
    expected: "经济分类科目的名称（如“办公费”）",
    ok: term !== undefined && unknown.length === 0,
  });
};

export const documentChecks = (ctx: Ctx): void => {
  emptyTableNotes(ctx);
  years(ctx);
  unit(ctx);
  adminDefinition(ctx);
};
