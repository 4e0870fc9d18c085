export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export function firefoxMissingMessage(): string {
  return (
    `Firefox was not found at ${FIREFOX_PATH}. The Firefox end-to-end tests need it; they never skip.\n` +
    `Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n` +
    `(or set FIREFOX_PATH to another Firefox 140+ binary).`
  );
}
