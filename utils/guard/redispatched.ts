/**
 * Events the guard itself dispatches (a clean file's `input`/`change`, a clean drop, the warn override's
 * paste). Its own listeners let exactly these objects through; a page cannot forge membership.
 */
export const guardDispatched = new WeakSet<Event>();

export function dispatchAsGuard(target: EventTarget, event: Event): boolean {
  guardDispatched.add(event);
  return target.dispatchEvent(event);
}
