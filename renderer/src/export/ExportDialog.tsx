/**
 * File > Export: format, language, sections, confidence level, runs and paper, then Export… plans
 * with those runs and writes the document in a worker, showing each step; main's save dialog asks
 * where (the page never chooses a path). Print to PDF opens the same dialog with PDF chosen.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, FORMAT_INFO } from '../../../shared/export/formats';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../../../shared/export/i18n';
import { REPORT_SECTIONS, type ReportSection } from '../../../shared/export/options';
import { CONFIDENCE_LEVELS, type ConfidenceLevel } from '../../../shared/export/plan-facts';
import type { DesktopApi } from '../../../shared/ipc';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { useAppState } from '../app/app-state';
import { Dialog } from '../components/Dialog';
import { useDecampStore } from '../store';
import { ExportCancelled, type RunningExport, startExport } from './export-client';
import type { ExportStep } from './export-job';
import { rendererExportMessages } from './export-messages';

export function ExportDialog({ api }: { readonly api: DesktopApi }) {
  const format = useAppState((s) => s.exportFormat);
  if (!format) return null;
  return <ExportForm api={api} initialFormat={format} onDone={() => useAppState.getState().set({ exportFormat: null })} />;
}

type Phase = { kind: 'idle' } | { kind: 'working'; step: ExportStep | 'save' } | { kind: 'failed'; message: string };

function ExportForm({ api, initialFormat, onDone }: { api: DesktopApi; initialFormat: ExportFormat; onDone: () => void }) {
  const { t, i18n } = useTranslation('export');
  const id = useId();
  const project = useDecampStore((s) => s.project);
  const displayName = useDecampStore((s) => s.displayName);
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  const [lang, setLang] = useState<ExportLanguage>(i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
  const [sections, setSections] = useState<readonly ReportSection[]>(REPORT_SECTIONS);
  const [confidence, setConfidence] = useState<ConfidenceLevel>('p80');
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [runs, setRuns] = useState(() => resolveAssumptions(project).value('simulation.exportRuns'));
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const running = useRef<RunningExport | null>(null);
  useEffect(() => () => running.current?.cancel(), []);

  const report = FORMAT_INFO[format].report;
  const working = phase.kind === 'working';

  const close = () => {
    running.current?.cancel();
    onDone();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (working) return;
    setPhase({ kind: 'working', step: 'plan' });
    const job = startExport(
      { format, project, runs, options: { lang, messages: rendererExportMessages(), sections, confidence, paper, generatedAt: new Date().toISOString() } },
      (step) => setPhase({ kind: 'working', step }),
    );
    running.current = job;
    try {
      const output = await job.done;
      setPhase({ kind: 'working', step: 'save' });
      const suggestedName = displayName.replace(/\.decamp\.json$/i, '');
      const result =
        format === 'pdf'
          ? await api.invoke('printToPdf', { suggestedName, html: output.printHtml ?? '', paper }).then((r) => (r.ok ? { ok: true as const, value: r.value ? [r.value] : null } : r))
          : await api.invoke('saveExport', { suggestedName, format, files: output.files.map((f) => ({ suffix: f.suffix, data: typeof f.data === "string" ? f.data : new Uint8Array(f.data) })) });
      running.current = null;
      if (!result.ok) {
        setPhase({ kind: 'failed', message: result.error.message });
        return;
      }
      if (result.value === null) {
        setPhase({ kind: 'idle' });
        return;
      }
      useAppState.getState().set({ status: { key: 'export:dialog.done', tone: 'info', params: { name: result.value.map((f) => f.displayName).join(', ') } } });
      onDone();
    } catch (error) {
      running.current = null;
      if (error instanceof ExportCancelled) setPhase({ kind: 'idle' });
      else setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const toggle = (s: ReportSection) => setSections((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : REPORT_SECTIONS.filter((x) => x === s || cur.includes(x))));
  const stepText = (step: ExportStep | 'save') => (step === 'plan' ? t('dialog.replanning', { runs: runs.toLocaleString(i18n.language) }) : step === 'render' ? t('dialog.rendering') : t('dialog.saving'));

  return (
    <Dialog title={t('dialog.title')} onClose={close}>
      <form onSubmit={submit} className="export-form" aria-busy={working}>
        <fieldset className="export-formats" disabled={working}>
          <legend>{t('dialog.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="export-format">
              <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />
              <span>
                <strong>{t(`dialog.formatName.${f}`)}</strong>
                <span className="muted"> {t(`dialog.formatHint.${f}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <label htmlFor={`${id}-lang`}>{t('dialog.language')}</label>
          <select id={`${id}-lang`} value={lang} onChange={(e) => setLang(e.target.value as ExportLanguage)} disabled={working}>
            {EXPORT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`dialog.languageName.${l}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-runs`}>{t('dialog.runs')}</label>
          <input id={`${id}-runs`} type="number" min={100} max={100000} step={100} value={runs} onChange={(e) => setRuns(Math.max(1, Math.min(100000, Math.round(Number(e.target.value)) || 1)))} disabled={working} required />
          {report ? (
            <>
              <label htmlFor={`${id}-confidence`}>{t('dialog.confidence')}</label>
              <select id={`${id}-confidence`} value={confidence} onChange={(e) => setConfidence(e.target.value as ConfidenceLevel)} disabled={working}>
                {CONFIDENCE_LEVELS.map((c) => (
                  <option key={c} value={c}>
                    {c.toUpperCase()}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          {format === 'pdf' || format === 'docx' ? (
            <>
              <label htmlFor={`${id}-paper`}>{t('dialog.paper')}</label>
              <select id={`${id}-paper`} value={paper} onChange={(e) => setPaper(e.target.value as 'a4' | 'letter')} disabled={working}>
                <option value="a4">A4</option>
                <option value="letter">Letter</option>
              </select>
            </>
          ) : null}
        </div>
        {report ? (
          <fieldset className="export-sections" disabled={working}>
            <legend>{t('dialog.sections')}</legend>
            {REPORT_SECTIONS.map((s) => (
              <label key={s}>
                <input type="checkbox" checked={sections.includes(s)} onChange={() => toggle(s)} /> {t(`section.${s}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        {phase.kind === 'working' ? (
          <p role="status" className="export-progress">
            <progress aria-label={stepText(phase.step)} /> {t('dialog.working', { step: stepText(phase.step) })}
          </p>
        ) : null}
        {phase.kind === 'failed' ? (
          <p role="alert" className="error">
            {t('dialog.failed', { message: phase.message })}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={working ? () => running.current?.cancel() : close}>
            {working ? t('dialog.cancel') : t('dialog.close')}
          </button>
          <button type="submit" className="primary" disabled={working || (report && format !== 'pdf' && sections.length === 0) || (format === 'pdf' && sections.length === 0)}>
            {t('dialog.export')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
