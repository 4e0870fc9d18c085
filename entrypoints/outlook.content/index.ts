import { outlookAdapter } from '@/lib/webmail/outlook';
import { startWebmail } from '@/lib/webmail/content';

// Outlook on the web: consumer (outlook.live.com) and Microsoft 365 (outlook.office.com / office365.com).
export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startWebmail(ctx, outlookAdapter);
  },
});
