/** The subcommands of the `tanqih` binary. @internal */
export const COMMAND_NAMES = ['normalize', 'clean', 'dates', 'repair'] as const;

/** A subcommand of the `tanqih` binary. @internal */
export type CommandName = (typeof COMMAND_NAMES)[number];

/** True when `name` is a subcommand. @internal */
export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
