/** Plain-text tables for the bench's reports: columns padded to their widest cell. */

/** Terminal columns a text takes: CJK characters take two. */
const displayWidth = (text: string): number =>
  [...text].reduce(
    (width, char) =>
      width +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char)
        ? 2
        : 1),
    0,
  );

/** Rows as aligned text: the first and last columns to the left, the others (figures) to the right. */
export const textTable = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => displayWidth(row[col] ?? "")))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, col) => {
          const pad = " ".repeat(Math.max(0, (widths[col] ?? 0) - displayWidth(cell)));
          return col === 0 || col === row.length - 1 ? cell + pad : pad + cell;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
};
