import { describe, expect, it } from 'vitest';
import { frameUrlsOf, UNKNOWN_TOP_URL } from '../../../utils/guard/frame-urls';

interface FakeWindow {
  origin: string;
  location: { protocol: string; href: string; ancestorOrigins?: string[] };
  top: FakeWindow | null;
}

function fakeWindow(href: string, origin: string, ancestorOrigins: string[] = []): FakeWindow {
  const win: FakeWindow = { origin, location: { protocol: new URL(href).protocol, href, ancestorOrigins }, top: null };
  win.top = win;
  return win;
}

/** A cross-origin top: reading its location throws, as a browser's WindowProxy does. */
function crossOriginTop(): FakeWindow {
  return {
    origin: 'x',
    get location(): never {
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
    top: null,
  };
}

const asWindow = (win: FakeWindow) => win as unknown as Window;

describe('frameUrlsOf', () => {
  it('a top-level page is judged by its own URL alone', () => {
    expect(frameUrlsOf(asWindow(fakeWindow('https://mail.personal.test/inbox', 'https://mail.personal.test')))).toEqual({
      frameUrl: 'https://mail.personal.test/inbox',
    });
  });

  it('a same-origin frame reports the top page URL', () => {
    const top = fakeWindow('https://crm.firm.test/accounts', 'https://crm.firm.test');
    const frame = fakeWindow('https://crm.firm.test/widget', 'https://crm.firm.test');
    frame.top = top;
    expect(frameUrlsOf(asWindow(frame))).toEqual({ frameUrl: 'https://crm.firm.test/widget', topUrl: 'https://crm.firm.test/accounts' });
  });

  it('a cross-origin frame takes the top origin from location.ancestorOrigins (last entry)', () => {
    const frame = fakeWindow('https://widget.other.test/w', 'https://widget.other.test', ['https://middle.test', 'https://mail.personal.test']);
    frame.top = crossOriginTop();
    expect(frameUrlsOf(asWindow(frame))).toEqual({ frameUrl: 'https://widget.other.test/w', topUrl: 'https://mail.personal.test/' });
  });

  it('about:srcdoc and about:blank frames are judged by their inherited origin', () => {
    const top = fakeWindow('https://crm.firm.test/', 'https://crm.firm.test');
    const srcdoc = fakeWindow('about:srcdoc', 'https://crm.firm.test');
    srcdoc.top = top;
    expect(frameUrlsOf(asWindow(srcdoc)).frameUrl).toBe('https://crm.firm.test/');
  });

  it('fails closed when a framed page cannot learn its top-level site', () => {
    const frame = fakeWindow('https://widget.other.test/w', 'https://widget.other.test');
    frame.top = crossOriginTop();
    expect(frameUrlsOf(asWindow(frame)).topUrl).toBe(UNKNOWN_TOP_URL);
  });
});
