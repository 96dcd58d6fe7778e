import type { Messages } from './vi';
import { flags } from './messages/flags';
import { overview } from './messages/overview';
import { units } from './messages/units';
import { pages } from './messages/pages';
import { headerMapping } from './messages/header-mapping';
import { charts } from './messages/charts';
import { notRated } from './messages/not-rated';
import { review } from './messages/review';
import { report } from './messages/report';
import { unitLists } from './messages/unit-lists';

export const en: Messages = {
  appTagline: 'Auditing annual reviews and quality ratings',
  skipToContent: 'Skip to main content',
  navLabel: 'Main navigation',
  nav: { overview: 'Overview', trends: 'Trends', flags: 'Audit list', import: 'Load data', settings: 'Settings' },
  comingSoon: 'coming soon',
  languageLabel: 'Language',
  privacyNote: 'The data is processed on this machine only and sent nowhere.',
  update: {
    available: 'A new version of Soi is on the server. Data you opened will need loading again; recorded decisions are kept.',
    reload: 'Reload to update'
  },
  pageFailed: {
    title: 'This page could not be shown',
    body: 'A record made this page fail; the other pages and the loaded data still work. If the error comes from a decisions file just imported, remove it or import a correct file.',
    detail: 'Error details',
    retry: 'Try again'
  },

  overviewTitle: 'Overview',
  sourceDemo: 'Demo data (generated, not real)',
  sourceFiles: 'Selected data',
  fileCount: (n) => `${n} file${n === 1 ? '' : 's'}`,
  readyIn: (seconds) => `loaded in ${seconds} s`,

  loading: 'Loading data…',
  cancelLoad: 'Cancel',
  stages: {
    engine: 'Starting the DuckDB database',
    fetch: 'Fetching the data files',
    read: 'Reading the picked files',
    parse: 'Reading and validating the data',
    load: 'Loading into the database',
    summary: 'Summarising',
    audit: 'Running the checks'
  },

  summaryTitle: 'Dataset size',
  counts: {
    units: 'Organisations and collectives',
    people: 'People',
    ratings: 'Ratings',
    reviews: 'Self-reviews',
    disciplines: 'Discipline decisions'
  },
  tableAbsent: 'no file',
  byYearTitle: 'Ratings per year',
  byYearCaption: 'Quality ratings per year, by whom they rate',
  col: {
    year: 'Year',
    total: 'Total',
    members: 'Party members',
    leaders: 'Leaders and managers',
    units: 'Organisations and collectives',
    severity: 'Severity',
    file: 'File',
    row: 'Row',
    column: 'Column',
    message: 'Message'
  },

  validationTitle: 'Validation',
  validationClean: 'No errors or warnings.',
  validationCounts: (errors, warnings) => `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  severity: { error: 'Error', warning: 'Warning' },
  refused: 'The dataset has errors and was not loaded. Fix the errors below and load it again.',
  keptPrevious: 'The previous dataset is still in use.',
  downloadProblems: 'Download the problem list (CSV)',
  moreProblems: (n) => `… and ${n} more (all in the download).`,

  failedTitle: 'The data could not be loaded',
  retry: 'Try again',
  emptyTitle: 'No data',
  emptyBody: 'No dataset is loaded yet.',

  // One namespace per feature, each in src/lib/i18n/messages/ with both languages side by side.
  flags: flags.en,
  overview: overview.en,
  units: units.en,
  pages: pages.en,
  headerMapping: headerMapping.en,
  charts: charts.en,
  notRated: notRated.en,
  review: review.en,
  report: report.en,
  unitLists: unitLists.en
};
