import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';

/** An RIS text read back by citation-js's RIS parser: each record's tags and their values. */
export const risRecords = (text: string): Record<string, string | string[]>[] =>
  plugins.input.chainLink(text, {
    forceType: '@ris/file',
    target: '@ris/records',
    strict: true,
    generateGraph: false,
    maxChainLength: 10,
  }) as Record<string, string | string[]>[];
