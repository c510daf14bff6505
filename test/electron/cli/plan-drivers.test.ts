/** `decamp plan`'s list of what moves the P80, and its waves table, read against `plan --json`. */
import { describe, expect, it } from 'vitest';
import { run, samplePath } from './run-cli';

interface PlanJson {
  simulation: { drivers: { title: string; kind: string; daysAtP80: number; occurrence?: number }[] };
  waves: { index: number; name: string; workloadIds: string[]; effort: { likely: number }; start: string; end: string; p50End: string; p80End: string }[];
}

describe('decamp plan: what moves the P80', () => {
  it('lists the five drivers adding the most working days, right-aligned, a risk with how often it happens', async () => {
    const args = ['plan', samplePath('online-shop'), '--runs', '200', '--seed', '4'];
    const json = JSON.parse((await run([...args, '--json'])).stdout) as PlanJson;
    const lines = (await run(args)).stdout.split('\n');
    const adding = json.simulation.drivers.filter((d) => d.daysAtP80 > 0);
    // More drivers than are listed, some adding nothing, and a risk among the five.
    expect(adding.length).toBeGreaterThan(5);
    expect(json.simulation.drivers.length).toBeGreaterThan(adding.length);
    const top = adding.slice(0, 5);
    expect(top.some((d) => d.kind === 'risk')).toBe(true);
    const at = lines.indexOf('What moves the P80 (working days each adds, turned off in turn)');
    expect(lines[at - 1]).toBe('');
    expect(lines.slice(at + 1, at + 7)).toEqual([
      ...top.map((d) => `  ${d.daysAtP80.toFixed(1).padStart(6)}  ${d.title}${d.kind === 'risk' ? ` (a risk; happens in ${Math.round(d.occurrence! * 100)}% of runs)` : ''}`),
      '',
    ]);
  });

  it('prints one row per wave under a header: index, name, workloads, effort, dates', async () => {
    const args = ['plan', samplePath('online-shop'), '--runs', '100'];
    const json = JSON.parse((await run([...args, '--json'])).stdout) as PlanJson;
    const lines = (await run(args)).stdout.split('\n');
    const at = lines.indexOf('Waves');
    expect(lines[at + 1]!.trim().split(/ {2,}/)).toEqual(['#', 'Wave', 'Workloads', 'Effort (person-days, likely)', 'Start', 'End', 'P50 end', 'P80 end']);
    expect(lines.slice(at + 3, at + 3 + json.waves.length).map((l) => l.trim().split(/ {2,}/))).toEqual(
      json.waves.map((w) => [String(w.index), w.name, String(w.workloadIds.length), w.effort.likely.toFixed(1), w.start, w.end, w.p50End, w.p80End]),
    );
  });
});
