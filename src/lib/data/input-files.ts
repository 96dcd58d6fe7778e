/** Files of a dataset, and the small helpers that name them. */
export interface InputFile {
  /** Path inside the dataset, folders allowed: "2023/P001.docx". */
  name: string;
  bytes: Uint8Array;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function splitExtension(name: string): [stem: string, ext: string] {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? [base, ''] : [base.slice(0, dot), base.slice(dot + 1).toLowerCase()];
}

/** Files a computer leaves behind (.DS_Store, Office lock files, macOS zip folders): not the user's data. */
export function isSystemFile(path: string): boolean {
  const base = baseName(path);
  return base.startsWith('.') || base.startsWith('~$') || base === 'Thumbs.db' || path.split('/').includes('__MACOSX');
}

/** The bytes as an ArrayBuffer of their own (readers of workbooks, Parquet and .docx want one). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}
