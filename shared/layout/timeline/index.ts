/** The timeline's geometry (shared/layout/timeline): axis, rows, bars, bands, markers, links and shading. */
export { buildTimeline } from './build-timeline';
export { type CalendarSpan, calendarShading } from './calendar-shading';
export { packIntervals } from './pack';
export { axisDayAt, axisTicks, axisX, axisXEnd, axisXOfDay, dayNumber, isoOfDay, PX_PER_DAY, type Tick, type TimeAxis, timeAxis, TIME_SCALES, type TimeScale, weekdayOf } from './scale';
export * from './types';
export { datedSteps, type DatedStep, stepContexts, stepDates, type StepContext, type StepWindow } from './step-dates';
