/**
 * The side panel for the focused workload: its fields, dependencies both ways, the estimate
 * behind its numbers, its runbook steps and the risks that name it. Escape closes it and hands
 * focus back to the grid row.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useInventoryStore } from '../store-context';
import { DependencySection } from './dependency-section';
import { EstimateSection } from './estimate-section';
import { CostCurrencySection } from './cost-currency-section';
import { FieldList } from './field-list';
import { MoveGroupSection } from './move-group-section';
import { OverrideSection } from './override-section';
import { ProgressSection } from './progress-section';
import { SecondProviderSection } from './second-provider-section';
import { RiskSection } from './risk-section';
import { RunbookSection } from './runbook-section';

export interface WorkloadPanelProps {
  readonly workloadId: string;
  readonly onClose: () => void;
}

export function WorkloadPanel({ workloadId, onClose }: WorkloadPanelProps) {
  const { t } = useTranslation('inventory');
  const store = useInventoryStore();
  const workload = store((s) => s.project.workloads.find((w) => w.id === workloadId));
  const plan = store((s) => s.plan);
  const titleId = useId();
  if (!workload) return null;
  return (
    <aside
      className="inv-panel"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="inv-panel-head">
        <h2 id={titleId}>{workload.name}</h2>
        <button type="button" className="inv-icon" aria-label={t('panel.close')} aria-keyshortcuts="Escape" onClick={onClose}>
          ×
        </button>
      </header>
      <FieldList workload={workload} />
      <CostCurrencySection workload={workload} />
      <SecondProviderSection workload={workload} />
      <DependencySection workloadId={workloadId} />
      <MoveGroupSection plan={plan} workloadId={workloadId} />
      <EstimateSection estimate={plan ? (plan.estimates[workloadId] ?? null) : undefined} />
      <OverrideSection workloadId={workloadId} estimate={plan ? (plan.estimates[workloadId] ?? null) : undefined} />
      <ProgressSection workloadId={workloadId} name={workload.name} estimate={plan ? (plan.estimates[workloadId] ?? null) : undefined} />
      <RunbookSection plan={plan} workloadId={workloadId} workloadName={workload.name} />
      <RiskSection plan={plan} workloadId={workloadId} />
    </aside>
  );
}
