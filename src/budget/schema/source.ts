/**
 * Where a department-year's figures come from, in its department.yaml (every profile): the day
 * the document was published, the official page it is published on, the document itself kept in
 * the folder (served from this site, so a reader can check a figure without leaving it), and
 * whom to ask. All optional: what staff do not know is said to be not stated, never invented.
 */
import { z } from "zod";
import { requiredText } from "./fields";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written 2025-02-10 (YAML may read it as a date itself). */
const isoDate = z
  .union([z.string(), z.date()])
  .transform((raw) => (raw instanceof Date ? raw.toISOString().slice(0, 10) : raw.trim()))
  .refine(
    (text) => {
      const match = ISO_DATE.exec(text);
      if (!match) return false;
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    },
    {
      params: {
        zh: "应为日期，写成 年-月-日，如 2025-02-10",
        en: "should be a date written year-month-day, e.g. 2025-02-10",
      },
    },
  );

/** A full http(s) address with a host: what a link to a published page (or SITE_URL) must be. */
export const isWebAddress = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
};

const webAddress = z
  .string()
  .trim()
  .refine(isWebAddress, {
    params: {
      zh: "应为完整的网址，以 https:// 或 http:// 开头",
      en: "should be a full web address starting with https:// or http://",
    },
  });

/** A file of the folder: a plain name (no folder, no ..) ending in .pdf. */
const folderPdf = z
  .string()
  .trim()
  .refine((name) => /^[^/\\]+\.pdf$/i.test(name) && !name.startsWith("."), {
    params: {
      zh: "应为本文件夹中一个 PDF 文件的文件名，如 原文.pdf（不带路径）",
      en: "should be the name of a PDF file in this folder, e.g. original.pdf (no path)",
    },
  });

export const sourceSchema = z.strictObject({
  /** The day the document was published. */
  published: isoDate.optional(),
  /** The official page the document is published on. */
  url: webAddress.optional(),
  /** The published document itself, kept in this folder. */
  document: folderPdf.optional(),
  /** Whom to ask about it: office and telephone, as the department gives them. */
  contact: requiredText.optional(),
});

export type Source = z.output<typeof sourceSchema>;
