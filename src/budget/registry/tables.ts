/**
 * The Guangzhou table set under its historical name: the site and the Guangzhou rules still
 * reach it here. New code asks the department-year's profile for its tables instead.
 */
export type { ColumnSpec, ColumnType, FixedItemSpec, RowModel, TableSpec } from "../profiles/types";
import { KEY_PROJECTS, TABLES } from "../profiles/guangzhou-budget/tables";
import type { TableSpec } from "../profiles/types";

export { KEY_PROJECTS, TABLES };

/** The ids of the Guangzhou tables 表1–表12. */
export type TableId =
  | "table01"
  | "table02"
  | "table03"
  | "table04"
  | "table05"
  | "table06"
  | "table07"
  | "table08"
  | "table09"
  | "table10"
  | "table11"
  | "table12";

export const tableById = (id: TableId): TableSpec => {
  const spec = TABLES.find((t) => t.id === id);
  if (!spec) throw new Error(`unknown table ${id}`);
  return spec;
};
