/**
 * Where a department-year's figures come from, for its home page and the footer: the published
 * PDF kept in its folder (served from this site), the official page, the publication date and the
 * contact department.yaml gives; and which data this build is of — a short fingerprint of the
 * folder's files, and the day the site was built (SOURCE_DATE_EPOCH where set, so a rebuild of
 * the same data can be byte-identical).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { dataDir, type DepartmentYear } from "../budget";
import { downloadsRoute } from "./paths";

export interface Provenance {
  published?: string;
  url?: string;
  contact?: string;
  /** The published PDF as this site serves it. */
  original?: { href: string; file: string; bytes: number };
  /** The first 12 hex digits of a SHA-256 over the folder's files, names and bytes. */
  dataVersion: string;
  builtOn: string;
}

/** The address of a department-year's published PDF on this site. */
export const originalPdfHref = (dy: DepartmentYear): string => `${downloadsRoute(dy)}original.pdf`;

const folderOf = (dy: DepartmentYear): string => join(dataDir(), dy.path);

/** The PDF file department.yaml names, in the folder (the loader has checked it is there). */
export const originalPdfFile = (dy: DepartmentYear): string | undefined => {
  const name = dy.meta.source?.document;
  return name === undefined ? undefined : join(folderOf(dy), name);
};

const dataVersionOf = (folder: string): string => {
  const hash = createHash("sha256");
  for (const name of readdirSync(folder).sort()) {
    const file = join(folder, name);
    if (name.startsWith(".") || !statSync(file).isFile()) continue;
    hash.update(`${name}\0`).update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 12);
};

const builtOn = (): string => {
  const epoch = process.env["SOURCE_DATE_EPOCH"];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
};

/** The published PDF's bytes, for the download route. */
export const originalPdfBytes = (dy: DepartmentYear): Uint8Array<ArrayBuffer> | undefined => {
  const file = originalPdfFile(dy);
  return file === undefined ? undefined : new Uint8Array(readFileSync(file));
};

/**
 * Read once per loaded department-year, however many pages show it (both languages do); data
 * loaded again (npm run dev after an edit) is new objects, so nothing stale is shown.
 */
const cache = new WeakMap<DepartmentYear, Provenance>();

export const provenanceOf = (dy: DepartmentYear): Provenance => {
  const known = cache.get(dy);
  if (known) return known;
  const found = readProvenance(dy);
  cache.set(dy, found);
  return found;
};

const readProvenance = (dy: DepartmentYear): Provenance => {
  const source = dy.meta.source ?? {};
  const file = originalPdfFile(dy);
  return {
    ...(source.published ? { published: source.published } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.contact ? { contact: source.contact } : {}),
    ...(file ? { original: { href: originalPdfHref(dy), file, bytes: statSync(file).size } } : {}),
    dataVersion: dataVersionOf(folderOf(dy)),
    builtOn: builtOn(),
  };
};
