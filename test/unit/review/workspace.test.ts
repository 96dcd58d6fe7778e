// One workspace per dataset: the fingerprint from the loaded tables on both engines, and the
// decisions file that refuses to merge into another workspace without being told.
import { describe, expect, it } from 'vitest';
import { createMemoryDecisionStore, openReviewSession } from '../../../src/lib/review';
import { WORKSPACE_ROOTS_SQL, WorkspaceMismatchError, workspaceId, workspaceOf, type WorkspaceRoot } from '../../../src/lib/review/workspace';
import { ENGINES, loadFixture, members, quotaCell, unit, withEngine, type Fixture } from '../rules/fixture';
import { FLAGS, testClock } from './helpers';

const BA_DINH = [unit('H', 'cap_tren', null, 'Đảng bộ quận Ba Đình'), unit('G1', 'co_so', 'H', 'Đảng bộ phường Quán Thánh'), unit('C1', 'chi_bo', 'G1', 'Chi bộ số 1')];
const V1: Fixture = { units: BA_DINH, ratings: quotaCell(2023, 'C1', 4, 15, ['A', 'B']) };
/** The same dataset corrected and extended: figures fixed, a cell and a year added. */
const V2: Fixture = {
  units: [...BA_DINH, unit('C2', 'chi_bo', 'G1', 'Chi bộ số 2')],
  ratings: [...quotaCell(2023, 'C1', 2, 15, ['A', 'B']), ...members(2024, 'C2', 'HTTNV', 9, 'C')]
};
/** Another district. */
const OTHER: Fixture = { units: [unit('T', 'cap_tren', null, 'Đảng bộ quận Tây Hồ'), unit('G9', 'co_so', 'T')], ratings: members(2023, 'G9', 'HTTNV', 5, 'D') };

describe.each(ENGINES)('workspace fingerprint on %s', (_name, make) => {
  const h = withEngine(make);

  async function workspace(fx: Fixture) {
    await loadFixture(h.engine, fx);
    return workspaceOf(await h.engine.query<WorkspaceRoot & Record<string, unknown>>(WORKSPACE_ROOTS_SQL));
  }

  it('is the same for a corrected version of the dataset and differs for another dataset', async () => {
    const v1 = await workspace(V1);
    expect(v1.id).toMatch(/^ws-[0-9a-f]{16}$/);
    expect(v1.name).toBe('Đảng bộ quận Ba Đình');
    expect((await workspace(V2)).id).toBe(v1.id);
    const other = await workspace(OTHER);
    expect(other.id).not.toBe(v1.id);
    expect(other.name).toBe('Đảng bộ quận Tây Hồ');
  });
});

describe('workspace id', () => {
  it('depends on the set of top unit ids only, not their order or names', () => {
    const a = workspaceId([{ unit_id: 'H1', name: 'A' }, { unit_id: 'H2', name: 'B' }]);
    expect(workspaceId([{ unit_id: 'H2', name: 'x' }, { unit_id: 'H1', name: null }])).toBe(a);
    expect(workspaceId([{ unit_id: 'H1', name: 'A' }])).not.toBe(a);
  });
});

describe('decisions file and workspaces', () => {
  const BA = { id: 'ws-00000000000000a1', name: 'Quận Ba Đình' };
  const TAY_HO = { id: 'ws-00000000000000b2', name: 'Quận Tây Hồ' };

  async function sessionOf(ws: typeof BA) {
    return openReviewSession(createMemoryDecisionStore(), { now: testClock(), workspace: ws });
  }

  it('carries the workspace and its name; merges a file of the same workspace or of none', async () => {
    const s = await sessionOf(BA);
    await s.decide(FLAGS[0], { status: 'confirmed', note: '', by: 'Đỗ Minh Tâm' });
    const file = JSON.parse(s.exportJson({ exported_by: 'Đỗ Minh Tâm' }));
    expect(file).toMatchObject({ workspace: BA.id, workspace_name: BA.name });
    const again = await sessionOf(BA);
    expect(await again.importJson(JSON.stringify(file))).toMatchObject({ added: 1 });
    const older = await sessionOf(BA);
    expect(await older.importJson(JSON.stringify({ ...file, workspace: null, workspace_name: null }))).toMatchObject({ added: 1 });
  });

  it('refuses a file of another workspace, saving nothing, until told to merge it anyway', async () => {
    const ba = await sessionOf(BA);
    await ba.decide(FLAGS[0], { status: 'confirmed', note: '', by: 'Đỗ Minh Tâm' });
    const text = ba.exportJson();
    const tayHo = await sessionOf(TAY_HO);
    const refusal = await tayHo.importJson(text).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(WorkspaceMismatchError);
    expect(refusal).toMatchObject({ fileWorkspace: BA.id, fileWorkspaceName: BA.name, current: TAY_HO.id });
    expect(tayHo.decisions.size).toBe(0);
    expect(await tayHo.importJson(text, { acceptOtherWorkspace: true })).toMatchObject({ added: 1 });
    expect(tayHo.decisions.size).toBe(1);
  });
});
