/**
 * The catalogue of data-file rules: what the loader checks before any reconciliation.
 * Each rule has a stable id, a severity, and a title, a message and a fix hint in Chinese and
 * English. Staff read the Chinese; the English is for developers and for `--lang en`.
 *
 * The texts are data (`TEXTS`, keyed by rule id and grouped by the scope its id begins with):
 * templates in which `{name}` is filled with a value of the finding (`fillText`). The values are
 * the rule's params, typed per rule in `RULES`, and the place of the finding:
 * - `{file}`, `{column}`: where it is;
 * - `{value}`: the offending value in quotes, “…”, shortened if very long (the finding keeps it whole);
 * - `{written}`: the value as written, unquoted and whole.
 * A bilingual param fills each language with its own text. A text that depends on a value is
 * given for each case of it: `{ by: "position", cases: { first: …, last: … } }`; the case `none`
 * is taken when the value is absent, `other` for any value no case names.
 */
import type { Finding, Severity } from "./findings";
import { shorten } from "./findings";
import { fillText, type Bilingual, type TextValue } from "./i18n-text";

export interface Where {
  file: string;
  line?: number;
  column?: string;
  value?: string;
}

/** A text in both languages, or one for each case of the value `by` names. */
type Text = Bilingual | { by: string; cases: Readonly<Record<string, Text>> };

interface RuleTexts {
  /** One-line description for the rule list in docs and on the data-checks page. */
  title: Bilingual;
  message: Text;
  hint: Text;
}

/** The values a rule's texts are filled with, besides where the finding is. */
export type Params = Readonly<Record<string, TextValue | undefined>>;
type NoParams = Readonly<Record<string, never>>;

export interface DataRule<P extends Params> {
  id: string;
  severity: Severity;
  title: Bilingual;
  text: (where: Where, params: P) => { message: Bilingual; hint: Bilingual };
}

// The amount rules' hints for a table in another unit than 万元 with two decimals (Shanghai's 元).
const NUMBER_WHOLE = {
  zh: "金额只能是数字，单位为{unit}，不带小数；不要写“{unit}”等文字。",
  en: "An amount is a number in {unit} without decimals; no unit words.",
};
const NUMBER_DECIMALS = {
  zh: "金额只能是数字，单位为{unit}，最多 {decimals} 位小数；不要写“{unit}”等文字。",
  en: "An amount is a number in {unit} with at most {decimals} decimals; no unit words.",
};
const DECIMALS_WHOLE = {
  zh: "本表金额以{unit}为单位，不带小数；请按公开文本的数字填写。如公开文本本身带小数，请改 department.yaml 的 amounts。",
  en: "Amounts are in {unit} without decimals; write the figure as published. If the document prints decimals, correct amounts in department.yaml.",
};
const DECIMALS_PLACES = {
  zh: "本表金额以{unit}为单位，保留 {decimals} 位小数；请按公开文本的数字填写。如公开文本本身带小数，请改 department.yaml 的 amounts。",
  en: "Amounts are in {unit} with {decimals} decimals; write the figure as published. If the document prints decimals, correct amounts in department.yaml.",
};
const MORE_DECIMALS_EN = "The amount {value} has more than {decimals} decimals";

/** Every rule's texts by rule id, grouped by the scope the id begins with. */
const TEXTS = {
  // folder: the data folder, its department-year folders and the files in them
  "folder.missing-file": {
    title: { zh: "缺少必需的文件", en: "A required file is missing" },
    message: { zh: "缺少文件 {file}（{what}）", en: "Missing file {file} ({what})" },
    hint: {
      zh: "请从上一年度或示例文件夹复制该文件，按本年数据填写后放入此文件夹；文件名须完全一致。",
      en: "Copy this file from last year's folder or the example, fill in this year's data and put it here; the file name must match exactly.",
    },
  },
  "folder.profile-missing": {
    title: { zh: "department.yaml 没有写明格式（profile）", en: "department.yaml names no profile" },
    message: {
      zh: "department.yaml 缺少“profile”一行，无法判断本文件夹按哪种公开格式填写",
      en: "department.yaml has no “profile” line, so the folder's format is unknown",
    },
    hint: {
      zh: "请在 department.yaml 第一行写上“profile: 格式名”，可用的格式：{known}。",
      en: "Add a line “profile: <name>” at the top of department.yaml; the known profiles are: {known}.",
    },
  },
  "folder.profile-unknown": {
    title: { zh: "不认识的格式（profile）", en: "Unknown profile" },
    message: { zh: "不认识的格式 {value}", en: "Unknown profile {value}" },
    hint: {
      by: "suggestion",
      cases: {
        none: { zh: "可用的格式：{known}。", en: "The known profiles are: {known}." },
        other: {
          zh: "是否应为 {suggestion}？可用的格式：{known}。",
          en: "Did you mean {suggestion}? The known profiles are: {known}.",
        },
      },
    },
  },
  "folder.absent-table-present": {
    title: { zh: "声明不公开的表却有文件", en: "A table declared unpublished has a file" },
    message: {
      zh: "department.yaml 说本文件不公开{what}，但文件夹中有 {file}",
      en: "department.yaml says the document does not publish {what}, yet {file} is there",
    },
    hint: {
      zh: "如本年公开了此表，请改正 department.yaml；否则请删除这个文件。",
      en: "If the table is published this year, correct department.yaml; otherwise delete the file.",
    },
  },
  "folder.unknown-file": {
    title: { zh: "文件夹中有无法识别的文件", en: "Unrecognised file in the folder" },
    message: { zh: "无法识别的文件 {file}，已忽略", en: "Unrecognised file {file}, ignored" },
    hint: {
      by: "suggestion",
      cases: {
        none: {
          zh: "网站不会使用此文件。如不需要，请移出数据文件夹。",
          en: "The site does not use this file. If it is not needed, move it out of the data folder.",
        },
        other: {
          zh: "文件名是否应为 {suggestion}？请改名；如不需要，请移出数据文件夹。",
          en: "Should it be named {suggestion}? Rename it; if it is not needed, move it out of the data folder.",
        },
      },
    },
  },
  "folder.bad-name": {
    title: { zh: "文件夹名称不合规", en: "Invalid folder name" },
    message: {
      zh: "文件夹名 {value} 不合规：年度文件夹应为四位年份，部门文件夹只能用小写英文字母、数字和连字符",
      en: "The folder name {value} is invalid: a year folder is a four-digit year, a department folder uses only lowercase letters, digits and hyphens",
    },
    hint: {
      zh: "部门文件夹名会成为网址的一部分，请用部门名称的拼音或英文缩写，如 huadu-zwfw。",
      en: "The department folder name becomes part of the web address; use a pinyin or English abbreviation such as huadu-zwfw.",
    },
  },
  // Hostile or mis-saved inputs (issue 12): each a finding, never a stack trace.
  "folder.no-data": {
    title: { zh: "文件夹中没有任何部门年度", en: "No department-year in the folder" },
    message: {
      by: "file",
      cases: {
        ".": {
          zh: "数据文件夹中没有任何部门年度的数据，网站无内容可生成",
          en: "The data folder holds no department-year, so there is nothing to publish",
        },
        other: {
          zh: "文件夹 {file}中没有任何部门年度的数据，网站无内容可生成",
          en: "The folder {file} holds no department-year, so there is nothing to publish",
        },
      },
    },
    hint: {
      zh: "数据应放在“年度/部门代号”文件夹中，如 data/2025/huadu-zwfw/department.yaml；请确认给出的文件夹正确，或先复制一个部门年度的文件夹进来。",
      en: "Data lives in <year>/<department> folders, e.g. data/2025/huadu-zwfw/department.yaml; check that the right folder was given, or copy a department-year folder in first.",
    },
  },
  "folder.not-a-folder": {
    title: { zh: "要校验的不是文件夹", en: "The target is not a folder" },
    message: {
      by: "missing",
      cases: {
        true: { zh: "找不到文件夹 {file}", en: "There is no folder {file}" },
        false: { zh: "{file} 是一个文件，不是数据文件夹", en: "{file} is a file, not a data folder" },
      },
    },
    hint: {
      zh: "请给出数据文件夹（如 data）、年度文件夹（如 data/2025）或部门年度文件夹（如 data/2025/huadu-zwfw），不要给出其中的单个文件。",
      en: "Give the data folder (data), a year folder (data/2025) or a department-year folder (data/2025/huadu-zwfw), not a single file in it.",
    },
  },
  "folder.symlink": {
    title: { zh: "数据文件夹中有符号链接（快捷方式）", en: "A symbolic link in the data folder" },
    message: {
      by: "kind",
      cases: {
        loop: {
          zh: "{file} 是指向自身的循环符号链接（→ {target}），已跳过",
          en: "{file} is a symbolic link that loops back on itself (→ {target}); skipped",
        },
        dangling: {
          zh: "{file} 是失效的符号链接，指向的 {target} 不存在，已跳过",
          en: "{file} is a broken symbolic link: {target} does not exist; skipped",
        },
        link: {
          zh: "{file} 是符号链接（→ {target}），不是真正的文件或文件夹，已跳过",
          en: "{file} is a symbolic link (→ {target}), not a real file or folder; skipped",
        },
      },
    },
    hint: {
      zh: "数据文件夹中只能放真正的文件和文件夹：请删除这个链接，把它所指的文件（或文件夹）本身复制到这里。",
      en: "The data folder holds real files and folders only: delete the link and copy the file (or folder) it points to here instead.",
    },
  },

  // file: reading a file at all
  "file.empty": {
    title: { zh: "文件为空", en: "The file is empty" },
    message: { zh: "文件是空的，连表头行都没有", en: "The file is empty; it has not even a header row" },
    hint: {
      zh: "请确认保存的是正确的文件；CSV 第一行应为表头（列名），其后每行一条数据。",
      en: "Check that the right file was saved; a CSV's first line is the header (column names), then one line per row.",
    },
  },
  "file.encoding-gbk": {
    title: { zh: "文件为 GBK 编码", en: "The file is GBK-encoded" },
    message: {
      zh: "文件是 GBK（ANSI）编码，已自动转换为 UTF-8 读取",
      en: "The file is GBK (ANSI) encoded; it was converted to UTF-8 for reading",
    },
    hint: {
      zh: "建议在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，在 WPS 中选择 UTF-8 编码保存，以免生僻字出错。",
      en: "Prefer Excel's “Save as → CSV UTF-8 (Comma delimited)” (in WPS choose UTF-8) so rare characters survive.",
    },
  },
  "file.encoding-invalid": {
    title: { zh: "文件编码无法识别", en: "Unreadable file encoding" },
    message: {
      zh: "文件既不是 UTF-8 也不是 GBK 编码，无法读取",
      en: "The file is neither UTF-8 nor GBK and cannot be read",
    },
    hint: {
      zh: "CSV 文件请用 Excel“另存为 → CSV UTF-8（逗号分隔）”重新保存；YAML 文件请用记事本或 WPS 以 UTF-8 编码另存。",
      en: "Save a CSV again with Excel's “Save as → CSV UTF-8 (Comma delimited)”; save a YAML file as UTF-8 from Notepad or WPS.",
    },
  },
  "file.encoding-utf16": {
    title: { zh: "文件为 UTF-16 编码", en: "The file is UTF-16-encoded" },
    message: {
      zh: "文件是 UTF-16 编码（Excel 的“Unicode 文本”格式），无法按 CSV/YAML 读取",
      en: "The file is UTF-16 encoded (Excel's “Unicode Text” format) and cannot be read as CSV/YAML",
    },
    hint: {
      zh: "CSV 文件请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）(*.csv)”，不要选“Unicode 文本”；在 WPS 中另存为 CSV 并选择 UTF-8 编码。YAML 文件请用记事本“另存为”并把编码选为 UTF-8。",
      en: "Save a CSV from Excel with “Save as → CSV UTF-8 (Comma delimited) (*.csv)”, not “Unicode Text”; in WPS save as CSV with UTF-8. Save a YAML file from Notepad with the encoding set to UTF-8.",
    },
  },
  "file.unreadable": {
    title: { zh: "文件无法读取", en: "The file cannot be read" },
    message: { zh: "{file} 存在，但无法读取（{reason}）", en: "{file} is there but cannot be read ({reason})" },
    hint: {
      zh: "请检查它的读取权限（可能被其他程序锁定或权限设置不对），或把文件另存一份再放回此处。这不是“缺少文件”：不要再复制一份同名文件。",
      en: "Check its permissions (another program may lock it, or its permissions are wrong), or save a fresh copy in its place. It is not missing: do not add a second copy.",
    },
  },
  "file.unexpected": {
    title: { zh: "读取文件时出现意外错误", en: "Unexpected error reading a file" },
    message: {
      zh: "读取 {file} 时出现意外错误（{detail}），该文件未能校验",
      en: "An unexpected error occurred reading {file} ({detail}); the file was not checked",
    },
    hint: {
      zh: "请用 Excel/WPS 或记事本打开该文件另存一次再试；仍然出错时，请把该文件和这条提示发给技术人员。",
      en: "Open the file in Excel/WPS or a text editor, save it again and retry; if it persists, send the file and this message to a developer.",
    },
  },

  // csv: a CSV file's lines and cells
  "csv.unclosed-quote": {
    title: { zh: "引号没有闭合", en: "Unclosed quote" },
    message: {
      zh: '此行有一个左引号 " 没有对应的右引号，之后的内容都被当成了同一个单元格',
      en: "A double quote opened on this line is never closed, so everything after it reads as one cell",
    },
    hint: {
      zh: '请在 Excel/WPS 中打开并重新保存该文件；手工编辑时，单元格内的引号要写成两个 ""。',
      en: 'Open and re-save the file in Excel/WPS; when editing by hand, write a quote inside a cell as two "".',
    },
  },
  "csv.cell-count": {
    title: { zh: "单元格个数与表头不符", en: "Cell count differs from the header" },
    message: {
      zh: "此行有 {found} 个单元格，表头有 {expected} 列",
      en: "This row has {found} cells; the header has {expected} columns",
    },
    hint: {
      zh: '请检查是否多写或漏写了逗号；金额中的千分位逗号须整体加引号，如 "7,267.81"（用 Excel 保存会自动处理）。',
      en: 'Look for an extra or missing comma; an amount with thousands separators must be quoted, e.g. "7,267.81" (Excel does this when saving).',
    },
  },
  "csv.delimiter": {
    title: { zh: "CSV 不是用逗号分隔的", en: "The CSV is not comma-delimited" },
    message: {
      zh: "文件的各列是用{delimiter}分隔的，不是逗号，因此整行被读成了一个单元格",
      en: "The columns are separated by {delimiter}, not commas, so each line reads as a single cell",
    },
    hint: {
      zh: "请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）(*.csv)”，不要选“文本文件（制表符分隔）”或“Unicode 文本”；若 Windows 的区域设置把列表分隔符设为分号，Excel 会写出分号，请在 WPS 中另存为 CSV 或改用“CSV UTF-8（逗号分隔）”。",
      en: "Save from Excel with “Save as → CSV UTF-8 (Comma delimited) (*.csv)”, not “Text (Tab delimited)” or “Unicode Text”; where Windows' list separator is a semicolon, Excel writes semicolons, so save from WPS as CSV or choose “CSV UTF-8 (Comma delimited)”.",
    },
  },
  "csv.sep-line": {
    title: { zh: "第一行是 sep= 分隔符声明", en: "A sep= line before the header" },
    message: {
      zh: "第一行 {value} 是给 Excel 看的分隔符声明，不是表头，已跳过",
      en: "Line 1, {value}, is a delimiter declaration for Excel, not the header; skipped",
    },
    hint: {
      zh: "请删除这一行，让表头（列名）成为第一行；用 Excel“另存为 → CSV UTF-8（逗号分隔）”保存的文件不会有这一行。",
      en: "Delete this line so the header (the column names) is line 1; Excel's “Save as → CSV UTF-8 (Comma delimited)” does not write it.",
    },
  },

  // header: a CSV file's first line
  "header.missing": {
    title: { zh: "缺少列", en: "Missing column" },
    message: { zh: "表头缺少“{column}”列", en: "The header lacks the column “{column}”" },
    hint: {
      zh: "请在第 1 行加上“{column}”列（列名须与模板完全一致），并填写该列数据。",
      en: "Add the column “{column}” to line 1 (named exactly as in the template) and fill it in.",
    },
  },
  "header.unknown": {
    title: { zh: "无法识别的列", en: "Unrecognised column" },
    message: { zh: "表头中的“{written}”不是本表的列", en: "“{written}” in the header is not a column of this table" },
    hint: {
      by: "suggestion",
      cases: {
        none: {
          zh: "请删除此列，或改为模板中的列名。",
          en: "Delete this column or rename it to a column of the template.",
        },
        other: {
          zh: "是否应为“{suggestion}”？请改正列名。",
          en: "Did you mean “{suggestion}”? Correct the column name.",
        },
      },
    },
  },
  "header.duplicate": {
    title: { zh: "列名重复", en: "Duplicated column" },
    message: { zh: "表头中“{written}”出现了不止一次", en: "“{written}” appears more than once in the header" },
    hint: { zh: "请删除重复的列，只保留一列。", en: "Delete the duplicate so the column appears once." },
  },

  // table: a table's rows as a whole
  "table.no-rows": {
    title: { zh: "表中没有数据行", en: "The table has no rows" },
    message: { zh: "只有表头，没有任何数据行", en: "There is a header but no data rows" },
    hint: {
      zh: "至少应有“合计”行；本年无发生额的表也须保留金额为 0.00 的合计行。",
      en: "At least the 合计 (total) row is needed; a table with nothing this year keeps a 合计 row of 0.00.",
    },
  },
  "table.rows-unread": {
    title: { zh: "表中有行未能读入", en: "Rows of a table could not be read" },
    message: {
      zh: "{what}有 {count} 行未能读入，本表无法核对（相关的原文差错已登记，但没有给出可用的正确值）",
      en: "{count} row(s) of {what} could not be read, so the table cannot be checked (the errors are acknowledged, but no usable correct value is given)",
    },
    hint: {
      zh: "请在 errata.yaml 的相应条目中用 correct 写明应为的值（如“类”栏应为 210），系统会用它核对，网站仍照原文显示。",
      en: "Give the value the document meant in the erratum's correct field (e.g. 210 for the 类 cell): the checks use it, the site still shows the print.",
    },
  },
  "table.record-rows": {
    title: { zh: "本表只应有一行数据", en: "This table has one data row" },
    message: {
      zh: "本表只印一行数字，这里有 {count} 行",
      en: "The table prints one row of figures; this file has {count}",
    },
    hint: {
      zh: "请只保留表头和一行数字，照公开文本逐栏填写。",
      en: "Keep the header and one row of figures, column by column as published.",
    },
  },

  // row: one row's place and kind in its table
  "row.total-missing": {
    title: { zh: "缺少合计行", en: "Missing 合计 row" },
    message: {
      by: "position",
      cases: {
        first: { zh: "第一条数据应为“合计”行", en: "The first data row must be the 合计 (total) row" },
        last: { zh: "最后一条数据应为“合计”行", en: "The last data row must be the 合计 (total) row" },
      },
    },
    hint: {
      by: "position",
      cases: {
        first: {
          zh: "请在表头下第一行填写合计行：科目编码留空，名称写“合计”。",
          en: "Put the total row right below the header: empty code, name “合计”.",
        },
        last: {
          zh: "本表的合计行印在表的最后：请在最后一行填写合计行，科目编码留空，名称写“合计”。",
          en: "This table prints its total row last: put it at the end, empty code, name “合计”.",
        },
      },
    },
  },
  "row.total-misplaced": {
    title: { zh: "合计行位置不对", en: "Misplaced 合计 row" },
    message: {
      by: "position",
      cases: {
        first: { zh: "“合计”行只能有一行，且必须是第一条数据", en: "There is one 合计 row and it comes first" },
        last: { zh: "“合计”行只能有一行，且必须是最后一条数据", en: "There is one 合计 row and it comes last" },
      },
    },
    hint: {
      by: "position",
      cases: {
        first: {
          zh: "请删除多余的合计行或把它移到表头下第一行。",
          en: "Delete the extra total row or move it right below the header.",
        },
        last: { zh: "请删除多余的合计行或把它移到最后一行。", en: "Delete the extra total row or move it to the end." },
      },
    },
  },
  "row.other-side-amount": {
    title: { zh: "收支总表的一侧填了另一侧的栏目", en: "A figure in the other side's column" },
    message: {
      zh: "“{column}”栏只属于{side}一侧，这一行是{lineSide}，却填了 {value}",
      en: "The “{column}” column belongs to the {side} side, but this {lineSide} line holds {value}",
    },
    hint: {
      zh: "公开文本中这一格是空的：请把数字移到所属的一行或删去。",
      en: "The document prints nothing here: move the figure to its own line or delete it.",
    },
  },
  "row.side-invalid": {
    title: { zh: "收支栏填写不对", en: "Invalid side" },
    message: { zh: "“收支”只能填“收入”或“支出”，此处是 {value}", en: "“收支” must be 收入 or 支出, not {value}" },
    hint: {
      zh: "左半边（收入）的行填“收入”，右半边（支出）的行填“支出”。",
      en: "Rows of the left (income) list say 收入, of the right list 支出.",
    },
  },
  "row.side-total-missing": {
    title: { zh: "缺少收支合计或总计行", en: "Missing total line" },
    message: { zh: "{side}一侧缺少“{label}”行", en: "The {side} side lacks its “{label}” line" },
    hint: {
      zh: "请按公开文本补上“{label}”行，名称须一字不差。",
      en: "Add the “{label}” line as published, with exactly that name.",
    },
  },
  "row.kind-invalid": {
    title: { zh: "行类型填写不对", en: "Invalid row type" },
    message: { zh: "“行类型”只能填 {allowed}，此处是 {value}", en: "“行类型” must be one of {allowed}, not {value}" },
    hint: {
      zh: "合计行填“合计”，资金使用单位行填“单位”，其下的明细行按模板填写。",
      en: "The total row says 合计, a spending-unit row 单位, the rows below it as in the template.",
    },
  },
  "row.detail-before-unit": {
    title: { zh: "明细行前没有单位行", en: "Detail row before any unit row" },
    message: { zh: "这一行不属于任何资金使用单位", en: "This row belongs to no spending unit" },
    hint: {
      zh: "请先写一行“单位”（资金使用单位名称及其合计），再写它的明细行。",
      en: "Write a 单位 row (the spending unit with its totals) before its detail rows.",
    },
  },
  "row.item-unknown": {
    title: { zh: "无法识别的项目", en: "Unrecognised item" },
    message: { zh: "项目 {value} 不是本表的标准项目", en: "{value} is not one of this table's standard items" },
    hint: { zh: "本表的项目依次为：{allowed}。", en: "This table's items are, in order: {allowed}." },
  },
  "row.item-missing": {
    title: { zh: "缺少标准项目", en: "Missing standard item" },
    message: { zh: "缺少“{item}”行", en: "The row “{item}” is missing" },
    hint: { zh: "即使金额为 0.00 也要保留该行。", en: "Keep the row even when its amounts are 0.00." },
  },
  "row.item-duplicate": {
    title: { zh: "项目重复", en: "Duplicated item" },
    message: { zh: "项目 {value} 出现了不止一次", en: "The item {value} appears more than once" },
    hint: { zh: "请删除重复的行。", en: "Delete the repeated row." },
  },

  // cell: one cell, whatever its column
  "cell.formula": {
    title: { zh: "文字像 Excel 公式", en: "Text that looks like a formula" },
    message: {
      zh: "单元格 {value} 以 = + - @ 之一开头，用 Excel 或 WPS 打开下载的 CSV 时会被当作公式执行",
      en: "The cell {value} starts with one of = + - @, so Excel or WPS would run it as a formula when opening the downloaded CSV",
    },
    hint: {
      zh: "网站提供下载时会在这类单元格前加一个单引号 ' 使其作为文字显示。如公开文本并非如此，请删去开头的符号；条目符号请改用“·”或“（1）”。",
      en: "The site's CSV downloads prefix such cells with a single quote ' so they show as text. If the document does not print it so, delete the leading sign; use “·” or “（1）” for list bullets.",
    },
  },

  // amount: an amount cell
  "amount.empty": {
    title: { zh: "金额为空", en: "Empty amount" },
    message: { zh: "金额单元格是空的", en: "The amount cell is empty" },
    hint: { zh: "没有金额请填 0.00，不要留空。", en: "Write 0.00 where there is no amount; do not leave it empty." },
  },
  "amount.fullwidth": {
    title: { zh: "金额含全角字符", en: "Full-width characters in an amount" },
    message: { zh: "金额 {value} 含全角数字或符号", en: "The amount {value} contains full-width digits or signs" },
    hint: {
      zh: "请切换到英文（半角）输入法重新输入，如 123.45。",
      en: "Retype it with a half-width (ASCII) keyboard layout, e.g. 123.45.",
    },
  },
  "amount.not-a-number": {
    title: { zh: "金额不是数字", en: "Amount is not a number" },
    message: { zh: "{value} 不是金额", en: "{value} is not an amount" },
    hint: {
      by: "decimals",
      cases: {
        0: NUMBER_WHOLE,
        2: {
          by: "unit",
          cases: {
            万元: {
              zh: "金额只能是数字，单位为万元，最多两位小数，如 1,234.56 或 1234.56；不要写“万元”等文字。",
              en: "An amount is a number in 万元 with at most two decimals, e.g. 1,234.56 or 1234.56; no words such as 万元.",
            },
            other: NUMBER_DECIMALS,
          },
        },
        other: NUMBER_DECIMALS,
      },
    },
  },
  "amount.too-many-decimals": {
    title: { zh: "金额小数位数超过所印位数", en: "More decimals than printed" },
    message: {
      by: "decimals",
      cases: {
        0: {
          zh: "金额 {value} 带有小数，本表金额为整{unit}",
          en: "The amount {value} has decimals; this table prints whole {unit}",
        },
        2: { zh: "金额 {value} 超过两位小数", en: MORE_DECIMALS_EN },
        other: { zh: "金额 {value} 超过{decimals}位小数", en: MORE_DECIMALS_EN },
      },
    },
    hint: {
      by: "decimals",
      cases: {
        0: DECIMALS_WHOLE,
        2: {
          by: "unit",
          cases: {
            万元: {
              zh: "金额以万元为单位，保留两位小数（到百元），请按公开文本的数字填写。",
              en: "Amounts are in 万元 with two decimals; write the figure as published.",
            },
            other: DECIMALS_PLACES,
          },
        },
        other: DECIMALS_PLACES,
      },
    },
  },
  "amount.negative": {
    title: { zh: "金额为负数", en: "Negative amount" },
    message: {
      zh: "金额 {value} 是负数，本列不允许负数",
      en: "The amount {value} is negative, which this column does not allow",
    },
    hint: {
      zh: "预算表金额不应为负数，请核对原始数据。",
      en: "Budget table amounts are never negative; check the source figures.",
    },
  },
  "amount.bad-grouping": {
    title: { zh: "千分位逗号位置不对", en: "Misplaced thousands separator" },
    message: { zh: "金额 {value} 的千分位逗号位置不对", en: "The thousands separators in {value} are misplaced" },
    hint: {
      zh: "千分位逗号应每三位一个，如 1,234,567.89；也可以不写逗号。",
      en: "Put a separator every three digits, e.g. 1,234,567.89, or write none.",
    },
  },
  "amount.too-large": {
    title: { zh: "金额过大", en: "Amount too large" },
    message: { zh: "金额 {value} 大得不合理", en: "The amount {value} is implausibly large" },
    hint: {
      zh: "金额单位是万元，请确认没有按“元”填写。",
      en: "Amounts are in 万元 (ten thousand yuan); check it was not entered in yuan.",
    },
  },
  "amount.decimal-comma": {
    title: { zh: "金额用逗号作小数点", en: "A decimal comma in an amount" },
    message: {
      zh: "金额 {value} 用逗号作小数点（欧洲写法），本系统的小数点是英文句点",
      en: "The amount {value} uses a comma as the decimal mark; amounts here use a full stop",
    },
    hint: {
      zh: "请把小数点改为英文句点，如 1234.56（千分位逗号可写可不写，如 1,234.56）。Excel 这样保存，通常是因为 Windows 区域设置的小数点是逗号：请在“控制面板 → 区域 → 其他设置”中改为句点后重新另存为“CSV UTF-8（逗号分隔）”。",
      en: "Write the decimal mark as a full stop, e.g. 1234.56 (thousands separators optional: 1,234.56). Excel saves commas when Windows' regional decimal symbol is a comma: set it to a full stop (Control Panel → Region → Additional settings) and save again as “CSV UTF-8 (Comma delimited)”.",
    },
  },

  // code: a classification code and its name
  "code.malformed": {
    title: { zh: "科目编码格式不对", en: "Malformed code" },
    message: { zh: "科目编码 {value} 格式不对", en: "The code {value} is malformed" },
    hint: {
      zh: "{expected}；编码前后不要有方括号或空格，Excel 中请把该列设为“文本”格式。",
      en: "{expected}; no brackets or spaces around it, and format the column as Text in Excel.",
    },
  },
  "code.duplicate": {
    title: { zh: "科目编码重复", en: "Duplicated code" },
    message: {
      zh: "科目编码 {value} 在第 {firstLine} 行已经出现过",
      en: "The code {value} already appears on line {firstLine}",
    },
    hint: {
      zh: "每个科目在表中只能出现一次，请合并或删除重复的行。",
      en: "Each code appears once per table; merge or delete the repeated row.",
    },
  },
  "code.unknown": {
    title: { zh: "分类表中没有的编码", en: "Code not in the classification list" },
    message: {
      zh: "科目编码 {value} 不在本系统的政府收支分类科目表中",
      en: "The code {value} is not in the project's classification list",
    },
    hint: {
      zh: "请核对编码；如确为新增科目，请让技术人员把它加入 src/budget/classification。",
      en: "Check the code; if it is a new standard code, add it to src/budget/classification.",
    },
  },
  "code.name-mismatch": {
    title: { zh: "科目名称与编码不符", en: "Name does not match the code" },
    message: {
      zh: "科目 {code} 的名称应为“{expected}”，此处写的是 {value}",
      en: "Code {code} is named “{expected}” in the classification, but here {value}",
    },
    hint: {
      zh: "请核对编码和名称是否填错行；如该科目今年已正式改名，请让技术人员更新分类表。",
      en: "Check that code and name belong together; if the standard name changed this year, update the classification list.",
    },
  },
  "code.name-unconfirmed": {
    title: { zh: "科目名称与未经核实的分类表不同", en: "Name differs from an unverified classification entry" },
    message: {
      zh: "科目 {code} 在本系统分类表中记为“{expected}”（该条目尚未与官方科目表核对），此处写的是 {value}",
      en: "Code {code} is listed as “{expected}” (an entry not yet checked against the official list), but here {value}",
    },
    hint: {
      zh: "请以当年官方《政府收支分类科目》为准核对名称；如此处正确，请让技术人员更正分类表并把该条目标为已核实。",
      en: "Check the name against this year's official classification; if the data is right, correct the list and mark the entry verified.",
    },
  },
  "code.part-gap": {
    title: { zh: "科目编码缺少中间一级", en: "A code lacks a middle part" },
    message: {
      zh: "“{column}”栏是空的，但其后一级填了编码",
      en: "The “{column}” column is empty but a lower level has a code",
    },
    hint: {
      zh: "类、款、项要逐级填写：填了“项”就必须填“款”和“类”。请照公开文本补上。",
      en: "Codes are filled level by level: an 项 needs its 款 and 类. Fill them in as printed.",
    },
  },
  "code.required": {
    title: { zh: "缺少科目编码", en: "Missing code" },
    message: { zh: "除“合计”行外，每行都要有科目编码", en: "Every row except 合计 needs a code" },
    hint: { zh: "请按公开文本补上科目编码。", en: "Add the code as published." },
  },

  // text: a text cell or field
  "text.required": {
    title: { zh: "必填文字为空", en: "Required text is empty" },
    message: { zh: "“{column}”不能为空", en: "“{column}” must not be empty" },
    hint: { zh: "请按公开文本填写。", en: "Fill it in as published." },
  },
  "text.too-long": {
    title: { zh: "文字过长", en: "Very long text" },
    message: {
      zh: "文字长达 {length} 字，超过通常的 {max} 字",
      en: "The text is {length} characters long, more than the usual {max}",
    },
    hint: {
      zh: "已完整保留并显示。请确认没有把多个单元格的内容粘贴进了同一格。",
      en: "It is kept and shown in full. Check that several cells were not pasted into one.",
    },
  },
  "text.markup": {
    title: { zh: "文字中有网页代码", en: "Markup in text" },
    message: {
      zh: "文字中有类似网页代码的内容 {value}，网站会按原样显示为文字",
      en: "The text contains what looks like web markup, {value}; the site shows it literally as text",
    },
    hint: {
      zh: "公开文本中通常不会有尖括号代码，请确认是否误粘贴。",
      en: "Published text rarely contains angle-bracket code; check for a stray paste.",
    },
  },
  "text.invisible": {
    title: { zh: "含有不可见字符或控制字符", en: "Invisible or control characters" },
    message: {
      zh: "此处含有不可见字符 {characters}（{names}）",
      en: "This text contains the invisible character(s) {characters} ({names})",
    },
    hint: {
      zh: "这类字符通常随网页或 PDF 复制粘贴进来，看不见却会改变文字的比较、排序和显示方向。请删去该处文字后重新输入（不要粘贴）。",
      en: "Such characters come with text pasted from web pages or PDFs: unseen, they change how text compares, sorts and reads. Delete the text and type it again (do not paste).",
    },
  },

  // yaml: a YAML file
  "yaml.syntax": {
    title: { zh: "YAML 格式错误", en: "YAML syntax error" },
    message: {
      by: "explained",
      cases: {
        none: { zh: "文件格式有误（{detail}）", en: "Syntax error ({detail})" },
        other: { zh: "文件格式有误：{explained}（{detail}）", en: "Syntax error: {explained} ({detail})" },
      },
    },
    hint: {
      zh: "常见原因：冒号后缺空格、缩进不一致（须用空格，不能用 Tab）、文字中有英文冒号却没加引号。",
      en: "Usual causes: no space after a colon, inconsistent indentation (spaces, never tabs), an unquoted text containing a colon.",
    },
  },
  "yaml.field": {
    title: { zh: "字段缺失或取值不对", en: "Missing or invalid field" },
    message: { zh: "字段“{column}”{detail}", en: "Field “{column}”: {detail}" },
    hint: {
      zh: "请对照所用格式的数据格式说明（README.md；各格式的说明见 docs/profiles.md）或示例文件夹中的同名文件改正。",
      en: "Compare with the data format of the folder's profile (README.md; docs/profiles.md lists each profile's) or the same file in the example folder.",
    },
  },
  "yaml.too-many-aliases": {
    title: { zh: "YAML 引用（别名）过多", en: "Too many YAML aliases" },
    message: {
      zh: "文件中用 *名称 引用（别名）展开后超过 {max} 处，为防止恶意文件耗尽内存，已拒绝读取",
      en: "The file's aliases (*name references) expand to more than {max}; it was refused, as such files can exhaust memory",
    },
    hint: {
      zh: "预算数据不需要 &名称 / *名称 这种引用写法：请把每处内容直接写出来。",
      en: "Budget data needs no &anchor / *alias references: write each text out in full.",
    },
  },

  // meta: what department.yaml says of the folder
  "meta.year-mismatch": {
    title: { zh: "年度与文件夹不符", en: "Year differs from the folder" },
    message: {
      zh: "year 写的是 {value}，但文件夹是 {folderYear} 年",
      en: "year says {value} but the folder is for {folderYear}",
    },
    hint: {
      zh: "新一年度的文件夹复制自上年时，请记得改 year。",
      en: "When a folder is copied from last year, update year as well.",
    },
  },

  // english: english.yaml against the Chinese
  "english.count-mismatch": {
    title: { zh: "英文与中文条数不一致", en: "English and Chinese counts differ" },
    message: {
      zh: "“{column}”中文有 {zh} 条，英文有 {en} 条，无法逐条对应",
      en: "“{column}” has {zh} Chinese items but {en} English ones, so they cannot be paired",
    },
    hint: {
      zh: "中文增删段落后，请同步修改 english.yaml 中对应的英文；暂无译文时可删除整个英文条目，网站将显示中文。",
      en: "After adding or removing Chinese paragraphs, update english.yaml to match; without a translation, delete the English entry and the site shows the Chinese.",
    },
  },
  "english.stale-year": {
    title: { zh: "英文标题的年度与本年度不符", en: "English title names another year" },
    message: {
      zh: "english.yaml 的标题 {value} 写的是{stated}年，而这是{year}年的文件夹",
      en: "The English title {value} names {stated}, but this is the {year} folder",
    },
    hint: {
      zh: "可能是沿用了上一年的英文版；请把英文标题和其他英文文字改为本年度的，或删除 english.yaml 中过时的内容（网站会改显示中文）。",
      en: "Last year's English was probably carried over; update the English title and texts to this year, or delete what is out of date (the site then shows the Chinese).",
    },
  },
  "english.unused": {
    title: { zh: "英文译文没有对应的中文", en: "English text with no Chinese counterpart" },
    message: {
      zh: "english.yaml 中“{column}”的键 {value} 在表格中找不到",
      en: "The key {value} under “{column}” in english.yaml matches nothing in the tables",
    },
    hint: {
      zh: "可能是中文名称改了而英文没有同步；请把键改成表格中的中文原文，或删除这一条。",
      en: "The Chinese name probably changed; make the key the exact Chinese text of the table, or delete the entry.",
    },
  },

  // errata: errata.yaml against the findings
  "errata.unmatched": {
    title: { zh: "勘误条目与任何校验结果都不对应", en: "An erratum matches no finding" },
    message: {
      zh: "勘误条目（{rule}，{where}，原文 {value}）没有对应的校验结果",
      en: "The erratum ({rule}, {where}, printed {value}) matches no finding",
    },
    hint: {
      zh: "数据已改动或条目写错：请核对规则、文件、行号、列名和原文数值是否与“npm run validate”列出的结果完全一致；不再需要的条目请删除。",
      en: "The data changed or the entry is mistyped: rule, file, line, column and printed value must match a finding of npm run validate exactly; delete entries no longer needed.",
    },
  },
  "errata.unchecked": {
    title: { zh: "勘误条目所属的校验未能执行", en: "An erratum's check could not run" },
    message: {
      zh: "勘误条目（{rule}，{where}，原文 {value}）所属的校验这次未能执行，无法确认它仍然适用",
      en: "The erratum ({rule}, {where}, printed {value}) could not be confirmed: its check did not run this time",
    },
    hint: {
      zh: "先改正使该校验无法执行的错误（见上方“有 N 条校验规则无法执行”），再重新运行 npm run validate。",
      en: "First correct the errors that kept the check from running (see “rules could not run” above), then run npm run validate again.",
    },
  },

  // source: the original PDF department.yaml names
  "source.document-missing": {
    title: {
      zh: "department.yaml 所写的原文 PDF 不在文件夹中",
      en: "The original PDF named in department.yaml is not in the folder",
    },
    message: {
      zh: "source.document 写的是“{written}”，但文件夹中没有这个文件",
      en: "source.document names “{written}”, but the folder holds no such file",
    },
    hint: {
      zh: "请把公开的 PDF 原文放进这个部门年度的文件夹，文件名与 source.document 一致；不提供原文时删去 source.document 这一行。",
      en: "Put the published PDF into this department-year's folder under that name, or remove the source.document line.",
    },
  },
  "source.document-not-pdf": {
    title: { zh: "原文文件不是 PDF", en: "The original document is not a PDF" },
    message: {
      zh: "source.document 所指的“{written}”不是 PDF 文件（文件开头不是 %PDF-）",
      en: "“{written}”, named by source.document, is not a PDF (it does not start with %PDF-)",
    },
    hint: {
      zh: "请放入部门公开的 PDF 原文本身（不是改了扩展名的 Word、图片或网页文件）。",
      en: "Put the published PDF itself there (not a Word file, image or web page renamed to .pdf).",
    },
  },
} as const satisfies Readonly<Record<string, RuleTexts>>;

export type RuleId = keyof typeof TEXTS;

/** The text for the case the values name (see the top of this file). */
const choose = (text: Text, values: Params, id: RuleId): Bilingual => {
  if (!("by" in text)) return text;
  const value = values[text.by];
  const key = value === undefined ? "none" : typeof value === "object" ? "other" : String(value);
  const chosen = text.cases[key] ?? (value === undefined ? undefined : text.cases["other"]);
  if (!chosen) throw new Error(`${id}: no text for ${text.by} = ${key}`);
  return choose(chosen, values, id);
};

/** Every value a rule's texts may name: its params, then where the finding is. */
const valuesOf = (where: Where, params: Params): Params => ({
  ...params,
  file: where.file,
  column: where.column,
  value: `“${shorten(where.value ?? "")}”`,
  written: where.value,
});

const define = <P extends Params = NoParams>(id: RuleId, severity: Severity): DataRule<P> => {
  const texts: RuleTexts = TEXTS[id];
  return {
    id,
    severity,
    title: texts.title,
    text: (where, params) => {
      const values = valuesOf(where, params);
      return {
        message: fillText(choose(texts.message, values, id), values),
        hint: fillText(choose(texts.hint, values, id), values),
      };
    },
  };
};

/** Build a finding from a rule; the value is shortened only in the message, kept whole in `value`. */
export const finding = <P extends Params>(rule: DataRule<P>, where: Where, params?: P): Finding => {
  const { message, hint } = rule.text(where, params ?? ({} as P));
  const f: Finding = { rule: rule.id, severity: rule.severity, file: where.file, message, hint };
  if (where.line !== undefined) f.line = where.line;
  if (where.column !== undefined) f.column = where.column;
  if (where.value !== undefined) f.value = where.value;
  return f;
};

/** The rules by the name the code uses, each with the params its texts are filled with. */
export const RULES = {
  missingFile: define<{ what: Bilingual }>("folder.missing-file", "error"),
  profileMissing: define<{ known: Bilingual }>("folder.profile-missing", "error"),
  profileUnknown: define<{ known: Bilingual; suggestion?: string }>("folder.profile-unknown", "error"),
  absentTablePresent: define<{ what: Bilingual }>("folder.absent-table-present", "error"),
  rowsUnread: define<{ count: number; what: Bilingual }>("table.rows-unread", "error"),
  otherSideAmount: define<{ side: Bilingual; lineSide: Bilingual }>("row.other-side-amount", "error"),
  recordRows: define<{ count: number }>("table.record-rows", "error"),
  codePartGap: define("code.part-gap", "error"),
  erratumUnmatched: define<{ rule: string; where: string }>("errata.unmatched", "error"),
  erratumUnchecked: define<{ rule: string; where: string }>("errata.unchecked", "warning"),
  sourceDocumentMissing: define("source.document-missing", "error"),
  sourceDocumentNotPdf: define("source.document-not-pdf", "error"),
  unknownFile: define<{ suggestion?: string }>("folder.unknown-file", "warning"),
  badFolderName: define("folder.bad-name", "error"),
  emptyFile: define("file.empty", "error"),
  gbkEncoding: define("file.encoding-gbk", "warning"),
  badEncoding: define("file.encoding-invalid", "error"),
  unclosedQuote: define("csv.unclosed-quote", "error"),
  cellCount: define<{ found: number; expected: number }>("csv.cell-count", "error"),
  missingColumn: define("header.missing", "error"),
  unknownColumn: define<{ suggestion?: string }>("header.unknown", "error"),
  duplicateColumn: define("header.duplicate", "error"),
  noRows: define("table.no-rows", "error"),
  amountEmpty: define("amount.empty", "error"),
  amountFullwidth: define("amount.fullwidth", "error"),
  amountNotANumber: define<{ unit: string; decimals: number }>("amount.not-a-number", "error"),
  amountDecimals: define<{ unit: string; decimals: number }>("amount.too-many-decimals", "error"),
  amountNegative: define("amount.negative", "error"),
  amountGrouping: define("amount.bad-grouping", "error"),
  amountTooLarge: define("amount.too-large", "error"),
  textRequired: define("text.required", "error"),
  textTooLong: define<{ max: number; length: number }>("text.too-long", "warning"),
  textMarkup: define("text.markup", "warning"),
  codeMalformed: define<{ expected: Bilingual }>("code.malformed", "error"),
  codeDuplicate: define<{ firstLine: number }>("code.duplicate", "error"),
  codeUnknown: define("code.unknown", "warning"),
  codeNameMismatch: define<{ code: string; expected: string }>("code.name-mismatch", "error"),
  codeNameDiffersFromRecalled: define<{ code: string; expected: string }>("code.name-unconfirmed", "warning"),
  totalRowMissing: define<{ position: "first" | "last" }>("row.total-missing", "error"),
  totalRowMisplaced: define<{ position: "first" | "last" }>("row.total-misplaced", "error"),
  codeRequired: define("code.required", "error"),
  sideInvalid: define("row.side-invalid", "error"),
  sideTotalsMissing: define<{ side: string; label: string }>("row.side-total-missing", "error"),
  kindInvalid: define<{ allowed: string }>("row.kind-invalid", "error"),
  detailBeforeUnit: define("row.detail-before-unit", "error"),
  fixedItemUnknown: define<{ allowed: string }>("row.item-unknown", "error"),
  fixedItemMissing: define<{ item: string }>("row.item-missing", "error"),
  fixedItemDuplicate: define("row.item-duplicate", "error"),
  yamlSyntax: define<{ detail: string; explained?: Bilingual }>("yaml.syntax", "error"),
  yamlField: define<{ detail: Bilingual }>("yaml.field", "error"),
  englishCountMismatch: define<{ zh: number; en: number }>("english.count-mismatch", "error"),
  englishStaleYear: define<{ stated: string; year: number }>("english.stale-year", "error"),
  englishUnused: define("english.unused", "warning"),
  yearMismatch: define<{ folderYear: string }>("meta.year-mismatch", "error"),
  noData: define("folder.no-data", "error"),
  notAFolder: define<{ missing: boolean }>("folder.not-a-folder", "error"),
  symlink: define<{ kind: "loop" | "dangling" | "link"; target: string }>("folder.symlink", "error"),
  unreadable: define<{ reason: Bilingual }>("file.unreadable", "error"),
  unexpected: define<{ detail: string }>("file.unexpected", "error"),
  yamlAliases: define<{ max: number }>("yaml.too-many-aliases", "error"),
  cellFormula: define("cell.formula", "warning"),
  invisibleCharacter: define<{ characters: string; names: Bilingual }>("text.invisible", "error"),
  utf16Encoding: define("file.encoding-utf16", "error"),
  wrongDelimiter: define<{ delimiter: Bilingual }>("csv.delimiter", "error"),
  sepLine: define("csv.sep-line", "warning"),
  amountDecimalComma: define("amount.decimal-comma", "error"),
} as const;

export type RuleKey = keyof typeof RULES;
