/**
 * Where a text stops being JSON, and what was expected there. JSON.parse says it in words that
 * change between engines (Node, browsers) and sometimes without a position; this small scanner
 * (RFC 8259 grammar) gives the user line and column. It runs before JSON.parse, so it also
 * refuses what JSON.parse would take silently (see scan).
 */
import { message, type Message } from "../message";

export interface JsonSyntaxProblem {
  /** 0-based character offset */
  offset: number;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** what was expected and what was found */
  what: Message;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly what: Message
  ) {}
}

function describe(text: string, i: number): Message {
  if (i >= text.length) return message("fine del testo", "end of text");
  const ch = text[i];
  const shown = ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : ch === "\t" ? "\\t" : ch;
  return message(`'${shown}'`, `'${shown}'`);
}

function stop(text: string, i: number, expectedIt: string, expectedEn: string): Stop {
  const found = describe(text, i);
  return new Stop(
    i,
    message(
      `atteso ${expectedIt}, trovato ${found.it}`,
      `expected ${expectedEn}, found ${found.en}`
    )
  );
}

/** How deep arrays and objects may nest (a plan: five or six levels). */
export const MAX_JSON_DEPTH = 256;

/**
 * One pass over the text, with an explicit stack (no recursion a file can deepen): the grammar,
 * and what JSON.parse lets through but a plan must not hold — a key given twice in one object
 * (JSON.parse keeps the last one, silently), a lone surrogate (no character: the workbook written
 * from it would not be well-formed XML), nesting deeper than MAX_JSON_DEPTH.
 */
function scan(text: string): void {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (text[i + k] !== word[k]) throw stop(text, i + k, `'${word}'`, `'${word}'`);
    }
    i += word.length;
  };
  const lone = (at: number) =>
    new Stop(
      at,
      message(
        "surrogato isolato (metà di un carattere, \\uD800–\\uDFFF senza l'altra metà): il testo non è Unicode valido",
        "lone surrogate (half a character, \\uD800–\\uDFFF without its other half): the text is not valid Unicode"
      )
    );
  /** a string from its opening quote; returns where its text starts */
  const string = (): number => {
    const start = i;
    i++; // opening quote
    // the position of a high surrogate still waiting for its low half, or -1
    let high = -1;
    for (;;) {
      if (i >= n)
        throw new Stop(
          i,
          message("stringa non chiusa (manca '\"')", "string not closed (missing '\"')")
        );
      const c = text.charCodeAt(i);
      let unit = c;
      let width = 1;
      if (c === 0x22) {
        if (high >= 0) throw lone(high);
        i++;
        return start;
      }
      if (c < 0x20) {
        throw new Stop(
          i,
          message(
            "carattere di controllo dentro una stringa (scrivere \\n, \\t)",
            "control character inside a string (write \\n, \\t)"
          )
        );
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          unit = 0x41; // a plain character
          width = 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          unit = parseInt(text.slice(i + 2, i + 6), 16);
          width = 6;
        } else {
          throw new Stop(i, message("sequenza di escape non valida", "invalid escape sequence"));
        }
      }
      const isHigh = unit >= 0xd800 && unit <= 0xdbff;
      const isLow = unit >= 0xdc00 && unit <= 0xdfff;
      if (high >= 0 && !isLow) throw lone(high);
      if (high < 0 && isLow) throw lone(i);
      high = isHigh ? i : -1;
      i += width;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") throw stop(text, i, "un numero", "a number");
    i += m[0].length;
    if (i < n && /[0-9.eE]/.test(text[i]))
      throw stop(text, i, "un numero ben formato", "a well-formed number");
  };
  // the open arrays and objects; an object's keys so far
  const stack: ({ kind: "array" } | { kind: "object"; keys: Set<string> })[] = [];
  const open = (frame: (typeof stack)[number]) => {
    if (stack.length >= MAX_JSON_DEPTH)
      throw new Stop(
        i,
        message(
          `oggetti e liste annidati per più di ${MAX_JSON_DEPTH} livelli`,
          `objects and arrays nested more than ${MAX_JSON_DEPTH} deep`
        )
      );
    stack.push(frame);
  };
  /** a key and its colon, in the object on top of the stack */
  const key = () => {
    ws();
    if (text[i] !== '"')
      throw stop(
        text,
        i,
        "un nome di campo tra virgolette doppie",
        "a property name in double quotes"
      );
    const at = i;
    string();
    const name = JSON.parse(text.slice(at, i)) as string;
    const top = stack[stack.length - 1];
    if (top.kind === "object") {
      if (top.keys.has(name))
        throw new Stop(
          at,
          message(
            `il campo «${name}» compare due volte nello stesso oggetto (quale vale?)`,
            `the key «${name}» appears twice in the same object (which one holds?)`
          )
        );
      top.keys.add(name);
    }
    ws();
    if (text[i] !== ":") throw stop(text, i, "':'", "':'");
    i++;
  };
  // a value is expected here, or what follows one
  let wantValue = true;
  for (;;) {
    if (wantValue) {
      ws();
      const c = text[i];
      if (c === "{") {
        i++;
        open({ kind: "object", keys: new Set() });
        ws();
        if (text[i] === "}") {
          i++;
          stack.pop();
          wantValue = false;
          continue;
        }
        key();
        continue;
      }
      if (c === "[") {
        i++;
        open({ kind: "array" });
        ws();
        if (text[i] === "]") {
          i++;
          stack.pop();
          wantValue = false;
        }
        continue;
      }
      if (c === '"') string();
      else if (c === "t") literal("true");
      else if (c === "f") literal("false");
      else if (c === "n") literal("null");
      else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
      else throw stop(text, i, "un valore", "a value");
      wantValue = false;
      continue;
    }
    ws();
    const top = stack[stack.length - 1];
    if (!top) break;
    if (text[i] === ",") {
      i++;
      if (top.kind === "object") key();
      wantValue = true;
      continue;
    }
    if (top.kind === "object" && text[i] === "}") {
      i++;
      stack.pop();
      continue;
    }
    if (top.kind === "array" && text[i] === "]") {
      i++;
      stack.pop();
      continue;
    }
    throw top.kind === "object"
      ? stop(text, i, "',' o '}'", "',' or '}'")
      : stop(text, i, "',' o ']'", "',' or ']'");
  }
  if (i < n)
    throw new Stop(
      i,
      message(
        `testo dopo la fine del documento: ${describe(text, i).it}`,
        `text after the end of the document: ${describe(text, i).en}`
      )
    );
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === "\n") {
      line++;
      start = k + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * The first syntax error of a text that is not JSON — or that JSON.parse would take but a plan
 * must not hold (a duplicate key, a lone surrogate, nesting past MAX_JSON_DEPTH) — or null.
 */
export function locateJsonError(text: string): JsonSyntaxProblem | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, ...lineColumn(text, e.offset), what: e.what };
    throw e;
  }
}
