/** The dashboard's charts (d3 scales and shapes, SVG rendered by Svelte). Data: src/lib/stats. */
export { default as LevelDistributionChart } from './LevelDistributionChart.svelte';
export { default as ExcellentShareChart } from './ExcellentShareChart.svelte';
export { default as Heatmap } from './Heatmap.svelte';
export { default as LevelSharesOverYears } from './LevelSharesOverYears.svelte';
export { default as PeerComparison } from './PeerComparison.svelte';
export { default as FlagsByRuleChart } from './FlagsByRuleChart.svelte';
export type { ChartLang } from './text';
