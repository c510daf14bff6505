/**
 * From the store to React Flow: the dependency map's tree (shared/layout), laid out in the worker,
 * turned into nodes and edges with their labels and colours. Recomputed only when the project,
 * the plan, the settings or the language change; panning and zooming touch none of it.
 */
import { type Edge, MarkerType } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildDependencyMap, type DependencyMap, type MapClusterInfo } from '../../../../shared/layout/dependency-map';
import type { GraphLayout } from '../../../../shared/layout/graph/types';
import type { Project, Workload } from '../../../../shared/model';
import type { Plan } from '../../../../shared/plan/types';
import { formatDate, formatNumber } from '../../i18n/format';
import { formatList } from '../../i18n/list';
import { type MapSettings, useDecampStore, useShallow } from '../../store';
import { providerName, sourceProviderOf, targetProviderOf, waveName } from '../shared/plan-labels';
import { type Colouring, colouringFor } from './colouring';
import { createLayoutClient, type LayoutClient } from './layout-client';
import type { ClusterNodeType, MapNode, WorkloadNodeType } from './map-nodes';

export interface InterimLink {
  readonly dependencyId: string;
  readonly from: string;
  readonly to: string;
  readonly hard: boolean;
  readonly latencyMs: number;
  readonly egressGbPerMonth: number;
  readonly egressCostPerMonth: number;
}

export interface MapModel {
  readonly map: DependencyMap;
  readonly layout: GraphLayout | null;
  readonly layoutMs: number | null;
  readonly nodes: MapNode[];
  readonly edges: Edge[];
  readonly colouring: Colouring;
  /** Links running across clouds at the interim state the slider shows (empty when it is off). */
  readonly interimLinks: readonly InterimLink[];
  /** Absolute top-left of each placed node, for keyboard moves and search. */
  readonly absolute: ReadonlyMap<string, { x: number; y: number; width: number; height: number }>;
}

function clusterText(info: MapClusterInfo, plan: Plan | null, workloads: ReadonlyMap<string, Workload>, project: Project, t: TFunction, locale: string): { title: string; detail: string } {
  const count = t('map:cluster.workloads', { count: info.workloadCount, formatted: formatNumber(info.workloadCount, locale) });
  switch (info.kind) {
    case 'wave': {
      const wave = plan?.waves.find((w) => w.index === info.waveIndex);
      const hasPilot = plan?.waves.some((w) => w.isPilot) ?? false;
      const title = wave ? waveName(wave, hasPilot, t) : t('planviews:wave.n', { n: info.waveIndex });
      return { title, detail: wave ? t('map:cluster.waveDetail', { count, cutover: formatDate(wave.cutover.start, locale) }) : count };
    }
    case 'foundation':
      return { title: t('map:cluster.foundation'), detail: count };
    case 'staying':
      return { title: t('map:cluster.staying'), detail: count };
    case 'pending':
      return { title: t('map:cluster.pending'), detail: count };
    case 'moveGroup': {
      const names = info.group.workloadIds.slice(0, 2).map((id) => workloads.get(id)?.name ?? id);
      const more = info.group.workloadIds.length - names.length;
      return {
        title: t('map:cluster.moveGroup', { reason: t(`map:reason.${info.group.reason}`) }),
        detail: more > 0 ? t('map:cluster.groupMembersMore', { names: formatList(locale, names, { kind: 'series' }), count: more }) : formatList(locale, names),
      };
    }
    case 'team': {
      const team = project.teams.find((x) => x.id === info.teamId);
      return { title: team?.name ?? info.teamId, detail: count };
    }
    case 'application':
      return { title: info.application, detail: count };
  }
}

/** Dependencies running across clouds after wave `k` (-1: before the move), with the plan's latency and egress for them. */
export function interimLinksAfter(project: Project, plan: Plan, k: number): InterimLink[] {
  const waveOf = new Map<string, number>();
  for (const w of plan.waves) for (const id of w.workloadIds) waveOf.set(id, w.index);
  // A landing zone piece is rebuilt on the target before the first wave and kept on the source
  // until decommission, so each side reaches its own copy: it adds no cross-cloud link.
  const foundation = new Set(plan.foundation.workloadIds);
  const byId = new Map(project.workloads.map((w) => [w.id, w]));
  const runsOn = (w: Workload) => {
    const i = waveOf.get(w.id);
    return i !== undefined && i <= k ? targetProviderOf(w, project) : sourceProviderOf(w, project);
  };
  const planned = new Map(plan.crossCloudLinks.map((l) => [l.dependencyId, l]));
  const out: InterimLink[] = [];
  for (const d of project.dependencies) {
    const from = byId.get(d.from);
    const to = byId.get(d.to);
    if (!from || !to || d.from === d.to || runsOn(from) === runsOn(to) || foundation.has(d.from) || foundation.has(d.to)) continue;
    const link = planned.get(d.id);
    out.push({
      dependencyId: d.id,
      from: d.from,
      to: d.to,
      hard: link?.hard ?? ['sync', 'auth', 'shared-storage', 'network'].includes(d.kind),
      latencyMs: link?.latencyMs ?? 0,
      egressGbPerMonth: link?.egressGbPerMonth ?? 0,
      egressCostPerMonth: link?.egressCostPerMonth ?? 0,
    });
  }
  return out;
}

export function useMapModel(client?: LayoutClient): MapModel {
  const { t, i18n } = useTranslation(['map', 'planviews', 'common']);
  const locale = i18n.language;
  const { project, plan, settings, focusedId, highlighted } = useDecampStore(
    useShallow((s) => ({ project: s.project, plan: s.plan, settings: s.mapSettings, focusedId: s.focusedWorkloadId, highlighted: s.highlightedWorkloadIds })),
  );
  const map = useMemo(() => buildDependencyMap(project, plan, { direction: settings.direction, grouping: settings.grouping, filter: settings.filter, collapsed: settings.collapsed }), [project, plan, settings.direction, settings.grouping, settings.filter, settings.collapsed]);

  const ownClient = useRef<LayoutClient | null>(null);
  const [result, setResult] = useState<{ layout: GraphLayout; ms: number; map: DependencyMap } | null>(null);
  useEffect(() => {
    if (!client && !ownClient.current) ownClient.current = createLayoutClient();
    return () => {
      ownClient.current?.dispose();
      ownClient.current = null;
    };
  }, [client]);
  useEffect(() => {
    const c = client ?? (ownClient.current ??= createLayoutClient());
    let live = true;
    void c.layout({ items: map.items, edges: map.layoutEdges, options: { direction: settings.direction } }).then((r) => {
      if (live && r) setResult({ layout: r.layout, ms: r.ms, map });
    });
    return () => {
      live = false;
    };
  }, [client, map, settings.direction]);

  const workloads = useMemo(() => new Map(project.workloads.map((w) => [w.id, w])), [project.workloads]);
  const shown = useMemo(() => [...map.boxOf.keys()].flatMap((id) => workloads.get(id) ?? []), [map, workloads]);
  const colouring = useMemo(() => colouringFor(settings.colourBy, project, plan, shown), [settings.colourBy, project, plan, shown]);
  const interimLinks = useMemo(() => (plan && settings.afterWave !== null ? interimLinksAfter(project, plan, settings.afterWave) : []), [project, plan, settings.afterWave]);

  const built = useMemo(() => buildFlow({ result, project, plan, settings, workloads, colouring, interimLinks, highlighted, t, locale }), [result, project, plan, settings, workloads, colouring, interimLinks, highlighted, t, locale]);
  const nodes = useMemo(() => built.nodes.map((n) => (n.type === 'workload' && n.id === focusedId ? { ...n, selected: true } : n)), [built.nodes, focusedId]);
  return { map, layout: result?.layout ?? null, layoutMs: result?.ms ?? null, nodes, edges: built.edges, colouring, interimLinks, absolute: built.absolute };
}

interface BuildInput {
  readonly result: { layout: GraphLayout; map: DependencyMap } | null;
  readonly project: Project;
  readonly plan: Plan | null;
  readonly settings: MapSettings;
  readonly workloads: ReadonlyMap<string, Workload>;
  readonly colouring: Colouring;
  readonly interimLinks: readonly InterimLink[];
  readonly highlighted: readonly string[];
  readonly t: TFunction;
  readonly locale: string;
}

function buildFlow({ result, project, plan, settings, workloads, colouring, interimLinks, highlighted, t, locale }: BuildInput) {
  const absolute = new Map<string, { x: number; y: number; width: number; height: number }>();
  if (!result) return { nodes: [] as MapNode[], edges: [] as Edge[], absolute };
  const { layout, map } = result;
  const direction = settings.direction;
  const waveOf = new Map<string, { index: number; isPilot: boolean; name: string }>();
  for (const w of plan?.waves ?? []) for (const id of w.workloadIds) waveOf.set(id, w);
  const hasPilot = plan?.waves.some((w) => w.isPilot) ?? false;
  const inFoundation = new Set(plan?.foundation.workloadIds ?? []);
  const pinned = new Set(project.pins.map((p) => p.workloadId));
  const marked = new Set(highlighted);
  // A collapsed box stands for its workloads: it is marked when one of them is.
  const markedBoxes = new Set(highlighted.map((id) => map.boxOf.get(id)));
  const k = settings.afterWave;

  const nodes: MapNode[] = [];
  for (const item of layout.items) {
    const parent = item.parentId === null ? null : absolute.get(item.parentId);
    absolute.set(item.id, { x: item.x + (parent?.x ?? 0), y: item.y + (parent?.y ?? 0), width: item.width, height: item.height });
    const base = { id: item.id, position: { x: item.x, y: item.y }, width: item.width, height: item.height, ...(item.parentId ? { parentId: item.parentId } : {}), draggable: false };
    if (item.kind === 'leaf') {
      const w = workloads.get(item.id);
      if (!w) continue;
      const wave = waveOf.get(w.id);
      const from = sourceProviderOf(w, project);
      const to = targetProviderOf(w, project);
      // The landing zone is built on the target before the first wave, so after any wave it runs there.
      const foundation = wave === undefined && inFoundation.has(w.id);
      const moved = k !== null && (foundation || (wave !== undefined && wave.index <= k));
      const waveLabel = wave ? waveName(wave, hasPilot, t) : foundation ? t('map:node.foundation') : t('map:node.noWave');
      const node: WorkloadNodeType = {
        ...base,
        type: 'workload',
        ariaLabel: t('map:node.aria', { name: w.name, kind: t(`common:kind.${w.kind}`), wave: waveLabel }),
        data: {
          workloadId: w.id,
          name: w.name,
          kind: w.kind,
          kindLabel: t(`common:kind.${w.kind}`),
          route: from === to ? t('map:node.stays', { provider: providerName(from, t) }) : `${providerName(from, t)} → ${providerName(to, t)}`,
          strategy: t(`common:strategy.${w.strategy}`),
          wave: waveLabel,
          colour: colouring.of(w).colour,
          direction,
          runsOn: k === null ? null : foundation ? t('map:node.runsOnBoth', { provider: providerName(to, t), source: providerName(from, t) }) : t('map:node.runsOn', { provider: providerName(moved ? to : from, t) }),
          moved,
          highlighted: marked.has(w.id),
          pinned: pinned.has(w.id),
          pinnedLabel: t('map:node.pinned'),
        },
      };
      nodes.push(node);
      continue;
    }
    const info = map.clusters.get(item.id);
    if (!info) continue;
    const text = clusterText(info, plan, workloads, project, t, locale);
    const node: ClusterNodeType = {
      ...base,
      type: 'cluster',
      selectable: false,
      focusable: false,
      deletable: false,
      ...(item.collapsed ? {} : { zIndex: -1 }),
      data: {
        clusterId: item.id,
        title: text.title,
        detail: text.detail,
        collapsed: item.collapsed,
        level: info.kind === 'moveGroup' || info.kind === 'team' || info.kind === 'application' ? 'group' : 'wave',
        direction,
        toggleLabel: t(item.collapsed ? 'map:cluster.expand' : 'map:cluster.collapse', { name: text.title }),
        highlighted: item.collapsed && markedBoxes.has(item.id),
      },
    };
    nodes.push(node);
  }

  const crossing = new Set(interimLinks.map((l) => l.dependencyId));
  const edges: Edge[] = map.edges.map((e) => {
    const classes = ['map-edge', `kind-${e.kind}`, e.tight ? 'is-tight' : 'is-loose', e.dependencyId && crossing.has(e.dependencyId) ? 'is-cross' : '', e.count > 1 ? 'is-aggregate' : ''];
    return {
      id: e.id,
      type: 'dependency',
      source: e.source,
      target: e.target,
      className: classes.filter(Boolean).join(' '),
      selectable: e.dependencyId !== null,
      deletable: e.dependencyId !== null,
      // No Tab stop: edges come before the cards in the DOM, so a keyboard user tabbed through every dependency
      // (93 on the sample) before the first card. The workload's panel lists and removes its dependencies.
      focusable: false,
      markerStart: { type: MarkerType.ArrowClosed, width: 14, height: 14 },
      ...(e.count > 1 ? { label: formatNumber(e.count, locale) } : {}),
      ariaLabel: e.dependencyId
        ? t('map:edge.aria', { from: workloads.get(e.target)?.name ?? e.target, to: workloads.get(e.source)?.name ?? e.source, kind: t(`common:dependencyKind.${e.kind}`), coupling: t(`common:coupling.${e.coupling}`) })
        : t('map:edge.aggregateAria', { count: e.count }),
      data: { dependencyId: e.dependencyId },
    };
  });
  return { nodes, edges, absolute };
}
