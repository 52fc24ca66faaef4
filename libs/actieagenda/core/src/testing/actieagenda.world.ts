import { recordingNotifications } from '@verbinder/notifications/core/testing';
import { inMemoryRegions } from '@verbinder/regions/core';
import { fakeKernelPorts } from '@verbinder/shared/kernel/testing';
import { ActieagendaChanges } from '../actieagenda-changes';
import { ActieagendaService } from '../actieagenda.service';
import { ActiesService } from '../acties.service';
import { CheckInsService } from '../check-ins.service';
import { CsvService } from '../csv.service';
import { RollupService } from '../rollup.service';
import { actorIn, InMemoryActieagendaRepository, newClock, REGION } from './actieagenda.fakes';

export { SCHOOL, SCHOOL_B, SCHOOL_ELSEWHERE } from './actieagenda.fakes';

/** The verbinder who runs the agenda of REGION in every spec. */
export const verbinder = actorIn(1, 'VERBINDER');

/** Every actieagenda service over one in-memory repository, with recording fakes of the other ports. */
export function actieagendaWorld() {
  const clock = newClock();
  const repo = new InMemoryActieagendaRepository(clock);
  const { kernel, events: recorded, outbox } = fakeKernelPorts(clock);
  const { notifications, notified } = recordingNotifications();

  const { service: regions, addPerson } = inMemoryRegions({ at: clock.now() });

  const changes = new ActieagendaChanges(kernel);
  const agendas = new ActieagendaService(repo, kernel, regions, changes);
  const acties = new ActiesService(repo, kernel, regions, agendas, changes);
  const checkIns = new CheckInsService(repo, kernel, regions, notifications, agendas, changes);
  const rollup = new RollupService(repo, kernel, regions, agendas);
  const csv = new CsvService(agendas, acties, rollup, changes, regions);

  /** The agenda of REGION with lines 1 and 2, made by the verbinder. */
  const seedAgenda = async () => {
    addPerson(verbinder);
    const agenda = await agendas.createAgenda(verbinder, { regionId: REGION, title: 'Actieagenda 2025–2028', periodStart: '2025-08-01', periodEnd: '2028-07-31' });
    const line1 = await agendas.upsertLine(verbinder, { agendaId: agenda.id, number: 1, title: 'Samen opleiden', focusYears: [2026] });
    const line2 = await agendas.upsertLine(verbinder, { agendaId: agenda.id, number: 2, title: 'Doorlopende leerlijnen' });
    return { agenda, line1, line2 };
  };

  return { clock, repo, emitted: recorded.emitted, jobs: outbox.jobs, notified, regions, addPerson, changes, agendas, acties, checkIns, rollup, csv, seedAgenda };
}
