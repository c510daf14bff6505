/**
 * Pairwise overrides: the few pairs where the traits do not tell the truth, each with the public
 * source that says so. Keep this list short; a growing list means a family or a trait is wrong.
 */
import type { PairOverride } from './types';

export const OVERRIDES: readonly PairOverride[] = [
  {
    from: 'gcp.cloud-run-functions',
    to: 'self-hosted',
    portability: 'config-only',
    service: 'Knative with the open-source Functions Framework',
    productIds: ['self-hosted.knative'],
    method: 'Build the functions with the Functions Framework into containers and deploy them on Knative Serving; wire events through Knative Eventing',
    caveats: 'Cloud Run functions are written against the open-source Functions Framework, which runs unchanged in any container, so the handlers move as they are; triggers are rewired through Knative Eventing.',
    source: 'GoogleCloudPlatform Functions Framework (open source, Apache-2.0): "a library that lets you write lightweight functions that run in many different environments"',
  },
  {
    from: 'family:stream-processing',
    to: 'azure',
    portability: 'data-config',
    service: 'Apache Flink on AKS (Flink Kubernetes Operator)',
    productIds: ['azure.aks'],
    method: 'Run the jobs on AKS with the Apache Flink Kubernetes Operator; restore from savepoints and re-point sources and sinks',
    caveats: 'Azure has no managed Flink service since HDInsight on AKS was retired on 31 Jan 2025; the jobs keep their engine on a Flink you run on AKS (or on Confluent Cloud for Apache Flink from the Azure Marketplace).',
    source: 'Microsoft Learn: "We will retire Azure HDInsight on AKS on January 31, 2025" (HDInsight on AKS Flink articles); Apache Flink Kubernetes Operator documentation',
  },
];
