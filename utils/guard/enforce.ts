/**
 * What follows a decision, shared by pastes, drops and files: record it, and when the transfer was stopped
 * show the notice — for `warn`, with a reason field whose confirmation runs `proceed` and records the override.
 * Events a page dispatched itself (`isTrusted === false`) are stopped like any other but get neither a
 * notice, an override nor a record: a page must not be able to write the broker's compliance record or
 * make the guard insert text for it.
 */
import type { GuardEvent } from '../messages';
import type { GuardContext } from './context';
import { guardEventOf, OUTCOME_OF, type Inspection } from './inspect';
import { showNotice } from './notice/notice';
import { noticeDocumentFor } from './notice/notice-document';

export interface Transfer {
  surface: GuardEvent['surface'];
  inspection: Inspection;
  trusted: boolean;
  fileName?: string;
}

function record(context: GuardContext, transfer: Transfer, outcome: GuardEvent['outcome'], justification?: string): void {
  if (!transfer.trusted) return;
  const event = guardEventOf(transfer.inspection, transfer.surface, outcome, {
    ...(justification ? { justification } : {}),
    ...(transfer.fileName ? { fileName: transfer.fileName } : {}),
  });
  if (event) context.report(event);
}

/** The transfer goes ahead (allow or audit): record it when the decision says so. */
export function recordAllowed(context: GuardContext, transfer: Transfer): void {
  const { action, record: shouldRecord } = transfer.inspection.decision;
  if (shouldRecord && (action === 'allow' || action === 'audit')) record(context, transfer, OUTCOME_OF[action]);
}

/** The transfer was stopped (block or warn): record it and tell the broker. */
export function noticeStopped(context: GuardContext, transfer: Transfer, proceed: () => void): void {
  if (!transfer.trusted) return;
  const { inspection } = transfer;
  const warn = inspection.decision.action === 'warn';
  record(context, transfer, warn ? 'warned' : 'blocked');
  const content = {
    found: transfer.fileName ? `${transfer.fileName}: ${inspection.summary}` : inspection.summary,
    why: `${inspection.decision.reasons.join('; ')}.`,
    contact: context.policy().noticeContact,
  };
  showNotice(
    noticeDocumentFor(context.win),
    content,
    warn
      ? {
          onConfirm: (justification) => {
            proceed();
            record(context, transfer, 'overridden', justification);
          },
          onCancel: () => undefined,
        }
      : undefined,
  );
}
