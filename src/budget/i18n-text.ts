/** A piece of text in both languages the project ships. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = keyof Bilingual;

export const bi = (zh: string, en: string): Bilingual => ({ zh, en });
