/**
 * The timeline's geometry as plain data: rows top to bottom, bars, probability bands, markers,
 * links and calendar shading, in pixels on one time axis. The app draws it as SVG and the report
 * export can draw the same thing; nothing here is translated, so each item carries the ids and the
 * engine's English name to label it with.
 */
import type { CalendarSpan } from './calendar-shading';
import type { TimeAxis, TimeScale, Tick } from './scale';

export type TimelineRowKind = 'section' | 'phase' | 'lane' | 'workload' | 'step' | 'program';

export interface TimelineRow {
  readonly id: string;
  readonly kind: TimelineRowKind;
  /** 0 for top-level rows, 1 for a wave's workloads, 2 for a workload's steps. */
  readonly depth: number;
  readonly y: number;
  readonly height: number;
  /** The engine's English name (phase, team, workload, step), for exports and as a fallback. */
  readonly title: string;
  /** What it stands for, so the app can translate and link it. */
  readonly section?: 'program' | 'waves' | 'close';
  readonly phaseId?: string;
  readonly teamId?: string;
  readonly waveId?: string;
  readonly workloadId?: string;
  readonly stepId?: string;
  readonly stepCode?: string;
  /** A lane's wave can open into its workloads, a workload into its runbook steps. */
  readonly expandable?: boolean;
  readonly expanded?: boolean;
}

/**
 * `wait`: a team's part of a wave is done and waits for the slowest team before the cutover;
 * `lead-time`: a wait on a vendor, carrier, procurement or reviewers; `rehearsal`: a wave's failover
 * drills, drawn over its bar.
 */
export type TimelineBarKind = 'assess' | 'foundation' | 'compliance' | 'lead-time' | 'pilot' | 'wave' | 'rehearsal' | 'hypercare' | 'decommission' | 'workload' | 'step' | 'actual' | 'wait';

export interface TimelineBar {
  readonly id: string;
  readonly rowId: string;
  readonly kind: TimelineBarKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Inclusive calendar dates. */
  readonly start: string;
  readonly end: string;
  readonly title: string;
  readonly phaseId?: string;
  readonly waveId?: string;
  readonly workloadId?: string;
  /** The team lane's team, for a wave bar: a wave several teams work on has one bar per team, at that team's dates. */
  readonly teamId?: string;
  /** On the deterministic critical path. */
  readonly critical: boolean;
  /** Share of simulated runs in which it is on the critical path (0..1), when the plan says. */
  readonly criticality: number | null;
}

/** A wave's or the program's spread after its deterministic end: P50, P80, P95, lighter as it goes. */
export interface TimelineBand {
  readonly id: string;
  readonly rowId: string;
  readonly y: number;
  readonly height: number;
  readonly deterministic: { readonly x: number; readonly date: string };
  readonly p50: { readonly x: number; readonly date: string };
  readonly p80: { readonly x: number; readonly date: string };
  readonly p95: { readonly x: number; readonly date: string };
  readonly waveId?: string;
}

export interface TimelineMarker {
  readonly id: string;
  readonly kind: 'cutover' | 'milestone' | 'today';
  readonly x: number;
  readonly date: string;
  /** The row it sits on; null spans every row (today). */
  readonly rowId: string | null;
  readonly y: number;
  readonly title: string;
  readonly waveId?: string;
}

/** Finish-to-start: from the end of the bar that held a phase back to the start of that phase. */
export interface TimelineLink {
  readonly id: string;
  readonly fromBarId: string;
  readonly toBarId: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly critical: boolean;
}

export interface TimelineGeometry {
  readonly axis: TimeAxis;
  readonly ticks: readonly Tick[];
  readonly rows: readonly TimelineRow[];
  readonly bars: readonly TimelineBar[];
  readonly bands: readonly TimelineBand[];
  readonly markers: readonly TimelineMarker[];
  readonly links: readonly TimelineLink[];
  readonly shading: readonly CalendarSpan[];
  readonly width: number;
  readonly height: number;
}

export interface TimelineOptions {
  readonly scale: TimeScale;
  /** Waves opened to their workloads, by wave id; 'all' opens every wave. */
  readonly expanded?: readonly string[] | 'all';
  /** Workloads opened to their runbook steps. */
  readonly expandedWorkloads?: readonly string[];
  /** The date to draw the today line at; absent draws none (shared/ reads no clock). */
  readonly today?: string;
}

/** Row and bar heights in pixels. */
export const TIMELINE_SIZES = {
  section: 26,
  phase: 30,
  /** One packed sub-row of a team lane: bar, then the band strip below it. */
  laneRow: 34,
  workload: 24,
  step: 20,
  program: 34,
  bar: 16,
  band: 7,
  gap: 2,
} as const;
