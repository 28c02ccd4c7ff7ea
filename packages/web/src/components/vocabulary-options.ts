import type { LocalizedText } from '@bianping/core/errors';

type Vocabulary<K extends string> = { codes: readonly K[]; labels: Record<K, LocalizedText> };

/** Select options of a core vocabulary, in its order, labelled in the user's language. */
export const vocabularyOptions = <K extends string>(
  vocabulary: Vocabulary<K>,
  label: (text: LocalizedText) => string,
) => vocabulary.codes.map((code) => ({ value: code, label: label(vocabulary.labels[code]) }));
