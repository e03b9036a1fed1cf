import type { ProfileName, RuleName } from './types.js';

/** The rules each profile switches on. @internal */
export const PROFILE_RULES: Readonly<Record<ProfileName, readonly RuleName[]>> = Object.freeze({
  light: ['presentationForms', 'lookalikes', 'compose', 'tatweel', 'invisibles', 'whitespace'],
  ml: ['presentationForms', 'lookalikes', 'compose', 'tatweel', 'invisibles', 'whitespace', 'diacritics'],
  search: [
    'presentationForms',
    'lookalikes',
    'compose',
    'tatweel',
    'invisibles',
    'whitespace',
    'diacritics',
    'alef',
    'ya',
    'tehMarbuta',
    'hamza',
    'digits',
    'punctuation',
  ],
});

/** The profile names, in order of increasing folding. @internal */
export const PROFILE_NAMES: readonly ProfileName[] = ['light', 'ml', 'search'];
