/**
 * Default source notes: which public documentation each provider-to-target mapping is read from.
 * A row may name a more specific source; these are the fallbacks per target.
 */
import type { TargetProvider } from '../model/vocabulary';

type Notes = Readonly<Record<TargetProvider, string>>;

const HUAWEI = 'Huawei Cloud product documentation (service overviews; SMS, OMS and DRS migration guides)';
const TENCENT = 'Tencent Cloud product documentation (service overviews; migration and DTS guides)';
const SELF_HOSTED = 'Upstream open-source project documentation';
const GOOGLE_COMPARE = 'Google Cloud "Compare AWS and Azure services to Google Cloud"';
const MICROSOFT_COMPARE = 'Microsoft "AWS to Azure services comparison" (Azure Architecture Center)';

export const ALIBABA_NOTES: Notes = {
  aws: 'Alibaba Cloud "Alibaba Cloud for AWS Professionals" product comparison; AWS product docs',
  azure: 'Alibaba Cloud "Alibaba Cloud for Azure Professionals" product comparison; Azure product docs',
  gcp: `${GOOGLE_COMPARE}, read through Alibaba Cloud's AWS comparison; Google Cloud product docs`,
  huawei: HUAWEI,
  tencent: TENCENT,
  'self-hosted': SELF_HOSTED,
};

export const AWS_NOTES: Notes = {
  aws: 'AWS product documentation',
  azure: MICROSOFT_COMPARE,
  gcp: GOOGLE_COMPARE,
  huawei: HUAWEI,
  tencent: TENCENT,
  'self-hosted': SELF_HOSTED,
};

export const AZURE_NOTES: Notes = {
  aws: `${MICROSOFT_COMPARE}, read from the Azure side`,
  azure: 'Azure product documentation',
  gcp: GOOGLE_COMPARE,
  huawei: HUAWEI,
  tencent: TENCENT,
  'self-hosted': SELF_HOSTED,
};

export const GCP_NOTES: Notes = {
  aws: `${GOOGLE_COMPARE}, read from the Google Cloud side`,
  azure: `${GOOGLE_COMPARE}, read from the Google Cloud side`,
  gcp: 'Google Cloud product documentation',
  huawei: HUAWEI,
  tencent: TENCENT,
  'self-hosted': SELF_HOSTED,
};
