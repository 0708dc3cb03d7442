import { Badge, createTheme, Notification, type CSSVariablesResolver, type ModalProps } from '@mantine/core';

/**
 * Noto Sans ships with the app: Cyrillic with ў/і and Latin Extended-A with ő/ű, no network needed.
 * Shade 8 of the primary colour and a darker "dimmed" text keep contrast at WCAG AA.
 * `closeLabel` names the icon-only close buttons of dialogs and notifications for screen readers.
 * Users who ask their system for reduced motion get dialogs and notifications without fading.
 */
export function buildTheme(closeLabel: string) {
  return createTheme({
    fontFamily: '"Noto Sans", system-ui, sans-serif',
    headings: { fontFamily: '"Noto Sans", system-ui, sans-serif' },
    primaryColor: 'indigo',
    primaryShade: 8,
    respectReducedMotion: true,
    components: {
      // A badge's label wraps instead of ending in "…": Belarusian and Hungarian labels are long and
      // laptops narrow (the layout test checks every screen at 1024 px).
      Badge: Badge.extend({
        styles: {
          root: {
            height: 'auto',
            minHeight: 'var(--badge-height)',
            maxWidth: '100%',
            lineHeight: 1.25,
            paddingBlock: 2,
          },
          label: { whiteSpace: 'normal', overflow: 'visible' },
        },
      }),
      // Not `Modal.extend` (which only returns its argument): that import alone put the dialog's
      // code (focus trap, scroll lock) into the start-up script, though no dialog shows at start.
      Modal: {
        defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } satisfies Partial<ModalProps>,
      },
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': closeLabel } },
        // Under a title, Mantine greys the message to gray-6, below AA contrast on white.
        styles: (_theme, props) => ({
          description: props.title === undefined ? {} : { color: 'var(--mantine-color-dimmed)' },
        }),
      }),
    },
  });
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
