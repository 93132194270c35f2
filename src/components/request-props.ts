import type { NoticeContent } from './notice-view';

/**
 * `K` when it names every key of `T`, else a type no array has (naming the missing keys): a request field added later
 * must be listed in its generation's request keys too. A type only, so the keys cost nothing at run time.
 */
export type EveryKeyOf<T, K extends readonly (keyof T)[]> = [Exclude<keyof T, K[number]>] extends [never]
  ? K
  : { missingRequestKeys: Exclude<keyof T, K[number]> };

/** How a generation's button and checkout read a request (`V1_REQUEST`, `V2_REQUEST`). */
export interface RequestReading<TRequest> {
  /** The props that make the request (the rest go to the `<button>`). */
  readonly requestKeys: readonly (keyof TRequest & string)[];
  /** What the request's `PgNotice` says (a hook: it reads the provider's rules). */
  readonly useNotice: (request: Partial<TRequest>) => NoticeContent;
}

/**
 * Splits a button's props into its request and everything else, so that no request field reaches the DOM (`name`
 * would otherwise become the button's form name).
 */
export function splitRequestProps<T extends object, K extends keyof T>(props: T, keys: readonly K[]): [Pick<T, K>, Omit<T, K>] {
  const request = {} as Pick<T, K>;
  const rest: Partial<T> = { ...props };
  for (const key of keys) {
    // Own props only: a polluted Object.prototype never becomes part of the request.
    if (Object.prototype.hasOwnProperty.call(props, key)) request[key] = props[key];
    delete rest[key];
  }
  return [request, rest as Omit<T, K>];
}
