// PLACEHOLDER (owned by the context-menu work).
export function registerContextMenus(): void {}
