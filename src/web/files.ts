/**
 * What the user dropped or chose, as files with their path: single files as they are, folders
 * walked (subfolders too) keeping the spreadsheets only, without Office's `~$` lock files.
 */
export interface PickedFile {
  path: string;
  name: string;
  bytes: Uint8Array;
}

const SPREADSHEET = /\.(xlsx|xlsm|xls|xlt|et|ett|xlsb|ods|csv)$/i;

function wanted(name: string, inFolder: boolean): boolean {
  if (name.startsWith('~$') || name.startsWith('.')) return false;
  return !inFolder || SPREADSHEET.test(name);
}

async function read(file: File, path: string): Promise<PickedFile> {
  return { path, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

const byPath = (a: PickedFile, b: PickedFile): number => a.path.localeCompare(b.path, 'zh-CN');

/** Files from an `<input type="file">` (with `webkitdirectory` when `inFolder`). */
export async function collectInput(list: FileList, inFolder: boolean): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const file of Array.from(list)) {
    const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    if (wanted(file.name, inFolder)) out.push(await read(file, path));
  }
  return out.sort(byPath);
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (e: Entry[]) => void, fail: (e: unknown) => void): void };
}

async function walk(entry: Entry, inFolder: boolean, out: PickedFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    if (!wanted(entry.name, inFolder)) return;
    const getFile = entry.file.bind(entry);
    const file = await new Promise<File>((ok, fail) => getFile(ok, fail));
    out.push(await read(file, entry.fullPath.replace(/^\//, '') || file.name));
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries gives at most 100 entries per call: read until it gives none
    for (;;) {
      const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e, true, out);
    }
  }
}

/** Files and folders dropped on the page. */
export async function collectDropped(data: DataTransfer): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  const entries: Entry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = (
      item as DataTransferItem & { webkitGetAsEntry?(): Entry | null }
    ).webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else {
      const f = item.getAsFile();
      if (f) loose.push(f);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(data.files ?? []));
  for (const e of entries) await walk(e, false, out);
  for (const f of loose) if (wanted(f.name, false)) out.push(await read(f, f.name));
  return out.sort(byPath);
}
