// `npm run import -- <file>... [options]`: turns governments' plain-text readouts into readouts
// of the archive (see README, "Importing a readout"). Every input is checked before anything is
// written; a file that cannot be imported writes nothing, and the others are imported.
import { parseArgs } from 'node:util';
import type { GivenFields } from '../import/given-fields.ts';
import { reportTable } from '../import/output/report-table.ts';
import { carryOut, newEntriesReport, unchangedReport, writtenReport } from '../import/carry-out.ts';
import { planImport } from '../import/plan.ts';
import { inferredLine } from '../import/inferred.ts';
import { isCalendarDate } from '../lib/dates.ts';

const usage = `Usage: npm run import -- <file>... [options]

  <file>                      a readout as plain text, as its publisher's page gives it
  --dry-run                   print the readouts' Markdown to stdout and write nothing
  --force                     replace a mistaken import, keeping the old file as <name>.md.<time>.bak
                              (refused for a readout with versions: import without it to revise)
  --captured <YYYY-MM-DD>     the day the texts were copied from their pages (default: today);
                              a text of a readout the archive has, changed, becomes its new version
  --content <dir>             the content folder (default: $READOUTS_CONTENT_DIR or content)
  --publisher <name>          the publisher, where neither the page's address nor its text tells
                              (a batch can say it per file with a line "Publisher: <name>")

For one file, what its text does not say (each replaces what the text says):
  --url <url>                 the original page; otherwise the text's "Source: <url>" line
  --date <YYYY-MM-DD>         the day of the meeting
  --published <YYYY-MM-DD>    the date of the original page (its dateline)
  --kind <kind-id>            the kind of meeting, from content/kinds.yaml (a new id is added there)
  --participant "<id>|<role>" a participant from content/people.yaml, principals first; repeat for each
                              ("<id>|<role>|also-present" for someone also present)
  --title <title>             an editorial title
  --series <series>           the ministry's series ("Japan-New Zealand Relations")
  --topic <topic-id>          a topic from content/topics.yaml; repeat for each
  --counterpart <readout-id>  another account of the same meeting already in the archive
                              (its file name without .md); repeat for each
  --not-counterpart <readout-id>
                              a readout that looks like another account of this meeting but is
                              not (another meeting that day): never paired; repeat for each`;

const oneFileFlags = [
  'url',
  'date',
  'published',
  'kind',
  'participant',
  'title',
  'series',
  'topic',
  'counterpart',
  'not-counterpart',
] as const;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      captured: { type: 'string' },
      content: { type: 'string', default: process.env['READOUTS_CONTENT_DIR'] ?? 'content' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      date: { type: 'string' },
      published: { type: 'string' },
      kind: { type: 'string' },
      participant: { type: 'string', multiple: true },
      title: { type: 'string' },
      series: { type: 'string' },
      topic: { type: 'string', multiple: true },
      counterpart: { type: 'string', multiple: true },
      'not-counterpart': { type: 'string', multiple: true },
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
const stop = (message: string): never => {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
};
if (files.length === 0) stop('Give at least one file to import.');
const used = oneFileFlags.filter((flag) => values[flag] !== undefined);
if (files.length > 1 && used.length > 0)
  stop(
    `--${used.join(', --')} describe${used.length === 1 ? 's' : ''} one readout: import that file on its own, or give each file a "Source: <url>" line.`,
  );
for (const flag of ['date', 'published', 'captured'] as const) {
  const value = values[flag];
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
    stop(`--${flag} ${value}: write the date as YYYY-MM-DD, e.g. 2018-01-16.`);
  if (value !== undefined && !isCalendarDate(value))
    stop(`--${flag} ${value}: there is no such day on the calendar.`);
}
const participants = values.participant?.map((text) => {
  const [person = '', role = '', attendance = 'principal'] = text
    .split('|')
    .map((part) => part.trim());
  if (person === '' || role === '' || !['principal', 'also-present'].includes(attendance))
    stop(
      `--participant "${text}": write "<person-id>|<role>", or "<person-id>|<role>|also-present".`,
    );
  return { person, role, attendance: attendance as 'principal' | 'also-present' };
});
const given: GivenFields = {
  ...(values.date ? { date: values.date } : {}),
  ...(values.published ? { published: values.published } : {}),
  ...(values.kind ? { kind: values.kind } : {}),
  ...(values.title ? { title: values.title } : {}),
  ...(values.series ? { series: values.series } : {}),
  ...(values.topic ? { topics: values.topic } : {}),
  ...(values.counterpart ? { counterparts: values.counterpart } : {}),
  ...(values['not-counterpart'] ? { notCounterparts: values['not-counterpart'] } : {}),
  ...(participants ? { participants } : {}),
};

const contentDir = values.content;
const dryRun = values['dry-run'];
const plan = await planImport({
  files,
  contentDir,
  ...(values.publisher !== undefined ? { publisher: values.publisher } : {}),
  force: values.force,
  ...(values.captured ? { captured: values.captured } : {}),
  dryRun,
  given,
  ...(values.url !== undefined ? { url: values.url } : {}),
});
if (plan.fatal !== undefined) {
  console.error(`${plan.fatal}\n\nNothing was written.`);
  process.exit(1);
}

for (const { message } of plan.failed) console.error(message);
// What an editor should review: furniture the shape does not explain (dropped from the text),
// what the importer inferred rather than read, and the paragraphs it bound to topics.
const notes = plan.readouts.flatMap((readout) => [
  ...readout.skipped.map((line) => `${readout.file}: left out as page furniture: "${line}"`),
  ...readout.notes.map((note) => `${readout.file}: ${note}`),
  ...readout.inferred.map((fact) => `${readout.file}: inferred ${inferredLine(fact)}`),
  ...readout.bindings.map((binding) => `${readout.file}: bound ${binding}`),
]);
if (dryRun) {
  for (const readout of plan.readouts) process.stdout.write(readout.text);
  const targets = plan.readouts.flatMap((readout) => writtenReport(readout, undefined, true));
  for (const line of [
    ...notes,
    ...unchangedReport(plan),
    ...newEntriesReport(plan, contentDir),
    ...targets,
  ])
    console.error(line);
  console.error(`\n${reportTable(plan, true)}\n\nDry run: nothing was written.`);
} else {
  for (const line of [...notes, ...unchangedReport(plan), ...(await carryOut(plan, contentDir))])
    console.log(line);
  console.log(`\n${reportTable(plan, false)}`);
}
if (plan.failed.length > 0) {
  console.error(
    `\n${plan.failed.length} of ${files.length} file${files.length === 1 ? '' : 's'} not imported: nothing of ${plan.failed.length === 1 ? 'it' : 'them'} was written.`,
  );
  process.exit(1);
}
