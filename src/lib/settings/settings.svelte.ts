/**
 * The rule parameters in effect in this browser (Settings page → audit). Browser only: restore()
 * reads localStorage once; every change is saved at once. `version` changes with every change, so
 * an audit run for older parameters can tell it is stale.
 */
import type { ParamOverrides } from '../rules/config';
import type { ParamValue, Params, Rule } from '../rules/types';
import { readOverrides, setParam, SETTINGS_KEY } from './rule-settings';

class RuleSettings {
  params = $state.raw<ParamOverrides>({});
  version = $state(0);
  private restored = false;

  restore(): void {
    if (this.restored) return;
    this.restored = true;
    this.params = readOverrides(localStorage.getItem(SETTINGS_KEY));
  }

  /** Sets one parameter; returns its errors ([] when saved). */
  set(rule: Rule<Params>, name: string, value: ParamValue): string[] {
    this.restore();
    const { params, errors } = setParam(this.params, rule, name, value);
    if (!errors.length) this.save(params);
    return errors;
  }

  reset(): void {
    this.save({});
  }

  private save(params: ParamOverrides): void {
    this.params = params;
    this.version++;
    if (Object.keys(params).length) localStorage.setItem(SETTINGS_KEY, JSON.stringify(params));
    else localStorage.removeItem(SETTINGS_KEY);
  }
}

export const ruleSettings = new RuleSettings();
