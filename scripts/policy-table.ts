/**
 * The README's policy table, generated from public/managed_schema.json (titles, types, descriptions) and
 * DEFAULT_POLICY (defaults), so documentation and schema cannot drift: test/readme.test.ts compares.
 * Print it with `npx tsx scripts/policy-table.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY } from '../utils/policy/schema';

export interface JsonSchemaNode {
  type?: string;
  title?: string;
  description?: string;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
}

export const MANAGED_SCHEMA_PATH = resolve(import.meta.dirname, '../public/managed_schema.json');

export function readManagedSchema(): JsonSchemaNode {
  return JSON.parse(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')) as JsonSchemaNode;
}

/** Defaults that are not a Policy value. */
const SPECIAL_DEFAULTS: Record<string, string> = {
  fingerprintKey: 'a random per-install key',
  endpointUrl: 'none: the options page may set one',
  enrollmentToken: 'none: the options page may set one',
};

export function policyTableMarkdown(schema: JsonSchemaNode = readManagedSchema()): string {
  const rows = Object.entries(schema.properties ?? {}).map(([key, node]) => {
    const defaultValue = SPECIAL_DEFAULTS[key] ?? `\`${JSON.stringify((DEFAULT_POLICY as Record<string, unknown>)[key])}\``;
    return `| \`${key}\` | ${describeType(node)} | ${defaultValue.replace(/,/g, ', ')} | **${node.title ?? ''}.** ${escapeCell(node.description ?? '')} |`;
  });
  return ['| key | type | default | description |', '|---|---|---|---|', ...rows].join('\n');
}

function describeType(node: JsonSchemaNode): string {
  if (node.enum) return node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ');
  if (node.type === 'array' && node.items) {
    const item = node.items;
    if (item.type === 'object') return `list of \`{${Object.keys(item.properties ?? {}).map((name) => (item.required?.includes(name) ? name : `${name}?`)).join(', ')}}\``;
    return `list of ${item.enum ? 'type names' : `${item.type ?? 'value'}s`}`;
  }
  if (node.type === 'integer' && node.minimum !== undefined && node.maximum !== undefined) return `integer ${node.minimum}–${node.maximum}`;
  return node.type ?? 'value';
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(policyTableMarkdown());
