/**
 * Recording progress from the timeline: pick a wave (clicking its bar picks it too) and enter its
 * actual start and finish, or that it is blocked and why. The timeline then draws the actual next to
 * the plan and the forecast re-plans what is left.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import { BlockedHolds } from '../../components/BlockedHolds';
import { ProgressForm } from '../../components/ProgressForm';
import { formatDate } from '../../i18n/format';
import { todayIso, useDecampStore } from '../../store';
import { waveName } from '../shared/plan-labels';

export function TimelineProgress({ plan, waveIndex, onPick }: { readonly plan: Plan; readonly waveIndex: number; readonly onPick: (index: number) => void }) {
  const { t, i18n } = useTranslation('scenarios');
  const locale = i18n.language;
  const settings = useDecampStore((s) => s.project.waves);
  const actuals = useDecampStore((s) => s.project.actuals);
  const hasPilot = plan.waves[0]?.isPilot ?? false;
  const nameOf = (index: number) => settings?.find((s) => s.order === index)?.name ?? waveName({ index, isPilot: hasPilot && index === 0 }, hasPilot, t);
  const wave = plan.waves.find((w) => w.index === waveIndex) ?? plan.waves[0];
  if (!wave) return null;
  return (
    <>
    <BlockedHolds plan={plan} />
    <details className="panel timeline-progress" data-testid="timeline-progress">
      <summary>{t('actuals.record')}</summary>
      <label>
        {t('actuals.wave')}{' '}
        <select value={wave.index} onChange={(e) => onPick(Number(e.target.value))}>
          {plan.waves.map((w) => (
            <option key={w.id} value={w.index}>
              {nameOf(w.index)}
            </option>
          ))}
        </select>
      </label>
      <ProgressForm
        subject={nameOf(wave.index)}
        value={actuals.find((a) => a.wave === wave.index)}
        planned={{ start: formatDate(wave.start, locale), end: formatDate(wave.cutover.end, locale) }}
        today={todayIso()}
        onSave={(entry) => useDecampStore.getState().setWaveProgress(wave.index, entry)}
      />
    </details>
    </>
  );
}
