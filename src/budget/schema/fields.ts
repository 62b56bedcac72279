/** Field schemas shared by the YAML files. */
import { z } from "zod";
import { parseAmount } from "../money";

/** Text that must be present. Surrounding space is trimmed; inner spacing is kept as printed. */
export const requiredText = z.string().trim().min(1);

/**
 * An amount as printed in prose ("7,267.81", "0.5", "-0.15"). YAML may hand us a number
 * when staff leave out the quotes; its shortest decimal form is exactly what they typed.
 */
export const proseAmount = (allowNegative: boolean) =>
  z.union([z.string(), z.number()]).transform((raw, ctx) => {
    const text = String(raw);
    const parsed = parseAmount(text, { allowNegative });
    if (parsed.ok) return { printed: text, value: parsed.value };
    ctx.addIssue({
      code: "custom",
      message: parsed.problem,
      params: {
        zh: `的值“${text}”不是金额（万元，最多两位小数）`,
        en: `“${text}” is not an amount (万元, at most two decimals)`,
      },
    });
    return z.NEVER;
  });

/** A percentage as printed ("68.3", "-5.2"), or 不可比 when the base year was zero. */
export const percentage = z
  .union([z.string(), z.number()])
  .transform((raw) => String(raw))
  .refine((text) => /^-?\d+(\.\d+)?$/.test(text) || text === "不可比", {
    params: {
      zh: "应为百分数（不带 % 号，如 68.3 或 -5.2），上年为 0 时写“不可比”",
      en: "should be a percentage without % (e.g. 68.3 or -5.2), or 不可比 when last year was zero",
    },
  });
