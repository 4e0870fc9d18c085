/**
 * The compose UI lives in a CLOSED shadow root: the page's scripts get no reference to it, so
 * they cannot read item names or "Missing: …" details, or reach the buttons.
 *
 * Test hook: only the end-to-end test build (import.meta.env.CAREERTALK_E2E, see wxt.config.ts)
 * opens the root, and only for a test fixture that asks with
 * <meta name="careertalk-test-open-shadow">, so Playwright's locators can reach the menu. In every
 * other build this function is the constant 'closed' (the branch is dropped as dead code).
 */
export function composeShadowMode(): 'open' | 'closed' {
  if (import.meta.env.CAREERTALK_E2E && document.querySelector('meta[name="careertalk-test-open-shadow"]')) return 'open';
  return 'closed';
}
