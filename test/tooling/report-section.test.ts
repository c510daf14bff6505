import { describe, expect, it } from 'vitest';
import { withSection } from '../../bench/report-section';

describe('benchmark report sections', () => {
  it('replaces only its own section and keeps the others', () => {
    let doc = withSection('', 'engine', '## Engine\nold');
    doc = withSection(doc, 'renderer', '## Renderer\nkeys');
    doc = withSection(doc, 'engine', '## Engine\nnew');
    expect(doc).toContain('## Engine\nnew');
    expect(doc).not.toContain('old');
    expect(doc).toContain('## Renderer\nkeys');
    expect(doc.indexOf('Engine')).toBeLessThan(doc.indexOf('Renderer'));
    expect(doc.startsWith('# Performance')).toBe(true);
  });
});
