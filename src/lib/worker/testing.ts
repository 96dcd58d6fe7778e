/** Test helpers for the worker's pipeline (Node only). */
import type { InputFile } from '../data';

/** A fetch that serves `served` under <any host>/demo/ (index.json lists them) and answers 404 otherwise. */
export function folderFetch(served: InputFile[], seen: string[] = []): typeof fetch {
  return async (input) => {
    const url = new URL(String(input));
    seen.push(url.pathname);
    const name = decodeURIComponent(url.pathname.replace(/^\/demo\//, ''));
    if (name === 'index.json') return new Response(JSON.stringify(served.map((f) => f.name)));
    const file = served.find((f) => f.name === name);
    return file ? new Response(file.bytes.slice()) : new Response('not found', { status: 404 });
  };
}
