/// <reference types="astro/client" />

/** The charts' rules for each state index, written by the build (src/charts/state-styles.ts). */
declare module 'virtual:chart-states.css';
