/**
 * The command-line tests' helpers: run a command as `npm run …` would (its stderr lines collected),
 * and a temporary folder removed after the test, pass or fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditCommand, type Io } from '../../../src/cli/audit';

type Command = (args: string[], io: Io) => Promise<number>;

/** Runs a command (the audit unless named) and returns its exit code and stderr, one line per message. */
export async function runCli(args: string[], command: Command = auditCommand): Promise<{ code: number; stderr: string }> {
  const lines: string[] = [];
  const code = await command(args, { err: (l) => lines.push(l) });
  return { code, stderr: lines.join('\n') };
}

/** A fresh folder under the system's temporary folder (`soi-<prefix>-…`), removed after `body`. */
export async function inTempDir<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), `soi-${prefix}-`));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A test body run in a fresh temporary folder. */
export function withTempDir(prefix: string, body: (dir: string) => Promise<void>): () => Promise<void> {
  return () => inTempDir(prefix, body);
}
