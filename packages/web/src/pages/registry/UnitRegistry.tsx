import { BarChartOutlined, CloudUploadOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { queryKeys } from '../../api/keys.ts';
import { listUnits } from '../../api/registry.ts';
import { registryEditors } from '../../app/auth/registry-roles.ts';
import { holdsRole, useCurrentUser } from '../../app/auth/useMe.ts';
import { useT } from '../../app/i18n/LocaleContext.ts';
import { useErrorText } from '../../app/i18n/useErrorText.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { RegionTree } from './RegionTree.tsx';
import { UnitFilters } from './UnitFilters.tsx';
import { UnitsTable } from './UnitsTable.tsx';
import { paramsFromQuery, queryFromParams } from './unit-filters.ts';

/** 机构编制台账 for readers of the wider registry: regions on the left, their units on the right. */
export function UnitRegistry() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const canEdit = holdsRole(me, registryEditors);
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const setQuery = (next: typeof query) => setParams(paramsFromQuery(next));

  const { data, isFetching, error, refetch } = useQuery({
    queryKey: queryKeys.units(query),
    queryFn: ({ signal }) => listUnits(query, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('registry.title')}
        subtitle={t('registry.subtitle')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              onClick={() => void refetch()}
            />
            {canEdit && (
              <Button icon={<BarChartOutlined />} onClick={() => navigate('/registry/measures')}>
                {t('measures.link')}
              </Button>
            )}
            {canEdit && <ExportMenu regionId={query.regionId} />}
            {canEdit && (
              <Button icon={<CloudUploadOutlined />} onClick={() => navigate('/imports')}>
                {t('nav.imports')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]} wrap={false} style={{ alignItems: 'flex-start' }}>
        <Col flex="280px">
          <Card title={t('registry.tree.title')} size="small">
            <RegionTree
              value={query.regionId}
              onChange={(regionId) => setQuery({ ...query, regionId, page: 1 })}
            />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card>
            <div style={{ marginBottom: 16 }}>
              <UnitFilters
                value={query}
                onSearch={(filters) =>
                  setQuery({ ...filters, regionId: query.regionId, pageSize: query.pageSize })
                }
              />
            </div>
            {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} />}
            <UnitsTable
              data={data}
              loading={isFetching}
              onPageChange={(page, pageSize) =>
                setQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })
              }
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
