/** The current UI locale and the project's currency, the two things every formatted figure needs. */
import { useDecampStore, useShallow } from '../../store';

export function useFormatContext(): { locale: string; currency: string } {
  return useDecampStore(useShallow((s) => ({ locale: s.locale, currency: s.project.project.currency })));
}
