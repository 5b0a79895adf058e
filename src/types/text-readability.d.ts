/** Types for text-readability, which ships none: only the calls this project makes. */
declare module 'text-readability' {
  interface Readability {
    /** Flesch–Kincaid grade level, rounded to one decimal. */
    fleschKincaidGrade(text: string): number;
    /** Words in the text, punctuation removed. */
    lexiconCount(text: string, removePunctuation?: boolean): number;
    /** Sentences in the text (fragments of two words or fewer are not counted). */
    sentenceCount(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
