/**
 * Puts the demo dataset (data/demo/, or the folder named by SOI_DEMO_DIR) on the site at /demo/:
 * served from the folder by `vite dev`, copied into the static build for everything else, with
 * /demo/index.json listing the dataset's files. `vite preview` serves the built copy, exactly as
 * any plain web server would, so the end-to-end test sees what users get.
 * The generator's README and truth.csv (its answer key) are not part of the dataset: not listed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

const URL_PREFIX = '/demo/';
const NOT_DATA = /^(readme(\..*)?|truth\.csv)$/i;

export function demoDir(): string {
  return path.resolve(process.env.SOI_DEMO_DIR || 'data/demo');
}

/** The dataset's files, relative to the demo folder, '/'-separated, sorted. */
export function demoFiles(dir = demoDir()): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      if (name.startsWith('.')) continue;
      const relName = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, relName)).isDirectory()) walk(relName);
      else if (!(rel === '' && NOT_DATA.test(name))) out.push(relName);
    }
  };
  walk('');
  return out;
}

function contentType(name: string): string {
  if (name.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (name.endsWith('.json')) return 'application/json';
  return 'application/octet-stream';
}

function devMiddleware(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = (req.url ?? '').split('?')[0];
    if (!url.startsWith(URL_PREFIX)) return next();
    const name = decodeURIComponent(url.slice(URL_PREFIX.length));
    const files = demoFiles();
    if (name === 'index.json') {
      res.setHeader('content-type', contentType(name));
      return res.end(JSON.stringify(files));
    }
    if (!files.includes(name)) return next();
    res.setHeader('content-type', contentType(name));
    res.end(readFileSync(path.join(demoDir(), name)));
  };
}

export function demoDataPlugin(): Plugin {
  return {
    name: 'soi-demo-data',
    configureServer(server) {
      server.middlewares.use(devMiddleware());
    },
    generateBundle() {
      // Only the client build carries the data; SvelteKit's server build does not need it.
      if (this.environment?.name === 'ssr') return;
      const dir = demoDir();
      const files = demoFiles(dir);
      this.emitFile({ type: 'asset', fileName: 'demo/index.json', source: JSON.stringify(files) });
      for (const f of files) this.emitFile({ type: 'asset', fileName: `demo/${f}`, source: readFileSync(path.join(dir, f)) });
    }
  };
}
