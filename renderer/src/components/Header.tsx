/** The banner: document name and state, file and history buttons, re-planning, language and theme. */
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../../shared/ipc';
import { useDecampStore, useDocumentStatus, useHistory, useShallow } from '../store';

export interface HeaderProps {
  readonly run: (command: MenuCommand) => void;
}

export function Header({ run }: HeaderProps) {
  const { t } = useTranslation();
  const { displayName, dirty } = useDocumentStatus();
  const { canUndo, canRedo } = useHistory();
  const { planning, planError, theme, locale } = useDecampStore(useShallow((s) => ({ planning: s.planning, planError: s.planError, theme: s.theme, locale: s.locale })));
  return (
    <header className="app-header">
      <div className="doc-title">
        <span className="app-name">Decamp</span>
        <span className="doc-name" title={displayName}>
          {displayName}
        </span>
        {dirty ? <span className="dirty-mark">{t('header.unsaved')}</span> : null}
      </div>
      <div className="toolbar" role="toolbar" aria-label={t('header.toolbar')}>
        <button type="button" onClick={() => run('file.new')}>{t('header.new')}</button>
        <button type="button" onClick={() => run('file.open')}>{t('header.open')}</button>
        <button type="button" onClick={() => run('file.save')}>{t('header.save')}</button>
        <button type="button" onClick={() => run('file.saveAs')}>{t('header.saveAs')}</button>
        <span className="toolbar-sep" aria-hidden="true" />
        <button type="button" onClick={() => run('edit.undo')} disabled={!canUndo}>{t('header.undo')}</button>
        <button type="button" onClick={() => run('edit.redo')} disabled={!canRedo}>{t('header.redo')}</button>
        <span className="toolbar-sep" aria-hidden="true" />
        <button type="button" onClick={() => run('file.import')} aria-keyshortcuts="Control+I">{t('header.import')}</button>
        <button type="button" onClick={() => run('file.export')}>{t('header.export')}</button>
        <button type="button" onClick={() => run('file.printPdf')}>{t('header.print')}</button>
      </div>
      {/* aria-busy: the plan on screen is not yet the current document's (tests wait on it, assistive tech may too). */}
      <div className="header-status" role="status" aria-live="polite" aria-busy={planning}>
        {planning ? <span className="replanning">{t('header.replanning')}</span> : null}
        {planError ? <span className="plan-error">{t('header.planError', { message: planError })}</span> : null}
      </div>
      <div className="prefs">
        <label>
          <span>{t('header.language')}</span>
          <select value={locale} onChange={(e) => run(e.target.value === 'zh-CN' ? 'view.locale.zh-CN' : 'view.locale.en')}>
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </label>
        <label>
          <span>{t('header.theme')}</span>
          <select value={theme} onChange={(e) => run(`view.theme.${e.target.value as 'light' | 'dark' | 'system'}`)}>
            <option value="system">{t('header.themeSystem')}</option>
            <option value="light">{t('header.themeLight')}</option>
            <option value="dark">{t('header.themeDark')}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
