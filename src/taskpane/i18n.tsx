/** The pane's language: Office's display language in Excel, the browser's elsewhere; Italian first. */
import * as React from "react";
import type { Lang } from "../core/message";
import { STRINGS, type Strings } from "./strings";

/**
 * "it-IT" → Italian; any other language given → English (the second language of the pane);
 * none at all → Italian, since the users are Italian.
 */
export function detectLang(...candidates: (string | null | undefined)[]): Lang {
  const tag = candidates.find((c) => typeof c === "string" && c.trim() !== "");
  if (!tag) return "it";
  return tag.trim().toLowerCase().startsWith("it") ? "it" : "en";
}

/** Office's display language when office.js runs inside Office, else null. */
export function officeLanguage(): string | null {
  try {
    if (typeof Office === "undefined") return null;
    return Office.context?.displayLanguage ?? null;
  } catch {
    return null;
  }
}

const LangContext = React.createContext<Lang>("it");

export function LangProvider(props: { lang: Lang; children: React.ReactNode }): React.JSX.Element {
  return <LangContext.Provider value={props.lang}>{props.children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return React.useContext(LangContext);
}

export function useStrings(): Strings {
  return STRINGS[useLang()];
}
