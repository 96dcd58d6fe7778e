import type { Label } from '../domain/label';
import type { Engine } from '../engine/types';
import type { RuleId, Severity } from '../domain/rule-ids';
import type { TableName } from '../data/schema';
import type { Sql } from '../sql/template';

/** One row of the audit list: the columns of flags.csv (docs/data-format.md "The audit list"), in that order. */
export interface Flag {
  flag_id: string;
  rule: RuleId;
  severity: Severity;
  year: number;
  subject_type: 'person' | 'unit' | 'group';
  subject_id: string;
  unit_id: string | null;
  score: number | null;
  regulation: string;
  message: string;
  evidence: string;
  /**
   * The records the flag rests on, `type:id` items joined by '; ' (decision:<decision_no>,
   * person:<person_id>, unit:<unit_id>, review:<person_id>/<year>, successor:<unit_id>); '' when none.
   * Built with src/lib/rules/related.ts.
   */
  related: string;
}

export const FLAG_COLUMNS = [
  'flag_id', 'rule', 'severity', 'year', 'subject_type', 'subject_id', 'unit_id', 'score', 'regulation', 'message', 'evidence', 'related'
] as const satisfies readonly (keyof Flag)[];

/**
 * What a rule returns: a flag without its id (the runner derives flag_id), its related records as a
 * list of items (the runner joins them; empty items are dropped, repeats kept once).
 */
export type FlagDraft = Omit<Flag, 'flag_id' | 'related'> & { related?: readonly (string | null | undefined)[] };

export type ParamValue = number | string | boolean | Record<string, unknown> | unknown[];
export type Params = Record<string, ParamValue>;

export interface RuleContext<P extends Params = Params> {
  engine: Engine;
  params: P;
  /** Reports progress of long work, 0..1. */
  onProgress?: (fraction: number, note?: string) => void;
}

/**
 * What values one parameter accepts: used to validate overrides (`--config`, Settings) and to label
 * them. A parameter without a spec accepts any value of its default's type.
 */
export type ParamSpec = Label & (
  | { kind: 'number'; min?: number; max?: number; integer?: boolean }
  | { kind: 'choice'; values: readonly string[] }
  /** A structured value (e.g. deadlines by year): `check` returns what is wrong with it, [] if valid. */
  | { kind: 'structured'; check: (value: unknown) => string[] }
);

/**
 * How the evidence page shows a flag of the rule (src/lib/ui/evidence): the ratings a quota or
 * criteria counted, a head beside the collective, a subject's timeline with its disciplines, two
 * self-reviews side by side (the flag's and the one its `review:` items name; `weaknessesOnly` when
 * only part 1 of section II was compared), or the subject's ratings of the year.
 */
export type EvidenceView = QuotaView | { kind: 'head' | 'timeline' | 'rating' } | { kind: 'reviews'; weaknessesOnly: boolean };

/**
 * The quota or criteria view: `counted` is the SQL condition, over the ratings aliased `r`, that
 * picks the ratings the flag counted among those of the flag's year that carry a level (the page
 * adds that part). The rule writes it beside its own query, so the page shows what the rule counted.
 */
export type QuotaView = { kind: 'quota'; counted: (flag: Pick<Flag, 'year' | 'subject_id'>) => Sql };
export type EvidenceKind = EvidenceView['kind'];

export interface Rule<P extends Params = Params> {
  id: RuleId;
  evidenceView: EvidenceView;
  /** Tables the rule reads; if one is absent the rule reports "did not run". */
  requires: readonly TableName[];
  defaults: P;
  paramSpec?: { [K in keyof P]?: ParamSpec };
  /** What the values in effect imply, shown beside a parameter (e.g. the expected recall at a threshold). */
  paramNotes?(params: P): { [K in keyof P]?: Label };
  run(ctx: RuleContext<P>): Promise<FlagDraft[]>;
}

export type RuleOutcome =
  | { rule: RuleId; status: 'ran'; flags: number; ms: number }
  | { rule: RuleId; status: 'skipped'; reason: string }
  | { rule: RuleId; status: 'failed'; error: string };
