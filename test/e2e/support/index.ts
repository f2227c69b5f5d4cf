/** The e2e harness: one import for the guard's and the policy's browser tests. */
export { EXTENSION_DIR, EXTENSION_ID, launchWithExtension, launchWithoutExtension, TEST_HOSTS, type ExtensionBrowser, type LaunchOptions } from './browser';
export { PAGES_DIR, startPageServer, type PageServer } from './server';
export { chooseFiles, dropOnto, pasteInto, writeClipboard, type ChosenFile, type DropData } from './input';
export { MANAGED_POLICY_FILE, removeManagedPolicy, withManagedPolicy, writeManagedPolicy } from './managed-policy';
export { bundleEditors } from './editors-bundle';
export { readNotices, type NoticeSnapshot } from './notice';
export { startBrowserSession, type BrowserSession } from './session';
