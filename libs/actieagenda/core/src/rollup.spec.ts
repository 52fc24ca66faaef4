import type { Actie, AgendaData, CheckIn } from './actieagenda.types';
import { amsterdamDate } from '@verbinder/shared/time';
import { computeFigures, nextDue, worstStatus } from './rollup';

const TODAY = '2026-11-24'; // a Tuesday

let n = 0;
const actie = (patch: Partial<Actie>): Actie => ({
  id: `a${++n}`,
  agendaId: 'ag',
  actielijnId: 'l1',
  parentId: null,
  title: `Actie ${n}`,
  description: null,
  target: null,
  leadSchoolId: null,
  partnerSchoolIds: [],
  ownerIds: [],
  periodStart: null,
  periodEnd: null,
  status: 'OP_KOERS',
  closure: null,
  closedAt: null,
  progressMode: 'DIRECT',
  progress: 0,
  cadenceDays: 7,
  nextCheckInDue: '2026-11-25',
  isPublic: false,
  publicSummary: null,
  createdAt: new Date(),
  updatedAt: new Date(),
  ...patch,
});

const data = (acties: Actie[], progressThen: Record<string, number> = {}, lines = ['l1', 'l2']): AgendaData => ({
  agenda: { id: 'ag', regionId: 'r', title: 'Agenda', periodStart: '2025-08-01', periodEnd: '2027-07-31' },
  lines: lines.map((id, i) => ({ id, agendaId: 'ag', number: i + 1, title: id, description: null, focusYears: [] })),
  acties,
  latestCheckIns: [] as CheckIn[],
  progressThen: new Map(Object.entries(progressThen)),
});

describe('roll-up of progress and status', () => {
  it('averages top-level acties into the line and lines into the agenda, leaving stopped acties out', () => {
    const a = actie({ progress: 40 });
    const b = actie({ progress: 80 });
    const stopped = actie({ progress: 0, closure: 'GESTOPT' });
    const c = actie({ actielijnId: 'l2', progress: 10 });
    const f = computeFigures(data([a, b, stopped, c]), TODAY);
    expect(f.lines.get('l1')?.progress).toBe(60);
    expect(f.lines.get('l2')?.progress).toBe(10);
    expect(f.agenda.progress).toBe(35);
  });

  it('derives a SUB_ACTIES actie from its sub-acties, and counts only top-level acties in the line', () => {
    const parent = actie({ progressMode: 'SUB_ACTIES', progress: 99 });
    const kid1 = actie({ parentId: parent.id, progress: 50, status: 'RISICO' });
    const kid2 = actie({ parentId: parent.id, progress: 100 });
    const f = computeFigures(data([parent, kid1, kid2]), TODAY);
    expect(f.acties.get(parent.id)).toMatchObject({ progress: 75, status: 'RISICO' });
    expect(f.lines.get('l1')?.progress).toBe(75);
    expect(f.children.get(parent.id)?.map((k) => k.id)).toEqual([kid1.id, kid2.id]);
  });

  it('takes the worst open status for a line, ignoring paused ones unless all are paused', () => {
    const f = computeFigures(data([actie({ status: 'OP_KOERS' }), actie({ status: 'ACHTER' }), actie({ status: 'GEPAUZEERD' }), actie({ actielijnId: 'l2', status: 'GEPAUZEERD' })]), TODAY);
    expect(f.lines.get('l1')?.status).toBe('ACHTER');
    expect(f.lines.get('l2')?.status).toBe('GEPAUZEERD');
    expect(f.agenda.status).toBe('ACHTER');
    expect(worstStatus([])).toBeNull();
  });

  it('turns OP_KOERS into RISICO when the check-in is overdue by more than a whole cadence', () => {
    const slightlyLate = actie({ nextCheckInDue: '2026-11-20' });
    const veryLate = actie({ nextCheckInDue: '2026-11-10' });
    const pausedLate = actie({ nextCheckInDue: '2026-11-01', status: 'GEPAUZEERD' });
    const f = computeFigures(data([slightlyLate, veryLate, pausedLate]), TODAY);
    expect(f.acties.get(slightlyLate.id)).toMatchObject({ status: 'OP_KOERS', overdue: true });
    expect(f.acties.get(veryLate.id)).toMatchObject({ status: 'RISICO', overdue: true });
    expect(f.acties.get(pausedLate.id)).toMatchObject({ status: 'GEPAUZEERD', overdue: false });
    expect(f.agenda.overdueCount).toBe(2);
  });

  it('counts an achieved actie as 100% and no longer overdue', () => {
    const done = actie({ progress: 70, closure: 'BEHAALD', nextCheckInDue: '2026-01-01' });
    expect(computeFigures(data([done]), TODAY).acties.get(done.id)).toMatchObject({ progress: 100, overdue: false });
  });

  it('shows the trend against progress 28 days ago', () => {
    const up = actie({ progress: 50 });
    const down = actie({ actielijnId: 'l2', progress: 20 });
    const f = computeFigures(data([up, down], { [up.id]: 30, [down.id]: 40 }), TODAY);
    expect(f.acties.get(up.id)?.trend).toBe('STIJGEND');
    expect(f.lines.get('l2')?.trend).toBe('DALEND');
  });
});

describe('check-in rhythm', () => {
  it('makes the next weekly check-in due before the next Wednesday meeting', () => {
    expect(nextDue('2026-11-24', 7)).toBe('2026-11-25'); // Tuesday → Wednesday
    expect(nextDue('2026-11-25', 7)).toBe('2026-12-02'); // Wednesday → next Wednesday
    expect(nextDue('2026-11-24', 14)).toBe('2026-12-08');
  });

  it('uses the calendar date in Amsterdam', () => {
    expect(amsterdamDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(amsterdamDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
