/**
 * What an importer reads: a document as lines of positioned cells, whatever it came from. A PDF
 * (pdfjs-dist text items grouped by baseline), the text a PDF viewer's copy or `pdftotext` gives
 * (tab-separated, or laid out with spaces), and a workbook (one line per non-empty row) all become
 * a SourceDocument, so the table reader is written once.
 */

/** One cell of a line: its text and where it sits across the page. */
export interface SourceCell {
  text: string;
  /**
   * Left and right edge, in the document's own across-the-page unit: PDF points for a PDF,
   * character columns for laid-out text (pdftotext counts a CJK character as one), the column index for
   * tab-separated text and workbooks. Only compared within one document.
   */
  x0: number;
  x1: number;
}

export interface SourceLine {
  /** Page number, 1-based; 0 where the source has no pages (copied text without form feeds). */
  page: number;
  /** Line number in the source file (text) or running line number within the page (PDF, workbook). */
  line: number;
  /** The line's whole text, cells joined by a single space where they were apart. */
  text: string;
  cells: SourceCell[];
  /**
   * Baseline, down from the top of the page, where the source knows it (PDF points): how far
   * apart two lines stand tells a cell wrapped over lines from rows of their own.
   */
  y?: number;
  /** Workbooks: the sheet the line came from. */
  sheet?: string;
}

export interface SourceDocument {
  /** File the lines came from, as given on the command line. */
  file: string;
  /**
   * How cells were found. "grid": every printed cell position is kept, blank cells included
   * (tab-separated text, workbooks), so the n-th cell is the n-th column. "layout": only non-blank
   * cells are present and columns must be found from positions (PDF, `pdftotext -layout`).
   */
  cells: "grid" | "layout";
  lines: SourceLine[];
}
