/** The type of a value as error messages name it ('null' rather than 'object'). */
export function typeName(value: unknown): string {
  return value === null ? 'null' : typeof value;
}
