/** Every service family, as a closed list so a typo in a product row is a compile error. */
export const FAMILY_IDS = [
  // compute
  'vm',
  'gpu-vm',
  'bundled-vps',
  'bare-metal',
  // containers and serverless
  'kubernetes',
  'container-service',
  'container-apps',
  'container-registry',
  'functions',
  // storage
  'object-storage',
  'file-storage',
  'block-storage',
  // network
  'vpc',
  'load-balancer',
  'public-ip',
  'nat',
  'vpn',
  'private-line',
  'cdn',
  'dns',
  'api-gateway',
  'network-firewall',
  // security
  'identity',
  'directory',
  'kms',
  'certificates',
  'waf',
  'ddos-protection',
  // databases and caches
  'mysql',
  'postgresql',
  'sqlserver',
  'oracle',
  'mongodb',
  'redis',
  'nosql',
  'wide-column',
  'distributed-sql',
  'database-migration',
  // messaging and IoT
  'kafka',
  'rocketmq',
  'rabbitmq',
  'message-queue',
  'event-bus',
  'iot-hub',
  // analytics
  'data-warehouse',
  'data-integration',
  'hadoop',
  'stream-processing',
  'search',
  'intelligent-search',
  'ml-platform',
  // observability
  'monitoring',
  'logs',
  'apm',
  'audit-trail',
  // catch-all
  'unmapped',
] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];
