import { Worker } from 'node:worker_threads';
import type { ReadoutText } from '../markdown/readout-text.ts';
import { ContentError } from './content-error.ts';
import { renderReadout } from './render-readout.ts';
import type { RenderAnswer, RenderJob } from './render-worker.ts';

// Rendering the readouts' Markdown is most of a cold build's first minute (about 4 ms a readout:
// 40 s at 10,000), and Astro works on one core. A worker renders three readouts in five, sent
// to it as they come; this thread renders the rest, besides reading and checking every readout.
const toWorker = (job: number) => job % 5 < 3;

/** Renders readouts on this thread and on a worker; `close()` ends the worker. */
export function renderPool(): {
  render: (body: string, file: string) => Promise<ReadoutText>;
  /** How many readouts each thread was given. */
  shares: () => { here: number; inWorker: number };
  close: () => Promise<void>;
} {
  const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
  const inWorker = new Map<
    number,
    { resolve: (text: ReadoutText) => void; reject: (error: Error) => void }
  >();
  let jobs = 0;
  let sent = 0;
  worker.on('message', (answer: RenderAnswer) => {
    const waiting = inWorker.get(answer.job);
    inWorker.delete(answer.job);
    if ('text' in answer) waiting?.resolve(answer.text);
    else if ('objection' in answer) {
      const { file, line, reason } = answer.objection;
      waiting?.reject(new ContentError(file, line, reason));
    } else waiting?.reject(new Error(`Rendering a readout failed: ${answer.failure}`));
  });
  // A worker that fails or stops with readouts in hand fails the build, rather than leave it waiting.
  const failAll = (error: Error) => {
    for (const { reject } of inWorker.values()) reject(error);
    inWorker.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    failAll(new Error(`The worker rendering readouts stopped (exit code ${String(code)}).`));
  });
  return {
    render: (body, file) => {
      const job = (jobs += 1);
      if (!toWorker(job)) return renderReadout(body, file);
      sent += 1;
      return new Promise((resolve, reject) => {
        inWorker.set(job, { resolve, reject });
        worker.postMessage({ job, body, file } satisfies RenderJob);
      });
    },
    shares: () => ({ here: jobs - sent, inWorker: sent }),
    close: async () => {
      await worker.terminate();
    },
  };
}
