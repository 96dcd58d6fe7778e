/**
 * Reads a dataset folder published on the serving host (the bundled demo at <site>/demo/): its
 * index.json lists the file names; each file is fetched from the same folder, never another host.
 */
import type { InputFile } from '../data';

export async function fetchDataset(
  base: string,
  fetchFn: typeof fetch,
  onFile?: (done: number, total: number, name: string) => void
): Promise<InputFile[]> {
  const index = await fetchOk(fetchFn, new URL('index.json', base));
  const names = (await index.json()) as unknown;
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) {
    throw new Error(`${base}index.json: không phải danh sách tên tệp (not a list of file names)`);
  }
  let done = 0;
  return Promise.all(
    names.map(async (name: string) => {
      const res = await fetchOk(fetchFn, new URL(name.split('/').map(encodeURIComponent).join('/'), base));
      const bytes = new Uint8Array(await res.arrayBuffer());
      onFile?.(++done, names.length, name);
      return { name, bytes };
    })
  );
}

async function fetchOk(fetchFn: typeof fetch, url: URL): Promise<Response> {
  const res = await fetchFn(url);
  if (!res.ok) throw new Error(`không tải được ${url.pathname} (could not fetch ${url.pathname}): HTTP ${res.status}`);
  return res;
}
