/** The actieagenda screens' names for the generated GraphQL types (libs/web/api-client/src/generated). */
import type {
  AchtjeQuery,
  ActieQuery,
  ActieSummaryFieldsFragment,
  ActieagendaPeopleQuery,
  ActieagendaQuery,
  ActieagendaRefQuery,
  ActieagendaRegionQuery,
  AddBijstellingMutation,
  CheckInFieldsFragment,
  ImportActieagendaCsvMutation,
  MeetingActieFieldsFragment,
  RecordDecisionMutation,
  ReviewFieldsFragment,
} from '@verbinder/web/api-client';

export type {
  ActieClosure,
  ActieFilter,
  ActieInput,
  ActieStatus,
  ActielijnInput,
  BijstellingInput,
  CheckInInput,
  CreateActieagendaInput,
  MembershipLayer,
  ProgressMode,
  ReviewOutcome,
  SchoolKind,
  Trend,
} from '@verbinder/web/api-client';

/** ActieHistoryEntry.kind */
export type HistoryKind = 'CHECK_IN' | 'BIJSTELLING' | 'REVIEW_REQUESTED' | 'REVIEW_DECIDED' | 'DECISION' | 'CLOSED' | 'CREATED';

export type ActieagendaRegion = ActieagendaRegionQuery['region'];
export type PersonOption = ActieagendaPeopleQuery['people'][number];
export type ActieSummary = ActieSummaryFieldsFragment;
export type SubActieSummary = ActieSummary['subActies'][number];
export type Actieagenda = NonNullable<ActieagendaQuery['actieagenda']>;
export type Actielijn = Actieagenda['lines'][number];
export type ActieagendaRef = NonNullable<ActieagendaRefQuery['actieagenda']>;
export type CheckIn = CheckInFieldsFragment;
export type Review = ReviewFieldsFragment;
export type Bijstelling = AddBijstellingMutation['addBijstelling'];
export type Decision = RecordDecisionMutation['recordDecision'];
export type MeetingActie = MeetingActieFieldsFragment;
export type ActieDetail = NonNullable<ActieQuery['actie']>;
export type ActieHistoryEntry = ActieDetail['history'][number];
export type AchtjeSchool = AchtjeQuery['achtje'][number];
export type AchtjeLayer = AchtjeSchool['layers'][number];
export type ImportResult = ImportActieagendaCsvMutation['importActieagendaCsv'];

/** socket.io 'actieagenda:changed' payload (ActieagendaChange as JSON). */
export interface ActieagendaChangeDto {
  agendaId: string;
  actieId: string | null;
  kind: string;
  actorName: string | null;
  at: string;
}

/** socket.io 'meeting:presence' payload. */
export interface MeetingPresenceDto {
  agendaId: string;
  people: { personId: string; name: string }[];
}
