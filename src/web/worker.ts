/**
 * The offline page's worker: reads, checks and annotates one file at a time (./job.ts), and
 * writes the summary workbook, off the page's thread so that the page stays responsive and the
 * progress bar moves. Built as its own bundle and inlined into offline.html.
 */
import { webMessagesFor } from '../messages/web';
import { runJob } from './job';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { writeSummaryWorkbook } from './summary-workbook';

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

async function handle(req: WorkerRequest): Promise<void> {
  try {
    if (req.type === 'job') {
      const result = await runJob(new Uint8Array(req.bytes), req.name, req.options);
      const transfer = result.ok ? [result.annotated.buffer as ArrayBuffer] : [];
      scope.postMessage({ id: req.id, type: 'job', result }, transfer);
    } else {
      const bytes = await writeSummaryWorkbook(req.summary, webMessagesFor(req.lang));
      scope.postMessage({ id: req.id, type: 'summary', bytes }, [bytes.buffer as ArrayBuffer]);
    }
  } catch (e) {
    scope.postMessage({
      id: req.id,
      type: 'error',
      detail: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e),
    });
  }
}

scope.onmessage = (e) => void handle(e.data);
