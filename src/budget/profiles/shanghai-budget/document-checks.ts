/**
 * The Shanghai document as a whole: the year in every title, 部门 or 单位 as the cover says,
 * empty tables (and only they) noted as empty, and "无机关运行经费" matching 表9.
 */
import { trimmedDecimal } from "../../format";
import { textCheck, type Ctx } from "../../reconcile/checks";
import type { BudgetTable } from "../../model";
import type { ShanghaiDepartmentYear } from "..";
import { RULES } from "./rules";

const dyOf = (ctx: Ctx): ShanghaiDepartmentYear => ctx.dy as ShanghaiDepartmentYear;

/** A note saying the table is empty: "故本表为空表", "本表本年无发生额". */
const EMPTY_NOTE = /空表|无发生额/;

const years = (ctx: Ctx): void => {
  const dy = dyOf(ctx);
  // Held to the folder's year: a wrong `year` in department.yaml is one mistake, reported by the loader.
  const year = dy.path.split("/")[0] ?? String(dy.meta.year);
  const file = `${dy.path}/department.yaml`;
  const titles: { column: string; row: string; text: string }[] = [
    { column: "title", row: "封面标题", text: dy.meta.title },
    ...Object.entries(dy.meta.tables).map(([id, t]) => ({ column: `tables.${id}.title`, row: t.title, text: t.title })),
  ];
  for (const t of titles) {
    const found = /(\d{4})\s*年/.exec(t.text)?.[1];
    // Some titles carry no year (单位“三公”经费和机关运行经费预算表): nothing to check there.
    if (found === undefined) continue;
    textCheck(ctx, RULES.docYear, {
      file,
      column: t.column,
      row: t.row,
      found: `${found}年`,
      expected: `${year}年`,
      ok: found === year,
    });
  }
  dy.explanation.parts.forEach((part, i) => {
    const found = /(\d{4})\s*年/.exec(part.heading)?.[1];
    if (found === undefined) return;
    textCheck(ctx, RULES.docYear, {
      file: `${dy.path}/explanation.yaml`,
      column: `parts.${i}.heading`,
      row: part.heading,
      found: `${found}年`,
      expected: `${year}年`,
      ok: found === year,
    });
  });
};

const COVER: Record<ShanghaiDepartmentYear["kind"], { cover: string; title: RegExp; word: string }> = {
  部门预算: { cover: "预算主管部门：", title: /部门/, word: "部门" },
  单位预算: { cover: "预算单位：", title: /单位/, word: "预算单位 / 单位" },
};

const kind = (ctx: Ctx): void => {
  const dy = dyOf(ctx);
  const file = `${dy.path}/department.yaml`;
  const expected = COVER[dy.meta.kind];
  textCheck(ctx, RULES.docKind, {
    file,
    column: "cover",
    row: "封面",
    found: dy.meta.cover,
    expected: `${expected.cover}${dy.meta.department}`,
    ok: dy.meta.cover.replace(/\s+/g, "") === `${expected.cover}${dy.meta.department}`,
    about: { zh: `本文件为${dy.meta.kind}`, en: `the document is a ${dy.meta.kind}` },
  });
  for (const [id, t] of Object.entries(dy.meta.tables)) {
    // 部门 tables never say 单位 in their name part; 单位 tables always do.
    const ok =
      dy.meta.kind === "单位预算" ? /单位/.test(t.title) : !/预算单位|单位“/.test(t.title) && /部门/.test(t.title);
    textCheck(ctx, RULES.docKind, {
      file,
      column: `tables.${id}.title`,
      row: t.title,
      found: t.title,
      expected: `表名中写“${expected.word}”`,
      ok,
      about: { zh: `本文件为${dy.meta.kind}`, en: `the document is a ${dy.meta.kind}` },
    });
  }
};

const emptyTableNotes = (ctx: Ctx): void => {
  const dy = dyOf(ctx);
  const file = `${dy.path}/department.yaml`;
  for (const [id, entry] of Object.entries(dy.meta.tables)) {
    const table = (dy.tables as Record<string, BudgetTable | undefined>)[id];
    if (!table) continue;
    const empty = table.rows.every((r) => Object.values(r.amounts).every((v) => v === 0));
    const saysEmpty = entry.note !== undefined && EMPTY_NOTE.test(entry.note);
    textCheck(ctx, RULES.docEmptyTableNote, {
      file,
      column: `tables.${id}.note`,
      row: entry.title,
      found: entry.note ?? "（无表注）",
      expected: empty ? "注明本表为空表" : "（有金额的表不注明为空表）",
      ok: empty === saysEmpty,
      tables: ["department", id],
      about: empty
        ? { zh: "本表没有任何金额", en: "the table has no amounts" }
        : { zh: "本表有不为 0 的金额", en: "the table has non-zero amounts" },
    });
  }
};

const adminCostsNone = (ctx: Ctx): void => {
  const dy = dyOf(ctx);
  if (dy.explanation.facts.admin_costs !== "无") return;
  const t9 = (dy.tables as Record<string, BudgetTable | undefined>)["table09"];
  const value = t9?.rows[0]?.amounts["adminCosts"] ?? 0;
  textCheck(ctx, RULES.docAdminCostsNone, {
    file: `${dy.path}/explanation.yaml`,
    column: "facts.admin_costs",
    row: "机关运行经费",
    found: value === 0 ? "表9 为空或 0" : `表9 为 ${trimmedDecimal(value, 2)} 万元`,
    expected: "表9 为空或 0",
    ok: value === 0,
  });
};

export const documentChecks = (ctx: Ctx): void => {
  years(ctx);
  kind(ctx);
  emptyTableNotes(ctx);
  adminCostsNone(ctx);
};
