import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The layering DESIGN.md asks for: src/budget/ is the pure domain core, entered only through
// src/budget/index.ts; it never reaches into the site, the CLIs or Astro.
const SRC = resolve(__dirname, "../../src");
const CORE = join(SRC, "budget");

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(name) ? [path] : [];
  });

const IMPORT = /(?:import|export)\s[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

const importsOf = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? "");

const inside = (path: string, dir: string): boolean => !relative(dir, path).startsWith("..");

describe("layering", () => {
  const files = sourceFiles(SRC);

  it("finds the sources it checks", () => {
    expect(files.filter((f) => inside(f, CORE)).length).toBeGreaterThan(30);
    expect(files.filter((f) => !inside(f, CORE)).length).toBeGreaterThan(30);
  });

  it("reaches the domain core only through its public API", () => {
    const deep = files
      .filter((f) => !inside(f, CORE))
      .flatMap((f) =>
        importsOf(f)
          .filter((spec) => spec.startsWith("."))
          .map((spec) => resolve(dirname(f), spec))
          .filter((target) => inside(target, CORE) && target !== CORE)
          .map((target) => `${relative(SRC, f)} → ${relative(SRC, target)}`),
      );
    expect(deep).toEqual([]);
  });

  it("keeps the domain core free of the site, the CLIs and Astro", () => {
    const outward = files
      .filter((f) => inside(f, CORE))
      .flatMap((f) =>
        importsOf(f)
          .filter((spec) =>
            spec.startsWith(".") ? !inside(resolve(dirname(f), spec), CORE) : /^astro(:|\/|$)/.test(spec),
          )
          .map((spec) => `${relative(SRC, f)} → ${spec}`),
      );
    expect(outward).toEqual([]);
  });
});
