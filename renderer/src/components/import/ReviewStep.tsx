/** What was read (counts, located errors, warnings, skipped items, guesses) and what the merge will do. */
import { useTranslation } from 'react-i18next';
import { type ImportOutcome, isEmptyMerge, type MergePreview } from '../../../../shared/import';
import { useListFormat } from '../../i18n/list';
import { importGuessText, importLocationText, importMessageText } from './message-text';

export interface ReviewStepProps {
  readonly outcome: ImportOutcome;
  readonly preview: MergePreview | null;
  readonly target: 'merge' | 'new';
  readonly canMerge: boolean;
  readonly projectName: string;
  readonly onTarget: (target: 'merge' | 'new') => void;
}

const SHOWN = 50;

export function ReviewStep({ outcome, preview, target, canMerge, projectName, onTarget }: ReviewStepProps) {
  const { t } = useTranslation('import');
  const { report } = outcome;
  const errors = report.messages.filter((m) => m.severity === 'error');
  const warnings = report.messages.filter((m) => m.severity === 'warning');
  const skipped = report.messages.filter((m) => m.code.startsWith('skipped.'));
  const criticality = report.messages.find((m) => m.code === 'criticalityUnknown');
  const guesses = report.guesses.filter((g) => !(g.field === 'criticality' && g.basis === 'default'));
  const pinCount = outcome.fragment.pins?.length ?? 0;
  return (
    <section aria-label={t('report.heading')}>
      <h3>{t('report.heading')}</h3>
      {/* A wave mapping brings wave choices, not workloads: "0 workloads read" would only mislead. */}
      {pinCount === 0 || report.workloads > 0 || report.dependencies > 0 ? <p>{t('report.counts', { workloads: t('report.workloads', { count: report.workloads }), dependencies: t('report.dependencies', { count: report.dependencies }) })}</p> : null}
      {pinCount > 0 ? <p>{t('report.pins', { count: pinCount })}</p> : null}
      {errors.length > 0 ? (
        <div role="alert">
          <p className="import-error">{t('report.errors', { count: errors.length })}</p>
          <ul className="load-errors">
            {errors.slice(0, SHOWN).map((m, i) => (
              <li key={i}>
                <code>{importLocationText(m.at, t)}</code> {importMessageText(m, t)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {criticality ? <p>{t('report.criticalityUnknown', { count: criticality.params.count, total: criticality.params.total })}</p> : null}
      {warnings.length > 0 ? <Details title={t('report.warnings', { count: warnings.length })} items={warnings.map((m) => `${importLocationText(m.at, t)}: ${importMessageText(m, t)}`)} /> : null}
      {skipped.length > 0 ? <Details title={t('report.skipped', { count: skipped.length })} items={skipped.map((m) => `${importLocationText(m.at, t)}: ${importMessageText(m, t)}`)} /> : null}
      {guesses.length > 0 ? <Details title={t('report.guesses', { count: guesses.length })} items={guesses.map((g) => importGuessText(g, t))} note={t('report.guessesNote')} /> : null}

      {outcome.ok ? (
        <>
          <h3>{t('target.heading')}</h3>
          <div role="radiogroup" aria-label={t('target.heading')} className="import-targets">
            <label>
              <input type="radio" name="import-target" checked={target === 'merge'} disabled={!canMerge} onChange={() => onTarget('merge')} /> {t('target.merge', { name: projectName })}
            </label>
            <label>
              <input type="radio" name="import-target" checked={target === 'new'} onChange={() => onTarget('new')} /> {t('target.new')}
            </label>
          </div>
          {target === 'merge' && preview ? <PreviewView preview={preview} /> : null}
        </>
      ) : null}
    </section>
  );
}

function PreviewView({ preview }: { readonly preview: MergePreview }) {
  const { t } = useTranslation('import');
  const list = useListFormat();
  const nothing = isEmptyMerge(preview);
  const pins = preview.pins;
  return (
    <div className="import-preview" aria-label={t('preview.heading')}>
      <h3>{t('preview.heading')}</h3>
      {nothing ? <p>{t('preview.nothing')}</p> : null}
      <ul className="import-summary">
        <li>{t('preview.added', { count: preview.added.length })}</li>
        <li>{t('preview.updated', { count: preview.updated.length })}</li>
        <li>{t('preview.unchanged', { count: preview.unchanged.length })}</li>
        <li>{t('preview.untouched', { count: preview.untouched })}</li>
        <li>{t('preview.dependencies', { added: t('preview.dependenciesAdded', { count: preview.dependencies.added }), existing: preview.dependencies.existing })}</li>
        {preview.teams.added.length > 0 ? <li>{t('preview.teams', { names: list(preview.teams.added.map((x) => x.name)) })}</li> : null}
        {pins ? <li>{t('preview.pinned', { count: pins.pinned.length })}</li> : null}
      </ul>
      {pins && pins.pinned.length > 0 ? (
        <Details
          title={t('preview.pinned', { count: pins.pinned.length })}
          note={t('preview.pinnedNote')}
          items={pins.pinned.map((p) => t('preview.pinnedItem', { name: p.name, from: p.from || '—', to: p.to }))}
          open
        />
      ) : null}
      {pins && pins.unknown.length > 0 ? (
        <Details title={t('preview.pinsUnknown', { count: pins.unknown.length })} items={pins.unknown.map((u) => `${importLocationText(u.origin, t)}: ${t('preview.pinUnknownItem', { id: u.workloadId })}`)} open />
      ) : null}
      {preview.added.length > 0 ? <Details title={t('preview.added', { count: preview.added.length })} items={preview.added.map((a) => a.name)} /> : null}
      {preview.updated.length > 0 ? (
        <Details
          title={t('preview.updated', { count: preview.updated.length })}
          items={preview.updated.map((u) => `${u.name} (${t(u.matchedBy === 'id' ? 'preview.matchedById' : 'preview.matchedByName')}): ${u.changes.map((c) => t('preview.change', { field: c.field, before: c.before || '—', after: c.after })).join('; ')}`)}
          open
        />
      ) : null}
      {preview.dependencies.unresolved.length > 0 ? <Details title={t('preview.unresolved', { count: preview.dependencies.unresolved.length })} items={preview.dependencies.unresolved.map((r) => `${importLocationText(r.origin, t)}: ${r.from} → ${r.to}`)} /> : null}
      <p className="muted">{t('preview.undo')}</p>
    </div>
  );
}

function Details({ title, items, note, open = false }: { readonly title: string; readonly items: readonly string[]; readonly note?: string; readonly open?: boolean }) {
  return (
    <details className="import-details" open={open}>
      <summary>{title}</summary>
      {note ? <p className="muted">{note}</p> : null}
      <ul>
        {items.slice(0, SHOWN).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
        {items.length > SHOWN ? <li>… {items.length - SHOWN}</li> : null}
      </ul>
    </details>
  );
}
