/** The risks of a project as the plan's risk phase sees them: its waves dated, its cross-cloud links found (risksAhead, then finishRisks, as planProject calls them). */
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { findCrossCloudLinks } from '../../../shared/plan/cross-cloud';
import { finishRisks, risksAhead } from '../../../shared/plan/risks';
import type { Project } from '../../../shared/model/schema';
import { datedWaves, fakeEstimates, runGraphPhases } from './arbitraries';

export function risksOf(project: Project, estimates = fakeEstimates(project)) {
  const { grouping, plan } = runGraphPhases(project, estimates);
  const waves = datedWaves(plan.waves);
  const assumptions = resolveAssumptions(project);
  const crossCloudLinks = findCrossCloudLinks(project, waves, plan.excluded, assumptions);
  const input = { project, grouping, waves, estimates, crossCloudLinks, assumptions };
  return finishRisks(risksAhead(input), input);
}
