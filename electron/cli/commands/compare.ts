/**
 * `decamp compare [FILE] [--scenario NAME]... [--seed N] [--runs N] [--json]`: the baseline and the
 * file's scenarios planned with the same seed and runs, side by side, with what each one changes.
 */
import { compareScenarios, findScenario, type Comparison } from '../../../shared/scenarios';
import { booleanOption, type CliCommand, stringListOption, wholeOption } from '../command';
import { formatComparison } from '../compare-summary';
import { EXIT } from '../io';
import { loadInput } from '../load-input';
import { outcomesJson, staleLine } from '../scenario-input';

/** Bumped when a field of `compare --json` is renamed or removed (docs/cli.md). */
export const COMPARE_JSON_FORMAT = 1;

export const compareCommand: CliCommand = {
  name: 'compare',
  synopsis: 'compare [FILE] [--scenario NAME]... [--json]',
  summary: 'Compare the scenarios side by side: dates, effort, cost, risks, outage exposure.',
  help: `Usage: decamp compare [FILE] [--scenario NAME]... [--seed N] [--runs N] [--json]

Plan the baseline and each of the file's scenarios with the same seed and runs, and print them
side by side: P50/P80/P95 and deterministic end, effort, labour, dual running, run cost before and
after, cross-cloud links, risks, the outage exposure today and at the end, the top drivers of the
spread, and what each scenario changes. A difference that no longer applies (its workload or team
has gone from the baseline) is listed and reported on stderr.

Options:
  --scenario NAME
              Compare only this scenario (by name or id); give it more than once for several.
  --seed N    Seed of the Monte Carlo simulation, 0 to 4294967295 (default: a fixed seed).
  --runs N    Monte Carlo runs per plan (default: the project's simulation.runs, 2,000).
  --json      Print the comparison as JSON (docs/cli.md).

FILE is a *.decamp.json project; without it the embedded mid-size sample is used.
Exit codes: 0 compared, 1 the file is missing or invalid, 2 bad usage (including a scenario the
file does not have).
`,
  options: {
    scenario: { type: 'string', multiple: true },
    seed: { type: 'string' },
    runs: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const seed = wholeOption(args, 'seed', 0, 2 ** 32 - 1, io);
    const runs = wholeOption(args, 'runs', 1, 1_000_000, io);
    if (seed === null || runs === null) return EXIT.usage;
    const input = await loadInput(args.positionals[0], io);
    if (!input.ok) return EXIT.invalidInput;
    const project = input.project;
    const only: string[] = [];
    for (const key of stringListOption(args, 'scenario')) {
      const found = findScenario(project, key);
      if (!found) {
        const names = (project.scenarios ?? []).map((s) => `'${s.name}'`);
        io.stderr(`decamp compare: ${input.label} has no scenario '${key}'. ${names.length > 0 ? `Its scenarios: ${names.join(', ')}.` : 'It has no scenarios.'}\n`);
        return EXIT.usage;
      }
      only.push(found.id);
    }
    const comparison = compareScenarios(project, { ...(seed !== undefined ? { seed } : {}), ...(runs !== undefined ? { runs } : {}), ...(only.length > 0 ? { only } : {}) });
    for (const c of comparison.columns) for (const o of c.outcomes) if (o.status === 'stale') io.stderr(`${staleLine(input.label, c.name, o)}\n`);
    io.stdout(booleanOption(args, 'json') ? `${JSON.stringify(comparisonJson(project.project.name, comparison), null, 2)}\n` : formatComparison(project, comparison));
    return EXIT.ok;
  },
};

/** The public shape of `compare --json`. */
export function comparisonJson(name: string, comparison: Comparison) {
  return {
    compareFormat: COMPARE_JSON_FORMAT,
    project: { name },
    seed: comparison.seed,
    runs: comparison.runs,
    currency: comparison.currency,
    columns: comparison.columns.map((c) => ({
      id: c.id,
      name: c.name,
      isBaseline: c.isBaseline,
      ...(c.description ? { description: c.description } : {}),
      differences: outcomesJson(c.outcomes),
      delta: c.delta,
      figures: c.figures,
    })),
  };
}
