/**
 * Throw-away data roots for tests: a copy of the seed department-year (or of another folder of
 * data/) with some files replaced, added or removed. Tests load the copy with the real loader, so a broken input is checked
 * exactly as `npm run validate` would check it, without ever touching data/.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SEED_YEAR = "2025";
export const SEED_SLUG = "huadu-zwfw";
/** The seed department-year folder (data/2025/huadu-zwfw). */
export const SEED_DIR = join(REPO_ROOT, "data", SEED_YEAR, SEED_SLUG);
/** One folder per kind of broken input; see tests/fixtures/broken/README.md. */
export const BROKEN_FIXTURES_DIR = join(REPO_ROOT, "tests", "fixtures", "broken");

/** File name inside the department-year folder → new content, or null to delete the file. */
export type Overlay = Record<string, string | Buffer | null>;

const created: string[] = [];

/**
 * Copy the seed into a fresh temporary data root as <root>/2025/<slug>/ and apply `overlay`.
 * Returns the data root, ready for `loadData(root)`.
 */
export async function seedCopyWith(overlay: Overlay = {}, { slug = SEED_SLUG } = {}): Promise<string> {
  return copyWith(SEED_DIR, join(SEED_YEAR, slug), overlay);
}

/**
 * Copy any department-year of data/ (e.g. "2024/putuo-fuliyuan") into a fresh temporary data
 * root, under the same year and folder name, and apply `overlay`. Returns the data root.
 */
export async function dataCopyWith(path: string, overlay: Overlay = {}): Promise<string> {
  return copyWith(join(REPO_ROOT, "data", ...path.split("/")), join(...path.split("/")), overlay);
}

/**
 * A fresh data root with the files of `overlay` only, as <root>/<path>/ (a department-year
 * written from scratch, e.g. by a generator). Returns the data root.
 */
export async function dataRootWith(path: string, files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "budget-data-"));
  created.push(root);
  const dir = join(root, ...path.split("/"));
  await mkdir(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return root;
}

async function copyWith(from: string, to: string, overlay: Overlay): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "budget-seed-"));
  created.push(root);
  const dir = join(root, to);
  await cp(from, dir, { recursive: true });
  for (const [name, content] of Object.entries(overlay)) {
    const path = join(dir, name);
    // No `force`: deleting a file the folder does not have is a typo in the test, not a no-op.
    if (content === null) await rm(path);
    else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
  }
  return root;
}

/** Files of a fixture case that steer the copy instead of being copied. */
const CONTROL_FILES = { remove: "remove.txt", slug: "slug.txt" } as const;

const listLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

/** The names of the broken-input cases (the folders under tests/fixtures/broken). */
export async function brokenCaseNames(): Promise<string[]> {
  const entries = await readdir(BROKEN_FIXTURES_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * Read a fixture case as an overlay: every file is copied as is (bytes, so GBK and BOM survive),
 * except remove.txt (files to delete, one per line) and slug.txt (the department folder name to
 * use instead of the case name).
 */
export async function readBrokenCase(name: string): Promise<{ overlay: Overlay; slug: string }> {
  const caseDir = join(BROKEN_FIXTURES_DIR, name);
  const overlay: Overlay = {};
  let slug = name;
  for (const file of await readdir(caseDir)) {
    const bytes = await readFile(join(caseDir, file));
    if (file === CONTROL_FILES.remove) for (const gone of listLines(bytes.toString("utf8"))) overlay[gone] = null;
    else if (file === CONTROL_FILES.slug) slug = listLines(bytes.toString("utf8"))[0] ?? name;
    else overlay[file] = bytes;
  }
  return { overlay, slug };
}

/**
 * The seed with a fixture case applied, as <root>/2025/<case or slug.txt>/.
 * `folder` is the department-year path that findings' file names start with.
 */
export async function seedCopyWithFixture(name: string): Promise<{ root: string; folder: string }> {
  const { overlay, slug } = await readBrokenCase(name);
  const root = await seedCopyWith(overlay, { slug });
  return { root, folder: `${SEED_YEAR}/${slug}` };
}

/** Delete every data root made by this module (call from afterAll). */
export async function removeSeedCopies(): Promise<void> {
  await Promise.all(created.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}
