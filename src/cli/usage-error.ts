/** A command-line mistake: reported with the usage hint, exit code 2. @internal */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}
