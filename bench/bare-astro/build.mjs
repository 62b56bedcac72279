/**
 * Builds the bare site the way src/cli/build.ts builds the project: Astro's build() in this
 * process, warnings only, into dist/ beside this file (inside the working directory, as Astro
 * wants its output; the bench runs this from its copy of the folder under .build-tmp/).
 */
import { build } from "astro";

await build({ root: process.cwd(), outDir: "dist", logLevel: "warn" });
