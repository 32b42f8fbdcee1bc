// `npm run import -- <file>... [--dry-run] [--force] [--url <url>] [--content <dir>]`: turns
// ministries' plain-text readouts into readouts of the archive (see README, "Importing a
// readout"). Every input is checked before anything is written, so a bad file writes nothing.
import { parseArgs } from 'node:util';
import { carryOut, newEntriesReport, planImport, type ImportPlan } from '../import/plan.ts';

const usage = `Usage: npm run import -- <file>... [--dry-run] [--force] [--url <url>] [--content <dir>] [--publisher <name>]

  <file>             a ministry's readout as plain text (MOFA's English shape)
  --dry-run          print the readouts' Markdown to stdout and write nothing
  --force            replace an existing readout, keeping the old file as <name>.md.<time>.bak
  --url <url>        the original page (one file only); otherwise the text's "Source: <url>" line
  --content <dir>    the content folder (default: $READOUTS_CONTENT_DIR or content)
  --publisher <name> the publisher (default: Ministry of Foreign Affairs of Japan)`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      url: { type: 'string' },
      content: { type: 'string', default: process.env['READOUTS_CONTENT_DIR'] ?? 'content' },
      publisher: { type: 'string', default: 'Ministry of Foreign Affairs of Japan' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
const { values, positionals: files } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (files.length === 0 || (values.url !== undefined && files.length > 1)) {
  console.error(
    `${files.length === 0 ? 'Give at least one file to import.' : '--url names the page of one readout: import the files one at a time, or give each a "Source: <url>" line.'}\n\n${usage}`,
  );
  process.exit(2);
}

const contentDir = values.content;
const plan: ImportPlan = await planImport({
  files,
  contentDir,
  publisher: values.publisher,
  force: values.force,
  dryRun: values['dry-run'],
  ...(values.url !== undefined ? { url: values.url } : {}),
});

if (plan.errors.length > 0) {
  for (const error of plan.errors) console.error(error);
  console.error(
    `\nNothing was written: ${plan.errors.length === 1 ? 'fix this problem' : `fix these ${plan.errors.length} problems`} and run the import again.`,
  );
  process.exit(1);
}

// Furniture the MOFA shape does not explain is dropped from the text: say so, so it can be checked.
const notes = plan.readouts.flatMap((readout) =>
  readout.skipped.map((line) => `${readout.file}: left out as page furniture: "${line}"`),
);
if (values['dry-run']) {
  for (const readout of plan.readouts) process.stdout.write(readout.text);
  const targets = plan.readouts.map(({ target, replaces }) =>
    replaces
      ? `${target} already exists: ${values.force ? 'it would be replaced, keeping a backup' : 'the import would leave it untouched without --force'}`
      : `Would create ${target}`,
  );
  for (const line of [...notes, ...newEntriesReport(plan, contentDir), ...targets])
    console.error(line);
  console.error('Dry run: nothing was written.');
} else {
  for (const line of [...notes, ...(await carryOut(plan, contentDir))]) console.log(line);
}
