/** One code of the national 政府收支分类科目 with its standard Chinese name and our reviewed English name. */
export interface ClassificationEntry {
  code: string;
  zh: string;
  en: string;
}
