/**
 * Sortable columns for a table marked data-sortable: each column header with data-sort-type
 * ("text" or "number") gets a button; pressing it sorts the body's rows by that column, then
 * reverses on the next press, and the header says so with aria-sort. Number cells carry their
 * exact value in data-sort (integers, no parsing of formatted text); a cell without one (a figure
 * the document does not give) always sorts last. Without JavaScript the table keeps its printed
 * order, and neither the buttons nor the hint ([data-sort-hint]) appear.
 */
type Direction = "ascending" | "descending";

/** Present values only: exact integers for numbers, the page language's collation for text. */
const compareCells = (type: string, a: HTMLElement | undefined, b: HTMLElement | undefined): number => {
  if (type === "number") {
    const difference = BigInt(a?.dataset["sort"] ?? 0) - BigInt(b?.dataset["sort"] ?? 0);
    return difference === 0n ? 0 : difference < 0n ? -1 : 1;
  }
  return (a?.textContent ?? "").trim().localeCompare((b?.textContent ?? "").trim(), document.documentElement.lang);
};

/** A figure the document does not give: no data-sort on a number cell. */
const isMissing = (type: string, cell: HTMLElement | undefined): boolean =>
  type === "number" && cell?.dataset["sort"] === undefined;

const enhance = (table: HTMLTableElement): void => {
  const body = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  if (!body) return;
  headers.forEach((header, column) => {
    const type = header.dataset["sortType"];
    if (type === undefined) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener("click", () => {
      // Numbers start largest first, names from 甲 to 乙: what a reader comparing wants first.
      const first: Direction = type === "number" ? "descending" : "ascending";
      const current = header.getAttribute("aria-sort");
      const direction: Direction = current === first ? (first === "ascending" ? "descending" : "ascending") : first;
      for (const other of headers) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", direction);
      const sign = direction === "ascending" ? 1 : -1;
      const rows = [...body.rows].sort((a, b) => {
        const x = a.cells[column];
        const y = b.cells[column];
        // Missing figures stay last in both directions.
        const missing = Number(isMissing(type, x)) - Number(isMissing(type, y));
        if (missing !== 0 || isMissing(type, x)) return missing;
        return sign * compareCells(type, x, y);
      });
      body.append(...rows);
    });
  });
};

const tables = [...document.querySelectorAll<HTMLTableElement>("table[data-sortable]")];
tables.forEach(enhance);
// The hint only makes sense once the headers are buttons.
if (tables.length > 0)
  for (const hint of document.querySelectorAll<HTMLElement>("[data-sort-hint]")) hint.hidden = false;
