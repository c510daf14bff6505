/**
 * A difference's text in the reader's language, for the app and the documents alike: each passes
 * its own translate function over the same locale files (`scenarios`, `common`, `assumptions`
 * namespaces), so both say the same thing. Provider, strategy and assumption ids in the params
 * become their translated names; dates go through the caller's date format.
 */
import { defaultRiskTitleCode } from '../model/default-risk-texts';
import type { ChangeText } from './describe';

export type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

export interface WordFormats {
  readonly date: (iso: string) => string;
  readonly number: (n: number) => string;
}

const PLAIN: WordFormats = { date: (iso) => iso, number: (n) => String(n) };

export function changeWords(t: Translate, text: ChangeText, formats: WordFormats = PLAIN): string {
  const p = text.params;
  const str = (v: unknown) => (v === undefined || v === '' ? '—' : String(v));
  const provider = (id: unknown) => (id === undefined || id === '' ? '—' : t(`common:provider.${String(id)}`, { defaultValue: String(id) }));
  const strategy = (id: unknown) => (id === undefined || id === '' ? '—' : t(`common:strategy.${String(id)}`, { defaultValue: String(id) }));
  const num = (v: unknown) => (typeof v === 'number' ? formats.number(v) : v === '' || v === undefined ? t('scenarios:change.default') : String(v));
  switch (text.code) {
    case 'target': {
      const names = { fromName: provider(p.from), toName: provider(p.to) };
      const costs = Number(p.costs) > 0 ? t('scenarios:change.targetCosts', { count: Number(p.costs), ...names }) : '';
      return t('scenarios:change.target', { count: Number(p.count), ...names }) + costs;
    }
    case 'workload.strategy':
      return t('scenarios:change.workload.strategy', { workload: str(p.workload), from: strategy(p.from), to: strategy(p.to) });
    case 'workload.target':
      return t('scenarios:change.workload.target', { workload: str(p.workload), fromName: provider(p.from), toName: provider(p.to) });
    case 'workload.secondaryAdd':
    case 'workload.secondaryChange':
    case 'workload.secondaryRemove': {
      const mode = (m: unknown) => (m === undefined || m === '' ? '—' : t(`scenarios:change.mode.${String(m)}`, { defaultValue: String(m) }));
      return t(`scenarios:change.${text.code}`, { workload: str(p.workload), fromName: provider(p.from), toName: provider(p.to), fromMode: mode(p.fromMode), mode: mode(p.mode) });
    }
    case 'stale.secondaryIsPrimary':
      return t('scenarios:change.stale.secondaryIsPrimary', { workload: str(p.workload), providerName: provider(p.provider) });
    case 'stale.secondaryNotMoving':
      return t('scenarios:change.stale.secondaryNotMoving', { workload: str(p.workload), strategy: strategy(p.strategy) });
    case 'team.addEngineers': {
      const delta = Number(p.delta);
      return t(delta >= 0 ? 'scenarios:change.team.more' : 'scenarios:change.team.fewer', { team: str(p.team), count: Math.abs(delta), from: str(p.from), to: str(p.to) });
    }
    case 'team.focus':
    case 'team.dayRate':
      return t(`scenarios:change.${text.code}`, { team: str(p.team), from: num(p.from), to: num(p.to) });
    case 'addTeam':
      return t('scenarios:change.addTeam', { team: str(p.team), count: Number(p.engineers) });
    case 'assumption':
      return t('scenarios:change.assumption', { assumption: t(`assumptions:name.${String(p.assumption)}`, { defaultValue: String(p.assumption) }), from: num(p.from), to: num(p.to) });
    case 'startDate':
      return t('scenarios:change.startDate', { from: formats.date(String(p.from)), to: formats.date(String(p.to)) });
    case 'addFreeze':
      return t('scenarios:change.addFreeze', { freeze: str(p.freeze), start: formats.date(String(p.start)), end: formats.date(String(p.end)) });
    case 'stale.nothingToProvider':
      return t('scenarios:change.stale.nothingToProvider', { providerName: provider(p.provider) });
    case 'stale.freezeInverted':
      return t('scenarios:change.stale.freezeInverted', { freeze: str(p.freeze), start: formats.date(String(p.start)), end: formats.date(String(p.end)) });
    case 'risk.enabled':
    case 'risk.disabled':
    case 'risk.mitigationAdopted':
    case 'risk.mitigationDropped':
    case 'risk.nothing':
    case 'stale.noMitigation': {
      // The register title: the default register's in the reader's language, the user's as written.
      const known = defaultRiskTitleCode(String(p.risk));
      const risk = known ? t(known.key, { ...known.params, defaultValue: String(p.risk) }) : str(p.risk);
      return t(`scenarios:change.${text.code}`, { ...p, risk, defaultValue: text.message });
    }
    default:
      return t(`scenarios:change.${text.code}`, { ...p, defaultValue: text.message });
  }
}
