import type { VFileMessage } from 'vfile-message';
import { renderReadout } from './render-markdown.ts';

/** What the pipeline says of a readout it refuses, `line: reason (rule)`, or 'rendered'. */
export const failure = async (markdown: string): Promise<string> =>
  renderReadout(markdown).then(
    () => 'rendered',
    (error: unknown) => {
      const message = error as VFileMessage;
      return `${String(message.line)}: ${message.reason} (${String(message.ruleId)})`;
    },
  );
