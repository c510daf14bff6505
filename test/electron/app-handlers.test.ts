import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../shared/model/save';
import { createAppHandlers, type AppHandlerContext } from '../../electron/main/app-handlers';
import { pdfFileName } from '../../electron/main/print-pdf';
import { createFileGrants } from '../../electron/services/file-grants';
import { createFileService } from '../../electron/services/file-service';
import { createRecentFilesStore } from '../../electron/services/recent-files';
import { createRecoveryStore } from '../../electron/services/recovery-store';
import { createSettingsStore } from '../../electron/services/settings-store';
import { makeProject } from './fixtures/project';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-app-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.7 fake report\n%%EOF\n');

function setup(over: Partial<AppHandlerContext> = {}) {
  const events = { documentState: [] as unknown[], settings: [] as unknown[], recent: [] as unknown[] };
  const dialogs = {
    showOpenDialog: vi.fn(async (_options: unknown) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (_options: unknown): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  };
  const renderPdf = vi.fn(async (_html: string, _options: unknown) => PDF);
  const openExternal = vi.fn(async () => undefined);
  const ctx: AppHandlerContext = {
    files: createFileService({ loadSample: (id) => makeProject(id) }),
    grants: createFileGrants(),
    recent: createRecentFilesStore(join(dir, 'userData')),
    recovery: createRecoveryStore(join(dir, 'userData', 'recovery')),
    settings: createSettingsStore(join(dir, 'userData')),
    dialogs,
    openExternal,
    renderPdf,
    documentsFolder: dir,
    now: () => new Date('2027-05-01T08:00:00Z'),
    onDocumentState: (s) => events.documentState.push(s),
    onSettingsChanged: (s) => events.settings.push(s),
    onRecentFilesChanged: (r) => events.recent.push(r),
    ...over,
  };
  return { handlers: createAppHandlers(ctx), dialogs, renderPdf, openExternal, events, ctx };
}

const REPORT = { html: '<!doctype html><title>Report</title><h1>Migration plan</h1>', paper: 'a4' as const };

describe('print to PDF', () => {
  it('prints the report page on its own paper with backgrounds and writes the chosen file', async () => {
    const { handlers, dialogs, renderPdf } = setup();
    const target = join(dir, 'report');
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await handlers.printToPdf({ suggestedName: 'shop.decamp.json', ...REPORT }, {} as never);
    expect(renderPdf).toHaveBeenCalledWith(REPORT.html, { printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: join(dir, 'shop.pdf') });
    expect(result.ok && result.value).toMatchObject({ filePath: `${target}.pdf`, displayName: 'report.pdf' });
    expect(new Uint8Array(await readFile(`${target}.pdf`))).toEqual(PDF);
  });

  it('prints Letter when asked', async () => {
    const { handlers, dialogs, renderPdf } = setup();
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'r.pdf') });
    await handlers.printToPdf({ suggestedName: 'x', ...REPORT, paper: 'letter' }, {} as never);
    expect(renderPdf.mock.calls[0]?.[1]).toMatchObject({ pageSize: 'Letter' });
  });

  it('answers null when the user cancels, without rendering', async () => {
    const { handlers, renderPdf } = setup();
    expect(await handlers.printToPdf({ suggestedName: 'x', ...REPORT }, {} as never)).toEqual({ ok: true, value: null });
    expect(renderPdf).not.toHaveBeenCalled();
  });

  it('reports a rendering failure and leaves no file', async () => {
    const { handlers, dialogs, renderPdf } = setup();
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'r.pdf') });
    renderPdf.mockRejectedValueOnce(new Error('renderer gone'));
    const result = await handlers.printToPdf({ suggestedName: 'x', ...REPORT }, {} as never);
    expect(!result.ok && result.error.message).toContain('renderer gone');
    await expect(readFile(join(dir, 'r.pdf'))).rejects.toThrow();
  });

  it('suggests a clean file name', () => {
    expect(pdfFileName('shop')).toBe('shop.pdf');
    expect(pdfFileName('shop.pdf')).toBe('shop.pdf');
    expect(pdfFileName('../../etc/evil')).toBe('evil.pdf');
    expect(pdfFileName('a:b*c?')).toBe('abc.pdf');
    expect(pdfFileName('***')).toBe('plan.pdf');
  });
});

describe('export', () => {
  it('asks where in a save dialog with the format filter, and writes there', async () => {
    const { handlers, dialogs } = setup();
    const target = join(dir, 'plan-for-board');
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const result = await handlers.saveExport({ suggestedName: 'shop.decamp.json', format: 'xlsx', files: [{ suffix: '.xlsx', data: bytes }] }, {} as never);
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Export', defaultPath: join(dir, 'shop.xlsx'), filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] });
    expect(result.ok && result.value).toMatchObject([{ filePath: `${target}.xlsx`, displayName: 'plan-for-board.xlsx' }]);
    expect(new Uint8Array(await readFile(`${target}.xlsx`))).toEqual(bytes);
  });

  it('writes the parts of a split export beside the chosen name as NAME-1, NAME-2', async () => {
    const { handlers, dialogs } = setup();
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'tickets.csv') });
    const result = await handlers.saveExport({ suggestedName: 'shop', format: 'jira-csv', files: [{ suffix: '-jira-1.csv', data: 'a\r\n' }, { suffix: '-jira-2.csv', data: 'b\r\n' }] }, {} as never);
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: join(dir, 'shop-jira.csv') });
    expect(result.ok && result.value?.map((f) => f.displayName)).toEqual(['tickets-1.csv', 'tickets-2.csv']);
    expect(await readFile(join(dir, 'tickets-2.csv'), 'utf8')).toBe('b\r\n');
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers } = setup();
    expect(await handlers.saveExport({ suggestedName: 'shop', format: 'md', files: [{ suffix: '.md', data: '# x' }] }, {} as never)).toEqual({ ok: true, value: null });
  });
});

describe('open, save and recovery through the handlers', () => {
  it('open dialog: cancel answers null; a chosen file opens and becomes recent', async () => {
    const { handlers, dialogs, events } = setup();
    expect(await handlers.openDialog({}, {} as never)).toEqual({ ok: true, value: null });
    const filePath = join(dir, 'shop.decamp.json');
    await writeFile(filePath, serializeProject(makeProject('A')));
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [filePath] });
    const opened = await handlers.openDialog({}, {} as never);
    expect(opened.ok && opened.value?.displayName).toBe('shop');
    expect((await handlers.recentFiles({}, {} as never)).ok).toBe(true);
    expect(events.recent).toEqual([[{ filePath, displayName: 'shop', openedAt: '2027-05-01T08:00:00.000Z' }]]);
  });

  it('a failed open changes no recent file and returns the error', async () => {
    const { handlers, events, dialogs } = setup();
    const filePath = join(dir, 'bad.decamp.json');
    await writeFile(filePath, 'not json');
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [filePath] });
    expect(await handlers.openDialog({}, {} as never)).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(events.recent).toEqual([]);
  });

  it('refuses to open anything that is not a .json file', async () => {
    const { handlers } = setup();
    expect(await handlers.openPath({ filePath: '/etc/passwd' }, {} as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('save as adds the extension; a clean save clears the recovery entries', async () => {
    const { handlers, dialogs } = setup();
    await handlers.autosave({ project: makeProject('draft'), filePath: null, diskVersion: null, displayName: 'Untitled' }, {} as never);
    expect((await handlers.listRecovery({}, {} as never)).ok && (await handlers.listRecovery({}, {} as never))).toMatchObject({ value: [{ id: 'untitled' }] });
    dialogs.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'plan') });
    const saved = await handlers.saveAs({ project: makeProject('draft'), suggestedName: 'Untitled' }, {} as never);
    expect(saved.ok && saved.value?.filePath).toBe(join(dir, 'plan.decamp.json'));
    expect(await readFile(join(dir, 'plan.decamp.json'), 'utf8')).toBe(serializeProject(makeProject('draft')));
    expect(await handlers.listRecovery({}, {} as never)).toEqual({ ok: true, value: [] });

    await handlers.autosave({ project: makeProject('edit'), filePath: join(dir, 'plan.decamp.json'), diskVersion: saved.ok ? (saved.value?.diskVersion ?? null) : null, displayName: 'plan' }, {} as never);
    const again = await handlers.save({ project: makeProject('edit'), filePath: join(dir, 'plan.decamp.json'), diskVersion: saved.ok ? (saved.value?.diskVersion ?? null) : null, overwriteChanged: false }, {} as never);
    expect(again.ok).toBe(true);
    expect(await handlers.listRecovery({}, {} as never)).toEqual({ ok: true, value: [] });
  });

  it('clears the recent files and every recovery copy when asked', async () => {
    const { handlers, dialogs, events } = setup();
    await writeFile(join(dir, 'a.decamp.json'), serializeProject(makeProject('a')));
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'a.decamp.json')] });
    await handlers.openDialog({}, {} as never);
    await handlers.autosave({ project: makeProject('draft'), filePath: null, diskVersion: null, displayName: 'Untitled' }, {} as never);
    expect(await handlers.recentFiles({}, {} as never)).toMatchObject({ value: [{ filePath: join(dir, 'a.decamp.json') }] });
    expect(await handlers.clearLocalCopies({}, {} as never)).toEqual({ ok: true, value: true });
    expect(await handlers.recentFiles({}, {} as never)).toEqual({ ok: true, value: [] });
    expect(await handlers.listRecovery({}, {} as never)).toEqual({ ok: true, value: [] });
    expect(events.recent.at(-1)).toEqual([]);
  });

  it('recovers an autosaved document after a crash and can discard it', async () => {
    const first = setup();
    await first.handlers.autosave({ project: makeProject('unsaved work'), filePath: null, diskVersion: null, displayName: 'Untitled' }, {} as never);
    const { handlers } = setup(); // the next start
    const listed = await handlers.listRecovery({}, {} as never);
    const id = listed.ok ? listed.value[0]?.id : undefined;
    expect(id).toBe('untitled');
    const recovered = await handlers.recover({ id: id! }, {} as never);
    expect(recovered.ok && recovered.value.project.project.name).toBe('Project unsaved work');
    await handlers.discardRecovery({ id: id! }, {} as never);
    expect(await handlers.listRecovery({}, {} as never)).toEqual({ ok: true, value: [] });
  });
});

describe('settings, document state and links', () => {
  it('persists settings and tells main', async () => {
    const { handlers, events } = setup();
    expect(await handlers.setSettings({ locale: 'zh-CN' }, {} as never)).toMatchObject({ ok: true, value: { locale: 'zh-CN', theme: 'system' } });
    expect(events.settings).toHaveLength(1);
    expect(await handlers.getSettings({}, {} as never)).toMatchObject({ value: { locale: 'zh-CN' } });
  });

  it('passes document state on', async () => {
    const { handlers, events } = setup();
    await handlers.setDocumentState({ displayName: 'shop', dirty: true }, {} as never);
    expect(events.documentState).toEqual([{ displayName: 'shop', dirty: true }]);
  });

  it('opens https links to the allowed hosts only', async () => {
    const { handlers, openExternal } = setup();
    expect(await handlers.openExternal({ url: 'https://example.org' }, {} as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handlers.openExternal({ url: 'https://help.aliyun.com' }, {} as never)).toEqual({ ok: true, value: true });
    expect(await handlers.openExternal({ url: 'file:///etc/passwd' }, {} as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handlers.openExternal({ url: 'http://example.org' }, {} as never)).toMatchObject({ ok: false });
    expect(openExternal.mock.calls).toEqual([['https://help.aliyun.com']]);
  });
});

describe('import dialog', () => {
  it('reads only the files the user chose in the dialog, by their base names, and answers null on cancel', async () => {
    const { handlers, dialogs } = setup();
    expect(await handlers.importDialog({ folder: false }, {} as never)).toEqual({ ok: true, value: null });
    const csv = join(dir, 'hosts.csv');
    await writeFile(csv, 'name,type\nweb,vm\n');
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [csv] });
    const result = await handlers.importDialog({ folder: false }, {} as never);
    expect(dialogs.showOpenDialog.mock.calls.at(-1)?.[0]).toMatchObject({ properties: ['openFile', 'multiSelections'] });
    expect(result.ok && result.value?.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['hosts.csv', 'name,type\nweb,vm\n']]);
  });

  it('reads a chosen folder with names relative to it, so modules resolve', async () => {
    const { handlers, dialogs } = setup();
    const root = join(dir, 'infra');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(root, 'vpc'), { recursive: true });
    await writeFile(join(root, 'main.tf'), 'module "vpc" { source = "./vpc" }\n');
    await writeFile(join(root, 'vpc', 'main.tf'), 'resource "alicloud_vpc" "v" {}\n');
    await writeFile(join(root, 'notes.docx'), 'not read');
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [root] });
    const result = await handlers.importDialog({ folder: true }, {} as never);
    expect(result.ok && result.value?.map((f) => f.name)).toEqual(['infra/main.tf', 'infra/vpc/main.tf']);
  });

  it('refuses a file over 100 MB before reading it', async () => {
    const { handlers, dialogs } = setup();
    const big = join(dir, 'huge.tfstate');
    const { truncate } = await import('node:fs/promises');
    await writeFile(big, '');
    await truncate(big, 100 * 1024 * 1024 + 1);
    dialogs.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] });
    const result = await handlers.importDialog({ folder: false }, {} as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
