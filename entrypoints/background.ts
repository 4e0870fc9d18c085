import { registerRequestHandlers } from '@/lib/background/requests';
import { registerContextMenus } from '@/lib/background/context-menus';
import { registerReminders } from '@/lib/background/reminders';
import { registerCommands } from '@/lib/background/commands';
import { registerReinjection } from '@/lib/background/reinject';
import { registerFirstRun } from '@/lib/background/first-run';

// Thin on purpose: each feature registers its listeners synchronously at start-up,
// as MV3 service workers require, from its own module in lib/background.
export default defineBackground(() => {
  registerRequestHandlers();
  registerContextMenus();
  registerReminders();
  registerCommands();
  registerReinjection();
  registerFirstRun();
});
