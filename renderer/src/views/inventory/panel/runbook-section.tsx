/** The runbook steps of the focused workload, from the wave that moves it (or the landing zone that builds it), in order. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Plan, RunbookStep } from '../../../../../shared/plan/types';
import { runbookFor } from '../plan-index';

/** A step in the reader's language by its code, naming the workload as the user named it; the planner's English title as fallback. */
export function stepText(step: RunbookStep, t: TFunction<'inventory'>, workloadName: string): string {
  // Rehearsals are numbered in the code (`rehearse.2`); one text serves every round.
  const key = step.code.startsWith('rehearse.') ? 'runbookStep.rehearse' : `runbookStep.${step.code}`;
  const provider = step.params.provider;
  const params = { ...step.params, workload: workloadName, ...(typeof provider === 'string' ? { provider: t(`enum.provider.${provider}`, { defaultValue: provider }) } : {}) };
  // Offline variants (ship disks) read differently: i18next context picks `<key>_offline`.
  return t(key, { ...params, context: step.params.offline === 1 ? 'offline' : undefined, defaultValue: step.title });
}

export function RunbookSection({ plan, workloadId, workloadName }: { readonly plan: Plan | null; readonly workloadId: string; readonly workloadName: string }) {
  const { t } = useTranslation('inventory');
  const { wave, inFoundation, steps } = runbookFor(plan, workloadId);
  return (
    <section className="inv-panel-section" aria-label={t('panel.runbook')}>
      <h3>{t('panel.runbook')}</h3>
      {plan === null ? (
        <p className="inv-muted">{t('panel.planPending')}</p>
      ) : wave === null && !inFoundation ? (
        <p className="inv-muted">{t('runbook.noWave')}</p>
      ) : (
        <>
          <p>{wave === null ? t('wave.foundation') : wave.isPilot ? t('wave.pilot') : t('wave.numbered', { n: wave.index })}</p>
          {steps.length === 0 ? (
            <p className="inv-muted">{t('runbook.none')}</p>
          ) : (
            <ol className="inv-runbook">
              {steps.map((step) => (
                <li key={step.id}>
                  <span className={`inv-phase inv-phase-${step.phase}`}>{t(`phase.${step.phase}`)}</span>{' '}
                  {stepText(step, t, workloadName)}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
