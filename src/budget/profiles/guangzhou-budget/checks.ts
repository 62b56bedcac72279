/**
 * The Guangzhou profile's own checks: across its tables, against its 情况说明 and over the
 * document as a whole, grouped by the tables each group reads.
 */
import type { ProfileChecks } from "../../reconcile/checks";
import { CROSS_TABLE_GROUPS } from "./cross-table";
import { documentChecks } from "./document-checks";
import { explanationChecks } from "./explanation-checks";
import { RULES } from "./rules";
import { KEY_PROJECTS, TABLES } from "./tables";

const ALL_TABLES = [...TABLES, KEY_PROJECTS].map((t) => t.id);

export const GUANGZHOU_CHECKS: ProfileChecks = {
  rules: Object.values(RULES),
  groups: [
    ...CROSS_TABLE_GROUPS,
    {
      rules: [
        RULES.explainFigure,
        RULES.explainKeyProject,
        RULES.explainProcurement,
        RULES.explainChangeParts,
        RULES.explainPercent,
        RULES.explainWording,
        RULES.explainText,
      ],
      needs: ALL_TABLES,
      run: explanationChecks,
    },
    {
      rules: [RULES.docEmptyTableNote, RULES.docYear, RULES.docUnit, RULES.docAdminDefinition],
      needs: ALL_TABLES,
      run: documentChecks,
    },
  ],
};
