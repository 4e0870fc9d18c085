import { afterEach, expect, test } from 'vitest';
import { render } from 'preact';
import { GuidanceNotes } from '../../components/guidance/GuidanceNotes';
import { setTestUiLocale } from '../setup/locale';

/** The notes check text in the plan's email language and explain in the interface language. */

let host: HTMLElement | undefined;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});

function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

test('a German plan in an English interface: German words are flagged, the note is in English', () => {
  const el = mount(<GuidanceNotes text="Eine Gehaltserhöhung ansprechen" kind="agenda" plan={{ emailLanguage: 'de' }} />);
  expect(el.textContent).toContain('“Gehaltserhöhung”');
  expect(el.textContent).toMatch(/Pay belongs in another conversation/);
});

test('with no plan language, the interface language decides (French interface, French text)', () => {
  setTestUiLocale('fr');
  const el = mount(<GuidanceNotes text="Demander une augmentation" kind="agenda" />);
  expect(el.textContent).toContain('«\u00a0augmentation\u00a0»');
  expect(el.textContent).toMatch(/La rémunération relève d’un autre entretien/);
});

test('a French plan: the trap "augmentation de la couverture" stays quiet', () => {
  const el = mount(<GuidanceNotes text="L’augmentation de la couverture de tests" kind="agenda" plan={{ emailLanguage: 'fr' }} />);
  expect(el.innerHTML).toBe('');
});
