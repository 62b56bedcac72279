/**
 * One build at a time per output folder: a second build into the same folder waits for the first
 * and says so; a lock left by a killed build is taken over; builds into other folders never wait.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockBuild } from "../../src/cli/build-lock";

const tmpRoot = (): Promise<string> => mkdtemp(join(tmpdir(), "build-lock-"));

describe("the build lock", () => {
  it("makes a second build into the same folder wait until the first releases it", async () => {
    const root = await tmpRoot();
    const events: string[] = [];
    const first = await lockBuild(root, "/site/dist", () => events.push("first waited"));
    const second = lockBuild(root, "/site/dist", (pid) => events.push(`second waits for ${pid}`)).then((release) => {
      events.push("second has the lock");
      return release;
    });
    await new Promise((done) => setTimeout(done, 700));
    events.push("first releases");
    first();
    (await second)();
    expect(events).toEqual([`second waits for ${process.pid}`, "first releases", "second has the lock"]);
    expect(await readdir(root)).toEqual([]);
  });

  it("takes over a lock left by a build that no longer runs, without waiting", async () => {
    const root = await tmpRoot();
    const held = await lockBuild(root, "/site/dist", () => undefined);
    const [lock] = await readdir(root);
    held();
    // A lock file as a killed build leaves it: the process id of one that has ended.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(join(root, lock!), String(gone));
    let waited = false;
    const taken = await lockBuild(root, "/site/dist", () => (waited = true));
    taken();
    expect(waited).toBe(false);
    expect(await readdir(root)).toEqual([]);
  });

  it("does not make builds into different folders wait for each other", async () => {
    const root = await tmpRoot();
    let waited = false;
    const a = await lockBuild(root, "/site/dist", () => (waited = true));
    const b = await lockBuild(root, "/tests/site", () => (waited = true));
    a();
    b();
    expect(waited).toBe(false);
  });
});
