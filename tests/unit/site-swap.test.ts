/**
 * The swap of a finished build into the output folder (src/cli/site-swap.ts): after every single
 * file-system call it makes, the output folder is there and is one complete site, the old one or
 * the new one — never missing, never a mix. The same watch on the swap it replaced (rename dist/
 * away, then the new site in) sees the output folder missing, which is what a web server saw.
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readlink, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildsFolderOf, currentBuildOf, nodeSwapFs, swapIntoPlace, type SwapFs } from "../../src/cli/site-swap";

/** A complete site of two files, both saying which build wrote them. */
const writeSite = async (folder: string, version: string): Promise<string> => {
  await mkdir(join(folder, "2025", "huadu-zwfw"), { recursive: true });
  await writeFile(join(folder, "index.html"), version);
  await writeFile(join(folder, "2025", "huadu-zwfw", "index.html"), version);
  return folder;
};

/** Which complete site the output folder shows right now ("missing" or "mixed …" otherwise). */
const siteAt = (out: string): string => {
  try {
    const home = readFileSync(join(out, "index.html"), "utf8");
    const page = readFileSync(join(out, "2025", "huadu-zwfw", "index.html"), "utf8");
    return home === page ? home : `mixed ${home}/${page}`;
  } catch {
    return "missing";
  }
};

/** The swap's file-system calls, each followed by a look at the output folder. */
const watched = (out: string, seen: string[]): SwapFs => {
  const look = async <T>(step: Promise<T>): Promise<T> => {
    const result = await step;
    seen.push(siteAt(out));
    return result;
  };
  return {
    mkdir: (path) => look(nodeSwapFs.mkdir(path)),
    rename: (from, to) => look(nodeSwapFs.rename(from, to)),
    symlink: (target, path) => look(nodeSwapFs.symlink(target, path)),
    unlink: (path) => look(nodeSwapFs.unlink(path)),
    rm: (path) => look(nodeSwapFs.rm(path)),
  };
};

const scratch = async () => {
  const root = await mkdtemp(join(tmpdir(), "site-swap-"));
  return { root, out: join(root, "dist"), staging: (name: string) => writeSite(join(root, `staging-${name}`), name) };
};

describe("the swap into the output folder", () => {
  it("shows one complete site, the old or the new, after every step, and keeps only the new build", async () => {
    const { root, out, staging } = await scratch();
    await swapIntoPlace(await staging("A"), out, "a");
    const seen: string[] = [];
    await swapIntoPlace(await staging("B"), out, "b", watched(out, seen));

    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((site) => site === "A" || site === "B")).toBe(true);
    // Once the new site shows, it stays.
    expect(seen.slice(seen.indexOf("B"))).toEqual(seen.slice(seen.indexOf("B")).map(() => "B"));
    expect(siteAt(out)).toBe("B");
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(await readlink(out)).toBe(join(".dist-builds", "b"));
    expect(readdirSync(buildsFolderOf(out))).toEqual(["b"]);
    expect(readdirSync(root).sort()).toEqual([".dist-builds", "dist"]);
  });

  it("the swap it replaced leaves a moment with no output folder (the check sees it)", async () => {
    const { root, out, staging } = await scratch();
    await writeSite(out, "A");
    const next = await staging("B");
    const seen: string[] = [];
    const step = watched(out, seen);
    // The old swap: the previous site renamed away, then the new one renamed in.
    const previous = join(root, "previous");
    await step.rename(out, previous);
    await step.rename(next, out);
    await step.rm(previous);
    expect(seen).toEqual(["missing", "B", "B"]);
  });

  it("replaces a real dist/ folder of an older version with the link, leaving nothing of it behind", async () => {
    const { root, out, staging } = await scratch();
    await writeSite(out, "old");
    await writeFile(join(out, "stale-page.html"), "a page the new build no longer has");
    await swapIntoPlace(await staging("new"), out, "n");

    expect(siteAt(out)).toBe("new");
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(existsSync(join(out, "stale-page.html"))).toBe(false);
    expect(readdirSync(buildsFolderOf(out))).toEqual(["n"]);
    expect(readdirSync(root).sort()).toEqual([".dist-builds", "dist"]);
    // From then on, every swap is the one-step link switch.
    const seen: string[] = [];
    await swapIntoPlace(await staging("newer"), out, "m", watched(out, seen));
    expect(seen.every((site) => site === "new" || site === "newer")).toBe(true);
    expect(siteAt(out)).toBe("newer");
  });

  it("clears what a killed build left in the builds folder, and leaves a link's foreign target alone", async () => {
    const { root, out, staging } = await scratch();
    const elsewhere = await writeSite(join(root, "hand-made"), "by hand");
    await nodeSwapFs.symlink("hand-made", out);
    // A killed build's site and temporary link.
    await mkdir(buildsFolderOf(out), { recursive: true });
    await rename(await staging("killed"), join(buildsFolderOf(out), "k"));
    await nodeSwapFs.symlink(join(".dist-builds", "k"), join(buildsFolderOf(out), "k.link"));

    await swapIntoPlace(await staging("C"), out, "c");
    expect(siteAt(out)).toBe("C");
    expect(await currentBuildOf(out)).toBe(join(buildsFolderOf(out), "c"));
    expect(readdirSync(buildsFolderOf(out))).toEqual(["c"]);
    expect(siteAt(elsewhere)).toBe("by hand");
    await rm(root, { recursive: true, force: true });
  });
});
