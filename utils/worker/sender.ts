/**
 * Who sent a message, and how far to trust it (uBO's split: privileged extension pages vs unprivileged
 * content scripts). The sender object is parsed like any other input; Chrome adds `origin`, which the
 * polyfill's types do not declare.
 */
import * as z from 'zod/mini';

const SenderSchema = z.looseObject({
  id: z.optional(z.string()),
  url: z.optional(z.string()),
  origin: z.optional(z.string()),
  frameId: z.optional(z.number()),
  tab: z.optional(z.looseObject({ id: z.optional(z.number()) })),
});

export type TrustedSender =
  | { trust: 'extension-page'; url: string }
  | { trust: 'content-script'; tabId: number; frameId: number; url: string; origin: string };

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>` */
  origin: string;
}

/** Why a sender is not trusted; `foreign` means another extension, which gets no answer at all. */
export interface RejectedSender {
  rejected: string;
  foreign: boolean;
}

/** Returns the sender's trust level, or why it is not trusted at all. */
export function classifySender(rawSender: unknown, self: ExtensionIdentity): TrustedSender | RejectedSender {
  const parsed = SenderSchema.safeParse(rawSender);
  if (!parsed.success) return { rejected: 'sender: not a message sender', foreign: true };
  const sender = parsed.data;
  if (sender.id !== self.id) return { rejected: `sender: another extension (${sender.id ?? 'no id'})`, foreign: true };
  if (sender.url === undefined) return { rejected: 'sender: no url', foreign: false };
  const origin = sender.origin ?? originOf(sender.url);
  if (origin === self.origin) return { trust: 'extension-page', url: sender.url };
  if (sender.tab?.id === undefined || sender.tab.id < 0) return { rejected: 'sender: a content-script message must come from a tab', foreign: false };
  if (origin === undefined) return { rejected: `sender: no origin for ${sender.url}`, foreign: false };
  return { trust: 'content-script', tabId: sender.tab.id, frameId: sender.frameId ?? 0, url: sender.url, origin };
}

/**
 * A frame can only speak for itself: the event's frameUrl must be the sender frame's URL or share its
 * origin (about:blank and srcdoc frames report their inherited origin, which Chrome gives as `sender.origin`).
 */
export function frameUrlMatchesSender(frameUrl: string, sender: Extract<TrustedSender, { trust: 'content-script' }>): boolean {
  if (frameUrl === sender.url) return true;
  const origin = originOf(frameUrl);
  return origin !== undefined && origin !== 'null' && origin === sender.origin;
}

export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
