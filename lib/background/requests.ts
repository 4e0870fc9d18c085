// PLACEHOLDER (owned by the webmail work): answers content-script requests from lib/messaging.ts.
export function registerRequestHandlers(): void {}
