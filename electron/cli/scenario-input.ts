/**
 * `--scenario NAME` for the commands that plan: the named scenario's project, with every difference
 * that no longer applies reported on stderr (the plan goes on without it; nothing is dropped from the file).
 */
import type { Project } from '../../shared/model/schema';
import { applyScenario, findScenario, type ChangeOutcome, type ScenarioProject } from '../../shared/scenarios';
import type { CliIo } from './io';

/** The scenario's project, or null (after saying which scenarios the file has) when it has none of that name. */
export function scenarioInput(project: Project, key: string, label: string, command: string, io: CliIo): ScenarioProject | null {
  const scenario = findScenario(project, key);
  if (!scenario) {
    const names = (project.scenarios ?? []).map((s) => `'${s.name}'`);
    io.stderr(`decamp ${command}: ${label} has no scenario '${key}'. ${names.length > 0 ? `Its scenarios: ${names.join(', ')}.` : 'It has no scenarios.'}\n`);
    return null;
  }
  const applied = applyScenario(project, scenario);
  for (const outcome of applied.stale) io.stderr(`${staleLine(label, scenario.name, outcome)}\n`);
  return applied;
}

/** `FILE: warning: scenario 'Two more engineers', difference 2 no longer applies: Web: owner team X → Y (team 'x' is no longer in the baseline)`. */
export function staleLine(label: string, scenarioName: string, outcome: ChangeOutcome): string {
  const parts = outcome.parts.filter((p) => p.status === 'stale').map((p) => `${p.text.message} (${p.reason?.message ?? 'no longer applies'})`);
  return `${label}: warning: scenario '${scenarioName}', difference ${outcome.index + 1} no longer applies: ${parts.join('; ')}`;
}

/** The differences as `plan --json` and `compare --json` print them. */
export function outcomesJson(outcomes: readonly ChangeOutcome[]) {
  return outcomes.map((o) => ({
    index: o.index,
    kind: o.change.kind,
    status: o.status,
    parts: o.parts.map((p) => ({ status: p.status, code: p.text.code, params: p.text.params, message: p.text.message, ...(p.reason ? { reason: { code: p.reason.code, params: p.reason.params, message: p.reason.message } } : {}) })),
  }));
}
