// `npm run check:html`: validates every page of the built site with html-validate, and fails
// with the page, line and rule of each error.
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtFiles } from '../checks/built-files.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
const pages = await builtFiles(values.site, ['.html']);
let errors = 0;
for (const page of pages) {
  const report = await validator.validateFile(join(values.site, page));
  for (const { messages } of report.results) {
    for (const message of messages) {
      errors += 1;
      console.error(
        `${page}:${String(message.line)}:${String(message.column)} ${message.ruleId}: ${message.message}`,
      );
    }
  }
}
console.log(`html-validate: ${String(pages.length)} pages, ${String(errors)} errors`);
if (errors > 0) process.exitCode = 1;
