import { useEffect, useState, useSyncExternalStore } from 'react';

/** A core controller a component binds (the request controller, the redirect controller). */
export interface BindableController<TEnvironment, TSnapshot> {
  getSnapshot: () => TSnapshot;
  subscribe: (listener: () => void) => () => void;
  setEnvironment: (environment: TEnvironment) => void;
  attach: () => void;
  detach: () => void;
}

/**
 * Binds a core controller to a component, the one way every flow is bound: one controller per component instance, its
 * state through `useSyncExternalStore` (the server and the first client render see the initial snapshot), the
 * environment of the latest render, attached while the component is mounted.
 */
export function useController<TEnvironment, TController extends BindableController<TEnvironment, unknown>>(
  create: (environment: TEnvironment) => TController,
  environment: TEnvironment,
): readonly [ReturnType<TController['getSnapshot']>, TController] {
  const [controller] = useState(() => create(environment));
  useEffect(() => controller.setEnvironment(environment), [controller, environment]);
  useEffect(() => {
    controller.attach();
    return () => controller.detach();
  }, [controller]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return [snapshot as ReturnType<TController['getSnapshot']>, controller];
}
