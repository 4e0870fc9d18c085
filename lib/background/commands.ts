// PLACEHOLDER (owned by the webmail work): keyboard shortcut that opens the template menu.
export function registerCommands(): void {}
