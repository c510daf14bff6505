/**
 * Names the plan views share: a wave's name as people say it ("Pilot", "Wave 2"), where a workload
 * runs today and where it goes. Read from the Project and Plan as they are; no rule lives here.
 */
import type { TFunction } from 'i18next';
import type { Project, Workload } from '../../../../shared/model';
import { givenWaveName } from '../../../../shared/export/names';
import { defaultRiskText, type DefaultRiskPart } from '../../../../shared/model/default-risk-texts';
import type { Driver, Plan, Wave } from '../../../../shared/plan/types';
import { formatNumber } from '../../i18n/format';
import { formatList } from '../../i18n/list';

/**
 * The name the user gave the wave (the project's wave settings, which the plan carries), else
 * "Pilot", else "Wave n" counting from 1 after the pilot (wave index 1 is "Wave 1" when there is a pilot).
 */
export function waveName(wave: Pick<Wave, 'index' | 'isPilot'> & { readonly name?: string }, hasPilot: boolean, t: TFunction): string {
  const given = wave.name === undefined ? null : givenWaveName({ index: wave.index, name: wave.name }, hasPilot);
  if (given !== null) return given;
  if (wave.isPilot) return t('planviews:wave.pilot');
  return t('planviews:wave.n', { n: hasPilot ? wave.index : wave.index + 1 });
}

/** The provider a workload runs on today: its catalog id's prefix, else the project's source. */
export function sourceProviderOf(w: Workload, project: Project): string {
  const prefix = w.sourceService.split('.')[0] ?? '';
  return prefix !== '' && prefix !== w.sourceService ? prefix : project.project.sourceProvider;
}

/** Where it goes; retired and retained workloads stay where they are. */
export function targetProviderOf(w: Workload, project: Project): string {
  if (w.strategy === 'retire' || w.strategy === 'retain') return sourceProviderOf(w, project);
  return w.target?.provider ?? project.project.defaultTargets[0] ?? 'self-hosted';
}

/** A provider's display name in the reader's language, or its id when the catalogs do not know it. */
export function providerName(provider: string, t: TFunction): string {
  return t(`common:provider.${provider}`, { defaultValue: provider });
}

/**
 * A driver of the range in the reader's language: a source of uncertainty by its name
 * (`summary:drivers.source.*`), a risk by its register title (registerTitle).
 */
export function driverLabel(driver: Driver, t: TFunction): string {
  if (driver.kind === 'risk') return registerTitle(driver.title, t);
  return t(`summary:drivers.source.${String(driver.params.source)}`, { defaultValue: driver.title });
}

/**
 * What moves one wave's P80 cutover (`simulation.waves[].drivers`), each with the program driver it
 * names (for its words), largest first; `limit` of them.
 */
export function waveDrivers(plan: Pick<Plan, 'simulation'>, waveId: string, limit = 3): { readonly driver: Driver; readonly daysAtP80: number }[] {
  const forecast = plan.simulation.waves.find((w) => w.waveId === waveId);
  if (!forecast) return [];
  const byId = new Map(plan.simulation.drivers.map((d) => [d.id, d]));
  return (forecast.drivers ?? []).flatMap((d) => {
    const driver = byId.get(d.id);
    return driver ? [{ driver, daysAtP80: d.daysAtP80 }] : [];
  }).slice(0, limit);
}

/**
 * Drivers with the working days each adds, as one list in the reader's language:
 * "Program-wide pace (+6.8) and Rehearsals (+3.6)"; in Chinese "项目整体节奏（+6.8）和切换演练（+3.6）".
 */
export function driverListText(items: readonly { readonly driver: Driver; readonly daysAtP80: number }[], t: TFunction, locale: string): string {
  return formatList(locale, items.map((m) => t('planviews:driver.item', { name: driverLabel(m.driver, t), days: formatNumber(m.daysAtP80, locale, 1) })));
}

/**
 * A register entry's words in the reader's language: the default register's title, detail or
 * mitigation by its code (`plan:registerTitle.*` and so on), the user's own words as written.
 */
export function registerText(part: DefaultRiskPart, text: string, t: TFunction): string {
  const known = defaultRiskText(part, text);
  return known ? t(known.key, { ...known.params, defaultValue: text }) : text;
}

export function registerTitle(title: string, t: TFunction): string {
  return registerText('title', title, t);
}
