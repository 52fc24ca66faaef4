import { Select, namedOptions } from '@verbinder/web/ui';
import type { MembershipLayer, MembershipRole, SchoolOption } from '../graphql/types';
import { layerLabels, optionsFrom, roleLabels } from '../labels';

export interface MembershipChoice {
  /** '' = the whole region, otherwise a school id. */
  schoolId: string;
  role: MembershipRole;
  layer: MembershipLayer;
}

export const emptyMembershipChoice: MembershipChoice = { schoolId: '', role: 'DOCENT', layer: 'PROFESSIONEEL' };

export interface MembershipFieldsProps {
  schools: readonly SchoolOption[];
  value: MembershipChoice;
  onChange: (value: MembershipChoice) => void;
  error: (name: string) => string | undefined;
}

/** Scope (region or one of its schools), role and layer of a membership. */
export function MembershipFields({ schools, value, onChange, error }: MembershipFieldsProps) {
  return (
    <>
      <Select
        label="Geldt voor"
        hint="Kies een school, of de hele regio voor een regionale rol (zoals verbinder of projectleider)."
        options={[{ value: '', label: 'De hele regio' }, ...namedOptions(schools)]}
        value={value.schoolId}
        onChange={(event) => onChange({ ...value, schoolId: event.target.value })}
        error={error('schoolId') ?? error('regionId')}
      />
      <div className="vb-form__row">
        <Select label="Rol" options={optionsFrom(roleLabels)} value={value.role} onChange={(event) => onChange({ ...value, role: event.target.value as MembershipRole })} error={error('role')} />
        <Select
          label="Laag"
          hint="Bestuurlijk, management of professioneel (docenten, decanen)."
          options={optionsFrom(layerLabels)}
          value={value.layer}
          onChange={(event) => onChange({ ...value, layer: event.target.value as MembershipLayer })}
          error={error('layer')}
        />
      </div>
    </>
  );
}

/** AddMembershipInput: exactly one of regionId / schoolId. */
export function membershipInput(personId: string, regionId: string, choice: MembershipChoice) {
  return {
    personId,
    ...(choice.schoolId ? { schoolId: choice.schoolId } : { regionId }),
    role: choice.role,
    layer: choice.layer,
  };
}
