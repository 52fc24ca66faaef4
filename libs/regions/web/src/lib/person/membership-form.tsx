import { useMutation, useQuery } from '@apollo/client';
import { useViewer } from '@verbinder/web/api-client';
import { Form, FormActions, FormErrorSummary, Select, namedOptions } from '@verbinder/web/ui';
import { ADD_MEMBERSHIP, INVITE_TO_REGION, MEMBERSHIP_OPTIONS_QUERY } from '../graphql/operations';
import { useForm, type Validate } from '@verbinder/web/forms';
import { MembershipFields, emptyMembershipChoice, membershipInput, type MembershipChoice } from './membership-fields';
import type { RegionOptions } from '../graphql/types';

interface MembershipFormValues {
  regionId: string;
  membership: MembershipChoice;
}

const validate: Validate<MembershipFormValues> = (values): Record<string, string> => (values.regionId ? {} : { regionId: 'Kies de regio waarin deze persoon een rol krijgt.' });

/** Regions where the viewer may add people (null while loading or when none). */
export function useManageableRegions(): RegionOptions[] | null {
  const { data } = useQuery(MEMBERSHIP_OPTIONS_QUERY);
  const regions = data?.regions.filter((region) => region.canManage) ?? [];
  return regions.length > 0 ? regions : null;
}

/**
 * A role for a person in a region the viewer manages. A platform beheerder adds it at once; a
 * region's beheerder or verbinder sends an invitation, and the role exists once the person accepts.
 */
export function AddMembershipForm({ personId, regions }: { personId: string; regions: RegionOptions[] }) {
  const direct = useViewer().data?.viewer.person?.systemRole === 'BEHEERDER';
  const [addMembership] = useMutation(ADD_MEMBERSHIP, { refetchQueries: ['Person'], awaitRefetchQueries: true });
  const [invite] = useMutation(INVITE_TO_REGION);
  const form = useForm<MembershipFormValues>({
    regionId: regions.length === 1 ? regions[0].id : '',
    membership: emptyMembershipChoice,
  });
  const region = regions.find((candidate) => candidate.id === form.values.regionId);

  const save = ({ regionId, membership }: MembershipFormValues) =>
    direct ? addMembership({ variables: { input: membershipInput(personId, regionId, membership) } }) : invite({ variables: { input: membershipInput(personId, regionId, membership) } });
  const label = direct ? 'Rol toevoegen' : 'Uitnodigen voor deze rol';

  return (
    <Form label={label} onSubmit={() => void form.submit(save, validate)}>
      <FormErrorSummary message={form.summary} />
      {regions.length > 1 && (
        <Select
          label="Regio"
          emptyOption="Kies een regio"
          options={namedOptions(regions)}
          value={form.values.regionId}
          onChange={(event) => {
            form.set('regionId', event.target.value);
            form.set('membership', { ...form.values.membership, schoolId: '' });
          }}
          error={form.error('regionId')}
        />
      )}
      <MembershipFields schools={region?.schools ?? []} value={form.values.membership} onChange={(membership) => form.set('membership', membership)} error={form.error} />
      {!direct && <p className="vb-field__hint">De persoon krijgt een uitnodiging en wordt pas lid na accepteren.</p>}
      <FormActions submitLabel={label} saving={form.saving} saved={form.saved} />
    </Form>
  );
}
