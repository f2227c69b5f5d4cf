/**
 * What the popup renders: exactly the worker's answer to `status.request` (utils/page-api.ts), under the names
 * the components use. Type-only, so components stay free of zod and of the browser.
 */
import type { PolicySource as ContractPolicySource, StatusResponse, SyncStatus, TabStatus as ContractTabStatus } from '../page-api';

export type StatusView = StatusResponse;
export type TabView = ContractTabStatus;
export type SyncView = SyncStatus;
export type TabStatus = ContractTabStatus['status'];
export type SyncState = SyncStatus['state'];
export type PolicySource = ContractPolicySource;
