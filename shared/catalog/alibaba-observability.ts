/** Alibaba Cloud logging, monitoring, tracing and audit. */
import { defineCatalog } from './define';
import { ALIBABA_NOTES } from './notes';

export const ALIBABA_OBSERVABILITY = defineCatalog('alibaba', ALIBABA_NOTES, [
  {
    id: 'sls',
    name: 'Simple Log Service (SLS)',
    kind: 'observability',
    description: 'Log collection (Logtail), query, dashboards and alerting.',
    targets: {
      aws: ['Amazon CloudWatch Logs (or Amazon OpenSearch Service)', 'refactor', 'Switch collectors to Fluent Bit/CloudWatch agent; rebuild queries, dashboards and alerts; export history to OSS and archive', 'SLS query syntax, Logtail configs and alert rules are rebuilt; history usually stays archived rather than moved.'],
      azure: ['Azure Monitor Logs (Log Analytics)', 'refactor', 'Switch collectors to Azure Monitor Agent; rebuild queries in KQL', 'Queries are rewritten in KQL.'],
      gcp: ['Cloud Logging (with Log Analytics)', 'refactor', 'Switch collectors to the Ops Agent; rebuild queries and alerts', 'Queries are rewritten in Logging query language or SQL.'],
      huawei: ['Log Tank Service (LTS)', 'refactor', 'Switch collectors to ICAgent; rebuild queries and alerts', 'Query syntax and collector configs are rebuilt.'],
      tencent: ['Cloud Log Service (CLS)', 'refactor', 'Switch collectors to LogListener; rebuild queries and alerts', 'Query syntax is close to SLS (both SQL-like) but dashboards and alerts are rebuilt.'],
      'self-hosted': ['Grafana Loki or OpenSearch with Fluent Bit/Vector', 'refactor', 'Deploy collectors; rebuild queries and alerts', 'You size and retain the log store; it must survive the incidents it is meant to explain.'],
    },
  },
  {
    id: 'cloudmonitor',
    name: 'CloudMonitor',
    kind: 'observability',
    description: 'Metrics, dashboards, site monitoring and alarms for cloud resources.',
    targets: {
      aws: ['Amazon CloudWatch', 'config-only', 'Recreate alarms and dashboards with IaC', 'Metric names and namespaces differ, so every alarm is re-derived.'],
      azure: ['Azure Monitor (metrics and alerts)', 'config-only', 'Recreate alert rules and workbooks', 'Metric names differ; action groups replace contact groups.'],
      gcp: ['Cloud Monitoring', 'config-only', 'Recreate alert policies and dashboards', 'Metric names differ; notification channels are recreated.'],
      huawei: ['Cloud Eye', 'config-only', 'Recreate alarm rules', 'Metric names differ.'],
      tencent: ['Tencent Cloud Observability Platform (Cloud Monitor)', 'config-only', 'Recreate alarm policies', 'Metric names differ.'],
      'self-hosted': ['Prometheus, Alertmanager and Grafana', 'config-only', 'Deploy exporters; recreate alert rules', 'Monitoring must run outside the failure domain it watches.'],
    },
  },
  {
    id: 'arms',
    name: 'Application Real-Time Monitoring Service (ARMS)',
    kind: 'observability',
    description: 'APM, tracing, front-end monitoring and managed Prometheus.',
    targets: {
      aws: ['AWS X-Ray / CloudWatch Application Signals and Amazon Managed Service for Prometheus', 'config-only', 'Replace the ARMS agent with the OpenTelemetry (ADOT) agent; rebuild dashboards', 'Apps already instrumented with OpenTelemetry only change exporters; the ARMS Java agent must be swapped.'],
      azure: ['Application Insights and Azure Monitor managed service for Prometheus', 'config-only', 'Swap to the Azure Monitor OpenTelemetry distro; rebuild dashboards', 'Agent swap and dashboard rebuild.'],
      gcp: ['Cloud Trace and Google Cloud Managed Service for Prometheus', 'config-only', 'Swap to OpenTelemetry exporters; rebuild dashboards', 'Agent swap and dashboard rebuild.'],
      huawei: ['Application Performance Management (APM) and AOM', 'config-only', 'Swap agents; rebuild dashboards', 'Agent swap and dashboard rebuild.'],
      tencent: ['Application Performance Management (APM) and Managed Service for Prometheus', 'config-only', 'Swap agents; rebuild dashboards', 'Agent swap and dashboard rebuild.'],
      'self-hosted': ['OpenTelemetry Collector with Grafana Tempo/Jaeger or Apache SkyWalking', 'config-only', 'Swap agents; rebuild dashboards', 'You store and retain traces.'],
    },
  },
  {
    id: 'actiontrail',
    name: 'ActionTrail',
    kind: 'observability',
    description: 'Audit trail of API calls and console actions across the account.',
    targets: {
      aws: ['AWS CloudTrail', 'config-only', 'Enable an organization trail; archive ActionTrail history to OSS before closing the account', 'Audit history does not move; keep the exported archive for your retention period.'],
      azure: ['Azure Activity Log (exported to Log Analytics)', 'config-only', 'Enable diagnostic settings; archive ActionTrail history', 'Audit history does not move.'],
      gcp: ['Cloud Audit Logs', 'config-only', 'Enable Data Access logs where needed; archive ActionTrail history', 'Admin Activity logs are always on; Data Access logs must be enabled.'],
      huawei: ['Cloud Trace Service (CTS)', 'config-only', 'Create trackers; archive ActionTrail history', 'Audit history does not move.'],
      tencent: ['CloudAudit', 'config-only', 'Create trails; archive ActionTrail history', 'Audit history does not move.'],
      'self-hosted': ['Audit logs of your own control plane (Kubernetes audit, Vault audit, auditd) shipped to a log store', 'refactor', 'Enable audit logging per system; centralize it', 'There is no single cloud API to audit, so coverage is assembled system by system.'],
    },
  },
]);
