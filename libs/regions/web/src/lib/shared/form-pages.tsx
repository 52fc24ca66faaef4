import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader, buttonClassName, type PageHeaderProps } from '@verbinder/web/ui';
import { IdQueryState, RegionQueryState, type IdQueryStateProps } from '@verbinder/web/forms';
import { REGION_QUERY } from '../graphql/operations';
import type { RegionDetail } from '../graphql/types';
import { FlashNotice } from './flash';

export interface RegionCreatePageProps {
  title: string;
  description?: string;
  /** The tab of the region page the header links back to (`mensen`, `leerlabs`, …); none: the region page itself. */
  section?: string;
  /** The form, for the region of the URL. */
  children: (region: NonNullable<RegionDetail>) => ReactNode;
}

/** A page that adds something to the region of `/regio/:slug/…`: a header that links back to the region, and the form. */
export function RegionCreatePage({ title, description, section, children }: RegionCreatePageProps) {
  return (
    <RegionQueryState query={REGION_QUERY}>
      {(region) => (
        <>
          <PageHeader title={title} description={description} eyebrow={<Link to={section ? `/regio/${region.slug}/${section}` : `/regio/${region.slug}`}>{region.name}</Link>} />
          {children(region)}
        </>
      )}
    </RegionQueryState>
  );
}

export interface RecordEditPageProps<TData, T extends { name: string }> extends Omit<IdQueryStateProps<TData, T>, 'children'> {
  /** Where the header links back to: the record's own page or the place it belongs to. */
  back: (record: T) => { to: string; label: string };
  /** The form, for the record of the URL. */
  children: (record: T) => ReactNode;
}

/** A page that edits the record of `/…/:id`: the header "<name> bewerken" with a link back, and the form. */
export function RecordEditPage<TData, T extends { name: string }>({ back, children, ...state }: RecordEditPageProps<TData, T>) {
  return (
    <IdQueryState {...state}>
      {(record) => {
        const { to, label } = back(record);
        return (
          <>
            <PageHeader title={`${record.name} bewerken`} eyebrow={<Link to={to}>{label}</Link>} />
            {children(record)}
          </>
        );
      }}
    </IdQueryState>
  );
}

export interface RecordDetailHeaderProps extends Omit<PageHeaderProps, 'actions' | 'level'> {
  /** The record's edit page and the link's text, for people who may edit it; leave out for everyone else. */
  edit?: { to: string; label: string };
  /** Actions beside the edit link (e.g. Verwijderen). */
  actions?: ReactNode;
}

/** The header of a record's page (school, person, leerroute): title, the edit link for editors, and the notice of the last save. */
export function RecordDetailHeader({ edit, actions, ...header }: RecordDetailHeaderProps) {
  return (
    <>
      <PageHeader
        {...header}
        actions={
          edit || actions ? (
            <>
              {edit && (
                <Link className={buttonClassName('secondary')} to={edit.to}>
                  {edit.label}
                </Link>
              )}
              {actions}
            </>
          ) : undefined
        }
      />
      <FlashNotice />
    </>
  );
}
