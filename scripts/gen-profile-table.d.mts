/** Types of scripts/gen-profile-table.mjs for the tests that import it. */
export declare const START: string;
export declare const END: string;
export declare function renderProfileTable(api: {
  readonly NORMALIZATION_RULES: readonly { readonly name: string; readonly safety: string; readonly summary: string }[];
  readonly describeNormalization: (profile: 'light' | 'ml' | 'search') => {
    readonly rules: readonly { readonly name: string }[];
    readonly lossless: boolean;
  };
}): string;
export declare function replaceTable(markdown: string, table: string): string;
