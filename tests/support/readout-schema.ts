import type { APIRequestContext } from '@playwright/test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats, { type FormatsPlugin } from 'ajv-formats';

/** The readout export's JSON Schema as the site publishes it, compiled. */
export async function readoutSchema(request: APIRequestContext): Promise<ValidateFunction> {
  const schema = (await (await request.get('/schemas/readout.schema.json')).json()) as object;
  const ajv = new Ajv2020({ allErrors: true });
  // ajv-formats is CommonJS: under Node's ESM its plugin is the module's `default`.
  (formats as unknown as { default: FormatsPlugin }).default(ajv);
  return ajv.compile(schema);
}
