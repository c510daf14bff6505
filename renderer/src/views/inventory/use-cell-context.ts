/**
 * What cells need to show values in the user's language: translated labels, number and money
 * formats in the project currency, team names, and the project's default target.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatMoney, formatNumber } from '../../i18n/format';
import type { CellContext } from './columns';
import { useInventoryStore } from './store-context';

export function useCellContext(): CellContext {
  const { t, i18n } = useTranslation('inventory');
  const store = useInventoryStore();
  const { teams, defaultTarget, currency } = store(
    useShallow((s) => ({ teams: s.project.teams, defaultTarget: s.project.project.defaultTargets[0], currency: s.project.project.currency })),
  );
  const language = i18n.language;
  return useMemo(
    () => ({
      t,
      formatNumber: (n: number) => formatNumber(n, language),
      formatMoney: (n: number) => formatMoney(n, currency, language),
      teams,
      teamNames: new Map(teams.map((team) => [team.id, team.name])),
      defaultTarget,
    }),
    [t, language, currency, teams, defaultTarget],
  );
}
