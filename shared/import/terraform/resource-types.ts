/**
 * Terraform resource types and what each is in Decamp: a workload on a catalog product, or a child
 * folded into its parent (accounts, databases, listeners, rules, attachments, policies, node pools,
 * topics), with the attributes that name it and size it. Adding a type is one entry here; its
 * catalog id is resolved through the catalog's lookups, so a product the catalog adds plugs in.
 */
import type { DependencyKind, SourceProvider, WorkloadKind } from '../../model/vocabulary';
import { HUAWEICLOUD } from './huaweicloud-types';
import { child, top } from './resource-type-builders';
import { TENCENTCLOUD } from './tencentcloud-types';

/** How one attribute's references become dependencies (others: the owner needs the target, kind by the target's kind). */
export interface LinkRule {
  /** Attribute path without list indices: `instance_ids`, `servers.server_ids`. */
  readonly attr: string;
  /** The target needs the owner (an attachment that puts the target behind the owner). */
  readonly reverse?: boolean;
  readonly kind?: DependencyKind;
}

export interface ResourceType {
  /** Catalog id of the product; a child has none. */
  readonly service?: string;
  /** Product by an attribute's value (`engine: PostgreSQL` -> RDS for PostgreSQL), matched case-insensitively. */
  readonly serviceBy?: { readonly attr: string; readonly values: Readonly<Record<string, string>> };
  /** Kind when it differs from the catalog product's (a key pair is identity on ECS). */
  readonly kind?: WorkloadKind;
  /** Attributes that hold its name, best first (providers renamed `name` to `*_name` over versions: both are listed). */
  readonly name?: readonly string[];
  /** A child: folded into the resource one of these attributes names. */
  readonly parent?: readonly string[];
  /** Attributes whose values others use to name it, besides its id (`user_name` names a RAM user). */
  readonly refKeys?: readonly string[];
  /** Attribute with an instance count (`desired_capacity`), or with a count to add to the parent (a node pool). */
  readonly instances?: readonly string[];
  /**
   * Attributes with storage in GB: the first that is present counts (`instance_storage`, or the
   * older `db_instance_storage`: states keep both names of a renamed argument); `a+b` sums parts that
   * add up (`system_disk_size+data_disks.size`: the system disk and every data disk).
   */
  readonly dataGb?: readonly string[];
  readonly links?: readonly LinkRule[];
}

const ALICLOUD: Readonly<Record<string, ResourceType>> = {
  // Compute and containers
  alicloud_instance: top('alibaba.ecs', ['instance_name', 'name', 'host_name'], { dataGb: ['system_disk_size+data_disks.size'] }),
  alicloud_ecs_instance_set: top('alibaba.ecs', ['instance_name'], { instances: ['amount'], dataGb: ['system_disk_size'] }),
  alicloud_ess_scaling_group: top('alibaba.ecs', ['scaling_group_name', 'name'], { instances: ['desired_capacity', 'min_size'], links: [{ attr: 'loadbalancer_ids', reverse: true }, { attr: 'db_instance_ids', kind: 'sync' }] }),
  alicloud_ess_scaling_configuration: child(['scaling_group_id']),
  alicloud_ess_scaling_rule: child(['scaling_group_id']),
  alicloud_ess_attachment: child(['scaling_group_id']),
  alicloud_ess_scalinggroup_vserver_groups: child(['scaling_group_id']),
  alicloud_disk: top('alibaba.ebs', ['disk_name', 'name'], { dataGb: ['size'] }),
  alicloud_ecs_disk: top('alibaba.ebs', ['disk_name', 'name'], { dataGb: ['size'] }),
  alicloud_disk_attachment: child(['instance_id'], { links: [{ attr: 'disk_id', kind: 'data' }] }),
  alicloud_ecs_disk_attachment: child(['instance_id'], { links: [{ attr: 'disk_id', kind: 'data' }] }),
  alicloud_key_pair: top('alibaba.ecs', ['key_pair_name', 'key_name'], { kind: 'security', refKeys: ['key_name', 'key_pair_name'] }),
  alicloud_ecs_key_pair: top('alibaba.ecs', ['key_pair_name', 'key_name'], { kind: 'security', refKeys: ['key_name', 'key_pair_name'] }),
  alicloud_key_pair_attachment: child(['key_name', 'key_pair_name'], { links: [{ attr: 'instance_ids', reverse: true, kind: 'auth' }] }),
  alicloud_ecs_key_pair_attachment: child(['key_pair_name', 'key_name'], { links: [{ attr: 'instance_ids', reverse: true, kind: 'auth' }] }),
  alicloud_cs_managed_kubernetes: top('alibaba.ack', ['name', 'cluster_name']),
  alicloud_cs_kubernetes: top('alibaba.ack', ['name', 'cluster_name'], { instances: ['worker_number'] }),
  alicloud_cs_serverless_kubernetes: top('alibaba.ack', ['name', 'cluster_name']),
  alicloud_cs_kubernetes_node_pool: child(['cluster_id'], { instances: ['desired_size', 'node_count'] }),
  alicloud_cs_kubernetes_addon: child(['cluster_id']),
  alicloud_cr_ee_instance: top('alibaba.acr', ['instance_name']),
  alicloud_cr_ee_namespace: child(['instance_id']),
  alicloud_cr_ee_repo: child(['instance_id']),
  alicloud_cr_namespace: top('alibaba.acr', ['name', 'namespace_name']),
  alicloud_cr_repo: child(['namespace'], {}),
  alicloud_fc_service: top('alibaba.function-compute', ['name', 'service_name'], { refKeys: ['name', 'service_name'], links: [{ attr: 'log_config.project', kind: 'async' }, { attr: 'log_config.logstore', kind: 'async' }, { attr: 'role', kind: 'auth' }] }),
  alicloud_fc_function: child(['service', 'service_name']),
  alicloud_fc_trigger: child(['service', 'service_name']),
  alicloud_fcv3_function: top('alibaba.function-compute', ['function_name'], { links: [{ attr: 'log_config.project', kind: 'async' }, { attr: 'role', kind: 'auth' }] }),
  alicloud_sae_application: top('alibaba.sae', ['app_name'], { instances: ['replicas'] }),
  alicloud_sae_namespace: top('alibaba.sae', ['namespace_name']),
  alicloud_simple_application_server_instance: top('alibaba.swas', ['instance_name']),

  // Storage
  alicloud_oss_bucket: top('alibaba.oss', ['bucket'], { refKeys: ['bucket'], links: [{ attr: 'logging.target_bucket', kind: 'async' }] }),
  alicloud_oss_bucket_object: child(['bucket']),
  alicloud_oss_bucket_policy: child(['bucket']),
  alicloud_oss_bucket_acl: child(['bucket']),
  alicloud_oss_bucket_versioning: child(['bucket']),
  alicloud_oss_bucket_server_side_encryption: child(['bucket']),
  alicloud_nas_file_system: top('alibaba.nas', ['file_system_name', 'description']),
  alicloud_nas_mount_target: child(['file_system_id']),

  // Network
  alicloud_vpc: top('alibaba.vpc', ['vpc_name', 'name']),
  alicloud_vswitch: top('alibaba.vpc', ['vswitch_name', 'name']),
  alicloud_route_table: child(['vpc_id']),
  alicloud_route_entry: child(['route_table_id']),
  alicloud_route_table_attachment: child(['route_table_id']),
  alicloud_security_group: top('alibaba.vpc', ['security_group_name', 'name'], { kind: 'network' }),
  alicloud_security_group_rule: child(['security_group_id']),
  alicloud_slb: top('alibaba.slb', ['load_balancer_name', 'name']),
  alicloud_slb_load_balancer: top('alibaba.slb', ['load_balancer_name', 'name']),
  alicloud_slb_listener: child(['load_balancer_id']),
  alicloud_slb_rule: child(['load_balancer_id']),
  alicloud_slb_acl: top('alibaba.slb', ['acl_name', 'name']),
  alicloud_slb_attachment: child(['load_balancer_id'], { links: [{ attr: 'instance_ids', kind: 'sync' }] }),
  alicloud_slb_backend_server: child(['load_balancer_id'], { links: [{ attr: 'backend_servers.server_id', kind: 'sync' }] }),
  alicloud_slb_server_group: child(['load_balancer_id'], { links: [{ attr: 'servers.server_ids', kind: 'sync' }] }),
  alicloud_slb_master_slave_server_group: child(['load_balancer_id'], { links: [{ attr: 'servers.server_id', kind: 'sync' }] }),
  alicloud_slb_server_group_server_attachment: child(['server_group_id'], { links: [{ attr: 'server_id', kind: 'sync' }] }),
  alicloud_alb_load_balancer: top('alibaba.alb', ['load_balancer_name']),
  alicloud_alb_listener: child(['load_balancer_id']),
  alicloud_alb_rule: child(['listener_id']),
  alicloud_alb_server_group: top('alibaba.alb', ['server_group_name'], { links: [{ attr: 'servers.server_id', kind: 'sync' }] }),
  alicloud_nlb_load_balancer: top('alibaba.nlb', ['load_balancer_name']),
  alicloud_nlb_listener: child(['load_balancer_id']),
  alicloud_nlb_server_group: top('alibaba.nlb', ['server_group_name'], { links: [{ attr: 'servers.server_id', kind: 'sync' }] }),
  alicloud_nlb_server_group_server_attachment: child(['server_group_id'], { links: [{ attr: 'server_id', kind: 'sync' }] }),
  alicloud_eip: top('alibaba.eip', ['address_name', 'name', 'ip_address']),
  alicloud_eip_address: top('alibaba.eip', ['address_name', 'name', 'ip_address']),
  alicloud_eip_association: child(['allocation_id'], { links: [{ attr: 'instance_id', reverse: true, kind: 'network' }] }),
  alicloud_nat_gateway: top('alibaba.nat-gateway', ['nat_gateway_name', 'name'], { refKeys: ['snat_table_ids', 'forward_table_ids'] }),
  alicloud_snat_entry: child(['snat_table_id'], { links: [{ attr: 'source_vswitch_id', reverse: true, kind: 'network' }] }),
  alicloud_forward_entry: child(['forward_table_id']),
  alicloud_vpn_gateway: top('alibaba.vpn-gateway', ['vpn_gateway_name', 'name']),
  alicloud_vpn_connection: child(['vpn_gateway_id']),
  alicloud_vpn_customer_gateway: top('alibaba.vpn-gateway', ['customer_gateway_name', 'name']),
  alicloud_cen_instance: top('alibaba.cen', ['cen_instance_name', 'name']),
  alicloud_cen_instance_attachment: child(['instance_id'], { links: [{ attr: 'child_instance_id', reverse: true, kind: 'network' }] }),
  alicloud_cdn_domain_new: top('alibaba.cdn', ['domain_name']),
  alicloud_cdn_domain: top('alibaba.cdn', ['domain_name']),
  alicloud_alidns_domain: top('alibaba.dns', ['domain_name'], { refKeys: ['domain_name'] }),
  alicloud_dns_domain: top('alibaba.dns', ['domain_name', 'name'], { refKeys: ['domain_name', 'name'] }),
  alicloud_alidns_record: child(['domain_name']),
  alicloud_dns_record: child(['name', 'domain_name']),
  alicloud_api_gateway_group: top('alibaba.api-gateway', ['name']),
  alicloud_api_gateway_api: child(['group_id']),

  // Identity and security
  alicloud_ram_user: top('alibaba.ram', ['name', 'user_name'], { refKeys: ['name', 'user_name'] }),
  alicloud_ram_group: top('alibaba.ram', ['name', 'group_name'], { refKeys: ['name', 'group_name'] }),
  alicloud_ram_role: top('alibaba.ram', ['name', 'role_name'], { refKeys: ['name', 'role_name', 'arn'] }),
  alicloud_ram_group_membership: child(['group_name'], { links: [{ attr: 'user_names', reverse: true, kind: 'auth' }] }),
  alicloud_ram_user_group_attachment: child(['group_name'], { links: [{ attr: 'user_name', reverse: true, kind: 'auth' }] }),
  alicloud_ram_user_policy_attachment: child(['user_name']),
  alicloud_ram_group_policy_attachment: child(['group_name']),
  alicloud_ram_role_policy_attachment: child(['role_name']),
  alicloud_ram_access_key: child(['user_name']),
  alicloud_ram_login_profile: child(['user_name']),
  alicloud_kms_key: top('alibaba.kms', ['description', 'key_id']),
  alicloud_kms_alias: child(['key_id']),
  alicloud_kms_secret: top('alibaba.kms', ['secret_name']),
  alicloud_ssl_certificates_service_certificate: top('alibaba.ssl-certificates', ['certificate_name', 'name']),
  alicloud_waf_instance: top('alibaba.waf', ['name']),
  alicloud_wafv3_instance: top('alibaba.waf', ['name']),
  alicloud_waf_domain: child(['instance_id']),
  alicloud_ddoscoo_instance: top('alibaba.anti-ddos', ['name']),

  // Databases and caches
  alicloud_db_instance: top('alibaba.rds-mysql', ['instance_name', 'db_instance_name'], {
    serviceBy: { attr: 'engine', values: { mysql: 'alibaba.rds-mysql', mariadb: 'alibaba.rds-mysql', postgresql: 'alibaba.rds-postgresql', sqlserver: 'alibaba.rds-sqlserver' } },
    dataGb: ['instance_storage', 'db_instance_storage'],
  }),
  alicloud_db_readonly_instance: top('alibaba.rds-mysql', ['instance_name'], { dataGb: ['instance_storage'], links: [{ attr: 'master_db_instance_id', kind: 'data' }] }),
  alicloud_db_database: child(['instance_id']),
  alicloud_db_account: child(['instance_id', 'db_instance_id']),
  alicloud_rds_account: child(['db_instance_id', 'instance_id']),
  alicloud_db_account_privilege: child(['instance_id']),
  alicloud_db_backup_policy: child(['instance_id']),
  alicloud_db_connection: child(['instance_id']),
  alicloud_rds_backup: child(['db_instance_id']),
  alicloud_polardb_cluster: top('alibaba.polardb', ['description', 'db_cluster_description']),
  alicloud_polardb_database: child(['db_cluster_id']),
  alicloud_polardb_account: child(['db_cluster_id']),
  alicloud_polardb_account_privilege: child(['db_cluster_id']),
  alicloud_polardb_endpoint: child(['db_cluster_id']),
  alicloud_polardb_backup_policy: child(['db_cluster_id']),
  alicloud_drds_instance: top('alibaba.polardb', ['description']),
  alicloud_mongodb_instance: top('alibaba.mongodb', ['name', 'db_instance_name'], { dataGb: ['db_instance_storage'] }),
  alicloud_mongodb_sharding_instance: top('alibaba.mongodb', ['name', 'db_instance_name'], { dataGb: ['shard_list.node_storage'] }),
  alicloud_kvstore_instance: top('alibaba.redis', ['instance_name', 'db_instance_name']),
  alicloud_redis_tair_instance: top('alibaba.redis', ['tair_instance_name']),
  alicloud_kvstore_account: child(['instance_id']),
  alicloud_kvstore_backup_policy: child(['instance_id']),
  alicloud_gpdb_instance: top('alibaba.analyticdb', ['description', 'db_instance_description'], { dataGb: ['instance_spec_storage', 'storage_size'] }),
  alicloud_adb_db_cluster: top('alibaba.analyticdb', ['description', 'db_cluster_description']),
  alicloud_ots_instance: top('alibaba.tablestore', ['name'], { refKeys: ['name'] }),
  alicloud_ots_table: child(['instance_name']),
  alicloud_lindorm_instance: top('alibaba.lindorm', ['instance_name'], { dataGb: ['instance_storage'] }),
  alicloud_dts_synchronization_job: top('alibaba.dts', ['dts_job_name']),
  alicloud_dts_migration_job: top('alibaba.dts', ['dts_job_name']),

  // Messaging
  alicloud_ons_instance: top('alibaba.rocketmq', ['instance_name', 'name']),
  alicloud_ons_topic: child(['instance_id']),
  alicloud_ons_group: child(['instance_id']),
  alicloud_rocketmq_instance: top('alibaba.rocketmq', ['instance_name']),
  alicloud_rocketmq_topic: child(['instance_id']),
  alicloud_rocketmq_consumer_group: child(['instance_id']),
  alicloud_alikafka_instance: top('alibaba.kafka', ['name'], { dataGb: ['disk_size'] }),
  alicloud_alikafka_topic: child(['instance_id']),
  alicloud_alikafka_consumer_group: child(['instance_id']),
  alicloud_alikafka_sasl_user: child(['instance_id']),
  alicloud_mns_queue: top('alibaba.mns', ['name']),
  alicloud_mns_topic: top('alibaba.mns', ['name']),
  alicloud_message_service_queue: top('alibaba.mns', ['queue_name']),
  alicloud_message_service_topic: top('alibaba.mns', ['topic_name']),
  alicloud_event_bridge_event_bus: top('alibaba.eventbridge', ['event_bus_name'], { refKeys: ['event_bus_name'] }),
  alicloud_event_bridge_rule: child(['event_bus_name']),

  // Analytics, observability, IoT
  alicloud_maxcompute_project: top('alibaba.maxcompute', ['project_name', 'name']),
  alicloud_emr_cluster: top('alibaba.emr', ['name']),
  alicloud_emrv2_cluster: top('alibaba.emr', ['cluster_name']),
  alicloud_elasticsearch_instance: top('alibaba.elasticsearch', ['description'], { instances: ['data_node_amount'], dataGb: ['data_node_disk_size'] }),
  alicloud_realtime_compute_vvp_instance: top('alibaba.flink', ['vvp_instance_name']),
  alicloud_opensearch_app_group: top('alibaba.opensearch', ['app_group_name']),
  alicloud_log_project: top('alibaba.sls', ['project_name', 'name'], { refKeys: ['project_name', 'name'] }),
  alicloud_log_store: child(['project_name', 'project']),
  alicloud_logtail_config: child(['project']),
  alicloud_log_machine_group: child(['project']),
  alicloud_cms_alarm: top('alibaba.cloudmonitor', ['name', 'rule_name']),
  alicloud_cms_alarm_contact_group: top('alibaba.cloudmonitor', ['alarm_contact_group_name']),
  alicloud_actiontrail_trail: top('alibaba.actiontrail', ['trail_name', 'name'], { links: [{ attr: 'sls_project_arn', kind: 'async' }, { attr: 'oss_bucket_name', kind: 'async' }] }),
  alicloud_iot_device_group: top('alibaba.iot-platform', ['group_name']),
};

/** The common resources of the other providers a source may be. */
const OTHERS: Readonly<Record<string, ResourceType>> = {
  aws_instance: top('aws.ec2', ['tags.Name'], { dataGb: ['root_block_device.volume_size+ebs_block_device.volume_size'] }),
  aws_autoscaling_group: top('aws.ec2', ['name'], { instances: ['desired_capacity', 'min_size'], links: [{ attr: 'target_group_arns', reverse: true }] }),
  aws_launch_template: child(['name']),
  aws_lambda_function: top('aws.lambda', ['function_name'], { links: [{ attr: 'role', kind: 'auth' }] }),
  aws_eks_cluster: top('aws.eks', ['name'], { refKeys: ['name'] }),
  aws_eks_node_group: child(['cluster_name'], { instances: ['scaling_config.desired_size'] }),
  aws_ecs_cluster: top('aws.ecs', ['name']),
  aws_ecs_service: top('aws.ecs', ['name'], { instances: ['desired_count'] }),
  aws_s3_bucket: top('aws.s3', ['bucket'], { refKeys: ['bucket'] }),
  aws_s3_bucket_policy: child(['bucket']),
  aws_s3_bucket_versioning: child(['bucket']),
  aws_s3_bucket_server_side_encryption_configuration: child(['bucket']),
  aws_ebs_volume: top('aws.ebs', ['tags.Name'], { dataGb: ['size'] }),
  aws_volume_attachment: child(['instance_id'], { links: [{ attr: 'volume_id', kind: 'data' }] }),
  aws_efs_file_system: top('aws.efs', ['tags.Name', 'creation_token']),
  aws_efs_mount_target: child(['file_system_id']),
  aws_db_instance: top('aws.rds-mysql', ['identifier'], { serviceBy: { attr: 'engine', values: { mysql: 'aws.rds-mysql', mariadb: 'aws.rds-mysql', postgres: 'aws.rds-postgresql' } }, dataGb: ['allocated_storage'] }),
  aws_rds_cluster: top('aws.aurora', ['cluster_identifier']),
  aws_rds_cluster_instance: child(['cluster_identifier']),
  aws_dynamodb_table: top('aws.dynamodb', ['name']),
  aws_elasticache_cluster: top('aws.elasticache', ['cluster_id'], { instances: ['num_cache_nodes'] }),
  aws_elasticache_replication_group: top('aws.elasticache', ['replication_group_id']),
  aws_sqs_queue: top('aws.sqs', ['name']),
  aws_msk_cluster: top('aws.msk', ['cluster_name'], { instances: ['number_of_broker_nodes'] }),
  aws_vpc: top('aws.vpc', ['tags.Name']),
  aws_subnet: top('aws.vpc', ['tags.Name']),
  aws_security_group: top('aws.vpc', ['name'], { kind: 'network' }),
  aws_security_group_rule: child(['security_group_id']),
  aws_route_table: child(['vpc_id']),
  aws_internet_gateway: child(['vpc_id']),
  aws_nat_gateway: top('aws.vpc', ['tags.Name']),
  aws_lb: top('aws.elb', ['name']),
  aws_alb: top('aws.elb', ['name']),
  aws_lb_listener: child(['load_balancer_arn']),
  aws_lb_target_group: top('aws.elb', ['name']),
  aws_lb_target_group_attachment: child(['target_group_arn'], { links: [{ attr: 'target_id', kind: 'sync' }] }),
  aws_route53_zone: top('aws.route53', ['name'], { refKeys: ['zone_id'] }),
  aws_route53_record: child(['zone_id']),
  aws_cloudfront_distribution: top('aws.cloudfront', ['comment']),
  aws_iam_role: top('aws.iam', ['name'], { refKeys: ['name', 'arn'] }),
  aws_iam_user: top('aws.iam', ['name'], { refKeys: ['name'] }),
  aws_iam_role_policy_attachment: child(['role']),
  aws_iam_role_policy: child(['role']),
  aws_iam_user_policy_attachment: child(['user']),
  aws_iam_access_key: child(['user']),
  aws_kms_key: top('aws.kms', ['description']),
  aws_kms_alias: child(['target_key_id']),
  aws_cloudwatch_log_group: top('aws.cloudwatch', ['name']),
  aws_redshift_cluster: top('aws.redshift', ['cluster_identifier']),

  azurerm_linux_virtual_machine: top('azure.virtual-machines', ['name']),
  azurerm_windows_virtual_machine: top('azure.virtual-machines', ['name']),
  azurerm_virtual_machine: top('azure.virtual-machines', ['name']),
  azurerm_linux_virtual_machine_scale_set: top('azure.virtual-machines', ['name'], { instances: ['instances'] }),
  azurerm_network_interface: child(['virtual_machine_id']),
  azurerm_kubernetes_cluster: top('azure.aks', ['name']),
  azurerm_kubernetes_cluster_node_pool: child(['kubernetes_cluster_id'], { instances: ['node_count'] }),
  azurerm_linux_function_app: top('azure.functions', ['name']),
  azurerm_linux_web_app: top('azure.app-service', ['name']),
  azurerm_storage_account: top('azure.blob-storage', ['name'], { refKeys: ['name'] }),
  azurerm_storage_container: child(['storage_account_name', 'storage_account_id']),
  azurerm_managed_disk: top('azure.managed-disks', ['name'], { dataGb: ['disk_size_gb'] }),
  azurerm_mssql_server: top('azure.sql-database', ['name']),
  azurerm_mssql_database: child(['server_id']),
  azurerm_mysql_flexible_server: top('azure.database-for-mysql', ['name'], { dataGb: ['storage.size_gb'] }),
  azurerm_postgresql_flexible_server: top('azure.database-for-postgresql', ['name'], { dataGb: ['storage_mb'] }),
  azurerm_cosmosdb_account: top('azure.cosmos-db', ['name']),
  azurerm_redis_cache: top('azure.cache-for-redis', ['name']),
  azurerm_servicebus_namespace: top('azure.service-bus', ['name']),
  azurerm_servicebus_queue: child(['namespace_id']),
  azurerm_eventhub_namespace: top('azure.event-hubs', ['name']),
  azurerm_eventhub: child(['namespace_id', 'namespace_name']),
  azurerm_virtual_network: top('azure.virtual-network', ['name']),
  azurerm_subnet: top('azure.virtual-network', ['name']),
  azurerm_network_security_group: top('azure.virtual-network', ['name'], { kind: 'network' }),
  azurerm_lb: top('azure.load-balancing', ['name']),
  azurerm_application_gateway: top('azure.load-balancing', ['name']),
  azurerm_dns_zone: top('azure.dns', ['name']),
  azurerm_key_vault: top('azure.key-vault', ['name']),
  azurerm_key_vault_secret: child(['key_vault_id']),
  azurerm_log_analytics_workspace: top('azure.monitor', ['name']),

  google_compute_instance: top('gcp.compute-engine', ['name']),
  google_compute_instance_group_manager: top('gcp.compute-engine', ['name'], { instances: ['target_size'] }),
  google_container_cluster: top('gcp.gke', ['name'], { refKeys: ['name'] }),
  google_container_node_pool: child(['cluster'], { instances: ['node_count'] }),
  google_cloud_run_v2_service: top('gcp.cloud-run', ['name']),
  google_cloudfunctions2_function: top('gcp.cloud-run-functions', ['name']),
  google_storage_bucket: top('gcp.cloud-storage', ['name'], { refKeys: ['name'] }),
  google_storage_bucket_iam_member: child(['bucket']),
  google_sql_database_instance: top('gcp.cloud-sql-mysql', ['name'], { serviceBy: { attr: 'database_version', values: { mysql: 'gcp.cloud-sql-mysql', postgres: 'gcp.cloud-sql-postgresql' } }, refKeys: ['name'] }),
  google_sql_database: child(['instance']),
  google_sql_user: child(['instance']),
  google_redis_instance: top('gcp.memorystore', ['name']),
  google_pubsub_topic: top('gcp.pubsub', ['name'], { refKeys: ['name'] }),
  google_pubsub_subscription: child(['topic']),
  google_compute_network: top('gcp.vpc', ['name'], { refKeys: ['name'] }),
  google_compute_subnetwork: top('gcp.vpc', ['name']),
  google_compute_firewall: child(['network']),
  google_compute_forwarding_rule: top('gcp.cloud-load-balancing', ['name']),
  google_dns_managed_zone: top('gcp.cloud-dns', ['name']),
  google_kms_key_ring: top('gcp.cloud-kms', ['name']),
  google_kms_crypto_key: child(['key_ring']),
  google_service_account: top('gcp.iam', ['account_id', 'display_name']),
  google_bigquery_dataset: top('gcp.bigquery', ['dataset_id']),
  google_bigquery_table: child(['dataset_id']),
};

export const RESOURCE_TYPES: Readonly<Record<string, ResourceType>> = { ...ALICLOUD, ...OTHERS, ...HUAWEICLOUD, ...TENCENTCLOUD };

/** Type prefixes and the source provider they belong to. */
export const PROVIDER_PREFIXES: Readonly<Record<string, SourceProvider>> = { alicloud_: 'alibaba', aws_: 'aws', azurerm_: 'azure', google_: 'gcp', huaweicloud_: 'huawei', tencentcloud_: 'tencent' };

export function providerOfType(type: string): SourceProvider | undefined {
  const prefix = Object.keys(PROVIDER_PREFIXES).find((p) => type.startsWith(p));
  return prefix !== undefined ? PROVIDER_PREFIXES[prefix] : undefined;
}

/**
 * References in these attributes, on any resource, are of this kind: the network a resource sits
 * in, the firewall around it, the key that encrypts it, the role it runs as, where it logs.
 */
export const ATTRIBUTE_KINDS: Readonly<Record<string, DependencyKind>> = {
  vpc_id: 'network',
  vswitch_id: 'network',
  vswitch_ids: 'network',
  subnet_id: 'network',
  subnet_ids: 'network',
  security_groups: 'network',
  security_group_ids: 'network',
  security_group_id: 'network',
  vpc_security_group_ids: 'network',
  network: 'network',
  subnetwork: 'network',
  kms_key_id: 'auth',
  kms_id: 'auth',
  kms_encryption_key: 'auth',
  encryption_key: 'auth',
  kms_key_arn: 'auth',
  role_name: 'auth',
  role_arn: 'auth',
  ram_role_name: 'auth',
  role: 'auth',
  iam_instance_profile: 'auth',
  key_name: 'auth',
  // Huawei Cloud: an agency is the role a resource acts as; network_id names a subnet (DMS, DWS).
  agency: 'auth',
  agency_name: 'auth',
  network_id: 'network',
  // Tencent Cloud: security groups in order on a CVM, a CAM role by name.
  orderly_security_groups: 'network',
  cam_role_name: 'auth',
  'log_config.project': 'async',
  'log_config.logstore': 'async',
  log_config: 'async',
  db_instance_ids: 'sync',
};
