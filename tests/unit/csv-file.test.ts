/**
 * The CSV reader (src/budget/csv-file.ts) on its own, bytes in, rows and findings out: no loader,
 * no data folder, no spawned process, so a mutant of the reader is seen by these tests directly.
 * Findings are compared as [file, line, column, rule, severity]; where a message carries what was
 * found (an invisible character's code point and name, a delimiter), that part is checked too.
 */
import { describe, expect, it } from "vitest";
import {
  decodeText,
  invisibleIn,
  neutraliseFormula,
  readCsv,
  withoutDecimalCommaEchoes,
} from "../../src/budget/csv-file";
import type { Finding } from "../../src/budget/findings";
import { findingAt as project, type FindingAt as Projection } from "../helpers/finding-projection";

const FILE = "t.csv";
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (text: string, columns?: readonly { header: string; type: string }[]) =>
  readCsv(bytesOf(text), FILE, columns ? { columns } : {});
const rulesOf = (bytes: number[] | Uint8Array): string[] =>
  decodeText(Uint8Array.from(bytes), FILE).findings.map((f) => f.rule);

const UTF16 = "file.encoding-utf16";

describe("UTF-16 told from its byte-order mark", () => {
  it("FF FE and FE FF are UTF-16, even with an odd number of bytes after them, or none", () => {
    expect(rulesOf([0xff, 0xfe])).toEqual([UTF16]);
    expect(rulesOf([0xff, 0xfe, 0x41])).toEqual([UTF16]);
    expect(rulesOf([0xfe, 0xff])).toEqual([UTF16]);
    expect(rulesOf([0xfe, 0xff, 0x41])).toEqual([UTF16]);
  });

  it("the file is refused with the way to save it, nothing read", () => {
    const csv = readCsv(Buffer.from("\uFEFF项目,金额\n", "utf16le"), FILE);
    expect(csv.findings.map(project)).toEqual([[FILE, null, null, UTF16, "error"]]);
    expect(csv.header).toBeUndefined();
    expect(csv.rows).toEqual([]);
    expect(csv.findings[0]?.hint.zh).toContain("CSV UTF-8（逗号分隔）");
    expect(csv.findings[0]?.hint.zh).toContain("不要选“Unicode 文本”");
  });

  it("only both bytes of a mark in that order: GBK text starting FE 41, B0 FE, FF 41 or 41 FF is GBK", () => {
    for (const start of [
      [0xfe, 0x41],
      [0xb0, 0xfe],
      [0xff, 0x41],
      [0x41, 0xff],
    ]) {
      const csv = readCsv(Uint8Array.from([...start, ...bytesOf(",b\n1,2\n")]), FILE);
      expect(csv.findings.map(project), start.join(" ")).toEqual([[FILE, null, null, "file.encoding-gbk", "warning"]]);
      expect(csv.rows).toEqual([{ line: 2, cells: ["1", "2"] }]);
    }
  });
});

describe("UTF-16 without a byte-order mark, told from its NUL bytes", () => {
  const be = (text: string): number[] => [...Buffer.from(text, "utf16le").swap16()];

  it("big- and little-endian, two characters are enough", () => {
    expect(rulesOf(be("ab"))).toEqual([UTF16]);
    expect(rulesOf([...Buffer.from("ab", "utf16le")])).toEqual([UTF16]);
    expect(rulesOf(be("项目,金额\n1,2\n"))).toEqual([UTF16]);
  });

  it("one NUL in ten on the other side of its pair still is UTF-16; more is not", () => {
    // Nine NULs on the even side, one on the odd side: exactly a tenth.
    expect(rulesOf([...be("abcdefghi"), 0x6a, 0x00])).toEqual([UTF16]);
    expect(rulesOf([0x61, 0x00, 0x00, 0x62])).toEqual([]);
  });

  it("a few NULs in a long text are invisible characters, not UTF-16", () => {
    const bytes = new Uint8Array(100).fill(0x61);
    bytes[10] = 0;
    bytes[20] = 0;
    expect(rulesOf(bytes)).toEqual([]);
    const five = new Uint8Array(100).fill(0x61);
    for (const i of [10, 20, 30, 40, 50]) five[i] = 0;
    expect(rulesOf(five)).toEqual([UTF16]);
  });

  it("an odd number of bytes is never UTF-16 without a mark", () => {
    expect(rulesOf([0x61, 0x00, 0x62, 0x00, 0x63])).toEqual([]);
    const csv = readCsv(Uint8Array.from([0x61, 0x00, 0x62, 0x00, 0x63]), FILE);
    expect(csv.findings.map(project)).toEqual([[FILE, 1, "a\0b\0c", "text.invisible", "error"]]);
    expect(csv.findings[0]?.message.zh).toContain("此处含有不可见字符 U+0000（空字符 NUL）");
  });
});

describe("UTF-8, GBK and neither", () => {
  it("UTF-8 with a byte-order mark: the mark is not part of the first column's name", () => {
    const csv = readCsv(bytesOf("\uFEFF项目,金额\n甲,1\n"), FILE);
    expect(csv.findings).toEqual([]);
    expect(csv.header).toEqual({ line: 1, cells: ["项目", "金额"] });
    expect(csv.rows).toEqual([{ line: 2, cells: ["甲", "1"] }]);
  });

  it("the decoder removes the mark itself, for YAML and every other reader of the text", () => {
    expect(decodeText(bytesOf("\uFEFFterms: []\n"), FILE)).toEqual({ text: "terms: []\n", findings: [] });
  });

  it("UTF-8 without one: no findings at all", () => {
    expect(decodeText(bytesOf("项目\n"), FILE)).toEqual({ text: "项目\n", findings: [] });
  });

  it("GBK is read, with a warning", () => {
    const gbk = Uint8Array.from([0xcf, 0xee, 0xc4, 0xbf, 0x0a]); // 项目
    expect(decodeText(gbk, FILE).text).toBe("项目\n");
    expect(decodeText(gbk, FILE).findings.map(project)).toEqual([[FILE, null, null, "file.encoding-gbk", "warning"]]);
  });

  it("bytes that are neither UTF-8 nor GBK are refused, not read with replacement characters", () => {
    const bad = Uint8Array.from([0x61, 0x81, 0x7f]);
    expect(decodeText(bad, FILE)).toEqual({
      text: "",
      findings: [expect.objectContaining({ rule: "file.encoding-invalid" })],
    });
    const csv = readCsv(bad, FILE);
    expect(csv.findings.map(project)).toEqual([[FILE, null, null, "file.encoding-invalid", "error"]]);
    expect(csv).toMatchObject({ header: undefined, rows: [] });
  });
});

describe("invisible characters, each named", () => {
  const NAMES: [char: string, code: string, zh: string, en: string][] = [
    ["\u0000", "U+0000", "空字符 NUL", "NUL"],
    ["\u0007", "U+0007", "控制字符", "control character"],
    ["\u001F", "U+001F", "控制字符", "control character"],
    ["\u007F", "U+007F", "控制字符", "control character"],
    ["\u009F", "U+009F", "控制字符", "control character"],
    ["\u061C", "U+061C", "文字方向标记", "directional mark"],
    ["\u200B", "U+200B", "零宽空格", "zero width space"],
    ["\u200C", "U+200C", "零宽非连接符", "zero width non-joiner"],
    ["\u200D", "U+200D", "零宽连接符", "zero width joiner"],
    ["\u200E", "U+200E", "文字方向标记", "directional mark"],
    ["\u200F", "U+200F", "文字方向标记", "directional mark"],
    ["\u2028", "U+2028", "行或段落分隔符", "line or paragraph separator"],
    ["\u2029", "U+2029", "行或段落分隔符", "line or paragraph separator"],
    ["\u202A", "U+202A", "文字方向控制符", "bidirectional control"],
    ["\u202E", "U+202E", "文字方向控制符", "bidirectional control"],
    ["\u2060", "U+2060", "零宽词连接符", "word joiner"],
    ["\u2061", "U+2061", "不可见运算符", "invisible operator"],
    ["\u2064", "U+2064", "不可见运算符", "invisible operator"],
    ["\u2066", "U+2066", "文字方向隔离符", "bidirectional isolate"],
    ["\u2069", "U+2069", "文字方向隔离符", "bidirectional isolate"],
    ["\uFEFF", "U+FEFF", "零宽不换行空格（字节顺序标记）", "zero width no-break space (byte order mark)"],
  ];

  it.each(NAMES)("%j is %s, %s", (char, code, zh, en) => {
    expect(invisibleIn(`完成${char}任务`)).toEqual({ characters: code, names: { zh, en } });
  });

  it.each(NAMES)("%j in a cell: the finding names %s and %s", (char, code, zh) => {
    const csv = read(`项目,说明\n甲,完成${char}任务\n`);
    expect(csv.findings.map(project)).toEqual([[FILE, 2, "说明", "text.invisible", "error"]]);
    expect(csv.findings[0]?.message.zh).toBe(`此处含有不可见字符 ${code}（${zh}）`);
    expect(csv.findings[0]?.value).toBe(`完成${char}任务`);
  });

  it("several: each code point once, in order, and each name once", () => {
    expect(invisibleIn("a\u200Bb\u200Cc\u200Bd\u200E\u200F")).toEqual({
      characters: "U+200B、U+200C、U+200E、U+200F",
      names: {
        zh: "零宽空格、零宽非连接符、文字方向标记",
        en: "zero width space, zero width non-joiner, directional mark",
      },
    });
  });

  it("visible text, tabs and line breaks, spaces of every width are not invisible", () => {
    for (const text of [
      "预算",
      "a\tb",
      "a\nb",
      "a\r\nb",
      "全角　空格",
      "a\u00A0b",
      "a\u2009b",
      "",
      "\u00A0",
      "\u2065",
    ]) {
      expect(invisibleIn(text), JSON.stringify(text)).toBeUndefined();
    }
    expect(read("项目,说明\n甲,全角　空格\t后\n").findings).toEqual([]);
  });

  it("in a header cell: at line 1, with the header as its column", () => {
    const csv = read("项目,说\u200B明\n甲,乙\n");
    expect(csv.findings.map(project)).toEqual([[FILE, 1, "说\u200B明", "text.invisible", "error"]]);
  });
});

describe("formula-looking cells", () => {
  it("= + - @ start a formula, unless the cell is a plain number or only dashes", () => {
    const formulas = ["=1+1", "+86 20 1234", "-1+1", "@SUM(A1)", "=a-", "--1", "\t=1", "\r=1", "-", "+"];
    const notFormulas = ["-5", "+5", "-12", "-1,234.56", "+1234.5", "-.55", "-.5", "-12%", "-", "--", "---"];
    for (const cell of formulas.filter((c) => !notFormulas.includes(c))) {
      expect(neutraliseFormula(cell), JSON.stringify(cell)).toBe(`'${cell}`);
    }
    for (const cell of notFormulas) expect(neutraliseFormula(cell), cell).toBe(cell);
  });

  it("a cell with = + - @ later in it, or none at all, is text", () => {
    for (const cell of ["a=b", "1+1", "电话 -1", "abc", "123", "预算数", "a@b.cn"]) {
      expect(neutraliseFormula(cell), cell).toBe(cell);
    }
  });

  it("without columns: every data cell is checked, never the header", () => {
    const csv = read("@项目,=说明\n=SUM(1),-5\nabc,+1+2\n");
    expect(csv.findings.map(project)).toEqual([
      [FILE, 2, "@项目", "cell.formula", "warning"],
      [FILE, 3, "=说明", "cell.formula", "warning"],
    ]);
    expect(csv.findings.map((f) => f.value)).toEqual(["=SUM(1)", "+1+2"]);
  });

  it("with columns: text columns are checked; amounts, codes and unknown columns are not", () => {
    const columns = [
      { header: "项目", type: "text" },
      { header: "编码", type: "code" },
      { header: "金额", type: "money" },
    ];
    const csv = read("项目,编码,金额,备注\n=A1,=B1,=C1,=D1\n", columns);
    expect(csv.findings.map(project)).toEqual([[FILE, 2, "项目", "cell.formula", "warning"]]);
  });
});

describe("decimal commas in amount columns", () => {
  const columns = [
    { header: "项目", type: "text" },
    { header: "金额", type: "money" },
  ];
  const found = (amount: string): Projection[] => read(`项目,金额\n甲,"${amount}"\n`, columns).findings.map(project);
  const COMMA: Projection = [FILE, 2, "金额", "amount.decimal-comma", "error"];

  it("1234,56, 0,5, -3,5, 1.234,56, 12.345,67, 1.234.567,89", () => {
    for (const amount of ["1234,56", "0,5", "-3,5", "1.234,56", "12.345,67", "1.234.567,89"]) {
      expect(found(amount), amount).toEqual([COMMA]);
    }
  });

  it("not thousands grouping, three decimals, or text around the number", () => {
    for (const amount of ["1,234", "1,234.56", "1234,567", "x1,50", "1,50x", "1234.56", "1.2345,6", "1234.567,8"]) {
      expect(found(amount), amount).toEqual([]);
    }
  });

  it("a decimal comma in a text column is not an amount", () => {
    expect(read('项目,金额\n"1,5",1\n', columns).findings).toEqual([]);
  });

  it("the loader's own reading of such a cell is dropped, other cells' findings kept", () => {
    const at = (rule: string, line: number, column: string, file = FILE): Finding =>
      ({
        rule,
        file,
        line,
        column,
        severity: "error",
        message: { zh: "", en: "" },
        hint: { zh: "", en: "" },
      }) as Finding;
    const findings = [
      at("amount.decimal-comma", 2, "金额"),
      at("amount.not-a-number", 2, "金额"),
      at("amount.bad-grouping", 2, "金额"),
      at("amount.not-a-number", 3, "金额"),
      at("amount.not-a-number", 2, "金额", "u.csv"),
      at("amount.negative", 2, "金额"),
    ];
    expect(withoutDecimalCommaEchoes(findings)).toEqual([findings[0], findings[3], findings[4], findings[5]]);
    const none = [at("amount.not-a-number", 2, "金额")];
    expect(withoutDecimalCommaEchoes(none)).toEqual(none);
    expect(withoutDecimalCommaEchoes(none)).not.toBe(none);
  });
});

describe("rows and their line numbers", () => {
  it("header and rows, cells trimmed, a clean file has no findings", () => {
    expect(read(" 项目 , 金额 \n 甲 ,1 \n乙, 2\n")).toEqual({
      header: { line: 1, cells: ["项目", "金额"] },
      rows: [
        { line: 2, cells: ["甲", "1"] },
        { line: 3, cells: ["乙", "2"] },
      ],
      findings: [],
    });
  });

  it("one-character lines keep their numbers", () => {
    expect(read("a\nb\nc\n").rows).toEqual([
      { line: 2, cells: ["b"] },
      { line: 3, cells: ["c"] },
    ]);
  });

  it("blank lines and lines of bare commas or spaces are skipped, and later lines keep their numbers", () => {
    const csv = read("a,b\n\n1,2\n,\n , \n\n3,4\n\n");
    expect(csv.rows).toEqual([
      { line: 3, cells: ["1", "2"] },
      { line: 7, cells: ["3", "4"] },
    ]);
    expect(csv.findings).toEqual([]);
  });

  it("blank lines before the header", () => {
    expect(read("\n\na,b\n1,2").header).toEqual({ line: 3, cells: ["a", "b"] });
    expect(read("\n\na,b\n1,2").rows).toEqual([{ line: 4, cells: ["1", "2"] }]);
  });

  it("CRLF, LF and CR mixed, and a quoted cell across lines, counted alike", () => {
    expect(read('a,b\r\n1,"x\r\ny"\n2,z\r3,w\r\n\r\n4,v').rows).toEqual([
      { line: 2, cells: ["1", "x\ny"] },
      { line: 4, cells: ["2", "z"] },
      { line: 5, cells: ["3", "w"] },
      { line: 7, cells: ["4", "v"] },
    ]);
  });

  it("an unclosed quote: one finding at its line, the rows before it kept", () => {
    const csv = read('a,b\n1,2\n3,"x\n4,5\n');
    expect(csv.findings.map(project)).toEqual([[FILE, 3, null, "csv.unclosed-quote", "error"]]);
    expect(csv.rows).toEqual([{ line: 2, cells: ["1", "2"] }]);
  });

  it("a file of only an unclosed quote is also empty", () => {
    expect(read('"a,b\n').findings.map(project)).toEqual([
      [FILE, 1, null, "csv.unclosed-quote", "error"],
      [FILE, null, null, "file.empty", "error"],
    ]);
  });

  it("an empty file, or one of blank lines, is empty", () => {
    for (const text of ["", "\n\n", ",,\n , \n"]) {
      const csv = read(text);
      expect(csv.findings.map(project), JSON.stringify(text)).toEqual([[FILE, null, null, "file.empty", "error"]]);
      expect(csv).toMatchObject({ header: undefined, rows: [] });
    }
  });

  it("a one-column file is read, not taken for another delimiter", () => {
    expect(read("项目\n甲\n")).toEqual({
      header: { line: 1, cells: ["项目"] },
      rows: [{ line: 2, cells: ["甲"] }],
      findings: [],
    });
  });
});

describe("a sep= first line", () => {
  const SEP = (value: string): Finding =>
    expect.objectContaining({ rule: "csv.sep-line", line: 1, value, severity: "warning" }) as unknown as Finding;

  it("sep=, sep=; and sep= alone, with spaces around, are reported and skipped", () => {
    for (const [first, value] of [
      ["sep=,", "sep=,"],
      ["SEP=;", "SEP=;"],
      ["sep=", "sep="],
      ["  sep=,  ", "sep=,"],
      ["sep=\t", "sep="],
    ] as const) {
      const csv = read(`${first}\na,b\n1,2\n`);
      expect(csv.findings, first).toEqual([SEP(value)]);
      expect(csv.header, first).toEqual({ line: 2, cells: ["a", "b"] });
      expect(csv.rows, first).toEqual([{ line: 3, cells: ["1", "2"] }]);
    }
  });

  it("a file of only sep=, without a line break, is that warning and an empty file", () => {
    expect(read("sep=;").findings).toEqual([SEP("sep=;"), expect.objectContaining({ rule: "file.empty" })]);
  });

  it("a header that merely holds sep= is a header; sep= on a later line is a row", () => {
    for (const header of ["sep=,x", "x,sep=", "sep=::"]) {
      const csv = read(`${header}\n1,2\n`);
      expect(csv.findings, header).toEqual([]);
      expect(csv.header?.line, header).toBe(1);
    }
    const later = read("\nsep=,");
    expect(later.findings).toEqual([]);
    expect(later.header).toEqual({ line: 2, cells: ["sep=", ""] });
  });
});

describe("files delimited with something other than commas", () => {
  it.each([
    ["semicolons", ";", "分号（;）", "semicolons (;)"],
    ["tabs", "\t", "制表符（Tab）", "tabs"],
    ["vertical bars", "|", "竖线（|）", "vertical bars (|)"],
  ])("%s: one finding naming them, nothing read", (_name, d, zh, en) => {
    const csv = read(`项目${d}金额${d}备注\n甲${d}1${d}x\n`);
    expect(csv.findings.map(project)).toEqual([[FILE, 1, null, "csv.delimiter", "error"]]);
    expect(csv.findings[0]?.message.zh).toContain(`用${zh}分隔`);
    expect(csv.findings[0]?.message.en).toContain(en);
    expect(csv.header).toBeUndefined();
    expect(csv.rows).toEqual([]);
  });

  it("the most frequent one is named", () => {
    expect(read("a;b|c|d\n").findings[0]?.message.zh).toContain("竖线");
    expect(read("a;b;c|d\n").findings[0]?.message.zh).toContain("分号");
  });

  it("a trailing comma on the header does not hide it", () => {
    expect(read("项目;金额;备注,\n甲;1;x,\n").findings.map(project)).toEqual([
      [FILE, 1, null, "csv.delimiter", "error"],
    ]);
  });

  it("a comma-delimited header whose column names hold a semicolon is read as it is", () => {
    const csv = read("说明;备注,金额\n甲,1\n");
    expect(csv.findings).toEqual([]);
    expect(csv.header?.cells).toEqual(["说明;备注", "金额"]);
  });
});
