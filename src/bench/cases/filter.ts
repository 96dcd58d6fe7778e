/**
 * Case `filter`: filter changes on the audit list (/flags/) with a dataset loaded in the tab. The
 * page marks 'soi:filter-applied' once the list has updated (src/routes/flags/+page.svelte); a
 * change is timed in the page from just before its input event to that mark (`ms`), and to the
 * second animation frame after it (`to_frame_ms`: the update painted). The changes cycle through
 * every filter of the form — rule, severity, years, unit subtree, decision status, text — each set
 * and then cleared. The unit box is a searchable combobox: a change types the unit's id and presses
 * Enter (the first match, the unit itself, is picked); the text box filters after a pause in typing
 * or at once on Enter, and a change presses Enter, so the time is the filtering's, not the pause's.
 */
import type { Page } from 'playwright-core';
import type { SoiTestHooks } from '../../lib/ui/test-hooks';

export interface FilterChange {
  testid: string;
  value: string;
}

export interface FilterSample extends FilterChange {
  ms: number;
  toFrameMs: number;
  shown: number;
}

const MARK_TIMEOUT = 30_000;

/** The audit list reached by the site's own navigation (the loaded dataset stays), with its audit done. */
export async function openAuditList(page: Page): Promise<number> {
  await page.locator('nav a[href$="/flags/"]').first().click();
  const count = page.getByTestId('flag-count');
  await count.waitFor({ state: 'visible', timeout: 15 * 60_000 });
  // The unit box is enabled once the unit tree is in memory.
  await page.locator('[data-testid="filter-unit"]:enabled').waitFor({ timeout: 5 * 60_000 });
  return Number(await count.getAttribute('data-total'));
}

/** Each option of each filter, set and then cleared; `units` spread over the units the unit box offers. */
export async function filterChanges(page: Page, units = 8): Promise<FilterChange[]> {
  const options = await page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const el of document.querySelectorAll<HTMLSelectElement>('[data-testid="flag-filters"] select[data-testid]'))
      out[el.dataset.testid as string] = [...el.options].map((o) => o.value).filter((v) => v !== '');
    // The unit box offers every unit but the collectives (src/lib/ui/units/unit-index.ts).
    const soi = globalThis.soi as SoiTestHooks;
    out['filter-unit'] = (await soi.query<{ unit_id: string }>("SELECT unit_id FROM units WHERE kind <> 'tap_the' ORDER BY name, unit_id")).map((r) => r.unit_id);
    return out;
  });
  const changes: FilterChange[] = [];
  const setAndClear = (testid: string, values: readonly string[]) => {
    for (const value of values) changes.push({ testid, value }, { testid, value: '' });
  };
  setAndClear('filter-rule', options['filter-rule'] ?? []);
  setAndClear('filter-severity', options['filter-severity'] ?? []);
  setAndClear('filter-year-from', options['filter-year-from'] ?? []);
  const all = options['filter-unit'] ?? [];
  setAndClear('filter-unit', all.filter((_, i) => i % Math.max(1, Math.floor(all.length / units)) === 0).slice(0, units));
  setAndClear('filter-status', options['filter-status'] ?? []);
  setAndClear('filter-text', ['Chi bộ', 'Đảng bộ xã', 'HTXSNV']);
  return changes;
}

/** Applies one change as a user would (the events the form listens to) and times it in the page. */
export async function applyChange(page: Page, change: FilterChange): Promise<FilterSample> {
  // Enter picks the first match in the unit box and applies the text box at once; an emptied unit box clears by itself.
  const enter = change.testid === 'filter-text' || (change.testid === 'filter-unit' && change.value !== '');
  const r = await page.evaluate(
    async ({ testid, value, enter, timeout }) => {
      const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${testid}"]`);
      if (!el) throw new Error(`no ${testid} on the page`);
      const t0 = performance.now();
      const applied = new Promise<number>((resolve, reject) => {
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.name !== 'soi:filter-applied' || e.startTime < t0) continue;
            observer.disconnect();
            resolve(e.startTime);
            return;
          }
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no soi:filter-applied mark after ${testid} = "${value}"`));
        }, timeout);
      });
      el.value = value;
      el.dispatchEvent(new Event(el instanceof HTMLInputElement ? 'input' : 'change', { bubbles: true }));
      if (enter) el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      const mark = await applied;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const shown = Number(document.querySelector<HTMLElement>('[data-testid="flag-count"]')?.dataset.shown ?? NaN);
      return { ms: mark - t0, toFrameMs: performance.now() - t0, shown };
    },
    { ...change, enter, timeout: MARK_TIMEOUT }
  );
  return { ...change, ...r };
}
