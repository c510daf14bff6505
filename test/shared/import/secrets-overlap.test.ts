/**
 * Secrets that overlap or nest (a password that holds another noted value) leave nothing of either
 * behind: each text keeps only what no secret covers, a `[removed]` for each run of covered characters.
 */
import { describe, expect, it } from 'vitest';
import { FragmentBuilder } from '../../../shared/import/fragment-builder';

const notesAfterScrub = (secrets: readonly string[], notes: string): string | undefined => {
  const b = new FragmentBuilder();
  for (const s of secrets) b.noteSecret(s);
  b.addWorkload({ ids: ['w'], name: 'w', kind: 'compute', sourceService: 'x', notes, origin: { file: 'estate.csv', row: 2 } });
  return b.build().fragment.workloads[0]?.notes;
};

describe('secrets inside one another or overlapping', () => {
  it('remove the whole of the longer one, whichever was noted first', () => {
    expect(notesAfterScrub(['-Literal', 'Tok3n-Literal-9'], 'build:Tok3n-Literal-9')).toBe('build:[removed]');
    expect(notesAfterScrub(['Tok3n-Literal-9', '-Literal'], 'build:Tok3n-Literal-9 and -Literal')).toBe('build:[removed] and [removed]');
  });

  it('that overlap without nesting leave no character of either', () => {
    expect(notesAfterScrub(['ab12cd', 'cd34ef'], 'x ab12cd34ef y')).toBe('x [removed] y');
  });

  it('leave the text between two occurrences as it was', () => {
    expect(notesAfterScrub(['k3y-9'], 'k3y-9, then k3y-9')).toBe('[removed], then [removed]');
  });
});
