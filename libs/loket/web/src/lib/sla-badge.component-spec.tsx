import { render } from '@testing-library/react';
import type { LoketRequestStatus, LoketSla } from './operations';
import { SlaBadge } from './shared';

// The badge shows what the API says (overdue / atRisk, counted in business time); it no longer
// judges the clock itself, so a due time long past by the wall clock is not "te laat" unless the API says so.
const SLA: LoketSla = {
  elapsedMinutes: 30,
  firstResponseDueAt: '2027-01-11T13:30:00.000Z',
  firstResponseBreached: false,
  resolutionDueAt: '2027-01-22T13:30:00.000Z',
  resolutionBreached: false,
  paused: false,
  overdue: false,
  atRisk: false,
};

function badge(sla: Partial<LoketSla>, status: LoketRequestStatus = 'NIEUW', showDue = true) {
  const { container } = render(<SlaBadge sla={{ ...SLA, ...sla }} status={status} showDue={showDue} />);
  const root = container.querySelector('.vb-loket-sla') as HTMLElement;
  // What a screen reader reads: without the icon, which is aria-hidden.
  const spoken = root.cloneNode(true) as HTMLElement;
  spoken.querySelectorAll('[aria-hidden="true"]').forEach((icon) => icon.remove());
  return { state: root.dataset['sla'], text: spoken.textContent?.replace(/\s+/g, ' ').trim(), tone: root.querySelector('.vb-status')?.className };
}

describe('SlaBadge', () => {
  it('is on time with the first-response due time, even when that is past by the wall clock', () => {
    expect(badge({ firstResponseDueAt: '2000-01-01T09:00:00.000Z' })).toMatchObject({ state: 'on-time', tone: 'vb-status vb-status--green' });
    expect(badge({}).text).toMatch(/^Termijn: Op tijd ?eerste reactie uiterlijk 11 januari 2027 om 14:30$/); // Amsterdam time
  });

  it('is at risk when the API says so', () => {
    expect(badge({ atRisk: true })).toMatchObject({ state: 'at-risk', tone: 'vb-status vb-status--orange' });
    expect(badge({ atRisk: true }).text).toContain('Bijna te laat');
    expect(badge({ atRisk: true, firstResponseDueAt: null }).text).toContain('afhandeling uiterlijk');
  });

  it('is overdue on the first response while it runs, else on the completion', () => {
    expect(badge({ overdue: true, firstResponseBreached: true })).toMatchObject({ state: 'breached', tone: 'vb-status vb-status--red' });
    expect(badge({ overdue: true, firstResponseBreached: true }).text).toContain('Eerste reactie te laat');
    expect(badge({ overdue: true, firstResponseBreached: true, resolutionBreached: true, firstResponseDueAt: null }).text).toContain('Afhandeling te laat');
  });

  it('is not overdue for a first response that came late (the API says overdue: false)', () => {
    expect(badge({ firstResponseBreached: true, firstResponseDueAt: null }).state).toBe('on-time');
  });

  it('stands still while waiting for the company, and is closed when done', () => {
    expect(badge({ paused: true, firstResponseDueAt: null, resolutionDueAt: null })).toMatchObject({ state: 'paused', text: 'Termijn: Klok staat stil' });
    expect(badge({}, 'WACHT_OP_BEDRIJF').state).toBe('paused');
    expect(badge({ overdue: true }, 'AFGEROND')).toMatchObject({ state: 'closed', text: 'Termijn: Afgerond' });
  });

  it('leaves out the due time when asked', () => {
    expect(badge({}, 'NIEUW', false).text).toBe('Termijn: Op tijd');
  });
});
