/**
 * How far an entry's code and Chinese name have been checked against a real document
 * (see REVIEW.md for the counts and for how to promote an entry).
 *
 * - `"seed"`: the code and name are printed in the project's seed document (the 2025 budget of
 *   广州市花都区政务服务和数据管理局, 表2/3/5/6/7).
 * - `"published"`: seen in published budget disclosures: the reference list marks the code
 *   seen-in-seed or seen-in-disclosures, but the seed document does not print it with its code.
 * - `"recalled"`: from the 2024/2025 政府收支分类科目 as best known, not verified against the
 *   official text; the name may be out of date or slightly off.
 */
export type ClassificationConfidence = "seed" | "published" | "recalled";

/** One code of the national 政府收支分类科目 with its standard Chinese name and our reviewed English name. */
export interface ClassificationEntry {
  code: string;
  zh: string;
  en: string;
  /** How well the code and Chinese name are confirmed; the English is our own at every level. */
  confidence: ClassificationConfidence;
}
