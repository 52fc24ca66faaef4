// Subscriptions (graphql-ws) and socket.io events in the two-region authorization matrix. Each
// subscription case names the change of region A that it reports (`trigger`), made once every
// identity has subscribed: whoever may follow it receives it, whoever may not is refused (and
// receives nothing). Socket events are answered with an acknowledgement { ok, code }.
import type { GraphqlHttpClient } from '../../support/graphql-client';
import { type Access, LOKET_STAFF, SIGNED_IN_A, WERKGROEP_MEMBERS } from './personas.cases';
import type { Ids } from './types';

export interface TriggerClients {
  platform: GraphqlHttpClient;
  /** The demo docent of region A, a member of the Engels werkgroep. */
  docentA: GraphqlHttpClient;
}

export interface SubscriptionCase {
  doc: string;
  vars?: (ids: Ids) => Record<string, unknown>;
  access: Access;
  public?: boolean;
  neutral?: boolean;
  /** A change of region A this subscription reports; absent when there is none to make (then "accepted" is enough). */
  trigger?: (c: TriggerClients, ids: Ids) => Promise<unknown>;
}

const at = () => new Date(Date.now() + 30 * 24 * 3600 * 1000);

/** Who may follow the Engels werkgroep live: its members (the group is not open to the region). */
const ENGELS_READERS: Access = WERKGROEP_MEMBERS;

export const SUBSCRIPTION_CASES: Record<string, SubscriptionCase> = {
  actieagendaChanged: {
    doc: 'subscription($a: ID!) { actieagendaChanged(agendaId: $a) { agendaId kind } }',
    vars: (i) => ({ a: i.agendaId }),
    access: { allow: SIGNED_IN_A },
    trigger: (c, i) => c.platform.request('mutation($l: ID!) { createActie(input: { actielijnId: $l, title: "Matrix: live" }) { id } }', { l: i.actielijnId }),
  },
  activityChanged: {
    doc: 'subscription($r: ID!) { activityChanged(regionId: $r) { activityId } }',
    vars: (i) => ({ r: i.regionId }),
    access: { allow: SIGNED_IN_A },
    trigger: (c, i) =>
      c.platform.request('mutation($input: ActivityInput!) { createActivity(input: $input) { id } }', {
        input: { regionId: i.regionId, kind: 'GASTLES', title: 'Matrix: live', startsAt: at().toISOString(), endsAt: new Date(at().getTime() + 3600_000).toISOString() },
      }),
  },
  loketChanged: {
    doc: 'subscription($r: ID!) { loketChanged(regionId: $r) { requestId kind } }',
    vars: (i) => ({ r: i.regionId }),
    access: LOKET_STAFF,
    trigger: (c, i) => c.platform.request('mutation($id: ID!) { replyToLoketRequest(id: $id, body: "Matrix: live") { id } }', { id: i.loketRequestId }),
  },
  // The status page's subscription: public by its link; an unknown link is NOT_FOUND for everyone.
  loketRequestChanged: { doc: 'subscription { loketRequestChanged(token: "onbekende-link") { requestId } }', access: { allow: [] }, public: true },
  // One's own notifications: nothing of region A to trigger for everyone, so accepted is enough.
  notificationReceived: { doc: 'subscription { notificationReceived { id title } }', access: { allow: SIGNED_IN_A }, neutral: true },
  regionActivity: {
    doc: 'subscription($r: ID!) { regionActivity(regionId: $r) { regionId entity } }',
    vars: (i) => ({ r: i.regionId }),
    access: { allow: SIGNED_IN_A },
    trigger: (c, i) => c.platform.request('mutation($id: ID!) { updateSchool(input: { id: $id, koepel: "Matrix live" }) { id } }', { id: i.schoolId }),
  },
  werkgroepChanged: {
    doc: 'subscription($w: ID!) { werkgroepChanged(werkgroepId: $w) { werkgroepId kind } }',
    vars: (i) => ({ w: i.engelsWerkgroepId }),
    access: ENGELS_READERS,
    trigger: (c, i) => c.docentA.request('mutation($w: ID!) { createWerkgroepPost(input: { werkgroepId: $w, body: "Matrix: live" }) { id } }', { w: i.engelsWerkgroepId }),
  },
};

export interface SocketEventCase {
  args: (ids: Ids) => unknown;
  access: Access;
  /** The gateway acknowledges it with { ok, code }; leave/unwatch answer nothing to anyone. */
  acknowledged: boolean;
  neutral?: boolean;
}

export const SOCKET_EVENT_CASES: Record<string, SocketEventCase> = {
  'region:watch': { args: (i) => i.regionId, access: { allow: SIGNED_IN_A }, acknowledged: true },
  'meeting:join': { args: (i) => i.agendaId, access: { allow: SIGNED_IN_A }, acknowledged: true },
  'meeting:leave': { args: (i) => i.agendaId, access: { allow: SIGNED_IN_A }, acknowledged: false, neutral: true },
  'werkgroep:watch': { args: (i) => i.engelsWerkgroepId, access: ENGELS_READERS, acknowledged: true },
  'werkgroep:unwatch': { args: (i) => i.engelsWerkgroepId, access: { allow: SIGNED_IN_A }, acknowledged: false, neutral: true },
};
