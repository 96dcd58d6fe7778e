/** Shared bits of the review tests: audit-list rows as the rules write them, and a test clock. */
import { IDBFactory } from 'fake-indexeddb';
import { withFlagId } from '../../../src/lib/rules/run-audit';
import type { Flag } from '../../../src/lib/rules/types';
import { citation } from '../../../src/lib/domain/regulations';
import { related } from '../../../src/lib/rules/related';

/** A flag of rule #14 (self_level_raised) on a party member, as the audit list carries it. */
export function raisedFlag(year: number, personId: string, unitId: string, name: string): Flag {
  return withFlagId({
    rule: 'self_level_raised',
    severity: 'low',
    year,
    subject_type: 'person',
    subject_id: personId,
    unit_id: unitId,
    score: 1,
    regulation: citation(year),
    message: `Năm ${year}, đồng chí ${name} tự nhận "Hoàn thành nhiệm vụ" nhưng được xếp loại "Hoàn thành tốt nhiệm vụ".`,
    evidence: `Tự nhận: HTNV; kết quả cuối cùng: HTTNV (chi bộ ${unitId}, năm ${year}).`,
    related: [related.person(personId), related.unit(unitId)]
  });
}

export const FLAGS: Flag[] = [
  raisedFlag(2023, 'P001', 'C1', 'Nguyễn Thị Hạnh'),
  raisedFlag(2023, 'P002', 'C1', 'Trần Văn Đức'),
  raisedFlag(2024, 'P003', 'C2', 'Lê Quang Vĩnh'),
  raisedFlag(2024, 'P004', 'C2', 'Phạm Thu Hương')
];

/** A clock that ticks one minute per call, from 2024-12-10 08:00 UTC. */
export function testClock(start = Date.UTC(2024, 11, 10, 8, 0, 0)): () => string {
  let t = start;
  return () => {
    const s = new Date(t).toISOString();
    t += 60_000;
    return s;
  };
}

/** A fresh browser profile for the IndexedDB tests: a database factory of its own and a test clock. */
export function freshBrowser(): { indexedDB: IDBFactory; clock: () => string } {
  return { indexedDB: new IDBFactory(), clock: testClock() };
}
