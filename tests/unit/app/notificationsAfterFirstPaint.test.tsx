// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotificationsAfterFirstPaint } from '../../../renderer/app/NotificationsAfterFirstPaint';
import { stubMissingBrowserApis } from '../windowVirtualLists';

describe('the notifications shown after the first paint', () => {
  beforeEach(() => {
    stubMissingBrowserApis();
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => {
    act(() => notifications.clean());
    vi.useRealTimers();
  });

  it('leaves the first frame alone and then shows a message raised before it was there', () => {
    notifications.show({ message: 'The automatic backup failed', autoClose: false });
    render(
      <MantineProvider>
        <NotificationsAfterFirstPaint />
      </MantineProvider>,
    );
    // The first frame: no container, the message waits in the store.
    expect(screen.queryByText('The automatic backup failed')).toBeNull();

    act(() => vi.advanceTimersToNextFrame()); // the first frame is painted
    act(() => vi.runOnlyPendingTimers()); // the task after it
    expect(screen.getByText('The automatic backup failed')).toBeTruthy();
  });
});
