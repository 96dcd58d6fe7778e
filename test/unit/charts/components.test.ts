// The charts rendered on the server (no DOM here) from the statistics of the hand-counted district
// (../stats/fixture.ts) as duckdb-wasm computes them: title, focusable marks, the data table, the
// empty state and the language.
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../../src/lib/engine/wasm-node';
import type { Engine } from '../../../src/lib/engine/types';
import { countFlagsByRule, levelsByYearSql, peerSharesSql, quotaHeatmapSql, type HeatCell, type PeerRow, type RuleSeverityCount, type YearLevels } from '../../../src/lib/stats';
import { runAudit } from '../../../src/lib/rules/run-audit';
import { rule as quotaMembers } from '../../../src/lib/rules/quota_excellent_members';
import { ExcellentShareChart, FlagsByRuleChart, Heatmap, LevelDistributionChart, LevelSharesOverYears, PeerComparison } from '../../../src/lib/ui/charts';
import { loadFixture } from '../rules/fixture';
import { DISTRICT } from '../stats/fixture';

let engine: Engine;
let all: YearLevels[];
let c3: YearLevels[];
let leaders: YearLevels[];
let cells: HeatCell[];
let peers: PeerRow[];
let byRule: RuleSeverityCount[];

beforeAll(async () => {
  engine = await createWasmNodeEngine();
  await loadFixture(engine, DISTRICT);
  all = await engine.query<YearLevels>(levelsByYearSql());
  c3 = await engine.query<YearLevels>(levelsByYearSql({ within: 'C3' }));
  leaders = await engine.query<YearLevels>(levelsByYearSql({ population: 'leaders' }));
  cells = await engine.query<HeatCell>(quotaHeatmapSql());
  peers = await engine.query<PeerRow>(peerSharesSql('G1'));
  byRule = countFlagsByRule((await runAudit(engine, { rules: [quotaMembers] })).flags, ['head_above_collective']);
});
afterAll(async () => {
  await engine.close();
});

/** The rows of the data table, each as its cells' text. */
function tableRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim())
  );
}

const count = (html: string, s: string) => html.split(s).length - 1;

describe('LevelDistributionChart', () => {
  it('draws a focusable segment per level and year and tabulates counts with shares', () => {
    const { body } = render(LevelDistributionChart, { props: { title: 'Phân bố xếp loại đảng viên theo năm', rows: all } });
    expect(body).toMatch(/<h3[^>]*>Phân bố xếp loại đảng viên theo năm<\/h3>/);
    expect(count(body, 'tabindex="0"')).toBe(8);
    expect(body).toContain('aria-label="2022 · HTTNV — Hoàn thành tốt nhiệm vụ: 21 (65,6%)"');
    expect(tableRows(body)).toEqual([
      ['2022', '7 (21,9%)', '21 (65,6%)', '3 (9,4%)', '1 (3,1%)', '32'],
      ['2023', '3 (15,8%)', '13 (68,4%)', '2 (10,5%)', '1 (5,3%)', '19']
    ]);
    expect(body).toContain('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('stacks shares to 100% in share mode', () => {
    const { body } = render(LevelDistributionChart, { props: { title: 'Tỷ lệ', rows: all, mode: 'share' } });
    expect(body).toContain('>100%</text>');
  });

  it('says "Chưa có dữ liệu" without rows, with neither plot nor table; English on request', () => {
    const vi = render(LevelDistributionChart, { props: { title: 'Phân bố', rows: [] } }).body;
    expect(vi).toContain('Chưa có dữ liệu');
    expect(vi).not.toContain('<svg');
    expect(vi).not.toContain('<table');
    const en = render(LevelDistributionChart, { props: { title: 'Distribution', rows: all, lang: 'en' } }).body;
    expect(en).toContain('HTXSNV — excellent');
    expect(en).toContain('Data table');
    expect(tableRows(en)[0]).toEqual(['2022', '7 (21.9%)', '21 (65.6%)', '3 (9.4%)', '1 (3.1%)', '32']);
  });
});

describe('ExcellentShareChart', () => {
  it('marks the years over 20% of HTTNV and draws the limit', () => {
    const { body } = render(ExcellentShareChart, { props: { title: 'Tỷ lệ HTXSNV so với HTTNV', rows: c3 } });
    expect(tableRows(body)).toEqual([
      ['2022', '1', '3', '33,3%', 'Có'],
      ['2023', '0', '4', '0%', 'Không']
    ]);
    expect(body).toContain('▲ 33,3%');
    expect(body).toContain('stroke-dasharray="6 3"');
    expect(body).toContain('Ngưỡng 20%');
  });

  it('counts excellent without any HTTNV as over the quota, with no ratio to show', () => {
    const { body } = render(ExcellentShareChart, { props: { title: 'Cán bộ lãnh đạo', rows: leaders } });
    expect(tableRows(body)[1]).toEqual(['2023', '1', '0', 'không có mẫu số (không ai HTTNV)', 'Có']);
  });

  it('plots the excellent share of all ratings on request', () => {
    const { body } = render(ExcellentShareChart, { props: { title: 'Tỷ lệ HTXSNV', rows: all, measure: 'excellent_share' } });
    expect(tableRows(body)).toEqual([
      ['2022', '7', '32', '21,9%', 'Có'],
      ['2023', '3', '19', '15,8%', 'Không']
    ]);
  });
});

describe('Heatmap', () => {
  it('shows each organisation and year with its ratio; a year without ratings is an empty cell', () => {
    const { body } = render(Heatmap, { props: { title: 'Tỷ lệ HTXSNV/HTTNV theo tổ chức cơ sở đảng', cells } });
    expect(count(body, 'role="img"')).toBe(5);
    expect(count(body, 'stroke-dasharray="2 2"')).toBe(1);
    expect(body).toContain('>23,1%</text>');
    expect(tableRows(body)).toEqual([
      ['Đảng bộ xã An Lạc (G1)', '23,1% (3/13)', '33,3% (3/9)'],
      ['Đảng bộ xã Bình Minh (G2)', '33,3% (1/3)', '0% (0/4)'],
      ['Đảng bộ xã Tân Kỳ (G4)', '60% (3/5)', '']
    ]);
  });

  it('makes cells buttons when a callback is given, the selected one pressed', () => {
    const { body } = render(Heatmap, { props: { title: 'Bản đồ nhiệt', cells, onselect: () => {}, selected: { unit_id: 'G2', year: 2023 } } });
    expect(count(body, 'role="button"')).toBe(5);
    expect(count(body, 'aria-pressed="true"')).toBe(1);
    expect(body).toMatch(/role="button"[^>]*aria-label="Đảng bộ xã Bình Minh \(G2\), 2023[^"]*"[^>]*aria-pressed="true"/);
  });

  it('says "Chưa có dữ liệu" without cells', () => {
    expect(render(Heatmap, { props: { title: 'Bản đồ nhiệt', cells: [] } }).body).toContain('Chưa có dữ liệu');
  });
});

describe('LevelSharesOverYears', () => {
  it('draws one area per level and one focusable column per year, and tabulates the shares', () => {
    const { body } = render(LevelSharesOverYears, { props: { title: 'Chi bộ Thôn 3 qua các năm', rows: c3 } });
    expect(count(body, '<path')).toBe(4);
    expect(count(body, 'tabindex="0"')).toBe(2);
    expect(tableRows(body)).toEqual([
      ['2022', '20% (1)', '60% (3)', '20% (1)', '0% (0)', '5'],
      ['2023', '0% (0)', '57,1% (4)', '28,6% (2)', '14,3% (1)', '7']
    ]);
  });

  it('draws a single year as a band, not an empty path', () => {
    const { body } = render(LevelSharesOverYears, { props: { title: 'Một năm', rows: c3.slice(1) } });
    const paths = [...body.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);
    expect(paths).toHaveLength(4);
    // The HTTNV band spans 80 px around the year.
    expect(paths[1]).toMatch(/^M\d+(\.\d+)?,[\d.]+L\d+(\.\d+)?,/);
    const xs = [...paths[1].matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(80, 6);
  });
});

describe('PeerComparison', () => {
  it('highlights the unit, shows the peers’ median, and keeps a peer without ratings to the table', () => {
    const { body } = render(PeerComparison, { props: { title: 'So sánh với các đảng bộ cùng cấp', peers } });
    expect(count(body, 'tabindex="0"')).toBe(2);
    expect(body).toMatch(/data-self="true"[^>]*>[\s\S]*?90,3%/);
    expect(body).toContain('Trung vị các đơn vị cùng cấp: 66,7%');
    expect(tableRows(body)).toEqual([
      ['Đảng bộ xã An Lạc (G1) — đơn vị đang xem', '31', '6', '22', '90,3%'],
      ['Đảng bộ xã Bình Minh (G2)', '12', '1', '7', '66,7%'],
      ['Đảng bộ Trường THPT Thanh Hà (G3)', '0', '0', '0', 'chưa có lượt xếp loại nào']
    ]);
  });

  it('says "Chưa có dữ liệu" when no peer has a rating', () => {
    expect(render(PeerComparison, { props: { title: 'So sánh', peers: peers.filter((p) => p.total === 0) } }).body).toContain('Chưa có dữ liệu');
  });
});

describe('FlagsByRuleChart', () => {
  it('gives each rule its Vietnamese title and its counts by severity', () => {
    const { body } = render(FlagsByRuleChart, { props: { title: 'Cảnh báo theo phép kiểm tra', rows: byRule } });
    expect(body).toContain('>Vượt tỷ lệ đảng viên HTXSNV</text>');
    expect(tableRows(body)).toEqual([
      ['Vượt tỷ lệ đảng viên HTXSNV quota_excellent_members', '0', '4', '0', '4'],
      ['Người đứng đầu xếp loại cao hơn tập thể head_above_collective', '0', '0', '0', '0']
    ]);
    expect(count(body, 'role="img"')).toBe(2);
  });

  it('makes rows buttons with a callback, and speaks English on request', () => {
    const { body } = render(FlagsByRuleChart, { props: { title: 'Flags by check', rows: byRule, onselect: () => {}, lang: 'en' } });
    expect(count(body, 'role="button"')).toBe(2);
    // Label in Name (WCAG 2.5.3): a button's name starts with its visible text, the title then the total.
    expect(body).toMatch(/role="button"[^>]*aria-label="Excellent members over the quota 4 — [^"]*\(quota_excellent_members\)"/);
    // …and the row's text keeps the title and the total apart (a space SVG does not draw), as axe reads it.
    expect(body).toContain('font-weight="600"> 4</text>');
    expect(body).toContain('Excellent members over the quota');
    expect(body).toContain('>Medium</');
  });
});
