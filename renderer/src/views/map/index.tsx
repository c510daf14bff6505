/**
 * The dependency map: every workload as a card in the column of its wave, move groups boxed, the
 * dependencies between them; colour by wave, kind, target, team or risk; the interim state after
 * any wave; add a dependency by dragging, delete with Delete, open a workload's panel by selecting.
 */
import '@xyflow/react/dist/style.css';
import '../inventory/inventory.css';
import './map.css';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutItem } from '../../../../shared/layout/graph/types';
import { useDecampStore, useShallow } from '../../store';
import { WorkloadPanel } from '../inventory/panel/workload-panel';
import { InterimState } from './interim-state';
import type { LayoutClient } from './layout-client';
import { MapCanvas } from './map-canvas';
import { MapLegend } from './map-legend';
import { MapNodeActionsContext } from './map-nodes';
import { MapToolbar } from './map-toolbar';
import { useMapModel } from './use-map-model';

export interface MapViewProps {
  /** A layout client to use instead of the worker (tests). */
  readonly layoutClient?: LayoutClient;
}

/** The clusters above a workload, outermost first. */
function ancestorsOf(items: readonly LayoutItem[], id: string, chain: string[] = []): string[] | null {
  for (const item of items) {
    if (item.kind === 'leaf') {
      if (item.id === id) return chain;
      continue;
    }
    const found = ancestorsOf(item.children, id, [...chain, item.id]);
    if (found) return found;
  }
  return null;
}

function clusterIdsOf(items: readonly LayoutItem[], out: string[] = []): string[] {
  for (const item of items) if (item.kind === 'cluster') out.push(item.id, ...clusterIdsOf(item.children));
  return out;
}

function MapViewInner({ layoutClient }: MapViewProps) {
  const { t } = useTranslation('map');
  const rf = useReactFlow();
  const { project, plan, settings, focusedId } = useDecampStore(useShallow((s) => ({ project: s.project, plan: s.plan, settings: s.mapSettings, focusedId: s.focusedWorkloadId })));
  const model = useMapModel(layoutClient);
  const [status, setStatus] = useState<{ text: string; undoable: boolean } | null>(null);
  const [fitRequest, setFitRequest] = useState({ n: 0, readable: true });
  const pendingFocus = useRef<string | null>(null);
  const clusterIds = useMemo(() => clusterIdsOf(model.map.items), [model.map.items]);

  // A new direction or grouping moves everything: fit again.
  useEffect(() => setFitRequest((f) => ({ n: f.n + 1, readable: true })), [settings.direction, settings.grouping]);

  const actions = useMemo(
    () => ({
      toggle: (clusterId: string) => {
        const s = useDecampStore.getState();
        const item = model.layout?.items.find((i) => i.id === clusterId);
        const collapsed = item ? item.collapsed : false;
        s.setMapSettings({ collapsed: { ...s.mapSettings.collapsed, [clusterId]: !collapsed } });
      },
    }),
    [model.layout],
  );

  const centreOn = useCallback(
    (id: string) => {
      const box = model.absolute.get(id);
      if (!box) return false;
      void rf.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(rf.getZoom(), 0.8), duration: 0 });
      const s = useDecampStore.getState();
      s.selectWorkloads([id]);
      s.focusWorkload(id);
      return true;
    },
    [model.absolute, rf],
  );

  // A found workload inside a collapsed box: the box opens, and once laid out the map goes to it.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id && centreOn(id)) pendingFocus.current = null;
  }, [centreOn]);

  const onFind = useCallback(
    (text: string) => {
      const q = text.trim().toLowerCase();
      if (q === '') return true;
      const w = project.workloads.find((x) => x.id.toLowerCase() === q || x.name.toLowerCase() === q) ?? project.workloads.find((x) => x.name.toLowerCase().includes(q) || x.id.toLowerCase().includes(q));
      if (!w) return false;
      const chain = ancestorsOf(model.map.items, w.id);
      if (chain === null) {
        // Filtered out: clear the filters so it can be shown.
        useDecampStore.getState().setMapSettings({ filter: {} });
        pendingFocus.current = w.id;
        return true;
      }
      if (model.map.boxOf.get(w.id) !== w.id) {
        const s = useDecampStore.getState();
        s.setMapSettings({ collapsed: { ...s.mapSettings.collapsed, ...Object.fromEntries(chain.map((c) => [c, false])) } });
        pendingFocus.current = w.id;
        return true;
      }
      return centreOn(w.id) || ((pendingFocus.current = w.id), true);
    },
    [project.workloads, model.map, centreOn],
  );

  const onStatus = useCallback((text: string, undoable: boolean) => setStatus({ text, undoable }), []);

  if (!plan) return <p className="plan-wait">{t('waiting')}</p>;
  return (
    <section className="view map-view" aria-labelledby="map-title">
      <header className="map-head">
        <h1 id="map-title">{t('title')}</h1>
        <p className="view-lead">
          {t('lead', { shown: model.map.shownWorkloads, total: model.map.totalWorkloads, dependencies: project.dependencies.length, ...(settings.direction === 'TB' ? { context: 'rows' } : {}) })}
          {model.map.autoCollapsed ? <span className="muted"> {t('autoCollapsed')}</span> : null}
        </p>
      </header>
      <MapToolbar project={project} plan={plan} settings={settings} clusterIds={clusterIds} onFind={onFind} onFit={() => setFitRequest((f) => ({ n: f.n + 1, readable: false }))} />
      <InterimState project={project} plan={plan} afterWave={settings.afterWave} links={model.interimLinks} />
      <div className="map-body">
        <MapNodeActionsContext.Provider value={actions}>
          <MapCanvas model={model} onStatus={onStatus} fitRequest={fitRequest} />
        </MapNodeActionsContext.Provider>
        {focusedId !== null ? <WorkloadPanel workloadId={focusedId} onClose={() => useDecampStore.getState().focusWorkload(null)} /> : null}
      </div>
      <MapLegend colouring={model.colouring} by={settings.colourBy} plan={plan} project={project} />
      <div className="map-status" role="status" aria-live="polite">
        {status?.text}
        {status?.undoable ? (
          <button
            type="button"
            onClick={() => {
              useDecampStore.getState().undo();
              setStatus({ text: t('status.undone'), undoable: false });
            }}
          >
            {t('status.undo')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

export function MapView(props: MapViewProps) {
  return (
    <ReactFlowProvider>
      <MapViewInner {...props} />
    </ReactFlowProvider>
  );
}
