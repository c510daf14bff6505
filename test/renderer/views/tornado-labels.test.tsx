import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { labelFits, Tornado } from '../../../renderer/src/views/risks/tornado';

const long = '尚未列入清单的工作（未确认的工作负载）';

describe('Tornado labels', () => {
  it('cuts a Chinese label to the room left of the bars by its width, keeping the whole label in the tooltip', () => {
    render(<Tornado rows={[{ id: 'a', label: long, low: 0, high: 40 }, { id: 'b', label: '评估阶段时长', low: 0, high: 4 }]} title="t" unit="天" testId="tornado" />);
    const labels = [...screen.getByTestId('tornado').querySelectorAll('.tornado-label')].map((t) => t.textContent!);
    expect(labels[1]).toBe('评估阶段时长');
    expect(labels[0]!.endsWith('…')).toBe(true);
    expect(long.startsWith(labels[0]!.slice(0, -1))).toBe(true);
    // The label column is 230 units wide and the text ends 8 before the bars: 12 px text must fit in it.
    expect(labelFits(labels[0]!, 218)).toBe(true);
    expect(labels[0]!.length).toBeLessThan(long.length);
    expect(screen.getByTestId('tornado').querySelector('title + text, .tornado-row title')!.textContent).toContain(long);
  });

  it('keeps an English label of 33 characters whole, as it was before', () => {
    render(<Tornado rows={[{ id: 'a', label: 'Program pace (onboarding, vendors)', low: 0, high: 40 }]} title="t" unit="days" testId="tornado" />);
    expect(screen.getByTestId('tornado').querySelector('.tornado-label')!.textContent).toBe('Program pace (onboarding, vendors)');
  });
});
