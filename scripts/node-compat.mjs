// Vitest 5 and Storybook 10 target Node ≥ 22; this project also runs on Node 20 (the CI machine's).
// Preloaded with `node --import`, it adds the few Node 22 built-ins those tools call. Tooling only: never shipped.
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function groupBy(items, keyOf) {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = function groupBy(items, keyOf) {
    return Object.fromEntries(Map.groupBy(items, keyOf));
  };
}
