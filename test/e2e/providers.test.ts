/**
 * A data centre into Decamp in real Chromium: an IDC server list imported as a new project becomes
 * a self-hosted estate (vSphere VMs, bare metal, an Oracle database), the Inventory shows the
 * products by name, and Assumptions lists the target with its default region. Screenshots go to
 * test-results/.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, WAIT_MS } from './harness';

const SERVERS = [
  'VM Name,OS,Cores,Memory (GB),Disks (GB),Applications,Hypervisor,Datacenter,Depends on',
  'erp-app-01,Windows Server 2019,8,32,100;500,ERP;Tomcat,VMware vSphere 7,BJ-IDC-1,erp-db-01',
  'erp-db-01,Oracle Linux 8,16,128,2x1024,ERP;Oracle 19c,Physical server,BJ-IDC-1,',
  'mq-01,CentOS 7.9,4,16,200,Kafka,KVM,BJ-IDC-1,',
].join('\n');

describe.runIf(browserAvailable())('A data centre in Chromium', () => {
  const app = browserSuite({ dismissHint: true, prepare: (p) => p.on('filechooser', (chooser) => void chooser.setFiles([{ name: 'idc-servers.csv', mimeType: 'text/csv', buffer: Buffer.from(SERVERS) }])) });
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });

  it('imports a server list as a new self-hosted project with its products, targets and regions', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await page.keyboard.press('Control+i');
    await dialog.waitFor({ timeout: WAIT_MS });
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    await dialog.getByText('3 workloads and 1 dependency read.').waitFor({ timeout: WAIT_MS });
    await dialog.getByRole('radio', { name: 'A new project' }).check();
    await app.shot('providers-import-idc');
    await dialog.getByRole('button', { name: 'Import as a new project' }).click();
    const unsaved = page.getByRole('alertdialog');
    if (await unsaved.isVisible().catch(() => false)) await unsaved.getByRole('button', { name: "Don't save" }).click();
    await expect.poll(() => dialog.count(), { timeout: WAIT_MS }).toBe(0);

    await page.getByRole('button', { name: /Needs review \(\d+\)/ }).waitFor({ timeout: WAIT_MS });
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await expect.poll(() => row('erp-db-01').innerText(), { timeout: WAIT_MS }).toContain('Oracle');
    expect(await row('erp-app-01').innerText()).toContain('VMware vSphere VMs');
    expect(await row('mq-01').innerText()).toContain('Apache Kafka');
    await app.replanned();
    await app.shot('providers-inventory-idc');

    await page.keyboard.press('Control+3');
    const regions = page.getByTestId('target-regions');
    await regions.waitFor({ timeout: WAIT_MS });
    await regions.scrollIntoViewIfNeeded();
    // A data centre priced in yuan is in mainland China: AWS's default there is Beijing.
    expect(await regions.getByRole('combobox', { name: 'Region on AWS' }).locator('option:checked').innerText()).toBe('Default: cn-north-1 · Beijing (operated by Sinnet)');
    await app.shot('providers-target-regions');
    expect(app.errors).toEqual([]);
  }, 180_000);
});
