import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { freshDb } from './db-helpers';
import { dumpDb, seed } from './import-fixtures';
import { DataStage } from '../../components/data/DataStage';
import { exportAll } from '../../lib/db/transfer';
import { serializeExport } from '../../lib/io/export';
import type { CareerTalkDB } from '../../lib/db/schema';
import { setTestUiLocale } from '../setup/locale';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

function mount(db: CareerTalkDB, plan: Parameters<typeof DataStage>[0]['plan']) {
  host = document.createElement('div');
  document.body.append(host);
  render(<DataStage db={db} plan={plan} />, host);
  return host;
}

async function chooseFile(el: HTMLElement, file: File) {
  const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // The import runs in a Dexie transaction: wait until the page shows its outcome.
  await vi.waitFor(() => expect(el.querySelector(`[data-file="${file.name}"]`)).not.toBeNull());
}

describe('DataStage', () => {
  test('labelled controls, and a note that data stays on the device', async () => {
    const db = freshDb();
    const { plan } = await seed(db);
    const el = mount(db, plan);
    const names = [...el.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual(['Export everything (JSON)', 'Export this plan (JSON)', 'Export this plan (Markdown)']);
    const input = el.querySelector<HTMLInputElement>('#data-import-file')!;
    expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Import a CareerTalk file (JSON)');
    expect(el.textContent).toMatch(/only in this browser, on this device/);
  });

  test('without a plan, only "Export everything" is enabled', async () => {
    const el = mount(freshDb(), undefined);
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => b.disabled)).toEqual([false, true, true]);
  });

  test('a broken file shows every problem in an alert list and changes nothing', async () => {
    const db = freshDb();
    const { plan } = await seed(db);
    const before = await dumpDb(db);
    const file = JSON.parse(serializeExport(await exportAll(db)));
    file.plans[0].goals[0].kind = 'raise';
    file.plans[0].meetingMinutes = 'half an hour';
    const el = mount(db, plan);
    await chooseFile(el, new File([JSON.stringify(file)], 'broken.json', { type: 'application/json' }));
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('broken.json was not imported, and nothing was changed');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'plans[0].meetingMinutes: should be a number, but is text',
      'plans[0].goals[0].kind: should be one of "lead-project", "mentor", "certification", "training", "shadowing", "other", but is "raise"',
    ]);
    expect(await dumpDb(db)).toBe(before);
  });

  test('under a German interface, a broken file, a file that is not JSON and a repeated import are told in German', async () => {
    setTestUiLocale('de');
    const db = freshDb();
    const { plan } = await seed(db);
    const before = await dumpDb(db);
    const text = serializeExport(await exportAll(db));
    const file = JSON.parse(text);
    file.plans[0].goals[0].kind = 'raise';
    file.plans[0].meetingMinutes = 'half an hour';
    const el = mount(db, plan);
    await chooseFile(el, new File([JSON.stringify(file)], 'kaputt.json', { type: 'application/json' }));
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('kaputt.json wurde nicht importiert, es wurde nichts geändert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'plans[0].meetingMinutes: sollte eine Zahl sein, ist aber Text',
      'plans[0].goals[0].kind: sollte einer der Werte "lead-project", "mentor", "certification", "training", "shadowing", "other" sein, ist aber "raise"',
    ]);

    await chooseFile(el, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], 'foto.json'));
    expect(el.querySelector('[role="alert"] li')?.textContent).toMatch(/^Dies ist keine CareerTalk-Exportdatei: Sie enthält gar keinen Text/);
    expect(await dumpDb(db)).toBe(before);

    await chooseFile(el, new File([text], 'sicherung.json'));
    expect(el.querySelector('.import-ok')?.textContent).toBe(
      'Nichts hinzugefügt: Alles in dieser Datei ist bereits in CareerTalk vorhanden und wurde übersprungen (1 Plan).',
    );
    expect(await dumpDb(db)).toBe(before);
  });

  test('re-mounted while an import runs (a plan arriving from an earlier import), the page shows it running and then its outcome', async () => {
    const db = freshDb();
    const { plan } = await seed(db);
    const file = JSON.parse(serializeExport(await exportAll(db)));
    file.plans[0].meetingMinutes = 'half an hour';
    const el = mount(db, plan);
    const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(file)], 'late.json', { type: 'application/json' })], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // The planner re-mounts the page before the import has answered.
    render(null, host);
    await act(async () => {
      render(<DataStage db={db} plan={plan} />, host);
    });
    expect(host.querySelector<HTMLInputElement>('input[type="file"]')!.disabled).toBe(true);
    await vi.waitFor(() => expect(host.querySelector('[data-file="late.json"]')).not.toBeNull());
    expect(host.querySelector('[role="alert"]')!.textContent).toContain('late.json was not imported');
    expect(host.querySelector<HTMLInputElement>('input[type="file"]')!.disabled).toBe(false);
  });

  test('a valid file shows the summary and offers to open the imported plan', async () => {
    const source = freshDb();
    await seed(source, 'Globex');
    const text = serializeExport(await exportAll(source));
    const db = freshDb();
    const { plan } = await seed(db, 'Acme');
    const el = mount(db, plan);
    await chooseFile(el, new File([text], 'globex.json'));
    expect(el.querySelector('.import-ok')?.textContent).toContain('Imported 1 plan, 3 action items, 0 templates.');
    expect(await db.plans.count()).toBe(2);
    const open = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Open the imported plan')!;
    await act(async () => open.click());
    await vi.waitFor(async () => expect((await db.settings.get('activePlanId'))?.value).not.toBe(plan.id));
  });

  test('export buttons download through a temporary link with a Blob URL', async () => {
    const db = freshDb();
    const { plan } = await seed(db);
    const clicked: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href });
    });
    const el = mount(db, plan);
    const md = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Export this plan (Markdown)')!;
    await act(async () => md.click());
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0].name).toMatch(/^careertalk-acme-spring-cycle-\d{4}-\d{2}-\d{2}\.md$/);
    expect(clicked[0].href).toMatch(/^blob:/);
    expect(document.querySelector('a[download]')).toBeNull();
    await vi.waitFor(() => expect(el.querySelector('[role="status"]')?.textContent).toMatch(/^Exported “Acme – spring cycle” to careertalk-acme/));
  });
});
