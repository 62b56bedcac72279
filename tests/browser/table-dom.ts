/**
 * What the browser shows of every `table.budget-table` on a page, read from the live DOM: row
 * headers (code, name, Chinese fallbacks), every figure (data-row-line, data-col-key, data-value
 * and the text a reader sees), long-text rows, and anything in the body that is neither. Plus an
 * independent formatter for the figures as printed (not the site's own), to compare them with.
 */
import type { Page } from "playwright-core";
import { CSS_PATH_FUNCTION } from "./tab-pool";

export interface DomRowHeader {
  line: string | null;
  colKey: string | null;
  /** text of the `.code` span(s), in order */
  codes: string[];
  /** the header's text without the code */
  name: string;
  /** texts of elements inside the header marked lang="zh-CN" */
  zh: string[];
  /** the language the name is in: the nearest lang attribute of the name's text */
  nameLang: string;
  /** the <tr>'s data-kind and data-code (single-list rows) */
  rowKind: string | null;
  rowCode: string | null;
  path: string;
}

export interface DomAmount {
  line: string | null;
  key: string | null;
  value: string | null;
  /** innerText: what a reader sees */
  text: string;
  path: string;
}

/** A text of a row besides its name: a long one in its own row (绩效目标), a short one in a cell (表12). */
export interface DomLongText {
  line: string | null;
  key: string | null;
  label: string;
  /** text without its label */
  text: string;
  zh: string[];
  path: string;
}

export interface DomTable {
  /** data-table, e.g. "table-03" or "key-projects" */
  slug: string | null;
  /** position on the page, 1-based */
  index: number;
  path: string;
  headers: DomRowHeader[];
  amounts: DomAmount[];
  longTexts: DomLongText[];
  /** body rows and cells that belong to no CSV row: described, for the failure message */
  strays: string[];
  bodyRows: number;
}

/**
 * Plain JavaScript in a string: see CSS_PATH_FUNCTION. One pass over the body rows; a cell's CSS
 * path is built from its table's path and its positions (paths of every cell would cost seconds
 * on the full-document page).
 */
const READ_TABLES = `(() => {
  const cssPath = ${CSS_PATH_FUNCTION};
  const squash = (text) => (text || "").replace(/\\s+/g, " ").trim();
  const open = (element) => {
    const html = element.outerHTML.replace(/\\s+/g, " ");
    return html.slice(0, Math.min(html.indexOf(">") + 1 || 160, 160));
  };
  const zhTexts = (element) =>
    [...element.querySelectorAll("[lang]")].filter((e) => e.lang === "zh-CN").map((e) => squash(e.textContent));
  const withoutCode = (th) => {
    const clone = th.cloneNode(true);
    clone.querySelectorAll(".code").forEach((e) => e.remove());
    return squash(clone.textContent);
  };
  const nameLang = (th) => {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".code") || squash(node.textContent) === "") continue;
      const holder = node.parentElement.closest("[lang]");
      return holder ? holder.lang : "";
    }
    return "";
  };
  // Tables styled as budget tables but holding no figures of a download (the 核对 page's check
  // lists) have no data-table; a table of figures without one is reported as unmatched. The
  // phone layout's lists (.narrow-view) restate a printed table's figures: tests/browser/
  // phone-tables.test.ts compares them with it.
  const tables = [...document.querySelectorAll("table.budget-table")].filter(
    (table) => !table.closest(".narrow-view") && (table.hasAttribute("data-table") || table.querySelector("[data-value]")),
  );
  return tables.map((table, i) => {
    const tablePath = cssPath(table);
    const strays = [];
    const headers = [];
    const amounts = [];
    const longTexts = [];
    let bodyRows = 0;
    const sections = [...table.children];
    for (const section of sections) {
      const sectionTag = section.tagName.toLowerCase();
      if (sectionTag === "thead" || sectionTag === "caption" || sectionTag === "colgroup") continue;
      const sectionPath = tablePath + " > " + sectionTag + ":nth-of-type(" + (sections.filter((s) => s.tagName === section.tagName).indexOf(section) + 1) + ")";
      if (sectionTag !== "tbody") strays.push("table part other than caption/colgroup/thead/tbody: " + sectionPath + " " + open(section));
      const rows = sectionTag === "tr" ? [section] : [...section.children];
      rows.forEach((tr, r) => {
        bodyRows++;
        const rowPath = sectionTag === "tr" ? sectionPath : sectionPath + " > tr:nth-of-type(" + (r + 1) + ")";
        if (!tr.querySelector("[data-row-line]"))
          strays.push("row with no data-row-line (a row not in the CSV): " + rowPath + " text " + JSON.stringify(squash(tr.textContent)));
        [...tr.children].forEach((cell, c) => {
          const path = rowPath + " > " + cell.tagName.toLowerCase() + ":nth-child(" + (c + 1) + ")";
          if (cell.tagName === "TH") {
            if (cell.getAttribute("scope") !== "row" || !cell.hasAttribute("data-row-line")) {
              strays.push("body <th> that is no row header with data-row-line: " + path + " " + open(cell));
              return;
            }
            headers.push({
              line: cell.getAttribute("data-row-line"),
              colKey: cell.getAttribute("data-col-key"),
              codes: [...cell.querySelectorAll(".code")].map((e) => squash(e.textContent)),
              name: withoutCode(cell),
              zh: zhTexts(cell),
              nameLang: nameLang(cell),
              rowKind: tr.getAttribute("data-kind"),
              rowCode: tr.getAttribute("data-code"),
              path,
            });
          } else if (cell.hasAttribute("data-value")) {
            amounts.push({
              line: cell.getAttribute("data-row-line"),
              key: cell.getAttribute("data-col-key"),
              value: cell.getAttribute("data-value"),
              text: cell.innerText.trim(),
              path,
            });
          } else if (tr.classList.contains("row-longtext")) {
            const box = cell.querySelector(".longtext") || cell;
            const label = box.querySelector(".longtext__label");
            const clone = box.cloneNode(true);
            clone.querySelectorAll(".longtext__label").forEach((e) => e.remove());
            longTexts.push({
              line: cell.getAttribute("data-row-line"),
              key: cell.getAttribute("data-col-key"),
              label: label ? squash(label.textContent) : "",
              text: squash(clone.textContent),
              zh: zhTexts(clone),
              path,
            });
          } else if (cell.classList.contains("text") && cell.hasAttribute("data-col-key")) {
            // A list's short printed text (表12's 专项名称): compared with the CSV like a long text.
            const text = squash(cell.textContent);
            if (text !== "")
              longTexts.push({ line: cell.getAttribute("data-row-line"), key: cell.getAttribute("data-col-key"), label: "", text, zh: zhTexts(cell), path });
          } else if (cell.classList.contains("blank")) {
            if (squash(cell.textContent) !== "")
              strays.push("blank cell with text " + JSON.stringify(squash(cell.textContent)) + ": " + path);
          } else {
            strays.push("cell that is neither a figure (data-value) nor blank: " + path + " " + open(cell) + " text " + JSON.stringify(squash(cell.textContent)));
          }
        });
      });
    }
    return { slug: table.getAttribute("data-table"), index: i + 1, path: tablePath, headers, amounts, longTexts, strays, bodyRows };
  });
})()`;

export const readTables = (page: Page): Promise<DomTable[]> => page.evaluate(READ_TABLES);

/**
 * An amount as printed for readers, written here independently of the site's formatter: an
 * integer of 10^−decimals units with thousands separators and exactly `decimals` decimals (two
 * by default: 万元 to the hundredth, zero as 0.00; none for whole 元), both languages alike.
 */
export const printedAmount = (units: number, decimals = 2): string => {
  const sign = units < 0 ? "-" : "";
  const abs = Math.abs(units);
  const base = 10 ** decimals;
  const whole = String(Math.trunc(abs / base)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return decimals === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(abs % base).padStart(decimals, "0")}`;
};

/** "table03" → "table-03": the data-table attribute and download name of a table id. */
export const slugOfTableId = (id: string): string => id.replace(/^table(\d\d)$/, "table-$1");
