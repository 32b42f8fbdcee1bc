// `npm run schema`: writes public/schemas/readout.schema.json from the export's Zod schema
// (src/schemas/readout-export.ts), formatted as the repository is. A unit test fails while the
// committed file differs from the schema.
import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { readoutJsonSchema } from '../schemas/readout-export.ts';

const file = 'public/schemas/readout.schema.json';
const text = await format(JSON.stringify(readoutJsonSchema()), {
  ...(await resolveConfig(file)),
  filepath: file,
});
await writeFile(file, text);
console.log(`Written ${file}`);
