/**
 * Meta-tests that keep the IT documentation honest (STYLE.md §15): the managed schema, the zod overrides
 * and the README's policy table name the same keys; every key has a title and description; the README's
 * example policy passes the worker's own parser; the documented id is the real one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExtensionPolicy } from '../scripts/policy-file';
import { policyTableMarkdown, readManagedSchema, type JsonSchemaNode } from '../scripts/policy-table';
import { PII_TYPES } from '../utils/classifier/types';
import { parseManagedValues } from '../utils/policy/managed-values';
import { ChannelKindSchema, PolicyOverridesSchema, PolicySchema, UnapprovedActionSchema } from '../utils/policy/schema';
import { EXTENSION_ID } from './e2e/support/browser';

const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
const itSection = readme.slice(readme.indexOf('<!-- IT:BEGIN -->'), readme.indexOf('<!-- IT:END -->'));
const schema = readManagedSchema();
const properties = schema.properties ?? {};

function everyNode(node: JsonSchemaNode, path: string): [string, JsonSchemaNode][] {
  const children = Object.entries(node.properties ?? {}).flatMap(([key, child]) => everyNode(child, `${path}.${key}`));
  const items = node.items ? everyNode(node.items, `${path}[]`) : [];
  return [[path, node], ...children, ...items];
}

describe('public/managed_schema.json', () => {
  it('declares exactly the keys an administrator may set (PolicyOverridesSchema)', () => {
    expect(Object.keys(properties).sort()).toEqual(Object.keys(PolicyOverridesSchema.shape).sort());
  });

  it('covers every Policy key except the derived version', () => {
    const policyKeys = Object.keys(PolicySchema.shape).filter((key) => key !== 'version');
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(policyKeys));
  });

  it('gives every key a title and a description', () => {
    const nodes = Object.entries(properties).flatMap(([key, node]) => everyNode(node, key)).filter(([path]) => !path.endsWith('[]'));
    for (const [path, node] of nodes) {
      expect(node.title, `${path} title`).toMatch(/\S/);
      expect(node.description, `${path} description`).toMatch(/\S/);
    }
  });

  it('lists the same choices as the zod schema', () => {
    expect(properties.unapprovedAction?.enum).toEqual(UnapprovedActionSchema.options);
    expect(properties.supervisedChannels?.items?.properties?.kind?.enum).toEqual(ChannelKindSchema.options);
    expect(properties.highRiskTypes?.items?.enum).toEqual([...PII_TYPES]);
  });
});

describe('README IT section', () => {
  it('states the fixed extension id', () => {
    expect(itSection).toContain(`**Extension id: \`${EXTENSION_ID}\`**`);
  });

  it('has the policy table generated from the schema (npx tsx scripts/policy-table.ts)', () => {
    const table = itSection.slice(itSection.indexOf('| key |'), itSection.indexOf('<!-- POLICY-TABLE:END -->')).trim();
    expect(table).toBe(policyTableMarkdown(schema));
  });

  it('has an example policy file that the extension accepts whole', () => {
    const example = /```json\n([\s\S]*?)```/.exec(itSection)?.[1];
    expect(example).toBeDefined();
    const extracted = extractExtensionPolicy(JSON.parse(example ?? 'null'));
    if ('error' in extracted) throw new Error(extracted.error);
    const { forced, rejected } = parseManagedValues(extracted.policy);
    expect(rejected).toEqual([]);
    expect(Object.keys(forced).length).toBeGreaterThanOrEqual(6);
  });

  it.each(['/etc/opt/chrome/policies/managed/', '/etc/chromium/policies/managed/', '/etc/opt/edge/policies/managed/', 'HKLM\\Software\\Policies\\Google\\Chrome', 'HKLM\\Software\\Policies\\Microsoft\\Edge', `com.google.Chrome.extensions.${EXTENSION_ID}`, `com.microsoft.Edge.extensions.${EXTENSION_ID}`, 'ExtensionInstallForcelist'])(
    'says where IT configures it: %s',
    (where) => {
      expect(itSection).toContain(where);
    },
  );
});
