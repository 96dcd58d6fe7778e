/**
 * The dashboard's statistics: SQL builders over the canonical tables and the tree of each year
 * (`unit_years`, in the view chosen: tree-view.ts) (run them with any Engine or
 * the worker's `query`) and pure helpers that shape their rows for the charts in src/lib/ui/charts.
 *
 * | what | builder | chart |
 * |---|---|---|
 * | level distribution per year (optionally a subtree) | levelsByYearSql(scope) | LevelDistributionChart |
 * | excellent share and quota ratio per year | levelsByYearSql(scope, denominator) | ExcellentShareChart |
 * | quota ratio per (co_so, year) | quotaHeatmapSql(options) | Heatmap |
 * | one unit's level shares over the years | levelsByYearSql({ within: unit }) | LevelSharesOverYears |
 * | a unit and its peers | peerSharesSql(unit, options) | PeerComparison |
 * | children of a unit with counts (drill-down) | unitChildrenSql(parent, options) | (a table on the unit page) |
 * | flags by rule and severity | countFlagsByRule(flags) | FlagsByRuleChart |
 */
export * from './scope';
export * from './tree-view';
export * from './level-counts';
export * from './levels-by-year';
export * from './quota-heatmap';
export * from './subtree-counts';
export * from './peers';
export * from './unit-tree';
export * from './series';
export * from './flags-by-rule';
export * from './missing-by-year';
