/**
 * The map's controls: find a workload, colour by, group by, direction, filters, expand or collapse
 * every box, fit the view. Settings live in the store, so leaving the map and coming back keeps them.
 */
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapGrouping } from '../../../../shared/layout/dependency-map';
import { ENVIRONMENTS, type Project } from '../../../../shared/model';
import type { Plan } from '../../../../shared/plan/types';
import { type MapColouring, type MapSettings, useDecampStore } from '../../store';
import { waveName } from '../shared/plan-labels';

const COLOURINGS: readonly MapColouring[] = ['wave', 'kind', 'target', 'team', 'environment', 'risk'];
const GROUPINGS: readonly MapGrouping[] = ['moveGroup', 'application', 'team', 'none'];

export interface MapToolbarProps {
  readonly project: Project;
  readonly plan: Plan | null;
  readonly settings: MapSettings;
  readonly clusterIds: readonly string[];
  readonly onFind: (text: string) => boolean;
  readonly onFit: () => void;
}

export function MapToolbar({ project, plan, settings, clusterIds, onFind, onFit }: MapToolbarProps) {
  const { t } = useTranslation(['map', 'planviews']);
  const set = useDecampStore((s) => s.setMapSettings);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState(false);
  const tags = useMemo(() => [...new Set(project.workloads.flatMap((w) => w.tags))].sort(), [project.workloads]);
  const applications = useMemo(() => [...new Set(project.workloads.flatMap((w) => (w.application ? [w.application] : [])))].sort(), [project.workloads]);
  const hasPilot = plan?.waves.some((w) => w.isPilot) ?? false;
  const names = useMemo(() => project.workloads.map((w) => <option key={w.id} value={w.name} />), [project.workloads]);
  const filter = settings.filter;

  const find = (e: FormEvent) => {
    e.preventDefault();
    setNotFound(!onFind(query));
  };
  const everything = (collapsed: boolean) => set({ collapsed: Object.fromEntries(clusterIds.map((id) => [id, collapsed])) });

  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <form className="map-find" onSubmit={find} role="search">
        <input
          type="search"
          list={listId}
          value={query}
          placeholder={t('toolbar.findPlaceholder')}
          aria-label={t('toolbar.find')}
          aria-invalid={notFound}
          onChange={(e) => {
            setQuery(e.target.value);
            setNotFound(false);
          }}
        />
        <datalist id={listId}>{names}</datalist>
        <button type="submit">{t('toolbar.findButton')}</button>
        {notFound ? (
          <span className="status-error" role="status">
            {t('toolbar.notFound')}
          </span>
        ) : null}
      </form>
      <label>
        {t('toolbar.colourBy')}
        <select value={settings.colourBy} onChange={(e) => set({ colourBy: e.target.value as MapColouring })}>
          {COLOURINGS.map((c) => (
            <option key={c} value={c}>
              {t(`colourBy.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('toolbar.groupBy')}
        <select value={settings.grouping} onChange={(e) => set({ grouping: e.target.value as MapGrouping })}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`groupBy.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('toolbar.wave')}
        <select value={filter.wave ?? ''} onChange={(e) => set({ filter: { ...filter, wave: e.target.value === '' ? null : Number(e.target.value) } })}>
          <option value="">{t('toolbar.all')}</option>
          {(plan?.waves ?? []).map((w) => (
            <option key={w.id} value={w.index}>
              {waveName(w, hasPilot, t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('toolbar.team')}
        <select value={filter.team ?? ''} onChange={(e) => set({ filter: { ...filter, team: e.target.value || null } })}>
          <option value="">{t('toolbar.all')}</option>
          {project.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      {applications.length > 0 ? (
        <label>
          {t('toolbar.application')}
          <select value={filter.application ?? ''} onChange={(e) => set({ filter: { ...filter, application: e.target.value || null } })}>
            <option value="">{t('toolbar.all')}</option>
            {applications.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t('toolbar.environment')}
        <select value={filter.environment ?? ''} onChange={(e) => set({ filter: { ...filter, environment: e.target.value || null } })}>
          <option value="">{t('toolbar.all')}</option>
          {ENVIRONMENTS.map((env) => (
            <option key={env} value={env}>
              {t(`environment.${env}`)}
            </option>
          ))}
        </select>
      </label>
      {tags.length > 0 ? (
        <label>
          {t('toolbar.tag')}
          <select value={filter.tag ?? ''} onChange={(e) => set({ filter: { ...filter, tag: e.target.value || null } })}>
            <option value="">{t('toolbar.all')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="map-toolbar-buttons">
        <button type="button" aria-pressed={settings.direction === 'TB'} onClick={() => set({ direction: settings.direction === 'LR' ? 'TB' : 'LR' })}>
          {settings.direction === 'LR' ? t('toolbar.topToBottom') : t('toolbar.leftToRight')}
        </button>
        <button type="button" onClick={() => everything(false)}>
          {t('toolbar.expandAll')}
        </button>
        <button type="button" onClick={() => everything(true)}>
          {t('toolbar.collapseAll')}
        </button>
        <button type="button" onClick={onFit}>
          {t('toolbar.fit')}
        </button>
      </div>
    </div>
  );
}
