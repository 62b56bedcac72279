// @ts-check
/**
 * Mutation testing (`npm run mutation`): Stryker changes one operator, condition or literal of a
 * module at a time and runs the pure tests of vitest.mutation.config.ts against it; a mutant that
 * no test notices is a gap in the tests. Two scopes, chosen by MUTATION_SCOPE: `reconcile` (the
 * reconciliation modules) and `loading` (reading CSV files into tables, amounts). Each keeps its
 * results (incremental: a later run tests again only the mutants whose code or tests changed) and
 * its report under reports/mutation/<scope>/, or under reports/mutation/<MUTATION_REPORT>/ when
 * `--mutate <file>` narrows a run to one module. One mutant at a time: the machine is shared.
 *
 * String literals are not mutated: nearly all are the wording of findings and hints, which the
 * tests deliberately do not pin (they compare findings as [file, line, column, rule, severity], so
 * a message can be reworded); a literal that carries meaning (a rule id, a column, 合计) is
 * compared with another value, and the comparison's own mutants stay.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const MUTATE = {
  reconcile: ["src/budget/reconcile/**/*.ts"],
  loading: ["src/budget/table-loader.ts", "src/budget/load.ts", "src/budget/csv-file.ts", "src/budget/money.ts"],
};

const scope = process.env["MUTATION_SCOPE"] ?? "reconcile";
if (!(scope in MUTATE)) throw new Error(`MUTATION_SCOPE is ${scope}: one of ${Object.keys(MUTATE).join(", ")}`);
const reports = `reports/mutation/${process.env["MUTATION_REPORT"] ?? scope}`;

const config = {
  mutate: MUTATE[/** @type {keyof typeof MUTATE} */ (scope)],
  mutator: { excludedMutations: ["StringLiteral"] },
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60_000,
  incremental: true,
  incrementalFile: `${reports}/stryker-incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `${reports}/mutation.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  tempDirName: ".stryker-tmp",
  // The sandbox needs the sources, the tests and the documents, not the built sites.
  ignorePatterns: ["dist", ".dist-builds", ".build-tmp", ".astro", ".probe-tmp", "reports", "test-results", "bench"],
  thresholds: { high: 90, low: 80, break: null },
};

export default config;
