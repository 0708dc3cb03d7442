import { Notifications } from '@mantine/notifications';
import { useFirstPaintDone } from '../ui/useFirstPaintDone';

/**
 * The notifications' container, mounted after the first paint: rendered with the first screen it
 * cost the start-up ~10% of its rendering while it had nothing to show. A message raised before it
 * is there waits in Mantine's store and shows as soon as it is.
 */
export function NotificationsAfterFirstPaint() {
  const painted = useFirstPaintDone();
  return painted ? <Notifications position="bottom-right" /> : null;
}
