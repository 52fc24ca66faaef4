import { Injectable } from '@nestjs/common';
import { collectSubjectData, Database, SubjectTableData } from '@verbinder/platform/db';
import { persons } from '@verbinder/regions/data-access';
import { eq } from 'drizzle-orm';
import { Actor, DomainError, isUuid } from '@verbinder/shared/kernel';
import { DATA_MAP } from './data-map';

export interface PersonDataExport {
  /** When the export was made (ISO). */
  generatedAt: string;
  person: { id: string; name: string; email: string };
  /** What is held about the person, table by table across every domain (docs/privacy.md explains each). */
  tables: SubjectTableData[];
}

/**
 * Inzage (AVG art. 15): everything Verbinder holds that is a person's own, across all domains, found
 * through the data map. A person downloads their own; a platform beheerder can make it for a person
 * on their request. Secrets (hashes of passwords and links) and data about others (pupils in stories)
 * are named but not included.
 */
@Injectable()
export class PersonDataExportService {
  constructor(private readonly database: Database) {}

  async exportFor(actor: Actor, personId: string, now: Date = new Date()): Promise<PersonDataExport> {
    if (actor.personId !== personId && actor.systemRole !== 'BEHEERDER') {
      throw DomainError.forbidden('Alleen de persoon zelf of een platformbeheerder kan deze gegevens opvragen.');
    }
    const [person] = isUuid(personId) ? await this.database.db.select().from(persons).where(eq(persons.id, personId)) : [];
    if (!person) throw DomainError.notFound('Persoon');
    const tables = await this.database.transaction(() => collectSubjectData(this.database, DATA_MAP, { id: person.id, email: person.email }));
    return { generatedAt: now.toISOString(), person: { id: person.id, name: person.name, email: person.email }, tables };
  }
}
