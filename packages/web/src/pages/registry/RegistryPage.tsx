import { Navigate } from 'react-router';
import { useCurrentUser } from '../../app/auth/useMe.ts';
import { ownUnitOf } from './own-unit.ts';
import { UnitRegistry } from './UnitRegistry.tsx';

/** 机构编制台账. A unit liaison is taken straight to the page of their own unit. */
export function RegistryPage() {
  const me = useCurrentUser();
  const ownUnit = ownUnitOf(me);
  return ownUnit ? <Navigate to={`/registry/units/${ownUnit}`} replace /> : <UnitRegistry />;
}
