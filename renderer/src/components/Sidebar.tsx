/**
 * The views, as a navigation landmark; Ctrl/Cmd+1..9 reach them too, and Ctrl/Cmd+K the Compare view. The plan's pictures (map to
 * outage) sit under their own heading, the decisions (compare) under theirs.
 */
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../../shared/ipc';
import { useDecampStore, VIEW_IDS, type ViewId } from '../store';
import { ClearLocalCopies } from './ClearLocalCopies';

export function Sidebar({ api }: { readonly api?: DesktopApi }) {
  const { t } = useTranslation();
  const view = useDecampStore((s) => s.view);
  const setView = useDecampStore((s) => s.setView);
  const errorCount = useDecampStore((s) => s.plan?.issues.filter((i) => i.severity === 'error').length ?? 0);
  const mod = /Mac|iPhone|iPad/.test(navigator.platform || '') ? '⌘' : 'Ctrl+';
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <ul>
        {VIEW_IDS.map((id: ViewId, i) => (
          <li key={id}>
            {id === 'map' || id === 'compare' ? (
              <div className="nav-group" role="presentation">
                {t(id === 'map' ? 'nav.planGroup' : 'nav.decideGroup')}
              </div>
            ) : null}
            <button type="button" className="nav-item" aria-current={view === id ? 'page' : undefined} onClick={() => setView(id)} title={`${t(`nav.${id}`)} (${mod}${shortcutKey(i)})`}>
              <span>{t(`nav.${id}`)}</span>
              {id === 'issues' && errorCount > 0 ? (
                <span className="badge badge-error" aria-label={t('nav.errorCount', { count: errorCount })}>
                  {errorCount}
                </span>
              ) : null}
              <kbd aria-hidden="true">
                {mod}
                {shortcutKey(i)}
              </kbd>
            </button>
          </li>
        ))}
      </ul>
      {api ? <ClearLocalCopies api={api} /> : null}
    </nav>
  );
}

/** The key after Ctrl/Cmd that opens the view at `index`: 1-9, then K for Compare. */
function shortcutKey(index: number): string {
  return index < 9 ? String(index + 1) : 'K';
}
