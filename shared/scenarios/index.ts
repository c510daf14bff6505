/** Decisions beyond one plan: scenarios as differences from the baseline, their comparison, and baselines with their variance. */
export { applyScenario, withoutDecisions, type ChangeOutcome, type ChangePart, type PartStatus, type ScenarioProject } from './apply';
export { baselineVariance, captureBaseline, latestBaseline, type BaselineInput, type BaselineVariance, type ProgramVariance, type WaveVariance } from './baseline';
export { BASELINE_COLUMN, compareScenarios, startComparison, type CompareOptions, type Comparison, type ComparisonColumn, type ComparisonRun } from './compare';
export { CHANGE_TEXT_CODES, describePart, type ChangeText } from './describe';
export { outageExposure, scenarioDrivers, scenarioFigures, type OutageExposure, type ScenarioDriver, type SingleProviderDependency, type ScenarioFigures } from './figures';
export { findScenario, scenarioIdFor } from './find';
export { changeWords, type Translate, type WordFormats } from './words';
export { signedWorkingDays } from './calendar-days';
export { hasActuals, paceForecast, withoutActuals, type ForecastDates, type PaceForecast } from './pace';
