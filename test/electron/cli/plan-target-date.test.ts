/**
 * `decamp plan` on a project with a date to meet (project.targetDate): the summary leads with the
 * share of runs that make it, and, under 80%, the one change that reaches 80% or comes closest.
 */
import { describe, expect, it } from 'vitest';
import { editedSample, run } from './run-cli';

interface PlanJson {
  runs: number;
  schedule: { targetDate?: string; onTimeProbability?: number; toReach80?: { change: { title: string }; onTimeProbability: number }[] };
  simulation: { histogram: { start: string; end: string; count: number }[] };
}

/** The online shop (P50 2027-06-08, P80 2027-07-14 with 200 runs) to be done by `date`. */
const shopDueBy = (date: string) => editedSample('online-shop', (p) => (p.project.targetDate = date), `due-${date}.decamp.json`);

async function planBoth(file: string, runs = '200'): Promise<{ text: string[]; json: PlanJson }> {
  const text = await run(['plan', file, '--runs', runs]);
  const json = await run(['plan', file, '--runs', runs, '--json']);
  expect(text.code, text.stderr).toBe(0);
  return { text: text.stdout.split('\n'), json: JSON.parse(json.stdout) as PlanJson };
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

describe('decamp plan with a target date', () => {
  it('says every run makes a date after the last run ends, and offers no change', async () => {
    const { text, json } = await planBoth(shopDueBy('2028-12-29'));
    // From the histogram: the last simulated end is before the date, so all runs make it.
    expect(json.simulation.histogram.at(-1)!.end < '2028-12-29').toBe(true);
    expect(text[3]).toBe('Target   done by 2028-12-29: 100% of runs make it');
    expect(text[4]).toMatch(/^Program  start /);
  });

  it('takes exactly 80% as reached: no change offered', async () => {
    const { text, json } = await planBoth(shopDueBy('2027-07-14'), '250');
    expect(json.runs).toBe(250);
    expect(json.schedule.onTimeProbability! * 250).toBe(200);
    expect(text[3]).toBe('Target   done by 2027-07-14: 80% of runs make it');
    expect(text[4]).toMatch(/^Program  start /);
  });

  it('says no run makes a date before the first run ends, and that no single change helps', async () => {
    const { text, json } = await planBoth(shopDueBy('2027-01-11'));
    expect(json.simulation.histogram[0]!.start > '2027-01-11').toBe(true);
    expect(text[3]).toBe('Target   done by 2027-01-11: 0% of runs make it');
    expect(text[4]).toBe('         no single change among the levers raises it');
  });

  it('names the first change that reaches 80%, not merely the biggest', async () => {
    const { text, json } = await planBoth(shopDueBy('2027-06-01'));
    const onTime = json.schedule.onTimeProbability!;
    const levers = json.schedule.toReach80!;
    const reaching = levers.filter((l) => l.onTimeProbability >= 0.8);
    expect(onTime).toBeLessThan(0.8);
    expect(reaching.length).toBeGreaterThan(0);
    // A week before the P50 (2027-06-08): fewer than half the runs make it.
    expect(onTime).toBeLessThan(0.5);
    expect(text[3]).toBe(`Target   done by 2027-06-01: ${pct(onTime)} of runs make it`);
    expect(text[4]).toBe(`         to reach 80%: ${reaching[0]!.change.title} (${pct(reaching[0]!.onTimeProbability)})`);
  });

  it('names the change that comes closest when none reaches 80%', async () => {
    const { text, json } = await planBoth(shopDueBy('2027-05-10'));
    const levers = json.schedule.toReach80!;
    expect(levers.length).toBeGreaterThan(0);
    expect(levers.every((l) => l.onTimeProbability < 0.8)).toBe(true);
    const best = [...levers].sort((a, b) => b.onTimeProbability - a.onTimeProbability)[0]!;
    expect(text[3]).toBe(`Target   done by 2027-05-10: ${pct(json.schedule.onTimeProbability!)} of runs make it`);
    expect(text[4]).toBe(`         the best single change: ${best.change.title} (${pct(best.onTimeProbability)})`);
  });

  it('prints no target line for a project without a date to meet', async () => {
    const text = (await run(['plan', editedSample('online-shop', () => {}), '--runs', '100'])).stdout;
    expect(text).not.toContain('Target ');
    expect(text.split('\n')[3]).toMatch(/^Program  start 2027-01-11 /);
  });
});
