/**
 * Describes a received value in a few words for an error message, without ever throwing
 * (hostile objects with throwing getters or `toString` are described by their type only).
 */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (value === undefined) return 'nothing (undefined)';
    switch (typeof value) {
      case 'string': {
        const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
        return value === '' ? 'an empty string' : `the text ${JSON.stringify(shown)}`;
      }
      case 'number':
        if (Number.isNaN(value)) return 'NaN (not a number)';
        if (!Number.isFinite(value)) return `${value > 0 ? '' : '-'}Infinity`;
        return `the number ${String(value)}`;
      case 'bigint':
        return `the bigint ${String(value)}n`;
      case 'boolean':
        return `the boolean ${String(value)}`;
      case 'object':
        return Array.isArray(value) ? `a list of ${value.length}` : 'an object';
      default:
        return `a ${typeof value}`;
    }
  } catch {
    return 'an unreadable value';
  }
}
