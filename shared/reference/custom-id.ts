import { SHIPPED_INSTRUMENT_IDS } from './library';

/**
 * Ids of the instruments a user imports. An id becomes the prefix of every requirement id of the
 * instrument ("coe-convention:4") and is stored in assessment files, so it is a lowercase slug that
 * never changes and never takes the id of an instrument shipped with the app.
 */
export const CUSTOM_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const CUSTOM_ID_MAX_LENGTH = 60;

/** Why an id cannot name a new imported instrument: a code for the interface, a message in English. */
export interface CustomIdProblem {
  code: 'empty' | 'too-long' | 'malformed' | 'shipped';
  message: string;
}

/** Why `id` cannot name a new imported instrument, or null when it can (clashes with other imports are the store's to check). */
export function customIdProblem(id: string): CustomIdProblem | null {
  if (!id) return { code: 'empty', message: 'The instrument needs an id (for example "coe-convention").' };
  if (id.length > CUSTOM_ID_MAX_LENGTH)
    return { code: 'too-long', message: `The id "${id}" is longer than ${CUSTOM_ID_MAX_LENGTH} characters.` };
  if (!CUSTOM_ID_PATTERN.test(id))
    return {
      code: 'malformed',
      message: `"${id}" is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter (for example "coe-convention").`,
    };
  if ((SHIPPED_INSTRUMENT_IDS as readonly string[]).includes(id))
    return { code: 'shipped', message: `"${id}" is the id of an instrument shipped with LexGap; choose another id.` };
  return null;
}

/** An id proposed from a title: its words folded to ASCII, lowercased and joined by hyphens. */
export function suggestCustomId(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, CUSTOM_ID_MAX_LENGTH)
    .replace(/-+$/, '');
  return slug;
}
