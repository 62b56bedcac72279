/**
 * One build at a time per output folder. Two `npm run build` into the same dist/ (two staff, or a
 * scheduled job and a person) would swap into it at once; the second waits for the first, saying
 * so, and a lock left by a build that was killed is taken over. Builds into different folders (the
 * tests build several sites) do not wait for each other.
 */
import { createHash } from "node:crypto";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

const POLL_MS = 500;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const holderOf = (lock: string): number | undefined => {
  try {
    const pid = Number(readFileSync(lock, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Takes the lock of `outDir` (waiting while another live build holds it) and returns its release.
 * `onWait` is called once, with the other build's process id, when this build has to wait.
 */
export const lockBuild = async (
  tmpRoot: string,
  outDir: string,
  onWait: (pid: number) => void,
): Promise<() => void> => {
  await mkdir(tmpRoot, { recursive: true });
  const lock = join(tmpRoot, `build-${createHash("sha256").update(outDir).digest("hex").slice(0, 12)}.lock`);
  let waited = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = holderOf(lock);
      if (holder === undefined || !alive(holder)) {
        // A build that was killed left its lock: take it over.
        unlinkSync(lock);
        continue;
      }
      if (!waited) onWait(holder);
      waited = true;
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
  }
  const release = (): void => {
    if (holderOf(lock) === process.pid) unlinkSync(lock);
  };
  // Ctrl+C or a crash must not leave the lock behind.
  process.once("exit", release);
  return release;
};
