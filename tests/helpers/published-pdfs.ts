/**
 * The published PDFs of the real documents, kept in their data folders as the original each site
 * serves (department.yaml's source.document), by the names the import tests use.
 */
import { join } from "node:path";
import { REPO_ROOT } from "./seed-copy";

export const PUBLISHED_PDFS = {
  "putuo-wanli-2025": "2025/putuo-wanli",
  "putuo-wanli-2024": "2024/putuo-wanli",
  "putuo-fuliyuan-2024": "2024/putuo-fuliyuan",
  "putuo-swj-2025-dept": "2025/putuo-swj",
  "putuo-swj-2025-unit": "2025/putuo-swj-unit",
  "js-jcy-2018": "2018/js-jcy",
  "js-fy-2018": "2018/js-fy",
} as const;

export type PublishedName = keyof typeof PUBLISHED_PDFS;

export const publishedPdf = (name: PublishedName): string =>
  join(REPO_ROOT, "data", PUBLISHED_PDFS[name], "original.pdf");

/**
 * A hand-checked YAML file as an import of `source` should write it: imported from a text, the
 * folder cannot keep the published PDF, so its department.yaml names no source.document.
 */
export const expectedFrom = (source: string, yaml: string, value: unknown): unknown => {
  if (source.endsWith(".pdf") || yaml !== "department.yaml" || typeof value !== "object" || value === null)
    return value;
  const { source: _kept, ...rest } = value as Record<string, unknown>;
  return rest;
};
