import { Link } from 'react-router';
import { useT } from '../i18n/LocaleContext.ts';

/** The system's name at the top of the menu; the seal-like mark stays when the menu folds. */
export function Brand({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  return (
    <Link to="/" className="bp-brand" aria-label={t('app.title')}>
      <span className="bp-brand-mark" aria-hidden>
        评
      </span>
      {!collapsed && (
        <span className="bp-brand-text">
          <span className="bp-brand-name">{t('app.name')}</span>
          <span className="bp-brand-sub">{t('app.fullName')}</span>
        </span>
      )}
    </Link>
  );
}
