/**
 * The waves board: one column per wave, pilot first, with its dates, P80 end, effort and whether
 * it drives the end date; a card per move group or lone workload. Dragging a card to another wave
 * (pointer or keyboard, through @dnd-kit) pins it there; the engine re-plans and every condition
 * the pin breaks shows on the card and in Issues. Waves can be renamed, reordered, capped and added.
 * Every change is a decision stored in the project file and undoable.
 */
import '../shared/plan-views.css';
import './waves.css';
import { type Announcements, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useDecampStore, useShallow } from '../../store';
import { WorkloadPanel } from '../inventory/panel/workload-panel';
import { waveName } from '../shared/plan-labels';
import { type BoardCard, buildBoard } from './board-model';
import { waveColumnCoordinates } from './column-keys';
import { WaveColumn } from './wave-column';

export function WavesView() {
  const { t, i18n } = useTranslation(['waves', 'planviews']);
  const locale = i18n.language;
  const { project, plan, focusedId } = useDecampStore(useShallow((s) => ({ project: s.project, plan: s.plan, focusedId: s.focusedWorkloadId })));
  const [status, setStatus] = useState<{ text: string; undoable: boolean } | null>(null);
  const board = useMemo(() => (plan ? buildBoard(project, plan) : null), [project, plan]);
  const workloads = useMemo(() => new Map(project.workloads.map((w) => [w.id, w])), [project.workloads]);
  const hasPilot = plan?.waves.some((w) => w.isPilot) ?? false;
  const nameOf = useCallback(
    (index: number) => {
      const setting = project.waves?.find((s) => s.order === index);
      const wave = plan?.waves.find((w) => w.index === index);
      return setting?.name ?? (wave ? waveName(wave, hasPilot, t) : t('planviews:wave.n', { n: hasPilot ? index : index + 1 }));
    },
    [project.waves, plan, hasPilot, t],
  );
  const waveOptions = useMemo(() => (plan?.waves ?? []).map((w) => ({ index: w.index, name: nameOf(w.index) })), [plan, nameOf]);
  const cardTitle = useCallback((card: BoardCard) => (card.workloadIds.length > 1 ? t('card.group', { count: card.workloadIds.length, first: workloads.get(card.workloadIds[0]!)?.name ?? card.workloadIds[0] }) : (workloads.get(card.workloadIds[0]!)?.name ?? card.id)), [t, workloads]);

  const onMove = useCallback(
    (card: BoardCard, wave: number) => {
      const result = useDecampStore.getState().pinWorkloads(card.workloadIds, wave);
      setStatus(result.ok ? { text: t('status.pinned', { name: cardTitle(card), wave: nameOf(wave) }), undoable: true } : { text: result.message, undoable: false });
    },
    [t, cardTitle, nameOf],
  );
  const onUnpin = useCallback(
    (card: BoardCard) => {
      useDecampStore.getState().unpinWorkloads(card.workloadIds);
      setStatus({ text: t('status.unpinned', { name: cardTitle(card) }), undoable: true });
    },
    [t, cardTitle],
  );
  const onOpen = useCallback((id: string) => {
    const s = useDecampStore.getState();
    s.selectWorkloads([id]);
    s.focusWorkload(id);
  }, []);
  const actualByWave = useMemo(() => new Map(project.actuals.map((a) => [a.wave, a])), [project.actuals]);
  const onRename = useCallback((order: number, name: string) => void useDecampStore.getState().updateWaveSetting(order, { name: name.trim() === '' ? undefined : name.trim() }), []);
  const onCaps = useCallback(
    (order: number, caps: { maxWorkloads?: number | undefined; maxPersonDays?: number | undefined }) => {
      const result = useDecampStore.getState().updateWaveSetting(order, caps);
      if (!result.ok) setStatus({ text: result.message, undoable: false });
    },
    [],
  );
  const onShift = useCallback(
    (order: number, delta: -1 | 1) => {
      const s = useDecampStore.getState();
      const result = s.moveWave(order, delta, s.plan?.waves.length ?? 0);
      if (result.ok) setStatus({ text: t('status.moved', { name: nameOf(order) }), undoable: true });
    },
    [t, nameOf],
  );

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: waveColumnCoordinates }));
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      const card = e.active.data.current?.card as BoardCard | undefined;
      const from = e.active.data.current?.from as number | undefined;
      const to = e.over?.data.current?.wave as number | undefined;
      if (!card || to === undefined || to === from) return;
      onMove(card, to);
    },
    [onMove],
  );
  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) => t('announce.start', { name: cardTitle(active.data.current?.card as BoardCard) }),
      onDragOver: ({ active, over }) => (over ? t('announce.over', { name: cardTitle(active.data.current?.card as BoardCard), wave: nameOf(over.data.current?.wave as number) }) : t('announce.outside')),
      onDragEnd: ({ active, over }) => (over ? t('announce.end', { name: cardTitle(active.data.current?.card as BoardCard), wave: nameOf(over.data.current?.wave as number) }) : t('announce.cancel')),
      onDragCancel: () => t('announce.cancel'),
    }),
    [t, cardTitle, nameOf],
  );

  if (!plan || !board) return <p className="plan-wait">{t('waiting')}</p>;
  const pinned = project.pins.length;
  return (
    <section className="view waves-view" aria-labelledby="waves-title">
      <h1 id="waves-title">{t('title')}</h1>
      <p className="view-lead">{t('lead', { waves: plan.waves.length, count: pinned, formatted: formatNumber(pinned, locale) })}</p>
      <div className="waves-toolbar">
        <button
          type="button"
          onClick={() => {
            const order = useDecampStore.getState().addWave(plan.waves.length);
            setStatus({ text: t('status.added', { name: nameOf(order) }), undoable: true });
          }}
        >
          {t('addWave')}
        </button>
        <span className="muted">{t('keyboardHint')}</span>
      </div>
      <div className="waves-body">
        <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: t('announce.instructions') } }}>
          <div className="waves-board" data-testid="waves-board">
            {board.columns.map((column, i) => (
              <WaveColumn
                key={column.wave.id}
                column={column}
                name={nameOf(column.wave.index)}
                isFirst={i === 0}
                isLast={i === board.columns.length - 1}
                workloads={workloads}
                waveOptions={waveOptions}
                onMove={onMove}
                onUnpin={onUnpin}
                onOpen={onOpen}
                onRename={onRename}
                onCaps={onCaps}
                onShift={onShift}
                actual={actualByWave.get(column.wave.index)}
              />
            ))}
            {(project.waves ?? []).filter((s) => s.order >= plan.waves.length).map((s) => (
              <section key={s.id} className="wave-column is-empty" aria-label={s.name ?? nameOf(s.order)}>
                <header className="wave-column-head">
                  <h2>{s.name ?? nameOf(s.order)}</h2>
                  <p className="muted">{t('column.empty')}</p>
                </header>
              </section>
            ))}
            {board.excluded.length > 0 ? (
              <section className="wave-column is-excluded" aria-label={t('excluded.title')}>
                <header className="wave-column-head">
                  <h2>{t('excluded.title')}</h2>
                  <p className="muted">{t('excluded.detail', { count: board.excluded.length })}</p>
                </header>
                <ul className="wave-cards">
                  {board.excluded.slice(0, 60).map((id) => (
                    <li key={id} className="wave-card is-static">
                      <button type="button" className="link" onClick={() => onOpen(id)}>
                        {workloads.get(id)?.name ?? id}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
        </DndContext>
        {focusedId !== null ? <WorkloadPanel workloadId={focusedId} onClose={() => useDecampStore.getState().focusWorkload(null)} /> : null}
      </div>
      <div className="view-status" role="status" aria-live="polite">
        {status?.text}
        {status?.undoable ? (
          <button
            type="button"
            onClick={() => {
              useDecampStore.getState().undo();
              setStatus({ text: t('status.undone'), undoable: false });
            }}
          >
            {t('status.undo')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
