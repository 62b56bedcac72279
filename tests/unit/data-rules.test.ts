/**
 * The data-file rules' texts (src/budget/data-rules.ts): every rule's title, message and hint for
 * representative values, each variant of a text at least once, against a snapshot kept in
 * tests/unit/__snapshots__/data-rules.txt, and a handful spelled out here.
 */
import { describe, expect, it } from "vitest";
import { finding, RULES, type DataRule, type Params, type RuleKey, type Where } from "../../src/budget/data-rules";
import type { Finding } from "../../src/budget/findings";

const LONG = "这是一段很长的文字，".repeat(8);
const PROFILES = {
  zh: "guangzhou-budget、jiangsu-budget、shanghai-budget",
  en: "guangzhou-budget, jiangsu-budget, shanghai-budget",
};
const INCOME = { zh: "收入", en: "income" };
const EXPENDITURE = { zh: "支出", en: "expenditure" };
const TABLE1 = { zh: "表1 收支总表", en: "Table 1, income and expenditure" };
const at = (value?: string, column?: string): Where => ({
  file: "2025/huadu-zwfw/table05.csv",
  line: 7,
  ...(column !== undefined ? { column } : {}),
  ...(value !== undefined ? { value } : {}),
});

type Case = readonly [label: string, finding: Finding];
const one = <P extends Params>(rule: DataRule<P>, where: Where, params?: P, label = ""): Case => [
  label,
  finding(rule, where, params),
];

/** Every rule, each variant of its texts at least once. */
const CASES: Record<RuleKey, readonly Case[]> = {
  missingFile: [one(RULES.missingFile, { file: "2025/huadu-zwfw/table01.csv" }, { what: TABLE1 })],
  profileMissing: [
    one(RULES.profileMissing, { file: "2025/x/department.yaml", column: "profile" }, { known: PROFILES }),
  ],
  profileUnknown: [
    one(RULES.profileUnknown, at("guangzhou"), { known: PROFILES, suggestion: "guangzhou-budget" }, "suggestion"),
    one(RULES.profileUnknown, at("beijing"), { known: PROFILES }, "none"),
  ],
  absentTablePresent: [one(RULES.absentTablePresent, { file: "2025/x/table09.csv" }, { what: TABLE1 })],
  rowsUnread: [one(RULES.rowsUnread, at(), { count: 3, what: TABLE1 })],
  otherSideAmount: [
    one(RULES.otherSideAmount, at("12.00", "一般公共预算"), { side: INCOME, lineSide: EXPENDITURE }, "income"),
    one(RULES.otherSideAmount, at("3.40", "一般公共服务支出"), { side: EXPENDITURE, lineSide: INCOME }, "expenditure"),
  ],
  recordRows: [one(RULES.recordRows, at(), { count: 2 })],
  codePartGap: [one(RULES.codePartGap, at("", "款"))],
  erratumUnmatched: [
    one(RULES.erratumUnmatched, at("7,267.81"), { rule: "amount.bad-grouping", where: "table05.csv 第 7 行" }),
  ],
  erratumUnchecked: [one(RULES.erratumUnchecked, at(LONG), { rule: "cells.sum", where: "table05.csv 第 7 行" })],
  sourceDocumentMissing: [one(RULES.sourceDocumentMissing, { file: "department.yaml", value: "2025年部门预算.pdf" })],
  sourceDocumentNotPdf: [one(RULES.sourceDocumentNotPdf, { file: "department.yaml", value: "2025年部门预算.pdf" })],
  unknownFile: [
    one(RULES.unknownFile, { file: "2025/x/tabel01.csv" }, { suggestion: "table01.csv" }, "suggestion"),
    one(RULES.unknownFile, { file: "2025/x/notes.txt" }, {}, "none"),
  ],
  badFolderName: [one(RULES.badFolderName, { file: "2025/花都", value: "花都" }), one(RULES.badFolderName, at(LONG))],
  emptyFile: [one(RULES.emptyFile, { file: "2025/x/table01.csv" })],
  gbkEncoding: [one(RULES.gbkEncoding, { file: "2025/x/table01.csv" })],
  badEncoding: [one(RULES.badEncoding, { file: "2025/x/table01.csv" })],
  unclosedQuote: [one(RULES.unclosedQuote, at())],
  cellCount: [one(RULES.cellCount, at(), { found: 5, expected: 4 })],
  missingColumn: [one(RULES.missingColumn, at(undefined, "科目编码"))],
  unknownColumn: [
    one(RULES.unknownColumn, at("科目名", "科目名"), { suggestion: "科目名称" }, "suggestion"),
    one(RULES.unknownColumn, at("备注", "备注"), {}, "none"),
  ],
  duplicateColumn: [one(RULES.duplicateColumn, at("合计", "合计"))],
  noRows: [one(RULES.noRows, at())],
  amountEmpty: [one(RULES.amountEmpty, at("", "合计"))],
  amountFullwidth: [one(RULES.amountFullwidth, at("１２３.４５", "合计"))],
  amountNotANumber: [
    one(RULES.amountNotANumber, at("12万元", "合计"), { unit: "万元", decimals: 2 }, "万元, 2"),
    one(RULES.amountNotANumber, at("12元", "合计"), { unit: "元", decimals: 0 }, "元, 0"),
    one(RULES.amountNotANumber, at("1.2.3", "合计"), { unit: "万元", decimals: 4 }, "万元, 4"),
  ],
  amountDecimals: [
    one(RULES.amountDecimals, at("1.234", "合计"), { unit: "万元", decimals: 2 }, "万元, 2"),
    one(RULES.amountDecimals, at("1.5", "合计"), { unit: "元", decimals: 0 }, "元, 0"),
    one(RULES.amountDecimals, at("1.23456", "合计"), { unit: "万元", decimals: 4 }, "万元, 4"),
    one(RULES.amountDecimals, at("1.234", "合计"), { unit: "元", decimals: 2 }, "元, 2"),
  ],
  amountNegative: [one(RULES.amountNegative, at("-1.00", "合计"))],
  amountGrouping: [one(RULES.amountGrouping, at("1,23.00", "合计"))],
  amountTooLarge: [one(RULES.amountTooLarge, at("123456789012.00", "合计"))],
  textRequired: [one(RULES.textRequired, at("", "科目名称"))],
  textTooLong: [one(RULES.textTooLong, at(LONG, "说明"), { max: 500, length: 812 })],
  textMarkup: [one(RULES.textMarkup, at("<b>加粗</b>", "说明"))],
  codeMalformed: [
    one(RULES.codeMalformed, at("[201]", "科目编码"), {
      expected: { zh: "编码应为 3、5 或 7 位数字", en: "A code has 3, 5 or 7 digits" },
    }),
  ],
  codeDuplicate: [one(RULES.codeDuplicate, at("2010301", "科目编码"), { firstLine: 3 })],
  codeUnknown: [one(RULES.codeUnknown, at("2019999", "科目编码"))],
  codeNameMismatch: [
    one(RULES.codeNameMismatch, at("行政运转", "科目名称"), { code: "2010301", expected: "行政运行" }),
  ],
  codeNameDiffersFromRecalled: [
    one(RULES.codeNameDiffersFromRecalled, at("人大事物", "科目名称"), { code: "20101", expected: "人大事务" }),
  ],
  totalRowMissing: [
    one(RULES.totalRowMissing, at(), { position: "first" }, "first"),
    one(RULES.totalRowMissing, at(), { position: "last" }, "last"),
  ],
  totalRowMisplaced: [
    one(RULES.totalRowMisplaced, at("合计", "科目名称"), { position: "first" }, "first"),
    one(RULES.totalRowMisplaced, at("合计", "科目名称"), { position: "last" }, "last"),
  ],
  codeRequired: [one(RULES.codeRequired, at("", "科目编码"))],
  sideInvalid: [one(RULES.sideInvalid, at("收", "收支"))],
  sideTotalsMissing: [one(RULES.sideTotalsMissing, { file: "table01.csv" }, { side: "支出", label: "支出总计" })],
  kindInvalid: [one(RULES.kindInvalid, at("小计", "行类型"), { allowed: "“合计”、“单位”、“明细”" })],
  detailBeforeUnit: [one(RULES.detailBeforeUnit, at())],
  fixedItemUnknown: [one(RULES.fixedItemUnknown, at("会议费", "项目"), { allowed: "“合计”、“因公出国（境）费”" })],
  fixedItemMissing: [one(RULES.fixedItemMissing, { file: "table09.csv" }, { item: "公务接待费" })],
  fixedItemDuplicate: [one(RULES.fixedItemDuplicate, at("公务接待费", "项目"))],
  yamlSyntax: [
    one(
      RULES.yamlSyntax,
      { file: "department.yaml", line: 3 },
      { detail: "line 3, column 5", explained: { zh: "冒号后缺空格", en: "no space after a colon" } },
      "explained",
    ),
    one(RULES.yamlSyntax, { file: "department.yaml", line: 3 }, { detail: "line 3, column 5" }, "none"),
  ],
  yamlField: [
    one(
      RULES.yamlField,
      { file: "department.yaml", column: "year" },
      { detail: { zh: "应为数字", en: "must be a number" } },
    ),
  ],
  englishCountMismatch: [one(RULES.englishCountMismatch, { file: "english.yaml", column: "职能" }, { zh: 3, en: 2 })],
  englishStaleYear: [
    one(RULES.englishStaleYear, { file: "english.yaml", value: "2024 Budget" }, { stated: "2024", year: 2025 }),
  ],
  englishUnused: [one(RULES.englishUnused, { file: "english.yaml", column: "names", value: "行政运转" })],
  yearMismatch: [
    one(RULES.yearMismatch, { file: "department.yaml", column: "year", value: "2024" }, { folderYear: "2025" }),
  ],
  noData: [
    one(RULES.noData, { file: "." }, undefined, "."),
    one(RULES.noData, { file: "data/2025" }, undefined, "folder"),
  ],
  notAFolder: [
    one(RULES.notAFolder, { file: "data/x" }, { missing: true }, "missing"),
    one(RULES.notAFolder, { file: "data/x.csv" }, { missing: false }, "file"),
  ],
  symlink: [
    one(RULES.symlink, { file: "2025/x", value: "2025/x" }, { kind: "loop", target: "2025/x" }, "loop"),
    one(RULES.symlink, { file: "2025/y", value: "/gone" }, { kind: "dangling", target: "/gone" }, "dangling"),
    one(RULES.symlink, { file: "2025/z", value: "/elsewhere" }, { kind: "link", target: "/elsewhere" }, "link"),
  ],
  unreadable: [
    one(RULES.unreadable, { file: "table01.csv" }, { reason: { zh: "没有读取权限", en: "permission denied" } }),
  ],
  unexpected: [one(RULES.unexpected, { file: "table01.csv" }, { detail: "EIO: i/o error" })],
  yamlAliases: [one(RULES.yamlAliases, { file: "department.yaml" }, { max: 100 })],
  cellFormula: [one(RULES.cellFormula, at("=SUM(A1:A3)", "说明"))],
  invisibleCharacter: [
    one(RULES.invisibleCharacter, at("行政\u200b运行", "科目名称"), {
      characters: "U+200B",
      names: { zh: "零宽空格", en: "zero-width space" },
    }),
  ],
  utf16Encoding: [one(RULES.utf16Encoding, { file: "table01.csv" })],
  wrongDelimiter: [one(RULES.wrongDelimiter, at(), { delimiter: { zh: "分号", en: "semicolons" } })],
  sepLine: [one(RULES.sepLine, { file: "table01.csv", line: 1, value: "sep=," })],
  amountDecimalComma: [one(RULES.amountDecimalComma, at("1234,56", "合计"))],
};

const render = (): string =>
  Object.entries(CASES)
    .flatMap(([key, cases]) => {
      const rule = RULES[key as RuleKey];
      return cases.map(([label, f]) =>
        [
          `${rule.id}${label ? ` [${label}]` : ""} (${rule.severity})`,
          `  title:   ${rule.title.zh} | ${rule.title.en}`,
          `  message: ${f.message.zh}`,
          `           ${f.message.en}`,
          `  hint:    ${f.hint.zh}`,
          `           ${f.hint.en}`,
        ].join("\n"),
      );
    })
    .join("\n\n") + "\n";

describe("the data-file rules' texts", () => {
  it("have a case here for every rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });

  it("come out as in the snapshot, every rule and variant", async () => {
    await expect(render()).toMatchFileSnapshot("./__snapshots__/data-rules.txt");
  });

  it("fill in every value: no placeholder is left", () => {
    expect(render()).not.toMatch(/\{\w+\}|undefined/);
  });

  it("read as written for a handful of rules", () => {
    const text = (c: Case) => ({ message: c[1].message, hint: c[1].hint });
    expect(text(CASES.missingFile[0]!)).toEqual({
      message: {
        zh: "缺少文件 2025/huadu-zwfw/table01.csv（表1 收支总表）",
        en: "Missing file 2025/huadu-zwfw/table01.csv (Table 1, income and expenditure)",
      },
      hint: {
        zh: "请从上一年度或示例文件夹复制该文件，按本年数据填写后放入此文件夹；文件名须完全一致。",
        en: "Copy this file from last year's folder or the example, fill in this year's data and put it here; the file name must match exactly.",
      },
    });
    expect(CASES.profileUnknown[0]![1].hint).toEqual({
      zh: "是否应为 guangzhou-budget？可用的格式：guangzhou-budget、jiangsu-budget、shanghai-budget。",
      en: "Did you mean guangzhou-budget? The known profiles are: guangzhou-budget, jiangsu-budget, shanghai-budget.",
    });
    expect(CASES.otherSideAmount[0]![1].message).toEqual({
      zh: "“一般公共预算”栏只属于收入一侧，这一行是支出，却填了 “12.00”",
      en: "The “一般公共预算” column belongs to the income side, but this expenditure line holds “12.00”",
    });
    expect(CASES.amountDecimals[0]![1].message.zh).toBe("金额 “1.234” 超过两位小数");
    expect(CASES.amountDecimals[1]![1].message.en).toBe("The amount “1.5” has decimals; this table prints whole 元");
    expect(CASES.amountNotANumber[1]![1].hint.zh).toBe("金额只能是数字，单位为元，不带小数；不要写“元”等文字。");
    expect(CASES.erratumUnchecked[0]![1].message.zh).toBe(
      `勘误条目（cells.sum，table05.csv 第 7 行，原文 “${LONG.slice(0, 60)}…（共80字）”）所属的校验这次未能执行，无法确认它仍然适用`,
    );
    expect(CASES.noData.map((c) => c[1].message.en)).toEqual([
      "The data folder holds no department-year, so there is nothing to publish",
      "The folder data/2025 holds no department-year, so there is nothing to publish",
    ]);
    expect(CASES.symlink[1]![1].message.zh).toBe("2025/y 是失效的符号链接，指向的 /gone 不存在，已跳过");
  });

  it("keep the value whole in the finding while the message shortens it", () => {
    const [, f] = CASES.erratumUnchecked[0]!;
    expect(f.value).toBe(LONG);
    expect({ file: f.file, line: f.line, rule: f.rule, severity: f.severity }).toEqual({
      file: "2025/huadu-zwfw/table05.csv",
      line: 7,
      rule: "errata.unchecked",
      severity: "warning",
    });
  });
});
