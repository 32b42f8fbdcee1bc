// A thread that renders readouts' Markdown for the loader (see render-pool.ts). An objection to
// a readout goes back as its file, line and reason, to be thrown as the loader's own error.
import { parentPort } from 'node:worker_threads';
import type { ReadoutText } from '../markdown/readout-text.ts';
import { ContentError } from './content-error.ts';
import { renderReadout } from './render-readout.ts';

/** A readout to render. */
export interface RenderJob {
  job: number;
  body: string;
  file: string;
}

/** What the thread answers: the rendered text, the readout's fault, or its own failure. */
export type RenderAnswer = { job: number } & (
  | { text: ReadoutText }
  | { objection: { file: string; line: number | undefined; reason: string } }
  | { failure: string }
);

parentPort?.on('message', ({ job, body, file }: RenderJob) => {
  const answer = (reply: RenderAnswer) => parentPort?.postMessage(reply);
  renderReadout(body, file).then(
    (text) => answer({ job, text }),
    (error: unknown) =>
      answer(
        error instanceof ContentError
          ? { job, objection: { file: error.file, line: error.line, reason: error.reason } }
          : {
              job,
              failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
            },
      ),
  );
});
