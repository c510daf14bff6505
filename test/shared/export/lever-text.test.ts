/**
 * A target-date lever as the report names it: a mitigation lever names its risk and says what the
 * mitigation does, in the register's words (a user's own as written), and in Chinese for the
 * default register's texts. A lever code the catalogue lacks falls back to the engine's title.
 */
import { describe, expect, it } from 'vitest';
import { exportMessages } from '../../../electron/cli/export-messages';
import { createExportText } from '../../../shared/export/i18n';
import { leverText } from '../../../shared/export/report-target-date';
import type { TargetLever } from '../../../shared/plan/types';

const mitigation = (params: Record<string, string>): TargetLever => ({
  change: { kind: 'mitigation', id: 'mitigation:r1', title: 'engine title', code: 'lever.mitigation', params },
  onTimeProbability: 0.8,
});

describe('leverText', () => {
  it('names a mitigation lever by its risk and what the mitigation does', () => {
    const text = createExportText(exportMessages(), 'en');
    expect(leverText(mitigation({ risk: 'Vendor slips', riskId: 'r1', mitigation: 'Book the vendor twice' }), text)).toBe('Adopt the mitigation of “Vendor slips”: Book the vendor twice');
  });

  it('says nothing of a mitigation that has no words, rather than "undefined"', () => {
    const text = createExportText(exportMessages(), 'en');
    expect(leverText(mitigation({ risk: 'Vendor slips', riskId: 'r1' }), text)).toBe('Adopt the mitigation of “Vendor slips”: ');
  });

  it("falls back to the engine's title for a code the catalogue does not have", () => {
    const text = createExportText(exportMessages(), 'zh-CN');
    const lever: TargetLever = { change: { kind: 'engineer', id: 'x', title: 'Something new', code: 'lever.unheardOf', params: {} }, onTimeProbability: 0.5 };
    expect(leverText(lever, text)).toBe('Something new');
  });
});
