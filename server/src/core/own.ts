/**
 * `table[key]` for a key that comes from outside (a draft's front matter, a config file, the
 * command line): only the table's own entries. A plain `table[key]` also finds Object.prototype's
 * members, so `种类: [constructor]` used to find a function and print its source in a message.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
