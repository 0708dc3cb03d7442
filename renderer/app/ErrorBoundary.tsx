import { Component, type ReactNode } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import i18next from 'i18next';

interface State {
  failed: boolean;
}

/**
 * Keeps a rendering bug from blanking the whole window: the user sees a message in
 * their language and can reload; the data in IndexedDB is untouched.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Stack p="xl" maw={600}>
        <Alert color="red" title={i18next.t('errors.unexpectedTitle')}>
          {i18next.t('errors.unexpectedBody')}
        </Alert>
        <Button onClick={() => window.location.reload()}>{i18next.t('errors.reload')}</Button>
      </Stack>
    );
  }
}
