/**
 * How the import reads printed text, shared by the readers and the table finder: an amount as a
 * document prints it, and text compared without spaces and with ASCII brackets and colons made
 * full-width.
 */

/** An amount as printed: 7,267.81, 189767551, -0.15 (thousands separators optional). */
const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export const isMoneyText = (text: string): boolean => AMOUNT.test(text);

export const normalise = (text: string): string =>
  text
    .replace(/[\s\u3000]+/g, "")
    .replaceAll("(", "（")
    .replaceAll(")", "）")
    .replaceAll(":", "：");
