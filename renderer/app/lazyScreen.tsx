import { lazy, type ComponentType, type ReactElement } from 'react';
import type { ScreenChunk } from './screenChunks';

export interface LazyScreen {
  element: ReactElement;
  /** Starts loading the screen's chunk; rendering it later waits for the same load. */
  preload(): void;
}

/**
 * Each screen is its own chunk, loaded when first opened: start-up only pays for the shell
 * and the screen it lands on (the document writer and image code load later still, on use).
 */
export function lazyScreen<Name extends string>(
  load: ScreenChunk<Record<Name, ComponentType>>,
  name: Name,
): LazyScreen {
  const LazyScreen = lazy(async (): Promise<{ default: ComponentType }> => ({
    default: (await load())[name],
  }));
  // A chunk already loaded (start-up's screen, a preloaded one) renders in the same frame, without
  // lazy's suspension. Either way the element type below it is the screen itself once loaded.
  function Screen() {
    const Loaded: ComponentType | undefined = load.loaded()?.[name];
    return Loaded ? <Loaded /> : <LazyScreen />;
  }
  // The browser keeps one module per URL, so a preload and the render share one fetch.
  return { element: <Screen />, preload: () => void load() };
}
