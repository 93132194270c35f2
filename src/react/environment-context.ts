import { createContext, useContext, type Context } from 'react';

/**
 * A provider's context and the hook that reads it: the value, or a clear error naming the hook and the provider it
 * needs (a programming error, thrown at render).
 */
export function createEnvironmentContext<T>(entry: string, provider: string): [Context<T | null>, (hook: string) => T] {
  const context = createContext<T | null>(null);
  const useEnvironment = (hook: string): T => {
    const value = useContext(context);
    if (!value) throw new Error(`${entry}: ${hook} must be used inside ${provider}.`);
    return value;
  };
  return [context, useEnvironment];
}
