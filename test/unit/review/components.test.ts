// The review components rendered on the server (no DOM here): the markup the pages and the
// end-to-end tests rely on — test ids, pressed state, locked controls, conflicts, history order.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DecisionPanel from '../../../src/lib/ui/review/DecisionPanel.svelte';
import DecisionHistory from '../../../src/lib/ui/review/DecisionHistory.svelte';
import BulkDecisionBar from '../../../src/lib/ui/review/BulkDecisionBar.svelte';
import { decide, mergeDecision, resolveConflict, conflictOptions } from '../../../src/lib/review';
import { FLAGS } from './helpers';

const [F1] = FLAGS;
const noop = () => {};
const base = decide(undefined, F1, { status: 'needs_info', note: 'Cần biên bản họp', by: 'Đỗ Minh Tâm', at: '2024-12-10T08:00:00.000Z' })!;
const confirmed = decide(base, F1, { status: 'confirmed', note: 'Biên bản không ghi lý do', by: 'Đỗ Minh Tâm', at: '2024-12-11T08:00:00.000Z' });
const dismissed = decide(base, F1, { status: 'dismissed', note: 'Chi bộ đã giải trình', by: 'Vũ Hoàng Anh', at: '2024-12-12T08:00:00.000Z' });

/** The attributes of the element carrying one data-testid. */
function tag(html: string, testId: string): string {
  const m = new RegExp(`<[a-z]+[^>]*data-testid="${testId}"[^>]*>`).exec(html);
  if (!m) throw new Error(`no element with data-testid="${testId}"`);
  return m[0];
}

describe('DecisionPanel', () => {
  it('shows the four statuses with their test ids, the current one pressed, and the note', () => {
    const { body } = render(DecisionPanel, { props: { decision: confirmed, reviewer: 'Đỗ Minh Tâm', ondecide: noop, onreviewer: noop } });
    for (const id of ['decision-open', 'decision-confirmed', 'decision-dismissed', 'decision-needs-info']) expect(tag(body, id)).not.toMatch(/disabled/);
    expect(tag(body, 'decision-confirmed')).toMatch(/aria-pressed="true"/);
    expect(tag(body, 'decision-dismissed')).toMatch(/aria-pressed="false"/);
    expect(body).toContain('Có dấu hiệu vi phạm, đề nghị kiểm tra');
    expect(body).toContain('Cần xác minh thêm');
    expect(body).toMatch(/<textarea[^>]*data-testid="decision-note"[^>]*>[^<]*Biên bản không ghi lý do<\/textarea>/);
    expect(body).toContain('Lần cuối: Đỗ Minh Tâm');
    expect(body).not.toContain('data-testid="reviewer-prompt"');
    expect(body).not.toContain('data-testid="decision-conflict"');
  });

  it('asks for the reviewer’s name first and locks the decision until it is given', () => {
    const { body } = render(DecisionPanel, { props: { decision: undefined, reviewer: '', ondecide: noop, onreviewer: noop } });
    expect(body).toContain('data-testid="reviewer-prompt"');
    expect(tag(body, 'reviewer-name')).toBeTruthy();
    expect(tag(body, 'decision-open')).toMatch(/aria-pressed="true"/);
    for (const id of ['decision-open', 'decision-confirmed', 'decision-dismissed', 'decision-needs-info', 'decision-note']) expect(tag(body, id)).toMatch(/disabled/);
  });

  it('lays out a conflict: ours first, then theirs, each with a pick button; none once settled', () => {
    const merged = mergeDecision(confirmed, dismissed).decision;
    const { body } = render(DecisionPanel, { props: { decision: merged, reviewer: 'Đỗ Minh Tâm', ondecide: noop, onreviewer: noop, onresolve: noop } });
    const conflict = body.slice(body.indexOf('data-testid="decision-conflict"'));
    expect(conflict.indexOf('Đỗ Minh Tâm (của máy này)')).toBeGreaterThan(0);
    expect(conflict.indexOf('Vũ Hoàng Anh')).toBeGreaterThan(conflict.indexOf('Đỗ Minh Tâm (của máy này)'));
    expect(tag(body, 'conflict-pick-0')).not.toMatch(/disabled/);
    expect(tag(body, 'conflict-pick-1')).not.toMatch(/disabled/);
    const settled = resolveConflict(merged, conflictOptions(merged)[1], 'Đỗ Minh Tâm', '2024-12-13T08:00:00.000Z');
    const after = render(DecisionPanel, { props: { decision: settled, reviewer: 'Đỗ Minh Tâm', ondecide: noop, onreviewer: noop, onresolve: noop } }).body;
    expect(after).not.toContain('data-testid="decision-conflict"');
    expect(tag(after, 'decision-dismissed')).toMatch(/aria-pressed="true"/);
  });

  it('speaks English on request', () => {
    const { body } = render(DecisionPanel, { props: { decision: confirmed, reviewer: 'Đỗ Minh Tâm', lang: 'en', ondecide: noop, onreviewer: noop } });
    expect(body).toContain('>signs of a violation, inspection proposed<');
    expect(body).toContain('Last change: Đỗ Minh Tâm');
  });
});

describe('DecisionHistory', () => {
  it('lists every entry newest first, with who, from → to and the note', () => {
    const merged = mergeDecision(confirmed, dismissed).decision;
    const settled = resolveConflict(merged, conflictOptions(merged)[1], 'Lê Thị Mai', '2024-12-13T08:00:00.000Z');
    const { body } = render(DecisionHistory, { props: { history: settled.history } });
    const entries = body.split('data-testid="history-entry"').slice(1);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toContain('Lê Thị Mai');
    expect(entries[0]).toContain('giải quyết khác biệt');
    expect(entries[1]).toContain('Vũ Hoàng Anh');
    expect(entries[1]).toContain('Cần xác minh thêm → <span class="to dismissed');
    expect(entries[3]).toContain('Chưa xem xét → <span class="to needs_info');
    expect(entries[3]).toContain('Cần biên bản họp');
    expect(render(DecisionHistory, { props: { history: [] } }).body).toContain('Chưa có quyết định nào.');
  });
});

describe('BulkDecisionBar', () => {
  it('counts the selection and needs a reviewer and a selection to apply', () => {
    const ready = render(BulkDecisionBar, { props: { selected: 3, reviewer: 'Đỗ Minh Tâm', ondecide: noop, onclear: noop } }).body;
    expect(ready).toContain('Đã chọn 3 cảnh báo');
    expect(tag(ready, 'bulk-apply')).not.toMatch(/disabled/);
    const noName = render(BulkDecisionBar, { props: { selected: 3, reviewer: '', ondecide: noop, onclear: noop } }).body;
    expect(tag(noName, 'bulk-apply')).toMatch(/disabled/);
    const none = render(BulkDecisionBar, { props: { selected: 0, reviewer: 'Đỗ Minh Tâm', ondecide: noop, onclear: noop } }).body;
    expect(tag(none, 'bulk-apply')).toMatch(/disabled/);
  });
});
