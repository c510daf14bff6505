/**
 * The form that adds one difference to a scenario: what changes (a team's size, a new team, the
 * target provider, one workload, one workload's second provider, an assumption, the start, a freeze, a risk), then its fields,
 * each chosen from what the baseline has. The store checks the result against the schema.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSUMPTION_IDS, DEFAULT_ASSUMPTIONS, MULTI_TARGET_MODES, type MultiTargetMode, type Project, type ScenarioChange, type Strategy, STRATEGIES, TARGET_PROVIDERS, type TargetProvider } from '../../../../shared/model';
import { targetProviderOf } from '../../../../shared/catalog/placement';
import { riskRegisterOf, useDecampStore } from '../../store';
import { registerTitle } from '../shared/plan-labels';
import { useCatalogWords } from '../shared/use-catalog-words';

type Kind = ScenarioChange['kind'];
const KINDS: readonly Kind[] = ['team', 'add-team', 'target', 'workload', 'secondary-target', 'assumption', 'start-date', 'add-freeze', 'remove-freeze', 'risk'];

export function AddDifference({ scenarioId, project }: { readonly scenarioId: string; readonly project: Project }) {
  const { t } = useTranslation(['scenarios', 'common', 'assumptions']);
  const words = useCatalogWords();
  const addChange = useDecampStore((s) => s.addScenarioChange);
  const [kind, setKind] = useState<Kind>('team');
  const [error, setError] = useState<string | null>(null);
  const firstTeam = project.teams[0]?.id ?? '';
  const inUse = [...new Set(project.workloads.map((w) => targetProviderOf(w, project)))];
  const [f, setF] = useState<Record<string, string>>({
    team: firstTeam,
    mode: 'add',
    engineers: '2',
    teamName: '',
    replaces: inUse[0] ?? project.project.defaultTargets[0] ?? 'aws',
    provider: TARGET_PROVIDERS.find((p) => !inUse.includes(p)) ?? 'huawei',
    workload: project.workloads[0]?.id ?? '',
    field: 'strategy',
    strategy: 'replatform',
    secondaryProvider: TARGET_PROVIDERS.find((p) => !inUse.includes(p)) ?? 'huawei',
    secondaryMode: 'active-passive',
    assumption: 'transfer.bandwidthMbps',
    value: String(DEFAULT_ASSUMPTIONS['transfer.bandwidthMbps'].value),
    date: project.project.startDate,
    freezeName: '',
    freezeStart: project.project.startDate,
    freezeEnd: project.project.startDate,
    freeze: project.calendar.freezeWindows[0]?.id ?? '',
    risk: riskRegisterOf(project)[0]?.id ?? '',
    riskAction: 'off',
  });
  const set = (key: string) => (e: { target: { value: string } }) => setF({ ...f, [key]: e.target.value });
  const id = (key: string) => `add-${scenarioId}-${key}`;

  const build = (): ScenarioChange | null => {
    const n = Number(f.engineers);
    switch (kind) {
      case 'team':
        if (!Number.isInteger(n)) return null;
        return f.mode === 'add' ? { kind, teamId: f.team!, addEngineers: n } : { kind, teamId: f.team!, engineers: n };
      case 'add-team': {
        const name = f.teamName!.trim();
        if (!name || !Number.isInteger(n)) return null;
        const taken = new Set(project.teams.map((x) => x.id));
        let slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
        for (let i = 2; taken.has(slug); i++) slug = `${slug.replace(/-\d+$/, '')}-${i}`;
        return { kind, team: { id: slug, name, engineers: n } };
      }
      case 'target':
        return { kind, provider: f.provider as TargetProvider, replaces: f.replaces as TargetProvider };
      case 'workload':
        if (f.field === 'strategy') return { kind, workloadId: f.workload!, strategy: f.strategy as Strategy };
        if (f.field === 'target') return { kind, workloadId: f.workload!, target: { provider: f.provider as TargetProvider } };
        return { kind, workloadId: f.workload!, team: f.team! };
      case 'secondary-target':
        if (!f.workload) return null;
        return { kind, workloadId: f.workload, secondaryTarget: f.secondaryProvider === 'none' ? null : { provider: f.secondaryProvider as TargetProvider, mode: f.secondaryMode as MultiTargetMode } };
      case 'assumption': {
        const v = Number(f.value);
        return Number.isFinite(v) && f.value!.trim() !== '' ? { kind, assumptionId: f.assumption!, value: v } : null;
      }
      case 'start-date':
        return { kind, date: f.date! };
      case 'add-freeze': {
        const name = f.freezeName!.trim();
        if (!name) return null;
        const taken = new Set(project.calendar.freezeWindows.map((w) => w.id));
        let fid = `freeze-${f.freezeStart}`;
        for (let i = 2; taken.has(fid); i++) fid = `freeze-${f.freezeStart}-${i}`;
        return { kind, window: { id: fid, name, start: f.freezeStart!, end: f.freezeEnd! } };
      }
      case 'remove-freeze':
        return f.freeze ? { kind, freezeId: f.freeze } : null;
      case 'risk':
        if (!f.risk) return null;
        if (f.riskAction === 'off' || f.riskAction === 'on') return { kind, riskId: f.risk, enabled: f.riskAction === 'on' };
        return { kind, riskId: f.risk, mitigationAdopted: f.riskAction === 'mitigate' };
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const change = build();
    if (!change) return setError(t('add.invalid'));
    const result = addChange(scenarioId, change);
    setError(result.ok ? null : t('add.invalid'));
  };

  const select = (key: string, label: string, options: readonly (readonly [string, string])[]) => (
    <div className="field">
      <label htmlFor={id(key)}>{label}</label>
      <select id={id(key)} value={f[key]} onChange={set(key)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const input = (key: string, label: string, type: 'text' | 'number' | 'date' = 'text') => (
    <div className="field">
      <label htmlFor={id(key)}>{label}</label>
      <input id={id(key)} type={type} value={f[key]} onChange={set(key)} {...(type === 'number' ? { step: 'any' } : {})} />
    </div>
  );
  const teams = project.teams.map((x) => [x.id, x.name] as const);
  const providers = TARGET_PROVIDERS.map((p) => [p, t(`common:provider.${p}`)] as const);

  return (
    <form className="add-difference" onSubmit={submit} aria-label={t('add.heading')}>
      <div className="field">
        <label htmlFor={id('kind')}>{t('add.kind')}</label>
        <select id={id('kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`add.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === 'team' ? (
        <>
          {select('team', t('add.team'), teams)}
          {select('mode', t('add.mode'), [['add', t('add.modeAdd')], ['set', t('add.modeSet')]])}
          {input('engineers', f.mode === 'add' ? t('add.engineersAdd') : t('add.engineersSet'), 'number')}
        </>
      ) : null}
      {kind === 'add-team' ? (
        <>
          {input('teamName', t('add.teamName'))}
          {input('engineers', t('add.engineersSet'), 'number')}
        </>
      ) : null}
      {kind === 'target' ? (
        <>
          {select('replaces', t('add.replaces'), providers)}
          {select('provider', t('add.provider'), providers)}
        </>
      ) : null}
      {kind === 'workload' ? (
        <>
          {select('workload', t('add.workload'), project.workloads.map((w) => [w.id, w.name] as const))}
          {select('field', t('add.field'), [['strategy', t('add.fieldStrategy')], ['target', t('add.fieldTarget')], ['team', t('add.fieldTeam')]])}
          {f.field === 'strategy' ? select('strategy', t('add.fieldStrategy'), STRATEGIES.map((s) => [s, t(`common:strategy.${s}`)] as const)) : null}
          {f.field === 'target' ? select('provider', t('add.provider'), providers) : null}
          {f.field === 'team' ? select('team', t('add.team'), teams) : null}
        </>
      ) : null}
      {kind === 'secondary-target' ? (
        <>
          {select('workload', t('add.workload'), project.workloads.map((w) => [w.id, w.name] as const))}
          {select('secondaryProvider', t('add.secondaryProvider'), [['none', t('add.secondaryNone')], ...providers])}
          {f.secondaryProvider !== 'none' ? select('secondaryMode', t('add.secondaryMode'), MULTI_TARGET_MODES.map((m) => [m, t(`second.modes.${m}`)] as const)) : null}
        </>
      ) : null}
      {kind === 'assumption' ? (
        <>
          {select('assumption', t('add.assumption'), ASSUMPTION_IDS.map((a) => [a, t(`assumptions:name.${a}`, { defaultValue: a })] as const))}
          {input('value', t('add.value'), 'number')}
        </>
      ) : null}
      {kind === 'start-date' ? input('date', t('add.date'), 'date') : null}
      {kind === 'add-freeze' ? (
        <>
          {input('freezeName', t('add.freezeName'))}
          {input('freezeStart', t('add.freezeStart'), 'date')}
          {input('freezeEnd', t('add.freezeEnd'), 'date')}
        </>
      ) : null}
      {kind === 'remove-freeze' ? select('freeze', t('add.freeze'), project.calendar.freezeWindows.map((w) => [w.id, words.freeze(w)] as const)) : null}
      {kind === 'risk' ? (
        <>
          {select('risk', t('add.risk'), riskRegisterOf(project).map((r) => [r.id, registerTitle(r.title, t)] as const))}
          {select('riskAction', t('add.riskAction'), [['off', t('add.riskOff')], ['on', t('add.riskOn')], ['mitigate', t('add.mitigationOn')], ['unmitigate', t('add.mitigationOff')]])}
        </>
      ) : null}
      <button type="submit">{t('add.submit')}</button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
