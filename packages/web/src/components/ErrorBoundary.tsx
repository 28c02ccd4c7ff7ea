import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../app/i18n/LocaleContext.ts';

function CrashNotice() {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('errors.crashTitle')}
      subTitle={t('errors.crash')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}

/**
 * Catches a render error in a page. A failed lazy import (a new version deployed while the tab
 * was open) lands here too, and reloading fetches the new chunks.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('page crashed', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}
