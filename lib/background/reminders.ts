// PLACEHOLDER (owned by the reminders work).
export function registerReminders(): void {}
