import type { RosterMember } from '@bianping/core/staff';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { queryKeys } from '../../../api/keys.ts';
import { listRoster } from '../../../api/staff.ts';
import { useT } from '../../../app/i18n/LocaleContext.ts';
import { useDebounced } from '../../../components/useDebounced.ts';

type Props = {
  unitId: string;
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The person already chosen (from a roster row), named before any search. */
  initial?: RosterMember | undefined;
};

/**
 * Picks a person of the unit's roster by name, searched on the server (a hospital has
 * thousands). People whose leaving is already recorded cannot be picked again.
 */
export function StaffPersonSelect({ unitId, id, value, onChange, initial }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query = { q: q || undefined, pageSize: 20 };
  const { data, isFetching } = useQuery({
    queryKey: queryKeys.roster(unitId, query),
    queryFn: ({ signal }) => listRoster(unitId, query, signal),
    placeholderData: keepPreviousData,
  });

  const options = useMemo(() => {
    const people = [...(data?.items ?? [])];
    if (initial && !people.some((p) => p.id === initial.id)) people.unshift(initial);
    return people.map((p) => ({
      value: p.id,
      label: `${p.name}（${p.idNumberMasked}）${p.pendingExit ? ` · ${t('staff.roster.leaving')}` : ''}`,
      disabled: p.pendingExit !== null,
    }));
  }, [data, initial, t]);

  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('staff.field.personSearch')}
      notFoundContent={isFetching ? <Spin size="small" /> : undefined}
    />
  );
}
