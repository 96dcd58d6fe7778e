/**
 * Adding a check is one rule file and one registry line, plus its id and title in
 * src/lib/domain/rule-ids.ts (the `RuleId` type every layer uses, domain included, cannot come from
 * the rules: the domain imports none). This test fails as soon as one of those is missing.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_TITLES } from '../../../src/lib/domain/rule-ids';
import { RULES } from '../../../src/lib/rules/registry';
import type { Rule } from '../../../src/lib/rules/types';

const RULES_DIR = path.resolve('src/lib/rules');

/** Every module of the rules folder that exports a `rule`, by file name. */
async function ruleFiles(): Promise<Map<string, Rule>> {
  const found = new Map<string, Rule>();
  for (const name of readdirSync(RULES_DIR).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    const mod = (await import(/* @vite-ignore */ path.join(RULES_DIR, name))) as { rule?: Rule };
    if (mod.rule) found.set(name.replace(/\.ts$/, ''), mod.rule);
  }
  return found;
}

describe('the registry of checks', () => {
  it('lists every rule file, each named by its id, and only those', async () => {
    const files = await ruleFiles();
    expect(files.size).toBe(RULES.length);
    for (const [file, rule] of files) {
      expect(rule.id, `src/lib/rules/${file}.ts exports a rule with another id`).toBe(file);
      expect(RULES, `src/lib/rules/${file}.ts is not listed in src/lib/rules/registry.ts`).toContain(rule);
    }
  });

  it('gives every rule an id and a title in both languages in src/lib/domain/rule-ids.ts, in the registry order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) {
      expect(RULE_TITLES[id]?.vi, `${id}: Vietnamese title`).toBeTruthy();
      expect(RULE_TITLES[id]?.en, `${id}: English title`).toBeTruthy();
    }
  });

  it('gives a quota view the condition that picks the ratings it counted', () => {
    for (const rule of RULES.filter((r) => r.evidenceView.kind === 'quota')) {
      const view = rule.evidenceView as Extract<Rule['evidenceView'], { kind: 'quota' }>;
      expect(typeof view.counted, rule.id).toBe('function');
      expect(view.counted({ year: 2023, subject_id: "G'1" }).text, rule.id).toContain("'G''1'");
    }
  });
});
