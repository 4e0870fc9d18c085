import { outlookAdapter } from '@/lib/webmail/outlook';
import { startWebmail } from '@/lib/webmail/content';
import { webmailContext } from '@/lib/webmail/context';

// Outlook on the web: consumer (outlook.live.com) and Microsoft 365 (outlook.office.com / office365.com).
export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // Do not post "<extension id>:…:content-script-started" to the page (see lib/webmail/context.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // WXT's own context can be switched off by a page event; ours cannot (lib/webmail/context.ts).
    startWebmail(webmailContext(ctx), outlookAdapter);
  },
});
