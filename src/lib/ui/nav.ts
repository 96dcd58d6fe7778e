/** The app's pages, in menu order. `path` null: announced in the menu, not built yet. */
export type NavKey = 'overview' | 'trends' | 'flags' | 'import' | 'settings';

export const NAV_ITEMS: readonly { key: NavKey; path: '/' | '/flags/' | null }[] = [
  { key: 'overview', path: '/' },
  { key: 'trends', path: null },
  { key: 'flags', path: '/flags/' },
  { key: 'import', path: null },
  { key: 'settings', path: null }
];
