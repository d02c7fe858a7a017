/**
 * Screens that are not needed for the first paint load in their own chunk, fetched right after
 * start-up (so the first tap never waits for them).
 */
import { lazy, type ComponentType } from 'react';

type Loaded<P> = Promise<{ default: ComponentType<P> }>;

export function lazyPreloaded<P extends object>(load: () => Loaded<P>) {
  let started: Loaded<P> | undefined;
  const preload = (): Loaded<P> => {
    if (!started) started = load();
    return started;
  };
  return { Component: lazy(preload), preload };
}
