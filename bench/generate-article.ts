/** Deterministic synthetic news text for the benchmarks: sentences, paragraphs and some repeated sentences. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = "ka lo mi ne ra to su vi de pa re an or el is un ter mon gar bel dor fin hal jun kes lam nor pel quin sar tal ven wil yor zan".split(" ");

export function makeVocabulary(random: () => number, size = 3000): string[] {
  const words = new Set<string>(["the", "a", "of", "to", "in", "and", "said", "on", "for", "that", "was", "with"]);
  while (words.size < size) {
    const length = 1 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

export function makeSentence(random: () => number, vocabulary: string[]): string {
  const length = 8 + Math.floor(random() * 18);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    // Zipf-like: common words much more often.
    const index = Math.floor(vocabulary.length * random() ** 3);
    words.push(vocabulary[index]!);
  }
  const sentence = words.join(" ");
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/** About `wordCount` words in paragraphs of 3–6 sentences; `repeatRate` of sentences repeat an earlier one. */
export function makeArticleText(random: () => number, wordCount: number, repeatRate = 0.03): { text: string; sentences: string[] } {
  const vocabulary = makeVocabulary(random);
  const sentences: string[] = [];
  const paragraphs: string[] = [];
  let words = 0;
  while (words < wordCount) {
    const paragraph: string[] = [];
    const count = 3 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const sentence = sentences.length > 50 && random() < repeatRate ? sentences[Math.floor(random() * sentences.length)]! : makeSentence(random, vocabulary);
      sentences.push(sentence);
      paragraph.push(sentence);
      words += sentence.split(" ").length;
    }
    paragraphs.push(paragraph.join(" "));
  }
  return { text: paragraphs.join("\n\n"), sentences };
}
