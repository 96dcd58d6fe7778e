/**
 * One workspace per dataset: decisions belong to the dataset they were made on. A dataset is
 * known by its identity, not its content: the ids of its top units (those with no parent in any
 * placement). A corrected or extended version of the same dataset (figures fixed, a year added)
 * keeps them and so finds its decisions again; another district's or province's data does not.
 */
import { flagId } from '../rules/flag-id';

/** The top units of the loaded data, ordered: what the fingerprint and the default name are made of. */
export const WORKSPACE_ROOTS_SQL = `
  SELECT unit_id, min(name) AS name FROM units
  GROUP BY unit_id HAVING bool_and(parent_id IS NULL OR parent_id = '')
  ORDER BY unit_id`;

export interface WorkspaceRoot {
  unit_id: string;
  name: string | null;
}

export interface Workspace {
  /** The fingerprint: `ws-` and 16 hex digits. */
  id: string;
  /** What the user calls it (the top units' names until renamed). */
  name: string;
}

/** The stable fingerprint of a dataset's identity: the same top unit ids give the same id, in any order. */
export function workspaceId(roots: readonly WorkspaceRoot[]): string {
  const ids = [...new Set(roots.map((r) => r.unit_id.normalize('NFC')))].sort();
  return `ws-${flagId('workspace', 0, 'units', ids.join('\n'))}`;
}

/** The name a workspace gets until the user renames it: its top units' names. */
export function defaultWorkspaceName(roots: readonly WorkspaceRoot[]): string {
  const names = roots.map((r) => (r.name ?? '').trim() || r.unit_id);
  if (!names.length) return 'Bộ dữ liệu không có đơn vị gốc';
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} (+${names.length - 3})`;
}

export function workspaceOf(roots: readonly WorkspaceRoot[]): Workspace {
  return { id: workspaceId(roots), name: defaultWorkspaceName(roots) };
}

/** A decisions file's workspace against the open one: the same, not said (older files), or another. */
export type WorkspaceMatch = 'same' | 'unknown' | 'other';

export function matchWorkspace(fileWorkspace: string | null, current: string): WorkspaceMatch {
  if (!fileWorkspace) return 'unknown';
  return fileWorkspace === current ? 'same' : 'other';
}

/** Refusal to merge a file of another dataset until the user says so. */
export class WorkspaceMismatchError extends Error {
  constructor(
    readonly fileWorkspace: string,
    readonly fileWorkspaceName: string | null,
    readonly current: string
  ) {
    super(
      `Tệp quyết định thuộc bộ dữ liệu khác (${fileWorkspaceName ? `${fileWorkspaceName}, ` : ''}${fileWorkspace}), không phải bộ dữ liệu đang mở (${current}) ` +
        `(the decisions file belongs to another dataset)`
    );
    this.name = 'WorkspaceMismatchError';
  }
}
