import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { queryKeys } from '../api/keys.ts';
import { listUnits } from '../api/registry.ts';
import { useT } from '../app/i18n/LocaleContext.ts';
import { useDebounced } from './useDebounced.ts';

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The name of the unit already chosen, shown before the user searches. */
  initialLabel?: string | null;
  disabled?: boolean;
};

/** Searches the registry by name on the server; a county has hundreds of units. */
export function UnitSelect({ id, value, onChange, initialLabel, disabled }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query = { q: q || undefined, pageSize: 20 };
  const { data, isFetching } = useQuery({
    queryKey: queryKeys.units(query),
    queryFn: ({ signal }) => listUnits(query, signal),
    placeholderData: keepPreviousData,
  });

  const options = useMemo(() => {
    const found = (data?.items ?? []).map((u) => ({
      value: u.id,
      label: u.shortName && u.shortName !== u.name ? `${u.name} · ${u.shortName}` : u.name,
    }));
    // Keep the chosen unit selectable (and named) even when the current search does not list it.
    if (value && !found.some((o) => o.value === value)) {
      found.unshift({ value, label: initialLabel ?? value });
    }
    return found;
  }, [data, value, initialLabel]);

  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      disabled={disabled}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      placeholder={t('roles.unitPlaceholder')}
      notFoundContent={isFetching ? <Spin size="small" /> : t('roles.noUnits')}
      style={{ width: '100%' }}
    />
  );
}
