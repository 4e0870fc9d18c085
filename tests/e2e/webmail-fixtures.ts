import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixture } from './harness';

/** Gmail sends Trusted Types enforcement; the fixture is served with the same header. */
export const GMAIL_HEADERS = { 'content-security-policy': "require-trusted-types-for 'script'" };
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
export const OUTLOOK_URL = 'https://outlook.live.com/mail/0/';

export function gmailFixture(): string {
  return fixture('gmail-compose.html');
}

/** The Outlook fixture with the real RoosterJS 9 editor (UMD build from node_modules) inlined. */
export function outlookFixture(): string {
  const rooster = readFileSync(resolve('node_modules/roosterjs/dist/rooster-min.js'), 'utf8');
  // A function replacement, so `$` sequences in the library are not read as patterns.
  return fixture('outlook-compose.html').replace('/*ROOSTERJS*/', () => rooster);
}

/** Gmail in German (`?hl=de`): the same structure, German labels, as Gmail serves them. */
export const GMAIL_URL_DE = 'https://mail.google.com/mail/u/0/?hl=de#inbox';
export function gmailFixtureDe(): string {
  const words: [RegExp, string][] = [
    [/<html lang="[^"]*"/, '<html lang="de"'],
    [/Message Body/g, 'Nachrichtentext'],
    [/New Message/g, 'Neue Nachricht'],
    [/To recipients/g, 'An-Empfänger'],
    [/Attach files/g, 'Dateien anhängen'],
    [/Formatting options/g, 'Formatierungsoptionen'],
    [/Ctrl-Enter/g, 'Strg-Eingabetaste'],
    [/"Subject"/g, '"Betreff"'],
    [/Send/g, 'Senden'],
    [/>To</g, '>An<'],
    [/>Compose</g, '>Schreiben<'],
  ];
  return words.reduce((html, [from, to]) => html.replace(from, to), gmailFixture());
}
