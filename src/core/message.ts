/** A user-facing text in both languages the add-in speaks (Italian first). */
export interface Message {
  it: string;
  en: string;
}

export type Lang = keyof Message;

export function message(it: string, en: string): Message {
  return { it, en };
}
