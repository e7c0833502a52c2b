/**
 * Bundled examples, for the command line (`pira demo`) and the browser workbench: plain text,
 * no Node or browser API, so any bundle can include them.
 */
import { valdarnoEtruscoDocument, valdarnoEtruscoTitle } from "./valdarno-etrusco";

/** The example document's text (a PIRA document as copied out of Word: tab-separated tables). */
export const exampleDocument: string = valdarnoEtruscoDocument;

/** A title for the example (the plan's own title comes from the document). */
export const exampleTitle: string = valdarnoEtruscoTitle;
