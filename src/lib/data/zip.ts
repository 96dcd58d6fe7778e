/**
 * Archives among a dataset's files, within limits (archive.ts): a .zip's files join the others,
 * named "<zip>/<path inside>"; an .xlsx or .docx (a zip too, unzipped later by its own reader) is
 * first inflated once only to be measured, so that no reader ever inflates a bomb.
 */
import { ArchiveError, archiveMessage, ArchiveBudget, checkArchive, inflateEntry, listEntries, type ArchiveLimits } from './archive';
import { isSystemFile, splitExtension, type InputFile } from './input-files';
import type { Problem } from './problems';

const ZIPPED_DOCUMENTS = ['xlsx', 'docx'];

export function expandZips(files: readonly InputFile[], problems: Problem[], limits: Partial<ArchiveLimits> = {}): InputFile[] {
  const out: InputFile[] = [];
  for (const f of files) {
    if (splitExtension(f.name)[1] !== 'zip') {
      out.push(f);
      continue;
    }
    let entries;
    try {
      entries = listEntries(f.bytes, f.name);
    } catch (err) {
      problems.push({ severity: 'error', file: f.name, message: `không giải nén được (cannot unzip): ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const budget = new ArchiveBudget(f.name, limits);
    for (const e of entries) {
      if (e.name.endsWith('/') || isSystemFile(e.name)) continue;
      try {
        out.push({ name: `${f.name}/${e.name}`, bytes: inflateEntry(f.bytes, e, budget) });
      } catch (err) {
        if (!(err instanceof ArchiveError)) throw err;
        // The entries already read stay: their own problems are not follow-ons of this one.
        problems.push({ severity: 'error', file: `${f.name}/${e.name}`, message: `không giải nén (not unzipped): ${err.message}` });
        if (err.kind === 'archive') break; // every later entry would pass it too
      }
    }
  }
  return out.filter((f) => admitDocument(f, problems, limits));
}

/** An .xlsx or .docx that passes a limit is dropped with an error naming it and its entry. */
function admitDocument(f: InputFile, problems: Problem[], limits: Partial<ArchiveLimits>): boolean {
  if (!ZIPPED_DOCUMENTS.includes(splitExtension(f.name)[1]) || isSystemFile(f.name)) return true;
  try {
    checkArchive(f.bytes, f.name, limits);
    return true;
  } catch (err) {
    if (!(err instanceof ArchiveError)) throw err;
    // A damaged file is left to its reader, which says what it can of it.
    if (err.kind === 'damaged') return true;
    problems.push({ severity: 'error', file: f.name, message: `không mở (not opened): ${archiveMessage(err)}` });
    return false;
  }
}
