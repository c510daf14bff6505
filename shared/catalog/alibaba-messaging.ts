/** Alibaba Cloud messaging, events and IoT. */
import { defineCatalog } from './define';
import { ALIBABA_NOTES } from './notes';

export const ALIBABA_MESSAGING = defineCatalog('alibaba', ALIBABA_NOTES, [
  {
    id: 'rocketmq',
    name: 'ApsaraMQ for RocketMQ',
    kind: 'queue',
    description: 'Managed Apache RocketMQ with ordered, delayed and transactional messages.',
    targets: {
      aws: ['Amazon SQS/SNS or Amazon MQ (or RocketMQ on EC2/EKS)', 'refactor', 'Dual-publish, drain the old topics, switch consumers; or self-run RocketMQ', 'No managed RocketMQ on AWS: transactional and scheduled messages need redesign on SQS/SNS.'],
      azure: ['Azure Service Bus', 'refactor', 'Dual-publish, drain, switch consumers', 'Sessions and scheduled messages cover ordering and delays; transactional messages need the outbox pattern.'],
      gcp: ['Pub/Sub', 'refactor', 'Dual-publish, drain, switch consumers', 'Ordering keys and no native delayed delivery: delays move to Cloud Tasks or the application.'],
      huawei: ['Distributed Message Service (DMS) for RocketMQ', 'data-config', 'Recreate topics and groups; drain the old cluster or use the metadata migration tool', 'Same protocol and client; check version (4.x vs 5.x) and feature parity for transactional messages.'],
      tencent: ['TDMQ for RocketMQ', 'data-config', 'Recreate topics and groups; drain the old cluster', 'Same protocol and client; check version and namespace model.'],
      'self-hosted': ['Apache RocketMQ 5 (on Kubernetes with the RocketMQ operator or VMs)', 'data-config', 'Recreate topics and groups; drain the old cluster', 'Same protocol; you operate brokers, NameServers and disk capacity.'],
    },
  },
  {
    id: 'kafka',
    name: 'ApsaraMQ for Kafka (Message Queue for Kafka)',
    kind: 'queue',
    description: 'Managed Apache Kafka topics and consumer groups.',
    targets: {
      aws: ['Amazon Managed Streaming for Apache Kafka (MSK)', 'data-config', 'MirrorMaker 2 (or MSK Replicator from self-managed sources) with offset sync, then switch clients', 'Same protocol; re-create ACLs and SASL credentials; check retention and partition counts.'],
      azure: ['Azure Event Hubs (Kafka endpoint)', 'data-config', 'MirrorMaker 2 into Event Hubs, then switch clients', 'Kafka protocol but not Kafka: no compacted-topic parity in every tier, and partition limits per namespace.'],
      gcp: ['Google Cloud Managed Service for Apache Kafka', 'data-config', 'MirrorMaker 2 (Connect clusters), then switch clients', 'Same protocol; authentication is through Google IAM (SASL/OAUTHBEARER or PLAIN with service accounts).'],
      huawei: ['Distributed Message Service (DMS) for Kafka', 'data-config', 'MirrorMaker 2, then switch clients', 'Same protocol; check version and partition quotas.'],
      tencent: ['CKafka (Cloud Kafka)', 'data-config', 'MirrorMaker 2 or CKafka data sync, then switch clients', 'Same protocol; check version and partition quotas.'],
      'self-hosted': ['Apache Kafka (KRaft) with Strimzi', 'data-config', 'MirrorMaker 2 with checkpoint offset sync', 'You operate brokers, rebalancing and disk capacity.'],
    },
  },
  {
    id: 'mns',
    name: 'Simple Message Queue (formerly MNS)',
    kind: 'queue',
    description: 'HTTP-based queues and topic push notifications.',
    targets: {
      aws: ['Amazon SQS and Amazon SNS', 'refactor', 'Dual-publish, drain, switch consumers to the AWS SDK', 'Queue and topic semantics are close, but the API is different, so producers and consumers change.'],
      azure: ['Azure Queue Storage or Azure Service Bus', 'refactor', 'Dual-publish, drain, switch consumers', 'API differs; Service Bus topics replace MNS topic push.'],
      gcp: ['Pub/Sub', 'refactor', 'Dual-publish, drain, switch consumers', 'API differs; push subscriptions replace MNS HTTP push.'],
      huawei: ['Simple Message Notification (SMN) and DMS for RabbitMQ', 'refactor', 'Dual-publish, drain, switch consumers', 'No single HTTP queue service: queues and push are separate products.'],
      tencent: ['TDMQ for CMQ', 'refactor', 'Dual-publish, drain, switch consumers', 'Closest model (HTTP queues and topics) but a different API.'],
      'self-hosted': ['RabbitMQ (or NATS JetStream)', 'refactor', 'Dual-publish, drain, switch consumers', 'AMQP instead of HTTP: client code changes; you run the cluster.'],
    },
  },
  {
    id: 'eventbridge',
    name: 'EventBridge',
    kind: 'queue',
    description: 'Serverless event bus routing CloudEvents from cloud services and SaaS to targets.',
    targets: {
      aws: ['Amazon EventBridge', 'refactor', 'Recreate buses and rules; map event sources', 'Event patterns and source event formats differ, so rules and consumers are rewritten.'],
      azure: ['Azure Event Grid', 'refactor', 'Recreate topics and subscriptions', 'Event Grid supports the CloudEvents schema; source events are Azure’s, not Alibaba’s.'],
      gcp: ['Eventarc', 'refactor', 'Recreate triggers', 'CloudEvents based; targets are mostly Cloud Run and Workflows.'],
      huawei: ['EventGrid (EG)', 'refactor', 'Recreate channels and subscriptions', 'Event sources are Huawei Cloud services; mappings are rewritten.'],
      tencent: ['EventBridge (EB)', 'refactor', 'Recreate buses and rules', 'Event sources and formats differ.'],
      'self-hosted': ['Knative Eventing or Apache EventMesh (with Kafka)', 'refactor', 'Recreate brokers and triggers', 'You build the adapters that cloud services gave you for free.'],
    },
  },
  {
    id: 'iot-platform',
    name: 'IoT Platform',
    kind: 'iot',
    description: 'MQTT device connectivity, device shadow, rules engine and OTA (the 2023 AK/SK outage stopped devices).',
    targets: {
      aws: ['AWS IoT Core', 'refactor', 'Re-provision devices with new X.509 certificates via OTA; rebuild rules as IoT rules', 'Device endpoints, auth (ProductKey/DeviceSecret vs certificates) and topics differ, so firmware must change; fielded devices need an OTA path.'],
      azure: ['Azure IoT Hub (with Device Provisioning Service)', 'refactor', 'Re-provision through DPS via OTA; rebuild routing', 'Different auth and topic model; firmware changes and a staged OTA rollout.'],
      gcp: ['No first-party equivalent (Cloud IoT Core retired 16 Aug 2023)', 'none', 'A partner platform (e.g. ClearBlade) or an MQTT broker (EMQX) on GKE with Pub/Sub', 'Google retired Cloud IoT Core; the device layer must be bought from a partner or self-run.'],
      huawei: ['IoT Device Access (IoTDA)', 'refactor', 'Re-provision devices via OTA; rebuild rules', 'Different device model and topics; firmware changes.'],
      tencent: ['IoT Explorer (IoT Hub)', 'refactor', 'Re-provision devices via OTA; rebuild rules', 'Different device model and topics; firmware changes.'],
      'self-hosted': ['EMQX or Eclipse Mosquitto with a device registry and rules (e.g. Node-RED, Kafka)', 'refactor', 'Re-provision devices via OTA; rebuild rules', 'You run a public-facing broker fleet and the OTA service; devices keep working through any one cloud’s outage.'],
    },
  },
]);
