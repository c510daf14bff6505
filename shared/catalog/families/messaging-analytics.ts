/** Families of messaging, IoT, analytics and observability. */
import type { Family } from '../types';
import { stagingStore, targetName } from './method-text';

export const MESSAGING_FAMILIES: readonly Family[] = [
  {
    id: 'kafka',
    name: 'Kafka-compatible streams',
    kind: 'queue',
    holds: 'data',
    method: (pair) => `MirrorMaker 2 (topics and consumer offsets) into ${targetName(pair)}; move producers, then consumers`,
    notes: {
      'same-engine': 'Clients keep the Kafka protocol; quotas, ACLs, SASL settings and topic limits are recreated.',
      compatible: 'Kafka-protocol services lack some admin APIs and features (transactions, compaction or Streams support vary); test your clients.',
    },
  },
  {
    id: 'rocketmq',
    name: 'RocketMQ-compatible queues',
    kind: 'queue',
    holds: 'data',
    nearest: ['message-queue'],
    method: (pair) =>
      pair.portability === 'refactor'
        ? `Rewrite producers and consumers for ${targetName(pair)}; run both until the old topics drain`
        : `Create topics and groups on ${targetName(pair)}; mirror messages with the RocketMQ Connect replicator or double-write, drain the old topics, then switch consumers`,
    notes: {
      'same-engine': 'Check the RocketMQ version (4.x or 5.x protocol) and client SDK; transactional and scheduled messages behave per version.',
      'nearest-family': 'No managed RocketMQ: ordered, delayed and transactional messages are redesigned on the target’s queue (or RocketMQ runs on its VMs or Kubernetes).',
    },
  },
  {
    id: 'rabbitmq',
    name: 'RabbitMQ (AMQP 0-9-1) brokers',
    kind: 'queue',
    holds: 'config',
    nearest: ['message-queue'],
    method: (pair) =>
      pair.portability === 'refactor'
        ? `Rewrite producers and consumers for ${targetName(pair)}; run both until the old queues drain`
        : `Export definitions (vhosts, exchanges, queues, users) and import them into ${targetName(pair)}; shovel or drain the queues`,
    notes: {
      'same-engine': 'Plugins, policies and cluster sizes offered differ; check the ones you use.',
      'nearest-family': 'No managed AMQP 0-9-1 broker: exchanges, routing keys and acknowledgements are redesigned on the target’s queue.',
    },
  },
  {
    id: 'message-queue',
    name: 'Message queues and notifications',
    kind: 'queue',
    holds: 'config',
    method: (pair) => `Rewrite producers and consumers for ${targetName(pair)}; run both until the old queues drain`,
    notes: { different: 'Delivery guarantees, ordering, visibility timeouts and message-size limits differ.' },
  },
  {
    id: 'event-bus',
    name: 'Event buses',
    kind: 'queue',
    holds: 'config',
    method: (pair) => `Recreate rules and targets on ${targetName(pair)}; adapt producers and handlers to its event format`,
    notes: { different: 'Event envelopes, filter syntax and target types differ (CloudEvents on some, provider formats on others).' },
  },
  {
    id: 'iot-hub',
    name: 'IoT device hubs',
    kind: 'iot',
    holds: 'config',
    absent: {
      gcp: {
        service: 'No first-party equivalent (Cloud IoT Core retired 16 Aug 2023)',
        method: 'Run EMQX or another MQTT broker on Google Cloud, or use a partner IoT platform',
        caveats: 'Google retired Cloud IoT Core on 16 August 2023; an IoT hub on Google Cloud is now a partner product or one you run yourself.',
        source: 'Google Cloud “Cloud IoT Core” retirement notice (service discontinued 16 Aug 2023)',
      },
    },
    method: (pair) => `Re-provision device identities and certificates on ${targetName(pair)} (OTA or a bootstrap endpoint); rebuild rules; keep both endpoints live during cutover`,
    notes: { different: 'Device SDKs, authentication, topic naming and the rules engine differ; every device changes endpoint, which needs OTA or a field visit.' },
  },
];

export const ANALYTICS_FAMILIES: readonly Family[] = [
  {
    id: 'data-warehouse',
    name: 'Data warehouses',
    kind: 'analytics',
    holds: 'data',
    method: (pair) => `Export tables to ${stagingStore(pair)} as Parquet/ORC and load them into ${targetName(pair)}; rewrite SQL, UDFs and scheduled jobs`,
    notes: { different: 'SQL dialects, UDFs, partitioning and cost models differ: queries and pipelines are rewritten and re-validated.' },
  },
  {
    id: 'data-integration',
    name: 'Data integration and orchestration',
    kind: 'analytics',
    holds: 'config',
    method: (pair) => `Rebuild the workflows in ${targetName(pair)}; re-point sources and sinks; run both in parallel for a cycle`,
    notes: { different: 'Workflow definitions, scheduling and lineage metadata are provider formats and are rebuilt.' },
  },
  {
    id: 'hadoop',
    name: 'Hadoop and Spark clusters',
    kind: 'analytics',
    holds: 'data',
    method: (pair) => `DistCp data into ${stagingStore(pair)} or HDFS; move the Hive metastore; resubmit jobs on ${targetName(pair)}`,
    notes: { 'same-engine': 'Component versions (Hive, Spark, HBase) and storage connectors differ; jobs are re-tested.' },
  },
  {
    id: 'stream-processing',
    name: 'Stream processing (Flink)',
    kind: 'analytics',
    holds: 'data',
    method: (pair) => `Take savepoints and restart the jobs on ${targetName(pair)}; re-point sources and sinks`,
    notes: {
      'same-engine': 'Connector versions and state-backend compatibility decide whether savepoints restore; otherwise reprocess from the source.',
      compatible: 'Flink jobs run unchanged; the managed service’s connectors and job submission differ.',
    },
  },
  {
    id: 'search',
    name: 'Elasticsearch-compatible search',
    kind: 'analytics',
    holds: 'data',
    method: (pair) => `Snapshot to ${stagingStore(pair)} and restore into ${targetName(pair)}, or reindex from remote; switch readers, then writers`,
    notes: {
      'same-engine': 'Snapshots restore into the same or a newer major version only; plugins and analyzers must be available on the target.',
      compatible: 'OpenSearch forked from Elasticsearch 7.10: snapshots from later Elasticsearch versions do not restore into it, so reindex instead; client libraries differ.',
    },
  },
  {
    id: 'intelligent-search',
    name: 'Managed intelligent search',
    kind: 'analytics',
    holds: 'data',
    nearest: ['search'],
    method: (pair) => `Re-index the documents into ${targetName(pair)}; rebuild ranking, synonyms and analyzers`,
    notes: { different: 'Ranking, query syntax and built-in language features differ.', 'nearest-family': 'Built-in ranking and language features are rebuilt on a search engine.' },
  },
  {
    id: 'ml-platform',
    name: 'Machine-learning platforms',
    kind: 'analytics',
    holds: 'data',
    method: (pair) => `Re-package training and serving for ${targetName(pair)}; copy models and datasets through ${stagingStore(pair)}`,
    notes: { different: 'SDKs, pipelines, serving endpoints and built-in algorithms differ.' },
  },
];

export const OBSERVABILITY_FAMILIES: readonly Family[] = [
  {
    id: 'monitoring',
    name: 'Metrics and alarms',
    kind: 'observability',
    holds: 'config',
    protocols: ['alarm-rules'],
    method: (pair) => `Recreate dashboards and alarm rules on ${targetName(pair)} with IaC; install its agent or point Prometheus exporters at it`,
    notes: { compatible: 'Metric names and alarm semantics differ; custom metrics pushed through a provider SDK move to the target’s API or to Prometheus.' },
  },
  {
    id: 'logs',
    name: 'Log services',
    kind: 'observability',
    holds: 'config',
    protocols: [],
    method: (pair) => `Re-point log shippers (Fluent Bit or Vector) at ${targetName(pair)}; rewrite queries, dashboards and alerts; archive the old history`,
    notes: { different: 'Query languages and ingestion SDKs differ; log history usually stays in an archive rather than moving.' },
  },
  {
    id: 'apm',
    name: 'Tracing and application monitoring',
    kind: 'observability',
    holds: 'config',
    protocols: ['opentelemetry'],
    method: (pair) => `Swap the agent for ${targetName(pair)}’s OpenTelemetry distribution; recreate service maps and alert rules`,
    notes: { compatible: 'With OpenTelemetry the instrumentation carries over; vendor agents’ auto-instrumentation and profiling differ.' },
  },
  {
    id: 'audit-trail',
    name: 'Audit trails',
    kind: 'observability',
    holds: 'config',
    method: (pair) =>
      pair.to === 'self-hosted'
        ? 'Collect audit logs from your own control planes (Kubernetes audit, Vault audit, auditd) into the log store'
        : `Enable ${targetName(pair)} for the new accounts and ship it to the log store; keep the old trail for its retention period`,
    notes: { different: 'There is no provider control plane to audit on your own hardware (or no audit of your own systems on a cloud); auditing is rebuilt for each system.' },
  },
];
