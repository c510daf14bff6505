/** Teams: how many engineers, what share of their day goes to the move, what a day costs. */
import { useTranslation } from 'react-i18next';
import { CurrencyPicker } from '../../components/CurrencyPicker';
import { NumberField } from '../../components/NumberField';
import { useDecampStore } from '../../store';

export function TeamsEditor() {
  const { t } = useTranslation('assumptions');
  const teams = useDecampStore((s) => s.project.teams);
  const meta = useDecampStore((s) => s.project.project);
  const project = { project: meta };
  const workloads = useDecampStore((s) => s.project.workloads);
  const updateTeam = useDecampStore((s) => s.updateTeam);
  const addTeam = useDecampStore((s) => s.addTeam);
  const removeTeam = useDecampStore((s) => s.removeTeam);
  const owned = new Map<string, number>();
  for (const w of workloads) owned.set(w.team, (owned.get(w.team) ?? 0) + 1);
  return (
    <>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('teams.name')}</th>
            <th scope="col" className="num">{t('teams.engineers')}</th>
            <th scope="col" className="num">{t('teams.focus')}</th>
            <th scope="col" className="num">{t('teams.dayRate')}</th>
            <th scope="col">{t('teams.dayRateCurrency')}</th>
            <th scope="col" className="num">{t('teams.workloads')}</th>
            <th scope="col"><span className="visually-hidden">{t('column.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.id}>
              <th scope="row">
                <input aria-label={t('teams.nameOf', { id: team.id })} defaultValue={team.name} key={team.name} onBlur={(e) => e.target.value.trim() && e.target.value !== team.name && updateTeam(team.id, { name: e.target.value.trim() })} />
              </th>
              <td className="num">
                <NumberField value={team.engineers} min={1} max={500} step={1} label={t('teams.engineersOf', { name: team.name })} onCommit={(v) => v !== undefined && updateTeam(team.id, { engineers: v })} />
              </td>
              <td className="num">
                <NumberField value={team.focus} optional min={0.05} max={1} step={0.05} placeholder={t('teams.defaultPlaceholder')} label={t('teams.focusOf', { name: team.name })} onCommit={(v) => updateTeam(team.id, { focus: v })} />
              </td>
              <td className="num">
                <NumberField value={team.dayRate} optional min={0} step={100} placeholder={t('teams.defaultPlaceholder')} label={t('teams.dayRateOf', { name: team.name })} onCommit={(v) => updateTeam(team.id, { dayRate: v })} />
              </td>
              <td>
                <CurrencyPicker project={project} value={team.dayRateCurrency} label={t('teams.dayRateCurrencyOf', { name: team.name })} onChange={(c) => updateTeam(team.id, { dayRateCurrency: c })} />
              </td>
              <td className="num">{owned.get(team.id) ?? 0}</td>
              <td>
                <button type="button" onClick={() => removeTeam(team.id)} disabled={(owned.get(team.id) ?? 0) > 0 || teams.length <= 1} title={(owned.get(team.id) ?? 0) > 0 ? t('teams.cannotRemove') : undefined} aria-label={t('teams.removeOf', { name: team.name })}>
                  {t('teams.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => addTeam({ name: t('teams.newName', { n: teams.length + 1 }) })}>
          {t('teams.add')}
        </button>
      </p>
    </>
  );
}
