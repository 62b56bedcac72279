/**
 * Any file staff hold, as a SourceDocument: a PDF (pdfjs-dist), a workbook (exceljs), or the text
 * a PDF viewer's copy or pdftotext gives (UTF-8 or GBK, as Notepad saves it). What cannot be read is a problem with
 * a message, never a thrown error.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { bi, decodeText, readTextSource, type Bilingual, type SourceDocument } from "../budget";
import { readPdf } from "./pdf-reader";
import { readXlsx } from "./xlsx-reader";

export type SourceResult = { ok: true; document: SourceDocument } | { ok: false; message: Bilingual };

export interface ReadSourceOptions {
  /** Called per page of a PDF, for a progress line. */
  onPage?: (page: number, pages: number) => void;
}

const readText = async (file: string): Promise<SourceResult> => {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message:
        code === "ENOENT"
          ? bi(`找不到文件：${file}`, `No such file: ${file}`)
          : bi(
              `无法读取文件 ${file}（${code ?? "未知原因"}）：如果它正在 Excel/WPS 中打开，请先关闭`,
              `Cannot read ${file} (${code ?? "unknown"}); close it in Excel/WPS if it is open`,
            ),
    };
  }
  const decoded = decodeText(bytes, file);
  if (decoded.findings.length > 0 && decoded.text === "") {
    return {
      ok: false,
      message: bi(
        `${file} 不是 UTF-8 或 GBK 文本（可能是 UTF-16“Unicode 文本”）：请另存为“UTF-8”后再导入`,
        `${file} is not UTF-8 or GBK text (UTF-16?); save it as UTF-8 and import again`,
      ),
    };
  }
  return { ok: true, document: readTextSource(file, decoded.text) };
};

export const readSource = async (file: string, options: ReadSourceOptions = {}): Promise<SourceResult> => {
  const extension = extname(file).toLowerCase();
  if (extension === ".xlsx" || extension === ".xls") {
    const result = await readXlsx(file);
    return result.ok ? { ok: true, document: result.document } : { ok: false, message: result.problem.message };
  }
  if (extension === ".pdf") {
    const result = await readPdf(file, options.onPage ? { onPage: options.onPage } : {});
    return result.ok ? { ok: true, document: result.document } : { ok: false, message: result.problem.message };
  }
  return readText(file);
};
