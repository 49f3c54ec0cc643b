/**
 * Ribbon commands. 一键重算 is an ExecuteFunction command: with the shared runtime it runs in the
 * pane's JavaScript context (same store, same controller), so its result shows in the pane, and it
 * works without the pane being open. On an error it opens the pane so the message is seen.
 */
import type { Controller } from '../runtime/controller';
import type { Store } from '../runtime/store';

/** Function names as the manifest's <FunctionName> elements give them. */
export const COMMANDS = { recalc: 'recalc' } as const;

interface CommandEvent {
  completed: () => void;
}

export function registerCommands(controller: Controller, store: Store): void {
  const recalc = async (event?: CommandEvent): Promise<void> => {
    try {
      await controller.recalc();
      const notice = store.get().notice;
      if (notice?.intent === 'error') {
        await Office.addin.showAsTaskpane().catch(() => undefined);
      }
    } finally {
      event?.completed();
    }
  };
  if (
    typeof Office !== 'undefined' &&
    Office.actions &&
    typeof Office.actions.associate === 'function'
  ) {
    Office.actions.associate(COMMANDS.recalc, (event?: CommandEvent) => void recalc(event));
  }
}
