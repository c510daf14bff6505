/**
 * The words for a scenario's differences: what each does and, when it does nothing, why. Each text
 * carries an English message (CLI, logs) and a `code` with `params` that the app and the documents
 * translate (renderer/src/i18n/locales/<lng>/scenarios.json, `change.<code>`).
 */
import type { TextParams } from '../plan/types';

export interface ChangeText {
  readonly code: string;
  readonly params: TextParams;
  readonly message: string;
}

type Template = (p: TextParams) => string;

const s = (v: string | number | undefined) => (v === undefined ? '' : String(v));
const plural = (n: string | number | undefined, one: string, many: string) => (Number(n) === 1 ? one : many);

const ENGLISH: Readonly<Record<string, Template>> = {
  target: (p) =>
    `Every workload bound for ${s(p.fromName)} goes to ${s(p.toName)} instead (${s(p.count)} ${plural(p.count, 'workload', 'workloads')})` +
    (Number(p.costs) > 0 ? `; ${s(p.costs)} entered target run ${plural(p.costs, 'cost was', 'costs were')} for ${s(p.fromName)} and ${plural(p.costs, 'is', 'are')} estimated again` : ''),
  'workload.strategy': (p) => `${s(p.workload)}: strategy ${p.from ? `${s(p.from)} → ` : ''}${s(p.to)}`,
  'workload.target': (p) => `${s(p.workload)}: target ${p.fromName ? `${s(p.fromName)} → ` : ''}${s(p.toName)}`,
  'workload.secondaryAdd': (p) => `${s(p.workload)}: also runs on ${s(p.toName)}, ${s(p.mode)}`,
  'workload.secondaryChange': (p) => `${s(p.workload)}: second provider ${s(p.fromName)}, ${s(p.fromMode)} → ${s(p.toName)}, ${s(p.mode)}`,
  'workload.secondaryRemove': (p) => `${s(p.workload)}: runs on one provider only, no longer also on ${s(p.fromName)}`,
  'workload.team': (p) => `${s(p.workload)}: owner team ${p.from ? `${s(p.from)} → ` : ''}${s(p.to)}`,
  'workload.nothing': (p) => `${s(p.workload)}: nothing changed`,
  'team.engineers': (p) => `${s(p.team)}: ${s(p.from)} → ${s(p.to)} engineers`,
  'team.addEngineers': (p) => `${s(p.team)}: ${Number(p.delta) >= 0 ? `${s(p.delta)} more` : `${-Number(p.delta)} fewer`} ${plural(Math.abs(Number(p.delta)), 'engineer', 'engineers')} (${s(p.from)} → ${s(p.to)})`,
  'team.focus': (p) => `${s(p.team)}: focus ${p.from === '' ? 'the default' : s(p.from)} → ${s(p.to)}`,
  'team.dayRate': (p) => `${s(p.team)}: day rate ${p.from === '' ? 'the default' : s(p.from)} → ${s(p.to)}`,
  'team.nothing': (p) => `${s(p.team)}: nothing changed`,
  addTeam: (p) => `A new team, ${s(p.team)}, of ${s(p.engineers)} ${plural(p.engineers, 'engineer', 'engineers')}`,
  assumption: (p) => `Assumption ${s(p.assumption)}: ${p.from === '' ? '' : `${s(p.from)} → `}${s(p.to)}${p.unit ? ` ${s(p.unit)}` : ''}`,
  startDate: (p) => `Start date ${s(p.from)} → ${s(p.to)}`,
  addFreeze: (p) => `A change freeze, ${s(p.freeze)}, ${s(p.start)} to ${s(p.end)}`,
  removeFreeze: (p) => `No change freeze ${s(p.freeze)}`,
  'risk.enabled': (p) => `Risk counted: ${s(p.risk)}`,
  'risk.disabled': (p) => `Risk not counted: ${s(p.risk)}`,
  'risk.mitigationAdopted': (p) => `Mitigation taken for ${s(p.risk)}${p.mitigation ? `: ${s(p.mitigation)}` : ''}`,
  'risk.mitigationDropped': (p) => `Mitigation not taken for ${s(p.risk)}`,
  'risk.nothing': (p) => `${s(p.risk)}: nothing changed`,
  'stale.same': () => 'the baseline already says this, so it changes nothing',
  'stale.empty': () => 'it sets nothing',
  'stale.workloadGone': (p) => `workload '${s(p.workload)}' is no longer in the baseline`,
  'stale.teamGone': (p) => `team '${s(p.team)}' is no longer in the baseline`,
  'stale.teamExists': (p) => `the baseline now has a team with the id '${s(p.team)}'`,
  'stale.unknownAssumption': (p) => `'${s(p.assumption)}' is not an assumption this version of Decamp uses`,
  'stale.freezeExists': (p) => `the baseline now has the freeze ${s(p.freeze)}`,
  'stale.freezeInverted': (p) => `the freeze ${s(p.freeze)} ends (${s(p.end)}) before it starts (${s(p.start)})`,
  'stale.freezeGone': (p) => `the baseline has no freeze '${s(p.freeze)}' any more`,
  'stale.riskGone': (p) => `the register has no risk '${s(p.risk)}' any more`,
  'stale.noMitigation': (p) => `${s(p.risk)} has no mitigation in the register`,
  'stale.secondaryIsPrimary': (p) => `${s(p.workload)} already goes to ${s(p.providerName)} as its target`,
  'stale.secondaryNotMoving': (p) => `${s(p.workload)} does not move (${s(p.strategy)}), and a second provider applies to workloads that move`,
  'stale.nothingToProvider': (p) => `no workload goes to ${s(p.providerName)} in the baseline any more`,
};

/** A difference's text by code; an unknown code still reads (its code and params), so nothing is lost. */
export function describePart(code: string, params: TextParams): ChangeText {
  const template = ENGLISH[code];
  return { code, params, message: template ? template(params) : `${code} ${JSON.stringify(params)}` };
}

/** Every code a difference's text may carry, for the translation files' completeness test. */
export const CHANGE_TEXT_CODES: readonly string[] = Object.keys(ENGLISH);
