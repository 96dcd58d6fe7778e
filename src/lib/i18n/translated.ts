/**
 * A feature's words in every interface language. Vietnamese sets the shape; every other language
 * must match it key for key and parameter for parameter: a missing or an extra key is a compile error.
 */
import type { Lang } from '../domain/label';

export function translated<Words>(words: { vi: Words } & { [L in Exclude<Lang, 'vi'>]: NoInfer<Words> }): Record<Lang, Words> {
  return words;
}
