/**
 * What is already in place when the plan starts, and how data crosses to the target. Each item
 * ticked is a lead time the plan stops waiting for (shared/plan/schedule/lead-times.ts); an item
 * that cannot apply to this project (hardware with no self-hosted target, a line the data does
 * not cross) is not offered. Each change is one undoable edit of the project.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InPlace, Project, TransferLine } from '../../../../shared/model';
import { type Assumptions, resolveAssumptions } from '../../../../shared/plan/assumptions';
import { targetProviders, transferLineOf } from '../../../../shared/plan/schedule/lead-times';
import { formatNumber } from '../../i18n/format';
import { useDecampStore } from '../../store';

type Item = keyof InPlace;

/** The project's `inPlace` with one item set; an item not in place is left out, and so is the field when nothing is. */
export function withInPlace(current: InPlace | undefined, item: Item, on: boolean): InPlace | undefined {
  const next: InPlace = { ...current };
  if (on) next[item] = true;
  else delete next[item];
  return Object.keys(next).length > 0 ? next : undefined;
}

/** How data would cross if the project said nothing. */
function automaticLine(project: Project, a: Assumptions): TransferLine {
  const { transferLine, ...meta } = project.project;
  return transferLine === undefined ? transferLineOf(project, a) : transferLineOf({ ...project, project: meta }, a);
}

export function InPlaceEditor() {
  const { t } = useTranslation('assumptions');
  const project = useDecampStore((s) => s.project);
  const locale = useDecampStore((s) => s.locale);
  const { updateProjectMeta } = useDecampStore.getState();
  const id = useId();
  const meta = project.project;
  const facts = useMemo(() => {
    const a = resolveAssumptions(project);
    const providers = targetProviders(project);
    return {
      line: transferLineOf(project, a),
      automatic: automaticLine(project, a),
      largeDataGb: a.value('risk.largeDataGb'),
      selfHosted: providers.includes('self-hosted'),
      cloud: providers.some((p) => p !== 'self-hosted'),
    };
  }, [project]);

  const offered: Item[] = [
    ...(facts.selfHosted ? (['hardware'] as const) : []),
    ...(facts.line === 'dedicated' ? (['dedicatedLine'] as const) : []),
    ...(facts.cloud ? (['accounts'] as const) : []),
    'securitySignOff',
  ];
  const set = (item: Item, on: boolean) => updateProjectMeta({ inPlace: withInPlace(meta.inPlace, item, on) });
  const setLine = (value: string) => updateProjectMeta({ transferLine: value === 'dedicated' || value === 'internet' ? value : undefined });

  return (
    <fieldset className="in-place" data-testid="in-place">
      <legend>{t('inPlace.legend')}</legend>
      <p className="muted">{t('inPlace.explain')}</p>
      <div className="in-place-item">
        <label>
          {t('inPlace.transfer.label')}{' '}
          <select value={meta.transferLine ?? ''} aria-describedby={`${id}-transfer`} onChange={(e) => setLine(e.target.value)}>
            <option value="">{t('inPlace.transfer.automatic', { line: t(`inPlace.transfer.${facts.automatic}`) })}</option>
            <option value="dedicated">{t('inPlace.transfer.dedicated')}</option>
            <option value="internet">{t('inPlace.transfer.internet')}</option>
          </select>
        </label>
        <span className="muted" id={`${id}-transfer`}>
          {t('inPlace.transfer.help', { size: formatNumber(facts.largeDataGb, locale, 0) })}
        </span>
      </div>
      {offered.map((item) => (
        <div className="in-place-item" key={item}>
          <label>
            <input type="checkbox" checked={meta.inPlace?.[item] === true} aria-describedby={`${id}-${item}`} onChange={(e) => set(item, e.target.checked)} /> {t(`inPlace.item.${item}.label`)}
          </label>
          <span className="muted" id={`${id}-${item}`}>
            {t(`inPlace.item.${item}.help`)}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
