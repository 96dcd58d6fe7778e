/**
 * The plainest kind of check: no parameters, one query, one flag per row it returns.
 */
import type { Row as EngineRow } from '../engine/types';
import type { RuleId } from '../domain/rule-ids';
import type { TableName } from '../data/schema';
import type { Sql } from '../sql/template';
import type { EvidenceView, FlagDraft, Rule } from './types';

export function queryRule<R extends EngineRow>(def: {
  id: RuleId;
  evidenceView: EvidenceView;
  requires: readonly TableName[];
  sql: string | Sql;
  flag: (row: R) => FlagDraft;
}): Rule<Record<string, never>> {
  const text = String(def.sql);
  return {
    id: def.id,
    evidenceView: def.evidenceView,
    requires: def.requires,
    defaults: {},
    async run({ engine }) {
      return (await engine.query<R>(text)).map(def.flag);
    }
  };
}
