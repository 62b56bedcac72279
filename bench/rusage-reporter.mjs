/**
 * Loaded into every Node process of a benchmarked command (NODE_OPTIONS=--import) where GNU time
 * is not installed: on exit, each writes its own CPU time and peak memory into BENCH_RUSAGE_DIR,
 * and the bench adds the CPU and takes the largest peak. Non-Node children (Pagefind, esbuild) are
 * not counted this way.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env["BENCH_RUSAGE_DIR"];
if (dir)
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const report = { cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssBytes: usage.maxRSS * 1024 };
    writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(report));
  });
