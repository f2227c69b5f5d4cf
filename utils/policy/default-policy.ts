/**
 * The bundled policy. Kept apart from the zod schema because the guard content script, which runs in every
 * frame, needs this value but not the schema: importing schema.ts would put zod/mini in every frame.
 */
import { HIGH_RISK_TYPES } from '../classifier/types';
import type { Policy } from './schema';

/** Fail closed (DESIGN.md decision 2): nothing approved, customer data to any site is blocked. */
export const DEFAULT_POLICY: Policy = Object.freeze({
  version: 'bundled-default',
  unapprovedAction: 'block',
  approvedSites: [],
  supervisedChannels: [],
  accountPatterns: [],
  houseAccounts: [],
  noticeContact: 'your compliance department',
  maxFileBytes: 5 * 1024 * 1024,
  highRiskTypes: [...HIGH_RISK_TYPES],
  localRetentionDays: 30,
}) as Policy;
