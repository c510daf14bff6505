/**
 * The file names of an export: one file keeps the name the user chose; several (a split ticket
 * file) are numbered STEM-1.EXT, STEM-2.EXT ... beside it.
 */
import { describe, expect, it } from 'vitest';
import { numberedNames } from '../../../shared/export/formats';

describe('numberedNames', () => {
  it('keeps the chosen name, unnumbered, for one file (and for none)', () => {
    expect(numberedNames('/home/li/plan.csv', 1)).toEqual(['/home/li/plan.csv']);
    expect(numberedNames('/home/li/plan.csv', 0)).toEqual(['/home/li/plan.csv']);
  });

  it('numbers several files before the extension, not inside a folder name with a dot', () => {
    expect(numberedNames('/home/li/plan.csv', 2)).toEqual(['/home/li/plan-1.csv', '/home/li/plan-2.csv']);
    expect(numberedNames('C:\\v1.2\\tickets', 2)).toEqual(['C:\\v1.2\\tickets-1', 'C:\\v1.2\\tickets-2']);
  });
});
