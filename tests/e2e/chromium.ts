export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function chromiumMissingMessage(): string {
  return (
    `Chromium was not found at ${CHROMIUM_PATH}. The end-to-end tests need it; they never skip.\n` +
    `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
    `(or set CHROMIUM_PATH to another Chromium or Chrome binary).`
  );
}
