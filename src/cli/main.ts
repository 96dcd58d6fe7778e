/**
 * How a command file runs when started by `npm run …` (and not when a test imports it): its
 * command on the process's arguments, stderr for messages, the exit code it returns; a crash is
 * printed with its stack and exits with `crashCode`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether the module at `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  return !!process.argv[1] && moduleUrl === pathToFileURL(path.resolve(process.argv[1])).href;
}

export interface ProcessIo {
  err(line: string): void;
  out(text: string): void;
}

/** Runs `command` if the module at `moduleUrl` is the one started, and exits with its code. */
export function runIfMain(moduleUrl: string, command: (argv: string[], io: ProcessIo) => Promise<number>, crashCode: number): void {
  if (!isMain(moduleUrl)) return;
  const io: ProcessIo = { err: (line) => process.stderr.write(line + '\n'), out: (text) => process.stdout.write(text) };
  command(process.argv.slice(2), io).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(crashCode);
    }
  );
}
