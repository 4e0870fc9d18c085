import { gmailAdapter } from '@/lib/webmail/gmail';
import { startWebmail } from '@/lib/webmail/content';
import { webmailContext } from '@/lib/webmail/context';

// Gmail only. The UI is added per compose window by lib/webmail (one closed shadow root per compose, lib/webmail/shadow-ui.ts).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Do not post "<extension id>:…:content-script-started" to the page (see lib/webmail/context.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // WXT's own context can be switched off by a page event; ours cannot (lib/webmail/context.ts).
    startWebmail(webmailContext(ctx), gmailAdapter);
  },
});
