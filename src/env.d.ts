/// <reference types="astro/client" />

/** The charts' rules for each state index, written by the build (src/charts/state-styles.ts). */
declare module 'virtual:chart-states.css';

declare namespace App {
  interface Locals {
    /** Translated quotes rendered so far on the page being built: numbers their popovers (src/trust/TranslatedQuote.astro). */
    translatedQuotes?: number;
  }
}
