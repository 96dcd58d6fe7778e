/**
 * A same-origin front for the built site that answers /demo/ from a dataset folder on disk and
 * passes every other request to `vite preview`. The app then loads that dataset by its own path
 * (fetch in the worker → parse → load), exactly as it loads the bundled demo, without a rebuild.
 * (Answering through the browser's request interception instead dies on files of ~100 MB: the
 * body travels inside one DevTools protocol message.)
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import path from 'node:path';
import { freePort } from '../../../test/e2e/preview-server';

export interface DatasetProxy {
  url: string;
  stop(): Promise<void>;
}

export async function startDatasetProxy(siteUrl: string, folder: string): Promise<DatasetProxy> {
  const names = readdirSync(folder).filter((f) => f.endsWith('.csv')).sort();
  const site = new URL(siteUrl);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname.startsWith('/demo/')) {
      const name = pathname.slice('/demo/'.length);
      if (name === 'index.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(names));
      }
      if (!names.includes(name)) {
        res.writeHead(404);
        return res.end();
      }
      const file = path.join(folder, name);
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-length': statSync(file).size });
      return void createReadStream(file).pipe(res);
    }
    const upstream = request({ host: site.hostname, port: site.port, path: req.url, method: req.method, headers: { ...req.headers, host: site.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (err) => {
      res.writeHead(502);
      res.end(String(err));
    });
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
