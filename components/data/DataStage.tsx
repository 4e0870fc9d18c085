import { StageIntro } from '@/components/planner/stages/StageIntro';
import { useEffect, useRef, useState } from 'preact/hooks';
import { setActivePlan } from '@/lib/db/plans';
import type { CareerTalkDB } from '@/lib/db/schema';
import { describeStorageError } from '@/lib/db/errors';
import { exportAll, exportPlan, exportPlanMarkdown } from '@/lib/db/transfer';
import { importFileOffThread } from '@/lib/db/import-off-thread';
import { exportFileName, serializeExport } from '@/lib/io/export';
import type { ImportResult } from '@/lib/io/import';
import { MAX_IMPORT_BYTES } from '@/lib/io/validate-json';
import type { Plan } from '@/lib/plan/types';
import { planLabel } from '@/lib/plan/factory';
import { t, tm } from '@/lib/i18n';
import { tNodes } from '@/components/common/i18n-nodes';
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
 * The import running now, if any. The re-mount above can also happen while an import is still
 * running (the first import's plan arriving during a second one): the new page shows it as
 * running and shows its outcome, instead of waiting forever for a result sent to the old one.
 */
let running: Promise<ShownResult> | undefined;

/**
 * The planner's "Export and import" page. Export writes a file through the
 * browser's download; import reads a file the person picks, checks all of it
 * first, and adds plans only when nothing is wrong.
 */
export function DataStage({ db, plan }: { db: CareerTalkDB; plan: Plan | undefined }) {
  const [exportStatus, setExportStatus] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState<ExportKind | 'import' | undefined>(() => (running ? 'import' : undefined));
  const [result, setShown] = useState<ShownResult | undefined>(() => lastResult);
  const setResult = (r: ShownResult | undefined) => {
    lastResult = r;
    setShown(r);
  };
  // Mounted while an import runs: show its outcome when it comes.
  useEffect(() => {
    const current = running;
    if (!current) return;
    let alive = true;
    void current.then((shown) => {
      if (!alive) return;
      setShown(shown);
      setBusy(undefined);
    });
    return () => {
      alive = false;
    };
  }, []);
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
        const n = file.plans.length;
        setExportStatus({ ok: true, text: n === 1 ? t('dataExportedOnePlan', n, name) : t('dataExportedPlans', n, name) });
      } else if (plan) {
        const json = kind === 'plan-json';
        const name = exportFileName(json ? 'json' : 'md', plan, now);
        const text = json ? serializeExport(await exportPlan(db, plan.id, now)) : await exportPlanMarkdown(db, plan.id, now);
        downloadText(name, text, json ? 'application/json' : 'text/markdown');
        setExportStatus({ ok: true, text: t('dataExportedPlan', planLabel(plan, t('planUntitled')), name) });
      }
    } catch (e) {
      setExportStatus({ ok: false, text: t('dataExportFailed', describeStorageError(e)) });
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
    const run = importFileOffThread(db, file).then((outcome) => (lastResult = { ...outcome, fileName: file.name }));
    running = run;
    const shown = await run.finally(() => {
      if (running === run) running = undefined;
    });
    setResult(shown);
    setBusy(undefined);
    // Clear the input so choosing the same file again (after fixing it) imports again.
    input.value = '';
  };

  const switchTo = async (id: string) => {
    try {
      await setActivePlan(db, id);
      setSwitched(t('dataImportedNowActive'));
    } catch (e) {
      setSwitched(describeStorageError(e));
    }
  };

  return (
    <div class="data-stage">
      <h2 class="stage-title">{t('dataTitle')}</h2>
      <StageIntro>
        <p>{t('dataIntro')}</p>
      </StageIntro>

      <section class="card" aria-labelledby="export-title">
        <h3 id="export-title" class="card-title">
          {t('dataExport')}
        </h3>
        <div class="data-buttons">
          <button type="button" class="primary" onClick={() => runExport('all-json')} disabled={!!busy}>
            {t('dataExportAll')}
          </button>
          <button type="button" onClick={() => runExport('plan-json')} disabled={!plan || !!busy}>
            {t('dataExportPlanJson')}
          </button>
          <button type="button" onClick={() => runExport('plan-md')} disabled={!plan || !!busy}>
            {t('dataExportPlanMarkdown')}
          </button>
        </div>
        <p class="help">
          {t('dataExportHelp')}
          {!plan && ` ${t('dataExportNoPlan')}`}
        </p>
        <p role="status" class={exportStatus ? (exportStatus.ok ? 'ok' : 'error') : undefined}>
          {exportStatus?.text}
        </p>
      </section>

      <section class="card" aria-labelledby="import-title">
        <h3 id="import-title" class="card-title">
          {t('dataImport')}
        </h3>
        <div class="field">
          <label for="data-import-file">{t('dataImportFileLabel')}</label>
          <p class="help" id="data-import-help">
            {t('dataImportHelp', MAX_IMPORT_BYTES / 1024 / 1024)}
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
        {busy === 'import' && <p class="help">{t('dataCheckingFile')}</p>}
        {result && !result.ok && (
          <div class="error" role="alert" data-file={result.fileName}>
            <p>{tNodes('dataNotImported', <strong>{result.fileName}</strong>)}</p>
            <ul class="import-errors">
              {result.errors.map((message, i) => (
                <li key={i}>{tm(message)}</li>
              ))}
            </ul>
          </div>
        )}
        {result?.ok && (
          <div role="status" class="import-ok" data-file={result.fileName}>
            <p class="ok">{tm(result.summary)}</p>
            {result.planIds.length > 0 && result.planIds[0] !== plan?.id && (
              <button type="button" onClick={() => switchTo(result.planIds[0])}>
                {result.planIds.length === 1 ? t('dataOpenImportedPlan') : t('dataOpenFirstImportedPlan')}
              </button>
            )}
            {switched && <p>{switched}</p>}
          </div>
        )}
      </section>
    </div>
  );
}
