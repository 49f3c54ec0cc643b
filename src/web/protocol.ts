/** Messages between the offline page and its worker. */
import type { JobOptions, JobResult } from './job';
import type { Summary } from './summary';

export type WorkerRequest =
  | { id: number; type: 'job'; name: string; bytes: ArrayBuffer; options: JobOptions }
  | { id: number; type: 'summary'; summary: Summary; lang: string };

export type WorkerResponse =
  | { id: number; type: 'job'; result: JobResult }
  | { id: number; type: 'summary'; bytes: Uint8Array }
  | { id: number; type: 'error'; detail: string };
