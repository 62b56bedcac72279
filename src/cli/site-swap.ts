/**
 * Putting a finished build in place without a moment where the output folder is missing or half
 * written. Renaming one directory over another is not possible in one step (rename(2) refuses a
 * non-empty target, and Node has no renameat2 RENAME_EXCHANGE), so the old swap — rename dist/ away,
 * then the new site in — left a moment with no dist/ at all, in which a web server serving it
 * answered 404. Instead, dist is a symbolic link to the current build:
 *
 *   dist -> .dist-builds/<id>/      the link (relative, so the project folder can move)
 *   .dist-builds/<id>/              the complete site of one build
 *
 * A build moves its finished site into .dist-builds/, makes a new link and renames it over dist:
 * one rename(2) that replaces the link atomically, so dist always resolves to a complete
 * site, the old one or the new one. Only then are the older builds removed.
 *
 * A real dist/ folder (from a version before this, or made by hand) cannot be replaced by a link in
 * one step: the first build moves it into .dist-builds/ and puts the link in its place, two renames
 * one after the other, once. A dist that is a link to somewhere else is replaced by the link and
 * what it pointed to is left alone. On Windows the link is a directory junction, which a rename
 * cannot replace: there the old link is removed first (not atomic). The caller holds the build lock
 * of the output folder (build-lock.ts), so no two builds swap into it at once.
 *
 * Anything that reads dist follows the link: web servers (nginx's root, `disable_symlinks` off by
 * default), `npm run bench -- --dir dist`, the tests' static server. To copy the site elsewhere, copy
 * what the link points to: `rsync -a dist/ …` or `cp -rL dist …` (README, 发布 · Publishing).
 */
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";

/** The file-system calls the swap makes, one by one (the tests observe the output between them). */
export interface SwapFs {
  mkdir: (path: string) => Promise<unknown>;
  rename: (from: string, to: string) => Promise<void>;
  symlink: (target: string, path: string) => Promise<void>;
  unlink: (path: string) => Promise<void>;
  rm: (path: string) => Promise<void>;
}

const WINDOWS = process.platform === "win32";

export const nodeSwapFs: SwapFs = {
  mkdir: (path) => mkdir(path, { recursive: true }),
  rename,
  symlink: (target, path) => symlink(target, path, WINDOWS ? "junction" : "dir"),
  unlink: (path) => rm(path, { force: true }),
  rm: (path) => rm(path, { recursive: true, force: true }),
};

/** The folder holding the builds an output folder links to: .dist-builds beside dist. */
export const buildsFolderOf = (outDir: string): string =>
  join(dirname(resolve(outDir)), `.${basename(resolve(outDir))}-builds`);

const kindOf = async (path: string): Promise<"missing" | "link" | "folder" | "other"> => {
  try {
    const stat = await lstat(path);
    return stat.isSymbolicLink() ? "link" : stat.isDirectory() ? "folder" : "other";
  } catch {
    return "missing";
  }
};

/**
 * Moves the complete site in `staging` into place as `outDir` (see above) and removes the builds
 * it replaces. `id` names this build's folder; it must be new in the builds folder.
 */
export const swapIntoPlace = async (staging: string, outDir: string, id: string, fs: SwapFs = nodeSwapFs) => {
  const out = resolve(outDir);
  const builds = buildsFolderOf(out);
  const current = join(builds, id);
  await fs.mkdir(builds);
  await fs.rename(resolve(staging), current);
  // The new link is made in the builds folder (a link's target is read from where it ends up) and
  // renamed over the output folder from there: a link a killed build left behind goes with the rest.
  const link = join(builds, `${id}.link`);
  await fs.unlink(link);
  await fs.symlink(relative(dirname(out), current), link);
  const before = await kindOf(out);
  if (before === "folder" || before === "other") {
    // Once: a real folder (or file) becomes the link. Moved aside first, removed with the old builds.
    await fs.rename(out, join(builds, `${id}-replaced`));
  } else if (before === "link" && WINDOWS) {
    await fs.unlink(out);
  }
  await fs.rename(link, out);
  // Every other entry is an older build (or was left by a build that was killed).
  for (const entry of await readdir(builds)) if (entry !== id) await fs.rm(join(builds, entry));
};

/** Where the output folder's link points, as an absolute path (undefined when it is no link). */
export const currentBuildOf = async (outDir: string): Promise<string | undefined> => {
  const out = resolve(outDir);
  if ((await kindOf(out)) !== "link") return undefined;
  return resolve(dirname(out), await readlink(out));
};

/** Removes an output folder and the builds it links to (for tests and scratch sites). */
export const removeSite = async (outDir: string): Promise<void> => {
  await rm(resolve(outDir), { recursive: true, force: true });
  await rm(buildsFolderOf(outDir), { recursive: true, force: true });
};
