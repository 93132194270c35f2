// Reading data that comes from outside the library (merchant rules, requests, SDK answers, storage) by own properties
// only: a polluted `Object.prototype` (another script's `Object.prototype.imp_uid = …`) must change nothing.

/** True when `object` has `key` as its own property. */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

const views = new WeakMap<object, unknown>();

const isPlain = (value: object) => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * `value` seen through its own properties: plain objects become null-prototype copies of their own enumerable fields
 * (deeply, arrays included), so an absent field reads `undefined` whatever `Object.prototype` holds. Anything else
 * (a RegExp, a function) is kept as is. Copies are cached per object: rules are read on every render.
 */
export function ownView<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const cached = views.get(value);
  if (cached !== undefined) return cached as T;
  let view: unknown = value;
  if (Array.isArray(value)) view = value.map((item: unknown) => ownView(item));
  else if (isPlain(value)) {
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) copy[key] = ownView((value as Record<string, unknown>)[key]);
    view = copy;
  }
  views.set(value, view);
  return view as T;
}

/**
 * A null-prototype copy of a plain object's own enumerable fields (one level), so that reading an absent field gives
 * `undefined` whatever `Object.prototype` holds; anything else is returned as is. For requests, read once per click.
 */
export function ownFields<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlain(value)) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = (value as Record<string, unknown>)[key];
  return copy as T;
}
