/**
 * The Shanghai document as printed parts: 主要职能 and 机构设置 (department.yaml's overview), the
 * 名词解释, the 编制说明, the tables, 其他相关情况说明 and 项目经费情况说明 (explanation.yaml's
 * parts), each with its English from english.yaml where the counts pair by position.
 */
import type { PrintedParts, PrintedText } from "../types";
import type { ShanghaiEnglish } from "./english";
import type { ShanghaiExplanation, ShanghaiMeta } from "./schema";

const ORDER = ["duties", "institutions", "glossary", "compilation", "tables", "other", "projects"] as const;

const sameLength = <T>(en: readonly T[] | undefined, zh: readonly unknown[]): readonly T[] | undefined =>
  en?.length === zh.length ? en : undefined;

export const shanghaiPrintedParts = ({
  meta,
  explanation,
  english,
}: {
  meta: ShanghaiMeta;
  explanation: ShanghaiExplanation;
  english: ShanghaiEnglish | undefined;
}): PrintedParts => {
  const overviewEn = sameLength(english?.overview, meta.overview);
  const partsEn = sameLength(english?.explanation, explanation.parts);
  const text = (key: string): PrintedText | undefined => {
    const o = meta.overview.findIndex((p) => p.key === key);
    const overview = meta.overview[o];
    if (overview) {
      const en = overviewEn?.[o];
      return {
        key,
        heading: overview.heading,
        sections: [{ paragraphs: overview.paragraphs }],
        english: en ? { heading: en.heading, sections: [{ paragraphs: en.paragraphs }] } : undefined,
      };
    }
    const e = explanation.parts.findIndex((p) => p.key === key);
    const part = explanation.parts[e];
    if (!part) return undefined;
    return { key, heading: part.heading, sections: part.sections, english: partsEn?.[e] };
  };
  const parts = ORDER.flatMap((key): PrintedParts["parts"][number][] => {
    if (key === "tables" || key === "glossary") return [{ kind: key }];
    const t = text(key);
    return t ? [{ kind: "text", text: t }] : [];
  });
  return { parts, contents: meta.contents, contentsEn: english?.contents };
};
