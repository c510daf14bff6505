/**
 * The readable `decamp compare` output: the baseline and each scenario side by side (dates, effort,
 * cost, links, risks, outage exposure), then what each scenario changes, and any difference that no
 * longer applies. Plain text that survives a CI log.
 */
import type { Project } from '../../shared/model/schema';
import type { Comparison, ComparisonColumn, OutageExposure } from '../../shared/scenarios';

export function formatComparison(project: Project, comparison: Comparison): string {
  const cols = comparison.columns;
  const lines: string[] = [];
  const scenarios = cols.length - 1;
  lines.push(`Decamp compare: ${project.project.name} (${scenarios} scenario${scenarios === 1 ? '' : 's'} against the baseline; ${comparison.runs} simulated runs each, seed ${comparison.seed})`);
  lines.push('');
  const date = (d: string, delta: number, base: boolean) => (base || delta === 0 ? d : `${d} (${delta > 0 ? '+' : ''}${delta} wd)`);
  const money = (n: number | undefined) => (n === undefined ? '-' : Math.round(n).toLocaleString('en-US'));
  const critical = cols[0]!.figures.criticalWorkloads;
  const rows: [string, (c: ComparisonColumn) => string][] = [
    ['P50 end', (c) => date(c.figures.p50End, c.delta.p50, c.isBaseline)],
    ['P80 end', (c) => date(c.figures.p80End, c.delta.p80, c.isBaseline)],
    ['P95 end', (c) => date(c.figures.p95End, c.delta.p95, c.isBaseline)],
    ['Deterministic end', (c) => `${c.figures.deterministicEnd} (${Math.round(c.figures.deterministicPercentile * 100)}% of runs)`],
    ['Waves', (c) => String(c.figures.waves)],
    ['Effort, person-days (likely)', (c) => c.figures.effort.toFixed(0)],
    [`Labour (likely), ${comparison.currency}`, (c) => money(c.figures.labour)],
    [`Labour P50 / P80, ${comparison.currency}`, (c) => (c.figures.labourP50 === undefined ? '-' : `${money(c.figures.labourP50)} / ${money(c.figures.labourP80)}`)],
    [`Dual running, ${comparison.currency}`, (c) => money(c.figures.dualRunning)],
    [`Run cost a month before / after, ${comparison.currency}`, (c) => `${money(c.figures.sourceMonthly)} / ${money(c.figures.targetMonthly)}`],
    ['Cross-cloud links (hard)', (c) => `${c.figures.crossCloudLinks} (${c.figures.hardCrossCloudLinks})`],
    ['Risks (critical, high)', (c) => `${c.figures.risks.total} (${c.figures.risks.bySeverity.critical}, ${c.figures.risks.bySeverity.high})`],
  ];
  // One row per kind of failure, so scenarios with other targets still line up; the cell names what failed.
  const roles: [OutageExposure['role'], string][] = [
    ['source-identity', 'Source identity fails'],
    ['target-identity', 'Target identity fails'],
    ['worst-region', 'Worst region fails'],
    ['worst-service', 'Worst single service fails'],
  ];
  for (const [role, label] of roles) {
    rows.push([`${label}: critical stopped, today -> at end (of ${critical})`, (c) => {
      const worst = c.figures.outage.filter((o) => o.role === role).sort((a, b) => b.end - a.end)[0];
      return worst ? `${worst.today} -> ${worst.end} (${shortName(worst)})` : '-';
    }]);
  }
  const head = ['', ...cols.map((c) => c.name)];
  const body = rows.map(([label, cell]) => [label, ...cols.map(cell)]);
  lines.push(table(head, body));
  lines.push('');
  lines.push('Top drivers of the spread');
  for (const c of cols) {
    const drivers = c.figures.drivers.slice(0, 3).map((d) => (d.measure === 'days' ? `${d.title} (+${d.value.toFixed(1)} wd at P80)` : `${nameOf(project, d.workloadId ?? d.title)} (${Math.round(d.value * 100)}% of the variance)`));
    lines.push(`  ${c.name}: ${drivers.length > 0 ? drivers.join('; ') : 'none'}`);
  }
  if (scenarios > 0) {
    lines.push('');
    lines.push('What differs');
    for (const c of cols.slice(1)) {
      lines.push(`  ${c.name}${c.description ? ` - ${c.description}` : ''}`);
      if (c.outcomes.length === 0) lines.push('    (no differences: the same as the baseline)');
      for (const o of c.outcomes) {
        for (const p of o.parts) {
          const mark = p.status === 'applied' ? '-' : p.status === 'stale' ? '! no longer applies:' : '= unchanged:';
          lines.push(`    ${mark} ${p.text.message}${p.reason ? ` (${p.reason.message})` : ''}`);
        }
      }
    }
  } else {
    lines.push('');
    lines.push('The file has no scenarios yet: add them in the app (Compare) or in the file (docs/file-format.md, scenarios).');
  }
  return `${lines.join('\n')}\n`;
}

/** `AWS IAM`, `aws cn-north-1`, `Amazon VPC`: what failed, short enough for a cell. */
function shortName(o: OutageExposure): string {
  if (o.failure.type === 'region') return `${o.failure.provider} ${o.failure.region}`;
  return String(o.params.service ?? o.title);
}

function nameOf(project: Project, workloadId: string): string {
  return project.workloads.find((w) => w.id === workloadId)?.name ?? workloadId;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `  ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')}`.trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
