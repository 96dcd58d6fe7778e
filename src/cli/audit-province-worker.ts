/**
 * One province of `npm run audit-provinces` (audit-provinces.ts), in a worker_thread: the audit
 * command on the province's folder, its self-reviews streamed, its stderr lines sent to the parent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { auditCommand } from './audit';

export interface ProvinceJob {
  args: string[];
}

export type ProvinceMessage = { line: string } | { code: number; peakMb: number };

const { args } = workerData as ProvinceJob;
const send = (m: ProvinceMessage) => parentPort!.postMessage(m);
auditCommand(args, { err: (line) => send({ line }) }).then(
  (code) => send({ code, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
  (err) => {
    send({ line: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    send({ code: 2, peakMb: 0 });
  }
);
