/** The part of pym.js (npm "pym.js", no bundled types) that the embed pages use. */
declare module 'pym.js' {
  interface ChildOptions {
    /** Send the height to the parent every this many milliseconds. */
    polling?: number;
  }
  class Child {
    constructor(options?: ChildOptions);
    /** Tells the parent page the content's current height. */
    sendHeight(): void;
  }
  const pym: { Child: typeof Child };
  export default pym;
}
