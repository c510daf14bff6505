/**
 * Every default the estimator uses, with its unit and where the figure comes from. Each source
 * names a public document, or says it is the model's judgement and gives the reasoning; none is
 * set to make Decamp's own samples land anywhere (docs/planning-engine.md, calibration).
 * A project carries its own copy (edited by the user); `resolveAssumptions` fills any key a file
 * lacks from here. docs/planning-model.md §10 lists them all (a test keeps it in step).
 */
export interface AssumptionDefault {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

const JUDGEMENT = 'Decamp planning model (judgement)';
const LINTHICUM = 'Linthicum, "How long it takes to move a workload to the cloud" (InfoWorld, 12 Sep 2017)';
const AWS_WEIGHTS = 'AWS Prescriptive Guidance, application portfolio assessment: relative effort by strategy (rehost 10, repurchase 30, replatform 40, refactor 70)';
const CONE = 'Cone of uncertainty (Boehm 1981; McConnell, Software Estimation, 2006, fig. 4-2)';
const AWS_LARGE = 'AWS Prescriptive Guidance, large migrations';
const FACTORS = 'relative to the workload Linthicum describes (a medium-criticality, complexity-3 VM whose data moves with it)';

export const DEFAULT_ASSUMPTIONS = {
  // Effort base per strategy, person-days for a typical workload (the reference of every factor below).
  'effort.base.rehost': { value: 6, unit: 'person-days', source: `${LINTHICUM}: a lift and shift takes "two to three days with two or three developers and DBAs", 4-9 person-days; 6 is their geometric middle` },
  'effort.base.relocate': { value: 3, unit: 'person-days', source: `${JUDGEMENT}: a relocation moves machine images or containers unchanged onto the same kind of platform (no OS or middleware work), about half a rehost` },
  'effort.base.repurchase': { value: 18, unit: 'person-days', source: `${AWS_WEIGHTS}: 30 / 10 x the rehost base` },
  'effort.base.replatform': { value: 24, unit: 'person-days', source: `${AWS_WEIGHTS}: 40 / 10 x the rehost base` },
  'effort.base.refactor': { value: 42, unit: 'person-days', source: `${AWS_WEIGHTS}: 70 / 10 x the rehost base; ${LINTHICUM} puts a refactor at a week per 10% of the application changed, 3 weeks of a 2-3 person team (about 37 person-days) for 30%` },
  'effort.base.retire': { value: 1, unit: 'person-days', source: `${JUDGEMENT}: confirm from logs that nothing calls it, archive its data, delete it and its DNS and monitoring entries: about a day` },
  'effort.base.retain': { value: 0, unit: 'person-days', source: `${JUDGEMENT}: it stays where it is; its cross-cloud links are priced separately` },

  // Multipliers, each relative to the reference workload.
  'effort.complexity.1': { value: 0.6, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: complexity 1 of 5, a stateless service with one dependency` },
  'effort.complexity.2': { value: 0.8, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: complexity 2 of 5` },
  'effort.complexity.3': { value: 1.0, unit: 'factor', source: `${JUDGEMENT}: complexity 3 of 5 is the reference` },
  'effort.complexity.4': { value: 1.4, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: complexity 4 of 5, many integrations or custom middleware` },
  'effort.complexity.5': { value: 2.0, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: complexity 5 of 5, the system nobody fully understands; twice the reference` },
  'effort.portability.config-only': { value: 0.8, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: the same engine or API on the target and no data to carry` },
  'effort.portability.data-config': { value: 1.0, unit: 'factor', source: `${JUDGEMENT}: data and configuration move to the same engine, as in the reference workload` },
  'effort.portability.refactor': { value: 1.5, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: the target's service has a different API, so code, schemas or pipelines change (not charged on top of a refactor strategy, which already pays for it)` },
  'effort.portability.none': { value: 2.5, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: no equivalent on the target; something is built or bought, and a risk says so` },
  'effort.criticality.low': { value: 0.9, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: smoke tests, no rehearsal` },
  'effort.criticality.medium': { value: 1.0, unit: 'factor', source: `${JUDGEMENT}: regression testing, as in the reference workload` },
  'effort.criticality.high': { value: 1.25, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: one cutover rehearsal and a written rollback plan, about a quarter more` },
  'effort.criticality.mission-critical': { value: 1.5, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: two rehearsals, a reverse sync for rollback and two go/no-go points, about half again` },
  // Kind of workload: what moves with it besides configuration.
  'effort.kind.compute': { value: 1.0, unit: 'factor', source: `${JUDGEMENT}: the reference kind (a VM or instance group)` },
  'effort.kind.container': { value: 0.8, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: images move unchanged; manifests, ingress, secrets and registry wiring change` },
  'effort.kind.serverless': { value: 0.8, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: code moves; triggers and permissions are rebuilt` },
  'effort.kind.database': { value: 1.2, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: schema and data validation, full and incremental sync and a consistency check (AWS DMS best practices)` },
  'effort.kind.cache': { value: 0.6, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: usually replicated or re-warmed rather than migrated` },
  'effort.kind.storage': { value: 0.8, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: bulk copy and checksum verification (the copy's elapsed time is the transfer's, not effort)` },
  'effort.kind.queue': { value: 0.8, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: mirror or dual-write, drain, re-point producers and consumers` },
  'effort.kind.network': { value: 0.6, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: addressing, routing and firewall rules are redesigned as code, not copied` },
  'effort.kind.security': { value: 0.6, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: roles, policies and keys are re-created and re-audited, not copied` },
  'effort.kind.observability': { value: 0.5, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: dashboards and alerts re-pointed; history is archived, not moved` },
  'effort.kind.analytics': { value: 1.2, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: pipelines, jobs and large tables re-validated end to end` },
  'effort.kind.iot': { value: 1.2, unit: 'factor', source: `${JUDGEMENT}, ${FACTORS}: device endpoints and certificates re-provisioned in the field` },
  'effort.kind.other': { value: 1.0, unit: 'factor', source: `${JUDGEMENT}: no adjustment` },
  'effort.size.perDoublingInstances': { value: 0.15, unit: 'factor per doubling', source: `${JUDGEMENT}: each doubling of identical instances adds 15% (more hosts to cut over and verify; deployment is scripted, so it is not linear)` },
  'effort.size.perTenfoldDataGb': { value: 0.15, unit: 'factor per 10x GB over 100 GB', source: `${JUDGEMENT}: validation and sync tuning grow with the logarithm of the volume; the copy's elapsed time is the transfer's` },
  'effort.learningRate': { value: 0.96, unit: 'x per doubling of the team\'s workloads', source: `${LINTHICUM}: 100 lift and shifts of 2-3 days each take "about 200 days" once "the time improvements as you learn" are subtracted, a fifth less than 250; a team's n-th workload costing 0.96^log2(n) gives that fifth over 100 workloads (Wright's learning curve, 1936)` },
  'effort.optimisticRatio': { value: 0.67, unit: 'x likely', source: `${CONE}: once the requirements are known an estimate lands within 0.67x-1.5x` },
  'effort.pessimisticRatio': { value: 1.5, unit: 'x likely', source: `${CONE}: once the requirements are known an estimate lands within 0.67x-1.5x` },
  'effort.optimisticRatioRefactor': { value: 0.5, unit: 'x likely', source: `${CONE}: a refactor or a service with no equivalent is at the "product definition" stage, 0.5x-2x` },
  'effort.pessimisticRatioRefactor': { value: 2.0, unit: 'x likely', source: `${CONE}: a refactor or a service with no equivalent is at the "product definition" stage, 0.5x-2x; ${LINTHICUM}: "they may estimate two weeks when you really need two months"` },
  'effort.multiTarget.active-active': { value: 1.6, unit: 'factor', source: `${JUDGEMENT}: a second full deployment with two-way data replication and traffic steering; AWS DR whitepaper (2021) ranks multi-site active/active the most complex strategy` },
  'effort.multiTarget.active-passive': { value: 1.3, unit: 'factor', source: `${JUDGEMENT}: a second deployment kept warm, one-way replication and a rehearsed failover` },

  // Data transfer.
  'transfer.bandwidthMbps': { value: 1000, unit: 'Mbit/s', source: `${JUDGEMENT}: a dedicated 1 Gbit/s line to the target (Express Connect or a VPN over it)` },
  'transfer.efficiency': { value: 0.8, unit: 'ratio', source: 'AWS Snow Family and DataSync sizing guidance: plan on 70-80% of the line rate for a long copy' },
  'transfer.efficiencyLow': { value: 0.6, unit: 'ratio', source: `${JUDGEMENT}: a slow run of the same line (small files, TLS overhead, retries), drawn as the optimistic end of transfer time's spread` },
  'transfer.efficiencyHigh': { value: 0.9, unit: 'ratio', source: `${JUDGEMENT}: a clean run near the line rate with large objects and parallel streams` },
  'transfer.offlineThresholdDays': { value: 7, unit: 'days', source: 'AWS Snowball guidance: when a transfer over the network would take more than a week, ship the data on a device' },
  'transfer.appliance.capacityTb': { value: 80, unit: 'TB per device', source: 'AWS Snowball FAQ: data transfer uses Snowball Edge Storage Optimized devices of 80 TB (or 210 TB); Azure Data Box holds 100 TB raw, about 80 TB usable (Microsoft Learn); Alibaba Cloud Data Transport ships devices of several sizes. 80 TB is the common usable size; enter your device\'s' },
  'transfer.appliance.logisticsDays': { value: 10, unit: 'working days', source: `${JUDGEMENT}: ordering, delivery, return shipping and the start of the provider's import, about two weeks end to end for AWS Snowball, Azure Data Box and Alibaba Cloud Data Transport; the copies themselves are counted on top` },
  'transfer.appliance.copyGbPerHour': { value: 1500, unit: 'GB per hour', source: 'Microsoft, Azure Data Box Disk limits: up to 430 MB/s measured over USB 3.0, about 1.5 TB an hour; the same rate is assumed for the provider-side import' },
  'transfer.appliance.parallelDevices': { value: 2, unit: 'devices', source: `${JUDGEMENT}: a site fills two devices at a time (network ports, source read rate); each full device ships while the next is filled` },
  // Replication products: each moves data at its own achievable throughput, never above the line's.
  'transfer.replication.databaseMbps': { value: 400, unit: 'Mbit/s', source: `Alibaba Cloud DTS, data migration link specifications: the full load is not limited by the link's class, while incremental migration tops out at 2,000-11,000 records a second by class (2-11 MB/s of 1 KB records); AWS DMS Best Practices (2016): the full load's rate follows the replication instance, LOB handling and how many tables load in parallel. ${JUDGEMENT}: one task loading tables in parallel sustains about 50 MB/s (400 Mbit/s); enter what a test load measured` },
  'transfer.replication.filesMbps': { value: 800, unit: 'Mbit/s', source: `${JUDGEMENT}: one rsync stream is bound by a core and per-file overhead, about 100 MB/s (800 Mbit/s) on large files and far less on small ones; rclone or ossimport with parallel transfers can fill a faster line (raise it then)` },
  'transfer.replication.applicationMbps': { value: 200, unit: 'Mbit/s', source: `GitLab, "We're moving from Azure to Google Cloud Platform" (25 Jun 2018): a Geo secondary on Google Cloud kept about 200 TB of Git data and 2 TB of PostgreSQL in sync for months before the failover. ${JUDGEMENT}: application-level replication (GitLab Geo, MirrorMaker 2, a cache replica) syncs item by item with bounded concurrency, about 25 MB/s (200 Mbit/s)` },

  // Lead times: elapsed time with no effort behind it, each drawn from (optimisticRatio, 1, pessimisticRatio) x its likely length.
  'leadTime.hardwareDays': { value: 40, unit: 'working days', source: `37signals' cloud exit: the 20 Dell servers ordered for it arrived in its Chicago and Ashburn data centres in early April 2023, some six months after the exit was announced in October 2022 (David Heinemeier Hansson, "The hardware we need for our cloud exit has arrived", 6 Apr 2023). ${JUDGEMENT}: eight weeks from the purchase order to servers delivered, racked, cabled and burnt in (quote and approval, the vendor's build and shipping, the data centre's remote hands each take one to three weeks); applies to a self-hosted target unless the project says its hardware is in place` },
  'leadTime.dedicatedLineDays': { value: 30, unit: 'working days', source: `AWS Direct Connect User Guide: AWS issues the Letter of Authorization (LOA-CFA) within 72 hours of a dedicated-connection request, and the cross-connect at the location and the carrier's circuit to it come on top; Alibaba Cloud Express Connect, Azure ExpressRoute and Google Cloud Interconnect likewise end in a carrier's circuit. ${JUDGEMENT}: six weeks for a new port and circuit; a hosted connection through a partner is faster (enter it); applies when the project transfers over a dedicated line that is not yet up` },
  'leadTime.accountsDays': { value: 10, unit: 'working days', source: `AWS Service Quotas documentation: some quota increases are approved automatically, others are reviewed case by case by the service team. ${JUDGEMENT}: two weeks for the target accounts under the organisation, a new provider's contract through procurement and the quota increases the estate needs, per target cloud provider, from the start of the landing zone, alongside the landing zone's own per-account set-up (the later of the two decides, not their sum)` },
  'leadTime.securitySignOffDays': { value: 10, unit: 'working days', source: `${JUDGEMENT}: two weeks for the security and compliance review of the finished landing zone (identity, network exposure, logging, keys) before the first workload goes live on it; China's statutory reviews (ICP, MLPS, PIPL) are gates of their own` },
  'leadTime.optimisticRatio': { value: 0.75, unit: 'x likely duration', source: `${JUDGEMENT}: a vendor, carrier or reviewer rarely delivers more than a quarter early` },
  'leadTime.pessimisticRatio': { value: 2, unit: 'x likely duration', source: `${JUDGEMENT}: and is often late by as long again (back-orders, a carrier's survey, a reviewer's questions): lead times have a long right tail, unlike work a team controls` },

  // Rehearsals: failover drills of a wave holding a mission-critical or zero-downtime workload.
  'rehearsal.drills': { value: 2, unit: 'drills per wave', source: `GitLab's Geo, Production and Quality teams rehearsed the Azure to Google Cloud failover several times a week before the 2018 cutover (GitLab blog, 2018); Decamp's planning model gives a mission-critical workload two rehearsals. ${JUDGEMENT}: two failover drills before the cutover of a wave with a mission-critical or zero-downtime workload` },
  'rehearsal.drillDays': { value: 2, unit: 'working days per drill', source: `${JUDGEMENT}: a drill prepares the target copy, fails over and back in an agreed window, and reviews the timings: about two working days` },
  'rehearsal.lessonsDays': { value: 5, unit: 'working days after each drill', source: `${JUDGEMENT}: a week to fix what the drill found and rewrite the runbook before the next drill or the cutover; what was learnt moves the next date` },
  'rehearsal.failProbability': { value: 0.3, unit: 'probability per drill', source: `GitLab's 2018 failover, planned for 28 July, happened on 11 August, two weeks late after a dry run (GitLab's GCP migration updates, 2018). ${JUDGEMENT}: three drills in ten miss a go/no-go criterion and are repeated after their lessons` },

  // Teams.
  'team.focusFactor': { value: 0.7, unit: 'ratio', source: `${JUDGEMENT}: the share of an engineer's day on planned work once meetings, support and interruptions are out; agile teams plan on 0.6-0.8 of "ideal days" (Cohn, Agile Estimating and Planning, 2005)` },
  'team.hypercareShare': { value: 0.3, unit: 'share of capacity', source: `${JUDGEMENT}: during hypercare the team watches dashboards, fixes what the move broke and stands ready to roll back, about a third of its time` },

  // Program phases, in working days.
  'phase.assess.baseDays': { value: 3, unit: 'working days', source: `${JUDGEMENT}: however small the estate, the kick-off, the choice of targets and a first read of the inventory take a few days before any application is looked at` },
  'phase.assess.daysPerApplication': { value: 0.5, unit: 'working days per application', source: `${AWS_LARGE} (governance playbook): portfolio assessment and wave planning take 1-2 weeks per wave, and a wave holds 10-30 applications: 0.17-1 working day per application; 0.5 is the middle` },
  'phase.assess.unmappedFactor': { value: 1, unit: 'x days per application', source: `${JUDGEMENT}: an application whose dependencies nobody has confirmed must be traced first (flow logs, configuration, its owners), about as long again as assessing it` },
  'phase.assess.maxDays': { value: 20, unit: 'working days', source: `${AWS_LARGE} (governance playbook): waves are planned 4-5 ahead while earlier ones move, so the up-front assessment stops at about four weeks (judgement); past that the estate's size shows in its waves` },
  'phase.foundation.daysPerProvider': { value: 3, unit: 'working days per target provider', source: `${JUDGEMENT}: the organisation, billing, guardrail policies and the logging and audit baseline of a new provider's landing zone, set up and reviewed` },
  'phase.foundation.sharedAccountsPerProvider': { value: 2, unit: 'accounts per target provider', source: 'AWS Control Tower landing zone: besides the management account it sets up two shared accounts, Log Archive and Audit; the other providers\' landing-zone guides (Azure platform subscriptions, Google Cloud\'s shared logging and security projects) have the same shape' },
  'phase.foundation.daysPerAccount': { value: 1, unit: 'working days per account', source: `AWS, Organizing Your AWS Environment Using Multiple Accounts (whitepaper): production and non-production workloads go in separate accounts; ${JUDGEMENT}: a vended account still needs its network attached, its guardrails applied and its access reviewed, about a day each, done while the accounts' contract and quotas are reviewed (leadTime.accountsDays runs alongside: the landing zone is ready at the later of the two, so the wait counts once)` },
  'phase.foundation.daysPerRegion': { value: 2, unit: 'working days per target region', source: `${JUDGEMENT}: each region needs its own network (address plan, subnets, the link to the other regions and the source) and its baseline deployed and checked; its quota increases are waited for in leadTime.accountsDays, alongside` },
  'phase.foundation.daysPerIdentityIntegration': { value: 3, unit: 'working days per identity integration', source: `${JUDGEMENT}: federating a directory or identity service into a provider (SAML or OIDC, role mapping, break-glass access, a test with real users and the security review) takes most of a week; every provider gets at least the team's own sign-in` },
  'phase.foundation.personDaysPerTarget': { value: 5, unit: 'person-days per target provider', source: `${JUDGEMENT}: the organisation, accounts, billing, logging account and CI/CD access of one landing zone; the network, identity, keys, DNS and monitoring are estimated as the platform workloads they are` },
  'phase.foundation.extraTargetShare': { value: 0.5, unit: 'share of the first landing zone', source: `${JUDGEMENT}: a second target provider's landing zone reuses the first one's design, code and reviews, so each platform piece costs about half again there` },
  'phase.foundation.overlapDays': { value: 5, unit: 'working days', source: `${JUDGEMENT}: the landing zone starts in the last week of assessment, once the targets are chosen` },
  'phase.pilot.maxWorkloads': { value: 5, unit: 'workloads', source: `${JUDGEMENT}: 1-5 representative, low-criticality workloads; enough to prove the runbook, few enough to roll back` },
  'phase.pilot.lessonsDays': { value: 5, unit: 'working days', source: `${AWS_LARGE}: runbooks are revised after each cutover and velocity rises wave by wave; a week after the pilot's cutover to fold its lessons into the runbooks before wave 1 starts (judgement)` },
  'phase.wave.maxDays': { value: 30, unit: 'working days', source: `${AWS_LARGE} (governance playbook): the migration workstream typically runs 3-4 weeks per wave; waves are capped so no team's part takes more than six weeks` },
  'phase.wave.maxWorkloads': { value: 25, unit: 'workloads', source: `${AWS_LARGE}: wave 1 holds 10-30 applications; 25 workloads is what one team can rehearse and cut over together` },
  'phase.wave.protectedWaves': { value: 1, unit: 'waves', source: `${JUDGEMENT}: the first production wave after the pilot still learns the runbook at production scale, so it takes no mission-critical or complexity-5 workload while anything else is ready` },
  'phase.cutover.changeApprovalDays': { value: 5, unit: 'working days', source: `ITIL 4 Foundation (AXELOS, 2019), change enablement: a normal change is assessed and authorised by a change authority before it is scheduled, while a standard change is pre-authorised; ${JUDGEMENT}: a production cutover's change request waits up to a week for its change advisory board (commonly weekly), in parallel with the wave's work; a dev/test cutover is a standard change that needs none` },
  'phase.cutover.noticeDays': { value: 10, unit: 'working days', source: `${JUDGEMENT}: the users of a high or mission-critical production service that goes down for a cutover window are told two weeks ahead (customers, partners, support and the business's own calendar); a zero-downtime traffic shift and a dev/test wave need no notice` },
  'phase.cutover.nonProductionDays': { value: 1, unit: 'working days', source: `${JUDGEMENT}: a dev/test wave needs no change board, TTL lead or notice; its users smoke-test it the day it moves` },
  'phase.hypercare.criticalDays': { value: 10, unit: 'working days', source: `${JUDGEMENT}: a production wave holding a high, mission-critical or zero-downtime workload is watched for two weeks after its cutover: two business cycles of weekdays and weekend peaks (and the batch jobs that run only weekly), with rollback still possible` },
  'phase.hypercare.productionDays': { value: 5, unit: 'working days', source: `${JUDGEMENT}: a production wave of low- and medium-criticality workloads is watched for one business cycle, a week with its weekend, before the team lets go` },
  'phase.hypercare.nonProductionDays': { value: 2, unit: 'working days', source: `${JUDGEMENT}: a dev/test wave's users say within a couple of days what the move broke, and a broken test environment is rebuilt rather than rolled back` },
  'phase.decommission.personDaysPerDataStore': { value: 1, unit: 'person-days per source workload holding data', source: `${JUDGEMENT}: a source database, bucket or disk is backed up one last time, the backup restored once to prove it and filed under the retention policy, then deleted: about a day, like retiring a workload (archive its data, delete it); worked by its owner team` },
  'phase.decommission.personDaysPerWorkload': { value: 0.25, unit: 'person-days per stateless source workload', source: `${JUDGEMENT}: a stateless source resource (compute, a load balancer, a network piece, a cache) is checked for callers in its flow logs and deleted by script with its DNS records, alarms and credentials: a quarter of a day` },
  'phase.optimisticRatio': { value: 0.8, unit: 'x likely duration', source: `${JUDGEMENT}: an elapsed-time phase (assessment, the landing zone's minimum, a wave's minimum, hypercare, decommission) rarely runs more than a fifth short` },
  'phase.pessimisticRatio': { value: 1.5, unit: 'x likely duration', source: `${JUDGEMENT}: and runs half as long again when approvals, people or hand-overs are late; the program and team factors add the correlated part` },
  'phase.dnsTtlLeadDays': { value: 5, unit: 'working days', source: `${JUDGEMENT}: lower the TTLs of an application's records a week before its cutover (cached records live 10 minutes to a day), so a production wave whose runbook switches records by name is at least this long` },

  // China compliance gates.
  'compliance.icpFilingDays': { value: 20, unit: 'working days', source: 'Alibaba Cloud ICP filing help: the provincial communications administration reviews in 1-20 working days after the provider\'s own check; 20 is the planning figure' },
  'compliance.mlpsAssessmentDays': { value: 30, unit: 'working days', source: 'MLPS 2.0 (GB/T 22239-2019): the new environment is assessed by an accredited body; about six weeks from engagement to report (judgement)' },
  'compliance.crossBorderAssessmentDays': { value: 45, unit: 'working days', source: 'CAC Measures for the Security Assessment of Outbound Data Transfers (2022): 45 working days of review' },
  'compliance.optimisticRatio': { value: 0.75, unit: 'x likely duration', source: `${JUDGEMENT}: a review with complete materials often returns before its limit` },
  'compliance.pessimisticRatio': { value: 1.25, unit: 'x likely duration', source: `${JUDGEMENT}: an ordinary review overruns a little; a filing sent back or supplements requested are risks in the register, drawn as events` },

  // Uncertainty.
  'simulation.runs': { value: 2000, unit: 'runs', source: `${JUDGEMENT}: enough for a P80 within about a working day on the samples (the plan reports its standard error), fast enough to recompute on every edit` },
  'simulation.exportRuns': { value: 10000, unit: 'runs', source: `${JUDGEMENT}: exports are read later and by more people; five times the runs halves the P80's standard error` },
  'simulation.programSpread': { value: 0.2, unit: 'lognormal sigma', source: 'Flyvbjerg and Budzier, "Why your IT project may be riskier than you think" (HBR, Sept 2011; 1,471 IT projects): one in six overran its schedule by almost 70% on average, a total spread near sigma 0.35 for a lognormal; 0.2 of it is taken as the program-wide part (onboarding, approvals, vendor pace), the rest comes from teams, estimates and risk events (judgement)' },
  'simulation.teamSpread': { value: 0.15, unit: 'lognormal sigma', source: `${JUDGEMENT}: each team's own pace (skills, the system it owns) moves all its work together, so long and short estimates of one team do not cancel out` },
  // Scope growth: work not yet known around an unconfirmed inventory, as a share of that inventory's effort.
  'discovery.growthLow': { value: 0, unit: 'share of unconfirmed effort', source: `${JUDGEMENT}: the inventory may turn out complete` },
  'discovery.growthLikely': { value: 0.15, unit: 'share of unconfirmed effort', source: `${JUDGEMENT}: an inventory read from the provider's records lists what runs there, not the scheduled jobs, scripts, partner feeds and consumers found around it once the move begins; about one workload's worth of further work for every six or seven listed` },
  'discovery.growthHigh': { value: 1, unit: 'share of unconfirmed effort', source: 'Spotify\'s move to Google Cloud (2016-18) was planned for 250-300 services and moved more than 1,200 (../shared/REFERENCE-CLASS.md), about four times, partly services built during its 2.5 years; the pessimistic end takes the inventory doubling within one plan (judgement), and leaves the rest of that tail to the risk register' },

  // Cost and cross-cloud.
  'cost.defaultDayRate': { value: 2000, unit: 'currency / person-day', source: `${JUDGEMENT}: a placeholder for teams without a day rate; enter your own` },
  'cost.targetRunRatio': { value: 1.0, unit: 'x source monthly cost', source: `${JUDGEMENT}: without a quote, the target is assumed to cost what the source does` },
  'crossCloud.latencyMs': { value: 30, unit: 'ms round trip', source: `${JUDGEMENT}: a typical round trip between two providers' regions in one metro area over a dedicated line` },
  // A workload on two providers: the second copy's run cost, as a share of its target run cost.
  'cost.multiTarget.active-active': { value: 1.0, unit: 'x target monthly cost', source: 'AWS, Disaster Recovery of Workloads on AWS (2021): multi-site active/active runs full production capacity in each location' },
  'cost.multiTarget.active-passive': { value: 0.4, unit: 'x target monthly cost', source: `AWS, Disaster Recovery of Workloads on AWS (2021): a warm standby is a scaled-down but fully functional copy; ${JUDGEMENT}: 40% of production capacity` },
  'crossCloud.egressPerGb': { value: 0.5, unit: 'currency / GB', source: 'Alibaba Cloud internet egress list price, order of magnitude (CNY 0.5-0.8/GB)' },
  'risk.largeDataGb': { value: 10000, unit: 'GB', source: `${JUDGEMENT}: 10 TB takes more than a day even on a 1 Gbit/s line` },
} as const satisfies Record<string, AssumptionDefault>;

export type AssumptionId = keyof typeof DEFAULT_ASSUMPTIONS;
export const ASSUMPTION_IDS = Object.keys(DEFAULT_ASSUMPTIONS) as AssumptionId[];

export function isAssumptionId(id: string): id is AssumptionId {
  return Object.prototype.hasOwnProperty.call(DEFAULT_ASSUMPTIONS, id);
}
