/** The planning engine's public surface: `planProject`, the outage simulation, and the Plan types. */
export { type Assumptions, defaultAssumptionList, resolveAssumptions } from './assumptions';
export { workingDaysBetween, WorkingCalendar } from './calendar';
export { estimateWorkloads } from './estimate';
export { simulateOutage } from './outage';
export { outageAcrossPlan, outageScenarios, type OutageScenario, type OutageSide, type OutageStep } from './outage-scenarios';
export { findTargetSinglePoints, type TargetSinglePoint } from './single-points';
export { DEFAULT_SEED, planProject, type PlanOptions } from './plan-project';
export { finishMergedPlan, helperAloneRequest, helperSetup, type LaterRuns, type MergedRuns, mergeLaterRuns, planEarlierRuns, planLaterRuns, replayHostAlone, replayLaterAlone } from './plan-parallel';
export { assumptionSensitivity, DEFAULT_SENSITIVITY_DELTA, sensitivityCandidates, type SensitivityOptions, type SensitivityRun, startSensitivity } from './sensitivity';
export * from './types';
