/** The app's pages, in menu order. `path` null: announced in the menu, not built yet. */
export type NavKey = 'overview' | 'trends' | 'flags' | 'import' | 'settings';

export const NAV_ITEMS: readonly { key: NavKey; path: '/' | '/flags/' | '/trends/' | '/import/' | '/settings/' | null }[] = [
  { key: 'overview', path: '/' },
  { key: 'trends', path: '/trends/' },
  { key: 'flags', path: '/flags/' },
  { key: 'import', path: '/import/' },
  { key: 'settings', path: '/settings/' }
];
