/**
 * `decamp plan [FILE] [--scenario NAME] [--seed N] [--runs N|auto] [--json]`: plan the move (or one
 * of the file's scenarios) and print it, either as a readable summary or as the Plan in JSON (the
 * documented public shape, docs/cli.md).
 */
import { planProject } from '../../../shared/plan/plan-project';
import { booleanOption, type CliCommand, stringOption, wholeOption } from '../command';
import { EXIT } from '../io';
import { loadInput } from '../load-input';
import { formatPlanSummary } from '../plan-summary';
import { toPlanJson } from '../../../shared/export/plan-json';
import { outcomesJson, scenarioInput } from '../scenario-input';

export const planCommand: CliCommand = {
  name: 'plan',
  synopsis: 'plan [FILE] [--scenario NAME] [--seed N] [--runs N|auto] [--json]',
  summary: 'Plan the move: waves, dates, P50/P80/P95, top risks.',
  help: `Usage: decamp plan [FILE] [--scenario NAME] [--seed N] [--runs N|auto] [--json]

Plan the move and print waves, dates, the P50/P80/P95 end dates and the top risks.

Options:
  --scenario NAME
              Plan one of the file's scenarios (by name or id): the baseline with the scenario's
              differences. A difference that no longer applies is reported on stderr and skipped.
  --seed N    Seed of the Monte Carlo simulation, 0 to 4294967295. The same file and seed always
              give the same numbers; without it a fixed seed is used.
  --runs N    Monte Carlo runs (default: the project's simulation.runs, 2,000), or 'auto': run
              in batches of 500 until the P80's standard error is half a working day (at most
              20,000 runs).
  --json      Print the Plan as JSON, the documented public shape (docs/cli.md).

FILE is a *.decamp.json project; without it the embedded mid-size sample is used.
Exit codes: 0 planned, 1 the file is missing or invalid, 2 bad usage (including a scenario the
file does not have).
`,
  options: {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const seed = wholeOption(args, 'seed', 0, 2 ** 32 - 1, io);
    const runs = stringOption(args, 'runs') === 'auto' ? 'auto' : wholeOption(args, 'runs', 1, 1_000_000, io);
    if (seed === null || runs === null) return EXIT.usage;
    const file = args.positionals[0];
    const input = await loadInput(file, io);
    if (!input.ok) return EXIT.invalidInput;
    const key = stringOption(args, 'scenario');
    const scenario = key === undefined ? null : scenarioInput(input.project, key, input.label, 'plan', io);
    if (key !== undefined && !scenario) return EXIT.usage;
    const project = scenario?.project ?? input.project;
    const plan = planProject(project, {
      ...(seed !== undefined ? { seed } : {}),
      ...(runs !== undefined ? { runs } : {}),
    });
    if (booleanOption(args, 'json')) {
      const json = scenario ? { ...toPlanJson(project, plan), scenario: { id: scenario.scenario.id, name: scenario.scenario.name, differences: outcomesJson(scenario.outcomes) } } : toPlanJson(project, plan);
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      const lead = scenario ? `Scenario: ${scenario.scenario.name} (${scenario.outcomes.length} difference${scenario.outcomes.length === 1 ? '' : 's'} from the baseline${scenario.stale.length > 0 ? `, ${scenario.stale.length} no longer applying` : ''})\n` : '';
      io.stdout(lead + formatPlanSummary(project, plan));
    }
    return EXIT.ok;
  },
};
