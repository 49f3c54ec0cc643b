/**
 * The page's side of the worker: starts it from the source inlined in the page (a Blob URL, which
 * works from file:// in Chromium and Firefox) and turns its messages into promises. Where the
 * browser refuses a worker, the same source runs on the page with a stand-in for the worker's
 * scope, so the page still works (without the responsiveness).
 */
import type { JobOptions, JobResult } from './job';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { Summary } from './summary';

/** The id of the `<script type="text/plain">` element holding the worker's source. */
export const WORKER_SOURCE_ID = 'jx-worker-source';

interface Port {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
}

export interface WorkerClient {
  /** Whether the work runs on a background thread. */
  readonly background: boolean;
  job(name: string, bytes: Uint8Array, options: JobOptions): Promise<JobResult>;
  summary(summary: Summary, lang: string): Promise<Uint8Array>;
}

/** Runs the worker's source on this page, with a scope that passes messages both ways. */
function inPagePort(source: string): Port {
  const port: Port = { postMessage: () => undefined, onmessage: null };
  const scope = {
    onmessage: null as ((e: { data: WorkerRequest }) => void) | null,
    postMessage: (data: WorkerResponse) =>
      setTimeout(() => port.onmessage?.({ data } as MessageEvent<WorkerResponse>), 0),
  };
  // The worker's own bundle, run as the worker would run it; the page's CSP allows this.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('self', source) as (self: unknown) => void;
  run(scope);
  port.postMessage = (data) => setTimeout(() => scope.onmessage?.({ data }), 0);
  return port;
}

export function createWorkerClient(source: string): WorkerClient {
  let port: Port;
  let background = true;
  try {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    port = new Worker(url);
  } catch {
    background = false;
    port = inPagePort(source);
  }
  let next = 1;
  const pending = new Map<number, (r: WorkerResponse) => void>();
  port.onmessage = (e) => {
    const done = pending.get(e.data.id);
    pending.delete(e.data.id);
    done?.(e.data);
  };
  const ask = (req: WorkerRequest, transfer: Transferable[]): Promise<WorkerResponse> =>
    new Promise((resolve) => {
      pending.set(req.id, resolve);
      port.postMessage(req, transfer);
    });
  return {
    background,
    async job(name, bytes, options) {
      // a copy: the page keeps the original bytes to run the job again with other options
      const copy = bytes.slice().buffer;
      const r = await ask({ id: next++, type: 'job', name, bytes: copy, options }, [copy]);
      if (r.type === 'job') return r.result;
      const detail = r.type === 'error' ? r.detail : 'unexpected reply';
      return { ok: false, name, failure: 'internal', detail };
    },
    async summary(summary, lang) {
      const r = await ask({ id: next++, type: 'summary', summary, lang }, []);
      if (r.type === 'summary') return r.bytes;
      throw new Error(r.type === 'error' ? r.detail : 'unexpected reply');
    },
  };
}
