/**
 * Money in one currency. A project counts in its own currency (`project.currency`); a team's day
 * rate or a workload's bill may be entered in another (an AWS quote in USD for a CNY project), and is
 * converted with the project's exchange rates, which are assumptions with a date and a source: no
 * rate is ever looked up. The planner sees amounts in the project's currency only.
 */
import type { ExchangeRate, Project } from './schema';
import { CURRENCIES, type Currency } from './vocabulary';

/** The rate for `currency` (units of the project's currency per unit), 1 for the project's own, undefined when the project has none. */
export function rateFor(project: Pick<Project, 'project'>, currency: Currency): number | undefined {
  if (currency === project.project.currency) return 1;
  return project.project.exchangeRates?.find((r) => r.currency === currency)?.rate;
}

export function exchangeRateOf(project: Pick<Project, 'project'>, currency: Currency): ExchangeRate | undefined {
  return project.project.exchangeRates?.find((r) => r.currency === currency);
}

/** An amount in `from` as the project's currency; NaN without a rate (the loader refuses such files, so only a caller's mistake gets here). */
export function toProjectCurrency(project: Pick<Project, 'project'>, amount: number, from: Currency): number {
  const rate = rateFor(project, from);
  return rate === undefined ? Number.NaN : amount * rate;
}

/** An amount in the project's currency shown in `to`; undefined without a rate. */
export function fromProjectCurrency(project: Pick<Project, 'project'>, amount: number, to: Currency): number | undefined {
  const rate = rateFor(project, to);
  return rate === undefined ? undefined : amount / rate;
}

/**
 * The project with every amount entered in another currency converted to the project's: what the
 * planner reads. The same object when nothing is in another currency, so an ordinary project costs
 * nothing here.
 */
export function inProjectCurrency(project: Project): Project {
  const home = project.project.currency;
  const foreignTeam = project.teams.some((t) => t.dayRateCurrency !== undefined && t.dayRateCurrency !== home);
  const foreignWorkload = project.workloads.some((w) => w.costCurrency !== undefined && w.costCurrency !== home);
  if (!foreignTeam && !foreignWorkload) return project;
  // Without a rate (the loader refuses such a file and the app offers only rated currencies) the amount stays as entered, finite.
  const convert = (amount: number, from: Currency) => amount * (rateFor(project, from) ?? 1);
  return {
    ...project,
    teams: project.teams.map((t) => {
      if (t.dayRateCurrency === undefined || t.dayRateCurrency === home) return t;
      const { dayRateCurrency, ...rest } = t;
      return rest.dayRate === undefined ? rest : { ...rest, dayRate: convert(rest.dayRate, dayRateCurrency) };
    }),
    workloads: project.workloads.map((w) => {
      if (w.costCurrency === undefined || w.costCurrency === home) return w;
      const { costCurrency, ...rest } = w;
      return {
        ...rest,
        monthlyCost: convert(rest.monthlyCost, costCurrency),
        ...(rest.targetMonthlyCost !== undefined ? { targetMonthlyCost: convert(rest.targetMonthlyCost, costCurrency) } : {}),
      };
    }),
  };
}

/** Why an amount cannot be entered in `currency`: a code the app translates, and English for the CLI and logs. */
export interface CurrencyProblem {
  readonly code: 'unknownCurrency' | 'noExchangeRate';
  readonly currency: string;
  readonly message: string;
}

/**
 * Null when an item's amounts may be entered in `currency`: the project's own, or one it has an
 * exchange rate for. Decamp converts with the project's rates only (none is looked up), so a
 * currency without one is refused before it reaches the file, with what to do about it.
 */
export function currencyProblem(project: Pick<Project, 'project'>, currency: string): CurrencyProblem | null {
  if (!(CURRENCIES as readonly string[]).includes(currency)) return { code: 'unknownCurrency', currency, message: `${currency} is not a currency Decamp knows (${CURRENCIES.join(', ')})` };
  if (rateFor(project, currency as Currency) === undefined) {
    return { code: 'noExchangeRate', currency, message: `the project has no exchange rate for ${currency}: add one (what 1 ${currency} is worth in ${project.project.currency}, its date and its source) first` };
  }
  return null;
}
