import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, extractExtensionPolicy } from '../../scripts/policy-file';
import { EXTENSION_ID as HARNESS_EXTENSION_ID } from '../e2e/support/browser';

describe('extractExtensionPolicy', () => {
  it('takes a bare policy object as it is', () => {
    expect(extractExtensionPolicy({ unapprovedAction: 'warn' })).toEqual({ policy: { unapprovedAction: 'warn' }, wrapped: false });
  });

  it('finds Channel Guard in a Chromium policy file', () => {
    const file = { ExtensionInstallForcelist: ['x'], '3rdparty': { extensions: { [EXTENSION_ID]: { noticeContact: 'x4100' } } } };
    expect(extractExtensionPolicy(file)).toEqual({ policy: { noticeContact: 'x4100' }, wrapped: true });
  });

  it.each([
    [[], 'expected a JSON object'],
    [{ '3rdparty': { extensions: { abc: {} } } }, `no policy for ${EXTENSION_ID} under 3rdparty.extensions (found: abc)`],
    [{ '3rdparty': {} }, 'expected "3rdparty": {"extensions": {...}}'],
  ])('explains what is wrong with %j', (document, error) => {
    expect(extractExtensionPolicy(document)).toEqual({ error });
  });

  it('names the same extension id as the e2e harness', () => {
    expect(EXTENSION_ID).toBe(HARNESS_EXTENSION_ID);
  });
});
