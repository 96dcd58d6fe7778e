/**
 * The audit list's last filters (its address's search part), kept for the tab's session so that
 * "back to the list" on a flag's page returns to the list as it was filtered. Browser only.
 */
const KEY = 'soi.flags.search';

export function rememberListSearch(search: string): void {
  try {
    sessionStorage.setItem(KEY, search);
  } catch {
    // Storage refused (private mode, quota): the back link simply shows the whole list.
  }
}

export function rememberedListSearch(): string {
  try {
    const s = sessionStorage.getItem(KEY) ?? '';
    return s.startsWith('?') ? s : '';
  } catch {
    return '';
  }
}
