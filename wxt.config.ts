import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Public half of the key that fixes the extension id to EXTENSION_ID (see README).
 * The id is the first 32 hex digits of sha256(DER) mapped 0-f → a-p; test/manifest-key.test.ts checks it.
 */
export const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnVZPfwaGhThPP49rAYMHw+Oy/dSIbnkW6ExCK0Nh5N7IYhW1sn3MPO8mICdOZS40ndk+8Da7NZs4hHcQImqbA0ue2Amh7utRM3eUQBQqL+k9FoBONkXRJaoenuhJPU/5bJ/W4PZzCJRyR/7QFiIWfjITXwRtIHTyg197nTQkRzXHqQR8Y7dFu7dknXRkO4CDZVqW4QWheOvPR655I+gLNEPpFlwzaeT7NTYKj6nHJiaedN/Z02Xeu0qm+EWpsFTQC+UjQyhD8gHGTLmENUGJw446v9EtMAUzGPoXpqSKI7sQ94IYNRA5JFb6N+1aqAy2MhREOZdk9Yc96ojmCtXf0QIDAQAB';

export default defineConfig({
  // Purity must be visible from the import block (STYLE.md §6): no auto-imports.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Channel Guard',
    description: 'Keeps customer data inside your firm\'s supervised channels.',
    key: MANIFEST_KEY,
    minimum_chrome_version: '120',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // The supervision endpoint is configured at run time (managed policy or options page) and sends no CORS
    // headers, so the worker needs host access to reach it. The guard's <all_urls> content script already
    // asks for "all your data on all websites": this adds no new install warning. It also lets the worker read
    // a tab's URL for the popup's status (tabs.get) without the `tabs` permission.
    host_permissions: ['<all_urls>'],
    storage: { managed_schema: 'managed_schema.json' },
    // The toolbar badge (today's blocked count); WXT adds the popup (entrypoints/popup) as its default_popup.
    action: {},
  },
});
