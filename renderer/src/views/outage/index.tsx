/**
 * The outage simulation: pick a failure (a provider's identity service, as Alibaba Cloud's AK/SK
 * authentication on 12 Nov 2023; one region, as Hong Kong on 18 Dec 2022; one service) and a point
 * in the plan; read which workloads stop and which degrade, and how that changes wave by wave.
 * "Show on the map" marks them on the dependency map at the same point of the plan.
 */
import '../shared/plan-views.css';
import './outage.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutageFailure, OutageImpact } from '../../../../shared/plan/types';
import { formatNumber } from '../../i18n/format';
import { useDecampStore, useShallow } from '../../store';
import { providerName, waveName } from '../shared/plan-labels';
import { useCatalogWords } from '../shared/use-catalog-words';
import { failureChoices, outageAcrossPlan } from './outage-model';

type FailureType = OutageFailure['type'];

/** 18 Dec 2022: a cooling failure stopped servers in Alibaba Cloud's Hong Kong region (cn-hongkong) for over 12 hours. */
const HONG_KONG = { provider: 'alibaba', region: 'cn-hongkong' } as const;
const isHongKong = (region: string) => /hongkong|hong-kong|hk/i.test(region);

export function OutageView() {
  const { t, i18n } = useTranslation(['outage', 'planviews', 'common']);
  const words = useCatalogWords();
  const locale = i18n.language;
  const { project, plan } = useDecampStore(useShallow((s) => ({ project: s.project, plan: s.plan })));
  const estate = useMemo(() => failureChoices(project, plan), [project, plan]);
  // The Hong Kong preset fails that region even where nothing of the estate runs in it (the answer is then: nothing stops);
  // it never quietly fails another region under the Hong Kong label.
  const [hongKongAsked, setHongKongAsked] = useState(false);
  const choices = useMemo(
    () => (hongKongAsked && !estate.regions.some((r) => isHongKong(r.region)) ? { ...estate, regions: [...estate.regions, HONG_KONG] } : estate),
    [estate, hongKongAsked],
  );
  const hongKongOffered = estate.regions.some((r) => isHongKong(r.region)) || project.project.sourceProvider === HONG_KONG.provider;
  const [type, setType] = useState<FailureType>('identity');
  const [provider, setProvider] = useState(project.project.sourceProvider as string);
  const [region, setRegion] = useState(choices.regions[0] ? `${choices.regions[0].provider}|${choices.regions[0].region}` : '');
  const [service, setService] = useState(choices.services[0]?.id ?? '');
  const [atWave, setAtWave] = useState(-1);

  const failure: OutageFailure | null = useMemo(() => {
    if (type === 'identity') return { type, provider };
    if (type === 'region') {
      const [p, r] = region.split('|');
      return p && r ? { type, provider: p, region: r } : null;
    }
    return service ? { type, serviceId: service } : null;
  }, [type, provider, region, service]);
  const steps = useMemo(() => (plan && failure ? outageAcrossPlan(project, plan, failure) : []), [project, plan, failure]);

  if (!plan) return <p className="plan-wait">{t('waiting')}</p>;
  const hasPilot = plan.waves.some((w) => w.isPilot);
  const stateName = (k: number) => {
    if (k < 0) return t('before');
    const wave = plan.waves.find((w) => w.index === k);
    return t('after', { wave: wave ? waveName(wave, hasPilot, t) : k });
  };
  const current = steps.find((s) => s.atWave === atWave) ?? steps[0];
  const byId = new Map(project.workloads.map((w) => [w.id, w]));
  const name = (id: string) => byId.get(id)?.name ?? id;

  const preset = (which: 'aksk' | 'hongkong') => {
    if (which === 'aksk') {
      setType('identity');
      setProvider(project.project.sourceProvider);
    } else {
      const hk = estate.regions.find((r) => isHongKong(r.region)) ?? HONG_KONG;
      setHongKongAsked(true);
      setType('region');
      setRegion(`${hk.provider}|${hk.region}`);
    }
    setAtWave(-1);
  };

  const showOnMap = () => {
    if (!current) return;
    const s = useDecampStore.getState();
    s.highlightWorkloads(current.result.stopped.map((x) => x.workloadId));
    s.setMapSettings({ afterWave: atWave, colourBy: 'wave' });
    s.setView('map');
  };

  const impactTable = (list: readonly OutageImpact[], caption: string, testId: string) => (
    <table className="data outage-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.workload')}</th>
          <th scope="col">{t('table.criticality')}</th>
          <th scope="col">{t('table.via')}</th>
        </tr>
      </thead>
      <tbody>
        {list.slice(0, 500).map((i) => {
          const w = byId.get(i.workloadId);
          return (
            <tr key={i.workloadId}>
              <th scope="row">{name(i.workloadId)}</th>
              <td>{w ? t(`common:criticality.${w.criticality}`) : ''}</td>
              <td>{i.via.length <= 1 ? t('table.direct') : i.via.map(name).join(' → ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  return (
    <section className="view outage-view" aria-labelledby="outage-title">
      <h1 id="outage-title">{t('title')}</h1>
      <p className="view-lead">{t('lead')}</p>
      <div className="outage-presets" role="group" aria-label={t('presets')}>
        <button type="button" onClick={() => preset('aksk')}>
          {t('preset.aksk', { provider: providerName(project.project.sourceProvider, t) })}
        </button>
        {hongKongOffered ? (
          <button type="button" onClick={() => preset('hongkong')}>
            {t('preset.region')}
          </button>
        ) : null}
      </div>
      <form className="outage-form" onSubmit={(e) => e.preventDefault()} aria-label={t('choose')}>
        <label>
          {t('failure')}
          <select value={type} onChange={(e) => setType(e.target.value as FailureType)}>
            <option value="identity">{t('type.identity')}</option>
            <option value="region" disabled={choices.regions.length === 0}>
              {t('type.region')}
            </option>
            <option value="service">{t('type.service')}</option>
          </select>
        </label>
        {type === 'identity' ? (
          <label>
            {t('provider')}
            <select value={provider} onChange={(e) => setProvider(e.target.value)}>
              {choices.providers.map((p) => (
                <option key={p} value={p}>
                  {providerName(p, t)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {type === 'region' ? (
          <label>
            {t('region')}
            <select value={region} onChange={(e) => setRegion(e.target.value)}>
              {choices.regions.map((r) => (
                <option key={`${r.provider}|${r.region}`} value={`${r.provider}|${r.region}`}>
                  {providerName(r.provider, t)} · {words.regionLabel(r.provider, r.region)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {type === 'service' ? (
          <label>
            {t('service')}
            <select value={service} onChange={(e) => setService(e.target.value)}>
              {choices.services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t('when')}
          <select value={atWave} onChange={(e) => setAtWave(Number(e.target.value))}>
            {steps.map((s) => (
              <option key={s.atWave} value={s.atWave}>
                {stateName(s.atWave)}
              </option>
            ))}
          </select>
        </label>
      </form>

      {current ? (
        <>
          <p className="outage-headline" data-testid="outage-headline">
            {t('headline', {
              when: stateName(current.atWave),
              stopped: formatNumber(current.result.stopped.length, locale),
              degraded: formatNumber(current.result.degraded.length, locale),
              total: formatNumber(project.workloads.length, locale),
              critical: formatNumber(current.criticalStopped, locale),
            })}
          </p>
          <button type="button" onClick={showOnMap} disabled={current.result.stopped.length === 0}>
            {t('showOnMap')}
          </button>
          <table className="data outage-steps" data-testid="outage-across-plan">
            <caption>{t('across.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('across.when')}</th>
                <th scope="col" className="num">{t('across.stopped')}</th>
                <th scope="col" className="num">{t('across.critical')}</th>
                <th scope="col" className="num">{t('across.degraded')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => (
                <tr key={s.atWave} aria-current={s.atWave === atWave ? 'true' : undefined}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => setAtWave(s.atWave)}>
                      {stateName(s.atWave)}
                    </button>
                  </th>
                  <td className="num">{formatNumber(s.result.stopped.length, locale)}</td>
                  <td className="num">{formatNumber(s.criticalStopped, locale)}</td>
                  <td className="num">{formatNumber(s.result.degraded.length, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="two-col">
            <div>{impactTable(current.result.stopped, t('stoppedCaption', { count: current.result.stopped.length }), 'outage-stopped')}</div>
            <div>{impactTable(current.result.degraded, t('degradedCaption', { count: current.result.degraded.length }), 'outage-degraded')}</div>
          </div>
          <p className="muted">{t('model')}</p>
        </>
      ) : null}
    </section>
  );
}
