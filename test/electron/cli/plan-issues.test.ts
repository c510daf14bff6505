/** `decamp plan` ends with its issues counted, then listed: errors, then warnings, then notes, each group in the plan's order. */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../shared/model/load';
import { run, samplePath } from './run-cli';

interface Issue { severity: 'error' | 'warning' | 'info'; message: string; path: (string | number)[] }

describe('decamp plan: the issues', () => {
  it('lists the warnings before the notes, each group in the order --json gives', async () => {
    const args = ['plan', samplePath('online-shop'), '--runs', '50'];
    const issues = (JSON.parse((await run([...args, '--json'])).stdout) as { issues: Issue[] }).issues;
    const warnings = issues.filter((i) => i.severity === 'warning');
    const notes = issues.filter((i) => i.severity === 'info');
    expect(warnings.length).toBeGreaterThan(0);
    expect(notes.length).toBeGreaterThan(0);
    // The plan does not already list them grouped, so the grouping is the summary's own.
    expect(issues.map((i) => i.severity)).not.toEqual([...warnings, ...notes].map((i) => i.severity));
    const lines = (await run(args)).stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Issues: '));
    const line = (i: Issue) => `  [${i.severity}] ${i.path.length > 0 ? `${formatPath(i.path)}: ` : ''}${i.message}`;
    expect(lines[at]).toBe(`Issues: 0 errors, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}, ${notes.length} note${notes.length === 1 ? '' : 's'}`);
    expect(lines.slice(at + 1, -1)).toEqual([...warnings, ...notes].map(line));
  });
});
