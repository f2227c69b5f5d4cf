import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired in the guard and policy work of issue #2.
});
