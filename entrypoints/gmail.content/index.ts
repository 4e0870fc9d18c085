import { gmailAdapter } from '@/lib/webmail/gmail';
import { startWebmail } from '@/lib/webmail/content';

// Gmail only. The UI is added per compose window by lib/webmail (WXT createShadowRootUi per compose).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startWebmail(ctx, gmailAdapter);
  },
});
