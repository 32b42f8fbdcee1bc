import { VFile } from 'vfile';
import { readoutProcessor } from '../markdown/pipeline.ts';
import { readoutTextOf, type ReadoutText } from '../markdown/readout-text.ts';
import { ContentError } from './content-error.ts';

/** Runs a readout's Markdown through the pipeline; a plugin's objection becomes a `file:line` error. */
export async function renderReadout(body: string, file: string): Promise<ReadoutText> {
  const vfile = new VFile({ path: file, value: body });
  try {
    await readoutProcessor.run(readoutProcessor.parse(vfile), vfile);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    if (reason === undefined) throw error;
    throw new ContentError(file, line, reason);
  }
  return readoutTextOf(vfile.data);
}
