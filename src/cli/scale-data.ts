/**
 * A synthetic data root for scale benchmarks: `count` department-years made by copying the real
 * department-year folders of a data root round-robin, each copy under its own slug
 * (<slug>-s001, …) in its own year folder. Copies of one department in consecutive years share
 * the suffix, so the cross-year checks and comparison pages run at scale too. Every copy is
 * real data, so the synthetic root validates exactly as the original does.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const YEAR = /^\d{4}$/;

/** The department-year folders of a data root, as "year/slug". */
const departmentYearsOf = (root: string): { year: string; slug: string }[] =>
  readdirSync(root, { withFileTypes: true })
    .filter((year) => year.isDirectory() && YEAR.test(year.name))
    .flatMap((year) =>
      readdirSync(join(root, year.name), { withFileTypes: true })
        .filter((dept) => dept.isDirectory() && existsSync(join(root, year.name, dept.name, "department.yaml")))
        .map((dept) => ({ year: year.name, slug: dept.name })),
    )
    .sort((a, b) => a.slug.localeCompare(b.slug) || a.year.localeCompare(b.year));

/** Write `count` department-years into `target` (emptied first); returns how many were written. */
export const writeScaleData = (source: string, target: string, count: number): number => {
  const originals = departmentYearsOf(source);
  if (originals.length === 0) throw new Error(`${source}: no department-year folder to copy`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (let i = 0; i < count; i++) {
    const original = originals[i % originals.length] as { year: string; slug: string };
    const round = Math.floor(i / originals.length) + 1;
    const copy = join(target, original.year, `${original.slug}-s${String(round).padStart(3, "0")}`);
    cpSync(join(source, original.year, original.slug), copy, { recursive: true });
  }
  return count;
};
