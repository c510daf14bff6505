/** What the colours and lines mean: one swatch per category shown, and the edge styles. */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import type { Project } from '../../../../shared/model';
import type { MapColouring } from '../../store';
import { providerName, waveName } from '../shared/plan-labels';
import type { Colouring } from './colouring';

export function MapLegend({ colouring, by, plan, project }: { readonly colouring: Colouring; readonly by: MapColouring; readonly plan: Plan | null; readonly project: Project }) {
  const { t } = useTranslation(['map', 'common', 'planviews']);
  const hasPilot = plan?.waves.some((w) => w.isPilot) ?? false;
  const label = (key: string): string => {
    if (key === 'none') return t(by === 'risk' ? 'legend.noRisk' : 'legend.none');
    if (key === 'stays') return t('legend.stays');
    if (key === 'foundation') return t('legend.foundation');
    switch (by) {
      case 'wave': {
        const wave = plan?.waves.find((w) => String(w.index) === key);
        return wave ? waveName(wave, hasPilot, t) : key;
      }
      case 'kind':
        return t(`common:kind.${key}`);
      case 'target':
        return providerName(key, t);
      case 'team':
        return project.teams.find((x) => x.id === key)?.name ?? key;
      case 'environment':
        return t(`environment.${key}`);
      case 'risk':
        return t(`common:riskSeverity.${key}`);
    }
  };
  return (
    <div className="map-legend" aria-label={t('legend.title')} role="group">
      <ul className="map-legend-swatches">
        {colouring.legend.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
            {label(s.key)} <span className="muted">({s.count})</span>
          </li>
        ))}
      </ul>
      <ul className="map-legend-lines">
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="4" y1="5" x2="34" y2="5" className="legend-line is-tight" />
            <path d="M0 5 L7 1 L7 9 z" className="legend-arrow" />
          </svg>
          {t('legend.tight')}
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="4" y1="5" x2="34" y2="5" className="legend-line" />
          </svg>
          {t('legend.loose')}
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="4" y1="5" x2="34" y2="5" className="legend-line kind-async" />
          </svg>
          {t('legend.soft')}
        </li>
        <li>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="4" y1="5" x2="34" y2="5" className="legend-line is-cross" />
          </svg>
          {t('legend.cross')}
        </li>
      </ul>
      <p className="muted map-legend-note">{t('legend.arrow')}</p>
    </div>
  );
}
