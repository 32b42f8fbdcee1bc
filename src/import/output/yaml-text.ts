import { stringify } from 'yaml';

/** A YAML value as the content files write it: a scalar, a list, or fields in order. */
export type YamlValue =
  string | number | boolean | YamlValue[] | { [field: string]: YamlValue | undefined };

/**
 * A string as a YAML scalar: plain when YAML 1.2's core schema (the site's reader) reads it
 * back as the same string, double-quoted otherwise. Times (12:45) are always quoted: YAML 1.1
 * readers take them for base-60 numbers.
 */
function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = stringify(value, { schema: 'core', lineWidth: 0 }).trimEnd();
  return plain === value && !/^\d+:\d+/.test(value) ? value : JSON.stringify(value);
}

/**
 * YAML text for fields, in the order given and laid out like the hand-written content files
 * (lists indented under their field), so that an imported file reads like an edited one.
 * Undefined fields are left out.
 */
export function yamlLines(value: YamlValue, indent = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const [first = '', ...rest] = yamlLines(item, `${indent}  `);
      return [`${indent}- ${first.slice(indent.length + 2)}`, ...rest];
    });
  }
  if (typeof value !== 'object') return [`${indent}${yamlScalar(value)}`];
  return Object.entries(value).flatMap(([field, item]) => {
    if (item === undefined) return [];
    if (typeof item !== 'object') return [`${indent}${field}: ${yamlScalar(item)}`];
    return [`${indent}${field}:`, ...yamlLines(item, `${indent}  `)];
  });
}
