/**
 * Which Office.js members a set of sources uses, and the requirement set each comes from, read
 * with the TypeScript compiler API from the declarations' own notes ("[Api set: ExcelApi 1.10]"
 * in @types/office-js and @types/custom-functions-runtime).
 *
 * A use is a value-level reference to a member declared there: a property read or assignment
 * (`range.values`), a method call (`range.group(…)`; an overload's and a parameter's own note
 * count when that parameter is passed), or a property of an object literal Office.js receives
 * (`dv.errorAlert = { style: … }`). Types (`Excel.Range` in an annotation) are not uses.
 * A member without a note of its own takes its class's or interface's note.
 *
 * A use is guarded for set S version v when it runs only after
 * `….isSetSupported("S", "w")` (the Office.RequirementSetSupport method) returned true, w ≥ v:
 *   - it sits in the `then` branch of an `if`, the true branch of `?:` or the right of `&&` whose
 *     condition is such a call (or a chain of `&&` holding one);
 *   - it follows, in the same block, an `if (!….isSetSupported(…)) return|throw …`;
 *   - or it sits in a named function (declaration, method, or const bound to a function) every
 *     reference to which is a call that is itself guarded (recursively; a function passed as a
 *     value, or never called, is not guarded).
 * The set's name and version may be literals or constants of a literal type.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

export interface ApiSet {
  name: string;
  version: string;
}

export interface Use {
  /** "Excel.Range.group" */
  member: string;
  /** the requirement set of the member as used, or null for Office's common API (no note) */
  set: ApiSet | null;
  file: string;
  line: number;
  /** the guard's set when the use is guarded */
  guard: ApiSet | null;
}

const DECLARATIONS = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
const NOTE = /\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)*)/g;

/** "1.10" ≥ "1.9": versions compare part by part, as numbers. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

function highest(sets: ApiSet[]): ApiSet | null {
  return sets.reduce<ApiSet | null>(
    (best, s) =>
      !best || (s.name === best.name && !versionAtLeast(best.version, s.version)) ? s : best,
    null
  );
}

interface Notes {
  own: ApiSet[];
  params: Map<string, ApiSet[]>;
}

const notesCache = new WeakMap<ts.Node, Notes>();

function notesOf(decl: ts.Node): Notes {
  let n = notesCache.get(decl);
  if (!n) {
    n = readNotes(decl);
    notesCache.set(decl, n);
  }
  return n;
}

/** The doc comments right before a declaration, read from the text (JSDoc is not parsed: faster). */
function readNotes(decl: ts.Node): Notes {
  const source = decl.getSourceFile().text;
  const text = (ts.getLeadingCommentRanges(source, decl.pos) ?? [])
    .map((r) => source.slice(r.pos, r.end))
    .filter((c) => c.startsWith("/**"))
    .join("\n");
  const [main, ...params] = text.split(/@param\s+/);
  const sets = (s: string) => [...s.matchAll(NOTE)].map((m) => ({ name: m[1], version: m[2] }));
  const byParam = new Map<string, ApiSet[]>();
  for (const p of params) byParam.set(p.split(/\s/)[0], sets(p));
  return { own: sets(main), params: byParam };
}

/** "Excel.Range.group" from a declaration: the names of its enclosing namespaces and types. */
function memberName(decl: ts.Declaration): string {
  const parts: string[] = [];
  for (let n: ts.Node | undefined = decl; n; n = n.parent) {
    const name = (n as { name?: ts.Node }).name;
    if (
      name &&
      (ts.isIdentifier(name) || ts.isStringLiteral(name)) &&
      (n === decl ||
        ts.isModuleDeclaration(n) ||
        ts.isClassLike(n) ||
        ts.isInterfaceDeclaration(n) ||
        ts.isEnumDeclaration(n))
    )
      parts.unshift(name.text);
  }
  return parts.join(".");
}

function officeDeclaration(symbol: ts.Symbol | undefined, checker: ts.TypeChecker) {
  if (!symbol) return undefined;
  const s = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return s.declarations?.find((d) => DECLARATIONS.test(d.getSourceFile().fileName));
}

/** The member's set: its own note, else its type's (class, interface). */
function setOf(decl: ts.Declaration, extra: ApiSet[] = []): ApiSet | null {
  let own = notesOf(decl).own;
  if (
    !own.length &&
    decl.parent &&
    (ts.isClassLike(decl.parent) || ts.isInterfaceDeclaration(decl.parent))
  )
    own = notesOf(decl.parent).own;
  const all = [...own, ...extra];
  const byName = new Map<string, ApiSet[]>();
  for (const s of all) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  // a member noted for several sets (e.g. ExcelApi and ExcelApiOnline) is taken at its first
  const first = all[0]?.name;
  return first ? highest(byName.get(first)!) : null;
}

function stringValue(e: ts.Expression, checker: ts.TypeChecker): string | null {
  if (ts.isStringLiteralLike(e)) return e.text;
  const t = checker.getTypeAtLocation(e);
  return t.isStringLiteral() ? t.value : null;
}

/** The set a condition proves supported when it is true, if any. */
function guardIn(cond: ts.Expression, checker: ts.TypeChecker): ApiSet | null {
  const e = skipParens(cond);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
    return guardIn(e.left, checker) ?? guardIn(e.right, checker);
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression)) return null;
  if (e.expression.name.text !== "isSetSupported") return null;
  const decl = officeDeclaration(checker.getSymbolAtLocation(e.expression.name), checker);
  if (!decl || e.arguments.length < 2) return null;
  const name = stringValue(e.arguments[0], checker);
  const version = stringValue(e.arguments[1], checker);
  return name && version ? { name, version } : null;
}

function skipParens(e: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(e) ? skipParens(e.expression) : e;
}

function isFunctionLike(n: ts.Node): n is ts.SignatureDeclaration {
  return ts.isFunctionLike(n);
}

/** A function's name: its own, or the const it is bound to; none for an inline callback. */
function nameOf(fn: ts.SignatureDeclaration): ts.Node | undefined {
  if (fn.name) return fn.name;
  return ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined;
}

/**
 * The uses in `rootFiles`, one ts.Program over them alone (imports of other files are not
 * followed: the Office.js types are global, and what the sources import from each other resolves
 * among the roots), with the project's compiler options.
 */
export function analyse(rootFiles: string[], tsconfig: string): Use[] {
  const config = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfig));
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    noResolve: true,
    types: ["office-js", "custom-functions-runtime"],
    lib: ["lib.es2020.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseNone;
  const program = ts.createProgram({ rootNames: rootFiles, options, host });
  const checker = program.getTypeChecker();
  const roots = new Set(rootFiles.map((f) => path.resolve(f)));
  const sources = program.getSourceFiles().filter((s) => roots.has(path.resolve(s.fileName)));

  const found: { node: ts.Node; member: string; set: ApiSet | null }[] = [];
  /** every identifier by its text, for guards that pass through calls (resolved only when needed) */
  const names = new Map<string, ts.Identifier[]>();

  const record = (node: ts.Node, decl: ts.Declaration, extra: ApiSet[] = []) =>
    found.push({ node, member: memberName(decl), set: setOf(decl, extra) });

  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const list = names.get(node.text);
      if (list) list.push(node);
      else names.set(node.text, [node]);
    }
    if (ts.isPropertyAccessExpression(node)) {
      const decl = officeDeclaration(checker.getSymbolAtLocation(node.name), checker);
      if (decl) {
        const call = node.parent;
        if (ts.isCallExpression(call) && call.expression === node) {
          const sig = checker.getResolvedSignature(call)?.declaration;
          const target = sig && DECLARATIONS.test(sig.getSourceFile().fileName) ? sig : decl;
          const params = notesOf(target).params;
          const passed = (ts.isFunctionLike(target) ? target.parameters : [])
            .slice(0, call.arguments.length)
            .flatMap((p) => params.get(p.name.getText()) ?? []);
          record(node, target as ts.Declaration, passed);
        } else record(node, decl);
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const type = checker.getContextualType(node);
      for (const p of node.properties) {
        if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
        const decl = officeDeclaration(type?.getProperty(p.name.text), checker);
        if (decl) record(p, decl);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const s of sources) visit(s);

  /** The guard over a node, looking up its syntax, then through the calls of its function. */
  const guardOf = (node: ts.Node, seen: Set<ts.Node>): ApiSet | null => {
    let child: ts.Node = node;
    for (let n = node.parent; n; child = n, n = n.parent) {
      if (ts.isIfStatement(n) && child === n.thenStatement) {
        const g = guardIn(n.expression, checker);
        if (g) return g;
      }
      if (ts.isConditionalExpression(n) && child === n.whenTrue) {
        const g = guardIn(n.condition, checker);
        if (g) return g;
      }
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
        child === n.right
      ) {
        const g = guardIn(n.left, checker);
        if (g) return g;
      }
      if (ts.isBlock(n) || ts.isSourceFile(n)) {
        const g = earlyExit(n.statements, child as ts.Statement);
        if (g) return g;
      }
      // a named function: guarded through its calls; an inline callback: through where it sits
      if (isFunctionLike(n) && nameOf(n)) return throughCalls(n, seen);
    }
    return null;
  };

  const earlyExit = (statements: ts.NodeArray<ts.Statement>, at: ts.Statement): ApiSet | null => {
    for (const s of statements) {
      if (s === at) return null;
      if (!ts.isIfStatement(s) || s.elseStatement) continue;
      const cond = skipParens(s.expression);
      if (!ts.isPrefixUnaryExpression(cond) || cond.operator !== ts.SyntaxKind.ExclamationToken)
        continue;
      const exit = ts.isBlock(s.thenStatement) ? s.thenStatement.statements[0] : s.thenStatement;
      if (exit && (ts.isReturnStatement(exit) || ts.isThrowStatement(exit))) {
        const g = guardIn(cond.operand, checker);
        if (g) return g;
      }
    }
    return null;
  };

  /** A function is guarded when every reference to it is a guarded call (the weakest guard wins). */
  const throughCalls = (fn: ts.SignatureDeclaration, seen: Set<ts.Node>): ApiSet | null => {
    if (seen.has(fn)) return null;
    const name = nameOf(fn);
    const symbol = name ? checker.getSymbolAtLocation(name) : undefined;
    if (!symbol || !name) return null;
    const uses = (names.get(name.getText()) ?? []).filter(
      (r) => r !== name && checker.getSymbolAtLocation(r) === symbol
    );
    if (!uses.length) return null;
    let weakest: ApiSet | null = null;
    for (const u of uses) {
      const call =
        ts.isPropertyAccessExpression(u.parent) && u.parent.name === u ? u.parent.parent : u.parent;
      const callee = ts.isPropertyAccessExpression(u.parent) ? u.parent : u;
      if (!ts.isCallExpression(call) || call.expression !== callee) return null;
      const g = guardOf(call, new Set([...seen, fn]));
      if (!g) return null;
      if (!weakest || (g.name === weakest.name && versionAtLeast(weakest.version, g.version)))
        weakest = g;
    }
    return weakest;
  };

  return found.map(({ node, member, set }) => {
    const sf = node.getSourceFile();
    return {
      member,
      set,
      file: path.relative(process.cwd(), sf.fileName),
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      guard: set ? guardOf(node, new Set()) : null,
    };
  });
}

/** Every .ts/.tsx file under a folder (declarations excluded). */
export function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourcesUnder(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}
