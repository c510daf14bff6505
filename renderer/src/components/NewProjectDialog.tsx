/**
 * New project: name it, say where the estate runs today (provider and region) and where it goes
 * (one or several targets), and name the first thing that moves on one of the source provider's
 * catalog products. The calendar starts with the public holidays and change freezes of where the
 * estate is and goes; everything else has sensible defaults, edited later.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogWords } from '../views/shared/use-catalog-words';
import { catalogForProvider, defaultSourceServiceForKind, REGIONS } from '../../../shared/catalog';
import { freezePresetsForMove, homeOf, localCalendar, type MoveContext } from '../../../shared/catalog/local-calendar';
import { type Currency, type FreezePreset, PROVIDERS, type Provider, type Strategy, STRATEGIES, WORKLOAD_KINDS, type WorkloadKind } from '../../../shared/model';
import { useAppState } from '../app/app-state';
import { emptyProject, todayIso, useDecampStore } from '../store';
import { Dialog } from './Dialog';

/** The currency a new project's costs are in, from where the estate is. */
const CURRENCY: Readonly<Record<string, Currency>> = { cn: 'CNY', hk: 'HKD', sg: 'SGD', jp: 'JPY', us: 'USD', eu: 'EUR' };

export function NewProjectDialog() {
  const open = useAppState((s) => s.newProjectOpen);
  if (!open) return null;
  return <NewProjectForm onDone={() => useAppState.getState().set({ newProjectOpen: false })} />;
}

function NewProjectForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['common', 'providers', 'assumptions']);
  const words = useCatalogWords();
  const id = useId();
  const locale = useDecampStore((s) => s.locale);
  const [startDate] = useState(todayIso);
  const [name, setName] = useState(t('newProject.defaultName'));
  const [source, setSource] = useState<Provider>('alibaba');
  const [region, setRegion] = useState('cn-hangzhou');
  const [targets, setTargets] = useState<Provider[]>(['aws']);
  const [presetChoice, setPresetChoice] = useState<readonly FreezePreset[] | null>(null);
  const [icp, setIcp] = useState(false);
  const [workloadName, setWorkloadName] = useState('');
  const [kind, setKind] = useState<WorkloadKind>('compute');
  const [service, setService] = useState(defaultSourceServiceForKind('alibaba', 'compute')?.id ?? 'alibaba.other');
  const [strategy, setStrategy] = useState<Strategy>('rehost');
  const [triedSubmit, setTriedSubmit] = useState(false);

  const context: MoveContext = { sourceProvider: source, ...(region ? { sourceRegion: region } : {}), targets, locale, startDate };
  const presets = freezePresetsForMove(context);
  // Until the user touches the freezes, they follow the suggestion for the current move.
  const chosen = presetChoice ?? presets.suggested;
  const calendar = localCalendar(context, chosen);
  const home = homeOf(context);
  const year = Number(startDate.slice(0, 4));

  const services = catalogForProvider(source).filter((e) => e.kind === kind || e.kind === 'other');
  const providerLabel = (p: Provider) => t(`provider.${p}`);

  const changeSource = (next: Provider) => {
    setSource(next);
    setRegion(next === 'self-hosted' ? '' : (REGIONS[next][0]?.id ?? ''));
    setTargets((current) => {
      const kept = current.filter((p) => p !== next);
      return kept.length > 0 ? kept : [PROVIDERS.find((p) => p !== next)!];
    });
    setService(defaultSourceServiceForKind(next, kind)?.id ?? `${next}.other`);
  };
  const changeKind = (next: WorkloadKind) => {
    setKind(next);
    setService(defaultSourceServiceForKind(source, next)?.id ?? `${source}.other`);
  };
  const toggleTarget = (p: Provider) => setTargets((current) => (current.includes(p) ? current.filter((x) => x !== p) : [...current, p]));
  const togglePreset = (p: FreezePreset) => setPresetChoice(chosen.includes(p) ? chosen.filter((x) => x !== p) : [...chosen, p]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTriedSubmit(true);
    if (targets.length === 0) return;
    const projectName = name.trim() || t('newProject.defaultName');
    const { holidaySources: _sources, ...projectCalendar } = calendar;
    const project = emptyProject({
      name: projectName,
      teamName: t('newProject.defaultTeam'),
      startDate,
      locale,
      sourceProvider: source,
      defaultTargets: targets,
      currency: CURRENCY[home] ?? 'USD',
      compliance: { icpFiling: icp },
      calendar: projectCalendar,
    });
    const state = useDecampStore.getState();
    state.replaceDocument({ project, filePath: null, displayName: projectName, diskVersion: null });
    if (workloadName.trim()) state.addWorkload({ name: workloadName.trim(), kind, sourceService: service, strategy, ...(region ? { region } : {}) });
    state.setView(workloadName.trim() ? 'inventory' : 'summary');
    useAppState.getState().set({ hintVisible: false, status: null });
    onDone();
  };

  const regionField =
    source === 'self-hosted' ? (
      <input id={`${id}-region`} value={region} onChange={(e) => setRegion(e.target.value)} placeholder={t('providers:dialog.dataCentrePlaceholder')} />
    ) : (
      <select id={`${id}-region`} value={region} onChange={(e) => setRegion(e.target.value)}>
        <option value="">{t('providers:dialog.regionUnknown')}</option>
        {REGIONS[source].map((r) => (
          <option key={r.id} value={r.id}>
            {words.regionLabel(source, r.id)}
          </option>
        ))}
      </select>
    );
  const place = t(`providers:jurisdiction.${home}`);
  const years = `${year}–${year + 1}`;

  return (
    <Dialog title={t('newProject.title')} onClose={onDone}>
      <form onSubmit={submit} className="form-grid" aria-describedby={`${id}-intro`} noValidate>
        <p id={`${id}-intro`} className="muted span-2">
          {t('newProject.intro')}
        </p>
        <label htmlFor={`${id}-name`}>{t('newProject.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required />

        <label htmlFor={`${id}-source`}>{t('providers:dialog.from')}</label>
        <select id={`${id}-source`} value={source} onChange={(e) => changeSource(e.target.value as Provider)}>
          {PROVIDERS.map((p) => (
            <option key={p} value={p}>
              {providerLabel(p)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-region`}>{source === 'self-hosted' ? t('providers:dialog.dataCentre') : t('providers:dialog.sourceRegion')}</label>
        {regionField}

        <span id={`${id}-to`}>{t('providers:dialog.to')}</span>
        <fieldset className="choice-list" aria-labelledby={`${id}-to`} aria-describedby={`${id}-to-hint`} aria-invalid={triedSubmit && targets.length === 0}>
          {PROVIDERS.filter((p) => p !== source).map((p) => (
            <label key={p}>
              <input type="checkbox" checked={targets.includes(p)} onChange={() => toggleTarget(p)} /> {providerLabel(p)}
              {targets[0] === p ? <span className="muted"> ({t('providers:dialog.defaultTarget')})</span> : null}
            </label>
          ))}
          <p id={`${id}-to-hint`} className={triedSubmit && targets.length === 0 ? 'field-error' : 'muted'} role={triedSubmit && targets.length === 0 ? 'alert' : undefined}>
            {triedSubmit && targets.length === 0 ? t('providers:dialog.toNone') : t('providers:dialog.toHint')}
          </p>
        </fieldset>

        <span id={`${id}-freezes`}>{t('providers:dialog.freezes')}</span>
        <fieldset className="choice-list" aria-labelledby={`${id}-freezes`}>
          {presets.ordered.map((p) => (
            <label key={p}>
              <input type="checkbox" checked={chosen.includes(p)} onChange={() => togglePreset(p)} /> {t(`assumptions:calendar.preset.${p}`)}
            </label>
          ))}
          <p className="muted">{t('providers:dialog.freezesHint')}</p>
        </fieldset>
        <span>{t('providers:dialog.holidays')}</span>
        <p className="muted" data-testid="new-project-holidays">
          {calendar.holidays.length > 0 ? t('providers:dialog.holidaysAdded', { count: calendar.holidays.length, place, years }) : t('providers:dialog.holidaysNone', { place })}
        </p>
        <label className="span-2">
          <input type="checkbox" checked={icp} onChange={(e) => setIcp(e.target.checked)} /> {t('providers:dialog.icp')}
        </label>

        <h3 className="span-2">{t('providers:dialog.firstWorkload')}</h3>
        <label htmlFor={`${id}-wname`}>{t('newProject.workloadName')}</label>
        <input id={`${id}-wname`} value={workloadName} onChange={(e) => setWorkloadName(e.target.value)} placeholder={t('newProject.workloadPlaceholder')} />
        <label htmlFor={`${id}-kind`}>{t('newProject.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => changeKind(e.target.value as WorkloadKind)}>
          {WORKLOAD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-service`}>{t('newProject.sourceService')}</label>
        <select id={`${id}-service`} value={service} onChange={(e) => setService(e.target.value)}>
          <optgroup label={t('providers:dialog.servicesOf', { provider: providerLabel(source) })}>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </optgroup>
        </select>
        <label htmlFor={`${id}-strategy`}>{t('newProject.strategy')}</label>
        <select id={`${id}-strategy`} value={strategy} onChange={(e) => setStrategy(e.target.value as Strategy)}>
          {STRATEGIES.map((s) => (
            <option key={s} value={s}>
              {t(`strategy.${s}`)}
            </option>
          ))}
        </select>
        <div className="dialog-actions span-2">
          <button type="button" onClick={onDone}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('newProject.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
