/** A .zip of a dataset: its files join the others, named "<zip>/<path inside>". */
import { unzipSync } from 'fflate';
import { isSystemFile, splitExtension, type InputFile } from './input-files';
import type { Problem } from './problems';

export function expandZips(files: readonly InputFile[], problems: Problem[]): InputFile[] {
  const out: InputFile[] = [];
  for (const f of files) {
    if (splitExtension(f.name)[1] !== 'zip') {
      out.push(f);
      continue;
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(f.bytes);
    } catch (err) {
      problems.push({ severity: 'error', file: f.name, message: `không giải nén được (cannot unzip): ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    for (const [path, bytes] of Object.entries(entries)) {
      if (path.endsWith('/') || isSystemFile(path)) continue;
      out.push({ name: `${f.name}/${path}`, bytes });
    }
  }
  return out;
}
