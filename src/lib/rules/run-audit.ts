/**
 * Runs every rule over the tables loaded in an engine and returns the audit list. A rule whose
 * table is absent reports "skipped" (did not run), never a silent zero.
 */
import type { Engine } from '../engine/types';
import type { RuleId } from '../domain/rule-ids';
import { flagId } from './flag-id';
import { joinRelated } from './related';
import { RULES } from './registry';
import { readSuccessors, withSuccessor } from './successors';
import type { Flag, FlagDraft, Params, Rule, RuleOutcome } from './types';

export interface AuditOptions {
  /** Overrides of rule parameters, by rule id (merged over each rule's defaults). */
  params?: Partial<Record<RuleId, Params>>;
  /** Only these rules (default: all). */
  only?: readonly RuleId[];
  rules?: readonly Rule[];
  onProgress?: (rule: RuleId, fraction: number, note?: string) => void;
  /**
   * Stops the audit between two rules, or inside a rule when it reports progress; the run then
   * fails with the signal's reason and returns no partial list.
   */
  signal?: AbortSignal;
}

/** Lets a message (a cancel) in between two pieces of work: a blocking query never yields. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface AuditResult {
  flags: Flag[];
  outcomes: RuleOutcome[];
}

export function withFlagId(d: FlagDraft): Flag {
  const { related, ...rest } = d;
  return { flag_id: flagId(d.rule, d.year, d.subject_type, d.subject_id), ...rest, related: joinRelated(related) };
}

/** The audit list's order: rule, year, subject — the same on every engine. */
export function compareFlags(a: Flag, b: Flag): number {
  return a.rule.localeCompare(b.rule) || a.year - b.year || a.subject_type.localeCompare(b.subject_type) || (a.subject_id < b.subject_id ? -1 : a.subject_id > b.subject_id ? 1 : 0);
}

export async function runAudit(engine: Engine, options: AuditOptions = {}): Promise<AuditResult> {
  const present = new Set(await engine.tables());
  const rules = (options.rules ?? RULES).filter((r) => !options.only || options.only.includes(r.id));
  const flags: Flag[] = [];
  const outcomes: RuleOutcome[] = [];
  const successors = await readSuccessors(engine);
  for (const rule of rules) {
    const missing = rule.requires.filter((t) => !present.has(t));
    if (missing.length) {
      outcomes.push({ rule: rule.id, status: 'skipped', reason: `thiếu bảng ${missing.join(', ')} (table absent: ${missing.join(', ')})` });
      continue;
    }
    const params = { ...rule.defaults, ...(options.params?.[rule.id] ?? {}) };
    const signal = options.signal;
    if (signal) {
      await nextTask();
      signal.throwIfAborted();
    }
    const t0 = Date.now();
    try {
      const onProgress = (f: number, note?: string) => {
        signal?.throwIfAborted();
        options.onProgress?.(rule.id, f, note);
      };
      const drafts = await rule.run({ engine, params, onProgress });
      // One at a time: spreading a few hundred thousand drafts into push() overflows the call stack.
      for (const d of drafts) flags.push(withFlagId(withSuccessor(d, successors)));
      outcomes.push({ rule: rule.id, status: 'ran', flags: drafts.length, ms: Date.now() - t0 });
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      outcomes.push({ rule: rule.id, status: 'failed', error: err instanceof Error ? err.message : String(err) });
    }
  }
  flags.sort(compareFlags);
  return { flags, outcomes };
}
