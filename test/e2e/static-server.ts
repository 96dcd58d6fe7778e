/**
 * A plain static file server without rewrite rules, as an intranet's would be: Python's
 * `http.server` on 127.0.0.1 and a free port, serving one folder. Same shape as startPreview.
 */
import { spawn } from 'node:child_process';
import { freePort, type PreviewServer } from './preview-server';

export async function startStaticServer(dir: string): Promise<PreviewServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20_000))); // one log line per request
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`python3 -m http.server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`python3 -m http.server did not answer at ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
