/** Notes numbered through the whole document (as Word numbers its footnotes), and unique anchors. */
import type { Note } from "./model";

export class NoteBook {
  private next = 1;

  /** A new note with the next number. */
  add(text: string): Note {
    return { number: this.next++, text };
  }
}

export class Anchors {
  private readonly used = new Set<string>();

  /** "Programma 011.005" → "programma-011-005"; a second use gets "-2", "-3" … */
  make(text: string): string {
    const base =
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60) || "sezione";
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}
