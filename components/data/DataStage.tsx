import { useRef, useState } from 'preact/hooks';
import { setActivePlan } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import { describeStorageError } from '@/lib/db/errors';
import { exportAll, exportFileName, exportPlan, exportPlanMarkdown, serializeExport } from '@/lib/io/export';
import { importFromFile, type ImportResult } from '@/lib/io/import';
import { MAX_IMPORT_BYTES } from '@/lib/io/validate-json';
import type { Plan } from '@/lib/plan/types';
import { planLabel } from '@/lib/plan/factory';
import { downloadText } from './download';
import './data.css';

type ExportKind = 'all-json' | 'plan-json' | 'plan-md';
type ShownResult = ImportResult & { fileName: string };

/**
 * The last import outcome of this page. An import into an empty profile makes a plan
 * appear, and the planner then re-mounts this page inside the plan's layout: kept
 * here, the summary (or the errors) stays on screen across that re-mount.
 */
let lastResult: ShownResult | undefined;

/**
 * The planner's "Export and import" page. Export writes a file through the
 * browser's download; import reads a file the person picks, checks all of it
 * first, and adds plans only when nothing is wrong.
 */
export function DataStage({ db, plan }: { db: CareerTalkDB; plan: Plan | undefined }) {
  const [exportStatus, setExportStatus] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState<ExportKind | 'import'>();
  const [result, setShown] = useState<ShownResult | undefined>(() => lastResult);
  const setResult = (r: ShownResult | undefined) => {
    lastResult = r;
    setShown(r);
  };
  const [switched, setSwitched] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const runExport = async (kind: ExportKind) => {
    setBusy(kind);
    setExportStatus(undefined);
    try {
      const now = new Date();
      if (kind === 'all-json') {
        const file = await exportAll(db, now);
        const name = exportFileName('json', undefined, now);
        downloadText(name, serializeExport(file, false), 'application/json');
        setExportStatus({ ok: true, text: `Exported ${file.plans.length} ${file.plans.length === 1 ? 'plan' : 'plans'} to ${name}.` });
      } else if (plan) {
        const json = kind === 'plan-json';
        const name = exportFileName(json ? 'json' : 'md', plan, now);
        const text = json ? serializeExport(await exportPlan(db, plan.id, now)) : await exportPlanMarkdown(db, plan.id, now);
        downloadText(name, text, json ? 'application/json' : 'text/markdown');
        setExportStatus({ ok: true, text: `Exported “${planLabel(plan)}” to ${name}.` });
      }
    } catch (e) {
      setExportStatus({ ok: false, text: `The export failed: ${describeStorageError(e)}` });
    } finally {
      setBusy(undefined);
    }
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy('import');
    setResult(undefined);
    setSwitched('');
    const outcome = await importFromFile(db, file);
    setResult({ ...outcome, fileName: file.name });
    setBusy(undefined);
    // Clear the input so choosing the same file again (after fixing it) imports again.
    input.value = '';
  };

  const switchTo = async (id: string) => {
    try {
      await setActivePlan(db, id);
      setSwitched('The imported plan is now the active plan.');
    } catch (e) {
      setSwitched(describeStorageError(e));
    }
  };

  return (
    <div class="data-stage">
      <h2 class="stage-title">Export and import</h2>
      <p class="stage-intro">
        Your plans live only in this browser, on this device; CareerTalk never sends them anywhere. Export a file to keep a backup, to move
        your plans to another browser, or to keep your notes as a readable document. Exported files are not encrypted: store them where
        you would keep other private notes.
      </p>

      <section class="card" aria-labelledby="export-title">
        <h3 id="export-title" class="card-title">Export</h3>
        <div class="data-buttons">
          <button type="button" class="primary" onClick={() => runExport('all-json')} disabled={!!busy}>
            Export everything (JSON)
          </button>
          <button type="button" onClick={() => runExport('plan-json')} disabled={!plan || !!busy}>
            Export this plan (JSON)
          </button>
          <button type="button" onClick={() => runExport('plan-md')} disabled={!plan || !!busy}>
            Export this plan (Markdown)
          </button>
        </div>
        <p class="help">
          JSON files can be imported again into CareerTalk. Markdown is a readable document of one plan, with every stage, the action
          items with owners and due dates, and the check-ins.
          {!plan && ' Create or choose a plan to export it on its own.'}
        </p>
        <p role="status" class={exportStatus ? (exportStatus.ok ? 'ok' : 'error') : undefined}>
          {exportStatus?.text}
        </p>
      </section>

      <section class="card" aria-labelledby="import-title">
        <h3 id="import-title" class="card-title">Import</h3>
        <div class="field">
          <label for="data-import-file">Import a CareerTalk file (JSON)</label>
          <p class="help" id="data-import-help">
            The whole file is checked first; if anything is wrong, nothing changes. Imported plans are added next to yours and never
            replace them: a plan you already have is added as a copy. Files up to {MAX_IMPORT_BYTES / 1024 / 1024} MB.
          </p>
          <input
            ref={fileInput}
            id="data-import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="data-import-help"
            onChange={onFile}
            disabled={busy === 'import'}
          />
        </div>
        {busy === 'import' && <p class="help">Checking the file…</p>}
        {result && !result.ok && (
          <div class="error" role="alert" data-file={result.fileName}>
            <p>
              <strong>{result.fileName}</strong> was not imported, and nothing was changed:
            </p>
            <ul class="import-errors">
              {result.errors.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        {result?.ok && (
          <div role="status" class="import-ok" data-file={result.fileName}>
            <p class="ok">{result.summary}</p>
            {result.planIds.length > 0 && result.planIds[0] !== plan?.id && (
              <button type="button" onClick={() => switchTo(result.planIds[0])}>
                {result.planIds.length === 1 ? 'Open the imported plan' : 'Open the first imported plan'}
              </button>
            )}
            {switched && <p>{switched}</p>}
          </div>
        )}
      </section>
    </div>
  );
}
