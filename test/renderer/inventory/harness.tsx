/**
 * Renders the Inventory view against its own store (no planner: the test decides the Plan) and
 * an i18next instance holding the real `inventory` catalog, with a fixed grid viewport because
 * jsdom has no layout for the virtualiser to measure.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next, { type i18n as I18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Project, Workload } from '../../../shared/model';
import { planProject } from '../../../shared/plan';
import type { Plan } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';
import { bundledResources } from '../../../renderer/src/i18n';
import { createDecampStore, emptyProject } from '../../../renderer/src/store';
import { InventoryStoreContext, InventoryView } from '../../../renderer/src/views/inventory';
import { HEADER_HEIGHT } from '../../../renderer/src/views/inventory/inventory-grid';

export const VIEWPORT = { width: 1400, height: 600 };

let i18n: I18n | null = null;

/** One i18next instance per test file, English unless a test switches it. */
export async function testI18n(): Promise<I18n> {
  if (i18n) return i18n;
  const instance = i18next.createInstance();
  // The catalogs as the app bundles them (locales/<lng>/<ns>.json), English and Chinese.
  const resources = bundledResources();
  await instance.use(initReactI18next).init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    ns: ['inventory'],
    defaultNS: 'inventory',
    interpolation: { escapeValue: false },
  });
  i18n = instance;
  return instance;
}

/** jsdom has no scrolling; the virtualiser scrolls its element, so give elements a scrollTo. */
export function installScrollTo(): void {
  if (!Element.prototype.scrollTo || !('__inventoryStub' in Element.prototype.scrollTo)) {
    const scrollTo = function (this: Element, options?: ScrollToOptions | number) {
      if (typeof options === 'object' && options.top !== undefined) {
        this.scrollTop = options.top;
        // A browser reports the new offset with a scroll event, after the call; the virtualiser listens for it.
        queueMicrotask(() => this.dispatchEvent(new Event('scroll')));
      }
    };
    Object.assign(scrollTo, { __inventoryStub: true });
    Element.prototype.scrollTo = scrollTo as Element['scrollTo'];
  }
}

/** The mid-size sample with its plan (few simulation runs: the grid only reads the result). */
export function samplePlanned(): { project: Project; plan: Plan } {
  const project = loadSample('ecommerce-iot');
  return { project, plan: planProject(project, { runs: 20 }) };
}

/** `count` generated workloads on a fresh project, for the 5,000-row check. */
export function generatedProject(count: number): Project {
  const base = emptyProject({ name: 'Generated', teamName: 'Platform', startDate: '2026-03-02' });
  const workloads: Workload[] = Array.from({ length: count }, (_, i) => ({
    id: `wl-${String(i).padStart(5, '0')}`,
    name: `Workload ${i}`,
    kind: 'compute',
    sourceService: 'alibaba.ecs',
    strategy: 'rehost',
    criticality: 'medium',
    complexity: 1 + (i % 5),
    size: { instances: i % 7, dataGb: i % 100, dailyChangeGb: 0 },
    downtimeTolerance: 'hours',
    team: 'team-1',
    monthlyCost: i,
    tags: [],
    notes: '',
  }));
  return { ...base, workloads };
}

/**
 * jsdom lays nothing out, so scrollHeight and clientHeight are 0 and nothing could scroll: give the
 * grid the sizes a browser would (viewport tall, content as tall as the header plus the rows body).
 */
function mockGridLayout(grid: HTMLElement): void {
  const body = grid.querySelectorAll<HTMLElement>('[role="rowgroup"]')[1];
  Object.defineProperty(grid, 'clientHeight', { configurable: true, get: () => VIEWPORT.height });
  Object.defineProperty(grid, 'scrollHeight', {
    configurable: true,
    get: () => HEADER_HEIGHT + (body ? Number.parseFloat(body.style.height) || 0 : 0),
  });
}

export async function renderInventory(project: Project, plan: Plan | null = null) {
  installScrollTo();
  const i18nInstance = await testI18n();
  const store = createDecampStore(null);
  store.setState({ project, savedProject: project, plan });
  const user = userEvent.setup();
  const utils = render(
    <I18nextProvider i18n={i18nInstance}>
      <InventoryStoreContext.Provider value={store}>
        <InventoryView viewport={VIEWPORT} />
      </InventoryStoreContext.Provider>
    </I18nextProvider>,
  );
  mockGridLayout(utils.getByRole('grid'));
  return { ...utils, store, user };
}
