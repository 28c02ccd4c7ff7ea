import { Tag } from 'antd';
import { useT } from '../../../app/i18n/LocaleContext.ts';

type Props = { setIds: readonly string[]; missingCategorySet: boolean; nameOf: (id: string) => string };

/** The sets of a target by name, and a warning tag when its category has no X set. */
export function SetTags({ setIds, missingCategorySet, nameOf }: Props) {
  const t = useT();
  return (
    <>
      {setIds.map((id) => (
        <Tag key={id} color="blue">
          {nameOf(id)}
        </Tag>
      ))}
      {missingCategorySet && <Tag color="warning">{t('campaigns.targets.noCategorySet')}</Tag>}
    </>
  );
}
