/**
 * A list of names reads as the app's language writes one: "a, b, and c" in English, "甲、乙和丙" in
 * Chinese, and a list cut short "a, b, c +2" / "甲、乙、丙 +2". The Risks view words a risk's list
 * of workloads (the engine's params keep their commas) and the Waves board a move group's members.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18next } from '../../../renderer/src/i18n';
import { useDecampStore } from '../../../renderer/src/store';
import { RisksView } from '../../../renderer/src/views/risks';
import { WavesView } from '../../../renderer/src/views/waves';
import { openSampleAndPlan } from './helpers';

const GATEWAY = 'Open API gateway (partners, app)';

async function open(lng: 'en' | 'zh-CN'): Promise<void> {
  await openSampleAndPlan('ecommerce-iot');
  if (lng === 'en') return;
  await act(() => i18next.changeLanguage('zh-CN'));
  act(() => useDecampStore.getState().setLocale('zh-CN'));
}

const nameOf = (id: string) => useDecampStore.getState().project.workloads.find((w) => w.id === id)?.name ?? id;

describe('lists of names in the app', () => {
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('en');
    useDecampStore.getState().setLocale('en');
  });

  it.each([
    ['en', `${GATEWAY}, Order service, Product catalogue service, Device registry and shadow API +1 call each other`],
    ['zh-CN', `${GATEWAY}、Order service、Product catalogue service、Device registry and shadow API +1 之间跨云调用`],
  ] as const)("%s: a risk's detail lists its workloads, a name with a comma kept whole", async (lng, detail) => {
    await open(lng);
    const risk = useDecampStore.getState().plan!.risks.find((r) => r.code === 'long-cross-cloud-link' && String(r.params.workloads).startsWith(`${GATEWAY}, `))!;
    expect(risk.params.workloads, 'the plan keeps its own commas').toBe(`${GATEWAY}, Order service, Product catalogue service, Device registry and shadow API +1`);
    render(<RisksView />);
    expect(screen.getByText((text) => text.includes(detail))).toBeInTheDocument();
  });

  it.each([
    ['en', ', ', ' and '],
    ['zh-CN', '、', '和'],
  ] as const)("%s: a move group's card names its members, and counts the rest of a long group", async (lng, comma, and) => {
    await open(lng);
    const { plan } = useDecampStore.getState();
    render(<WavesView />);
    const small = plan!.moveGroups.find((g) => g.workloadIds.length === 2)!;
    const [a, b] = small.workloadIds.map(nameOf) as [string, string];
    expect(document.querySelector(`[data-card="${small.id}"] .wave-card-members`)!.textContent).toContain(`${a}${and}${b}`);
    const big = plan!.moveGroups.find((g) => g.workloadIds.length > 4)!;
    const shown = big.workloadIds.slice(0, 4).map(nameOf).join(comma);
    expect(document.querySelector(`[data-card="${big.id}"] .wave-card-members`)!.textContent).toContain(`${shown} +${big.workloadIds.length - 4}`);
  });
});
