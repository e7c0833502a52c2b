/**
 * Where a text stops being JSON, and what was expected there. JSON.parse says it in words that
 * change between engines (Node, browsers) and sometimes without a position; this small scanner
 * (RFC 8259 grammar) runs only after JSON.parse has failed, to give the user line and column.
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

function scan(text: string): void {
  let i = 0;
  const ws = () => {
    while (
      i < text.length &&
      (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")
    )
      i++;
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (text[i + k] !== word[k]) throw stop(text, i + k, `'${word}'`, `'${word}'`);
    }
    i += word.length;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length)
        throw new Stop(
          i,
          message("stringa non chiusa (manca '\"')", "string not closed (missing '\"')")
        );
      const c = text.charCodeAt(i);
      if (text[i] === '"') {
        i++;
        return;
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
      if (text[i] === "\\") {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          i += 6;
        } else {
          throw new Stop(i, message("sequenza di escape non valida", "invalid escape sequence"));
        }
        continue;
      }
      i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") throw stop(text, i, "un numero", "a number");
    i += m[0].length;
    if (i < text.length && /[0-9.eE]/.test(text[i]))
      throw stop(text, i, "un numero ben formato", "a well-formed number");
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    throw stop(text, i, "un valore", "a value");
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === "}") {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"')
        throw stop(
          text,
          i,
          "un nome di campo tra virgolette doppie",
          "a property name in double quotes"
        );
      string();
      ws();
      if (text[i] !== ":") throw stop(text, i, "':'", "':'");
      i++;
      value();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") {
        i++;
        return;
      }
      throw stop(text, i, "',' o '}'", "',' or '}'");
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === "]") {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") {
        i++;
        return;
      }
      throw stop(text, i, "',' o ']'", "',' or ']'");
    }
  };
  value();
  ws();
  if (i < text.length)
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

/** The first syntax error of a text that is not JSON, or null if the scanner finds none. */
export function locateJsonError(text: string): JsonSyntaxProblem | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, ...lineColumn(text, e.offset), what: e.what };
    if (e instanceof RangeError) return null; // nesting deeper than the stack: let the caller use the engine's words
    throw e;
  }
}
