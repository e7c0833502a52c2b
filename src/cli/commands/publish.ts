/**
 * pira publish: the Piano or the Rapporto sui risultati as Word, HTML or PDF (PDF/A, through
 * LibreOffice), or the plan as open data in a folder (CSV, plan JSON, LEGGIMI.txt, DCAT-AP_IT
 * metadata). The document's kind defaults to the Rapporto when the plan has observed values.
 */
import { mkdir, stat } from "node:fs/promises";
import { isEmail, isWebAddress } from "../../core/publish";
import { extname, join } from "node:path";
import { defaultDocumentKind, publishDocument, publishOpenData, today } from "../../app/publish";
import { message } from "../../core/message";
import type { DocumentKind } from "../../core/publish";
import { count, EXIT, type Context } from "../context";
import { exists, writeAtomic, type FileStamp } from "../io";
import { loadForImport } from "../analyst";
import { findLibreOffice, NO_LIBREOFFICE, wordToPdf } from "../pdf";
import type { LoadedPlan } from "../../app/loaded";
import { failed, FILE, start } from "./common";

const OPTIONS = {
  output: { type: "string", short: "o" },
  document: { type: "string", choices: ["piano", "rapporto"] },
  "open-data": { type: "boolean" },
  licence: { type: "string" },
  publisher: { type: "string" },
  ipa: { type: "string" },
  contact: { type: "string" },
  "base-url": { type: "string" },
  date: { type: "string" },
  compare: { type: "string" },
  force: { type: "boolean" },
} as const;

const FORMATS = [".docx", ".html", ".htm", ".pdf"];

/** «YYYY-MM-DD» naming a day the calendar has (2021-02-30 does not). */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

const DOCUMENT_NAME: Record<DocumentKind, { it: string; en: string }> = {
  piano: { it: "il Piano", en: "the Piano" },
  rapporto: { it: "il Rapporto sui risultati", en: "the Rapporto sui risultati" },
};

export async function publishCommand(argv: string[], ctx: Context): Promise<number> {
  const args = start(ctx, "publish", argv, OPTIONS, { min: 1, max: 1, what: FILE });
  if (typeof args === "number") return args;
  const [input] = args.positionals;
  const output = args.string("output");
  const openData = args.flag("open-data");
  if (output === undefined)
    return ctx.fail(
      message(
        openData
          ? "manca la cartella d'uscita: -o CARTELLA."
          : "manca il file d'uscita: -o FILE.docx, FILE.html o FILE.pdf.",
        openData
          ? "missing the output folder: -o FOLDER."
          : "missing the output file: -o FILE.docx, FILE.html or FILE.pdf."
      )
    );
  const date = args.string("date") ?? today();
  if (!isCalendarDate(date))
    return ctx.fail(
      message(
        `--date vuole una data del calendario AAAA-MM-GG, non «${date}».`,
        `--date takes a calendar date YYYY-MM-DD, not «${date}».`
      )
    );
  const ext = extname(output).toLowerCase();
  if (openData) {
    if (args.string("document") !== undefined)
      return ctx.fail(
        message(
          "--document vale per i documenti, non con --open-data.",
          "--document applies to documents, not with --open-data."
        )
      );
  } else {
    if (!FORMATS.includes(ext))
      return ctx.fail(
        message(
          `il file d'uscita deve finire in .docx, .html o .pdf, non «${output}» (per i dati aperti: --open-data -o CARTELLA).`,
          `the output file must end in .docx, .html or .pdf, not «${output}» (for open data: --open-data -o FOLDER).`
        )
      );
    const dataOnly = ["licence", "publisher", "ipa", "contact", "base-url"].find(
      (o) => args.string(o) !== undefined
    );
    if (dataOnly)
      return ctx.fail(
        message(
          `--${dataOnly} vale solo con --open-data.`,
          `--${dataOnly} applies only with --open-data.`
        )
      );
  }
  // LibreOffice is looked for before the plan is read: no work is done for nothing
  const office = ext === ".pdf" && !openData ? await findLibreOffice(ctx.io.env) : null;
  if (ext === ".pdf" && !openData && office === null) return ctx.fail(NO_LIBREOFFICE);

  ctx.progress.step(message(`Lettura di ${input}`, `Reading ${input}`));
  // whatever pira import reads: a document, a plan JSON, a PIRA workbook, an analyst's table
  const loaded = await loadForImport(ctx.path(input));
  if (!loaded.ok) return failed(ctx, loaded);
  for (const w of loaded.loaded.warnings) ctx.note(w);
  const plan = loaded.loaded.plan;

  if (openData) return writeOpenData(ctx, loaded.loaded, loaded.stamp, output, date, args);

  const document =
    (args.string("document") as DocumentKind | undefined) ?? defaultDocumentKind(plan);
  ctx.progress.step(
    message(
      `Composizione di ${DOCUMENT_NAME[document].it}`,
      `Composing ${DOCUMENT_NAME[document].en}`
    )
  );
  const format = ext === ".html" || ext === ".htm" ? "html" : "docx";
  // --compare OLD: the section on the main changes against the previous plan
  const compareWith = args.string("compare");
  let compare: LoadedPlan | undefined;
  if (compareWith !== undefined) {
    ctx.progress.step(message(`Lettura di ${compareWith}`, `Reading ${compareWith}`));
    const previous = await loadForImport(ctx.path(compareWith));
    if (!previous.ok) return failed(ctx, previous);
    for (const w of previous.loaded.warnings) ctx.note(w);
    compare = previous.loaded;
  }
  const file = await publishDocument(loaded.loaded, { document, format, date, compare });
  let content = file.content;
  let pdfA = true;
  if (office !== null) {
    ctx.progress.step(
      message("Conversione in PDF/A con LibreOffice", "Converting to PDF/A with LibreOffice")
    );
    const pdf = await wordToPdf(office, file.content as Uint8Array);
    if (!pdf.ok) return ctx.fail(pdf.reason);
    content = pdf.pdf;
    pdfA = pdf.pdfA;
  }
  const w = await writeAtomic(ctx.path(output), content, {
    expect: loaded.stamp,
    force: args.flag("force"),
  });
  if (!w.ok) return ctx.fail(w.reason);
  ctx.progress.done();
  if (!pdfA)
    ctx.note(
      message(
        "Attenzione: questa versione di LibreOffice ha scritto un PDF ma non PDF/A; per la pubblicazione aggiornare LibreOffice (7.4 o successivo).",
        "Warning: this LibreOffice wrote a PDF but not a PDF/A; for publication update LibreOffice (7.4 or later)."
      )
    );
  ctx.note(
    message(
      `Scritto ${output}: ${DOCUMENT_NAME[document].it} ${plan.firstYear}, ${count(plan.programmes.length, "programma", "programmi")}, ${count(plan.indicators.length, "indicatore", "indicatori")}.`,
      `Written ${output}: ${DOCUMENT_NAME[document].en} ${plan.firstYear}, ${count(plan.programmes.length, "programme", "programmes")}, ${count(plan.indicators.length, "indicator", "indicators")}.`
    )
  );
  return EXIT.ok;
}

async function writeOpenData(
  ctx: Context,
  loaded: Parameters<typeof publishOpenData>[0],
  input: FileStamp,
  output: string,
  date: string,
  args: { string(name: string): string | undefined; flag(name: string): boolean }
): Promise<number> {
  const contact = args.string("contact")?.trim();
  if (contact !== undefined && !isEmail(contact) && !isWebAddress(contact))
    return ctx.fail(
      message(
        `--contact vuole un indirizzo e-mail (dati@ente.it) o un indirizzo web (https://…), non «${contact}».`,
        `--contact takes an e-mail address (data@body.it) or a web address (https://…), not «${contact}».`
      )
    );
  let baseUrl = args.string("base-url")?.trim();
  if (baseUrl !== undefined) {
    if (!isWebAddress(baseUrl) || /[?#]/.test(baseUrl))
      return ctx.fail(
        message(
          `--base-url vuole l'indirizzo web della cartella pubblicata (https://…/), non «${baseUrl}».`,
          `--base-url takes the published folder's web address (https://…/), not «${baseUrl}».`
        )
      );
    if (!baseUrl.endsWith("/")) baseUrl += "/";
  }
  const ipa = args.string("ipa")?.trim();
  if (ipa !== undefined && !/^[A-Za-z0-9_]{2,20}$/.test(ipa))
    return ctx.fail(
      message(
        `--ipa vuole il codice dell'ente nell'Indice delle Pubbliche Amministrazioni (lettere, cifre e _), non «${ipa}».`,
        `--ipa takes the body's code in the IPA index (letters, digits and _), not «${ipa}».`
      )
    );
  const r = publishOpenData(loaded, {
    date,
    licence: args.string("licence"),
    publisher: args.string("publisher"),
    ...(ipa ? { ipaCode: ipa } : {}),
    ...(contact ? { contact } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  });
  if (!r.ok) return failed(ctx, r);
  // what a harvester (dati.gov.it, CKAN) needs and the command cannot know
  if (!baseUrl)
    ctx.note(
      message(
        "Attenzione: senza --base-url (l'indirizzo della cartella in Amministrazione trasparente) gli indirizzi nei metadati sono relativi al file e uguali per ogni ente: i metadati non possono essere raccolti (harvesting) dal catalogo nazionale.",
        "Warning: without --base-url (the folder's address under Amministrazione trasparente) the metadata's addresses are relative to the file and the same for every body: the metadata cannot be harvested by the national catalogue."
      )
    );
  if (contact && !isEmail(contact))
    ctx.note(
      message(
        "Attenzione: DCAT-AP_IT chiede un indirizzo e-mail per il punto di contatto; con solo un indirizzo web i metadati non superano la validazione di AgID.",
        "Warning: DCAT-AP_IT wants an e-mail address for the contact point; with a web address only the metadata fail AgID's validation."
      )
    );
  if (!ipa)
    ctx.note(
      message(
        "Attenzione: senza --ipa (il codice dell'ente nell'Indice delle Pubbliche Amministrazioni) l'editore non ha un identificativo e i metadati non superano la validazione DCAT-AP_IT di AgID.",
        "Warning: without --ipa (the body's code in the IPA index) the publisher has no identifier and the metadata fail AgID's DCAT-AP_IT validation."
      )
    );
  const dir = ctx.path(output);
  try {
    const s = await stat(dir);
    if (!s.isDirectory())
      return ctx.fail(
        message(
          `«${output}» esiste e non è una cartella.`,
          `«${output}» exists and is not a folder.`
        )
      );
  } catch {
    await mkdir(dir, { recursive: true });
  }
  if (!args.flag("force")) {
    const taken = [];
    for (const f of r.files) if (await exists(join(dir, f.name))) taken.push(f.name);
    if (taken.length)
      return ctx.fail(
        message(
          `in «${output}» ci sono già ${taken.join(", ")}: non sovrascritti (--force per sostituirli).`,
          `«${output}» already holds ${taken.join(", ")}: not overwritten (--force to replace them).`
        )
      );
  }
  for (const f of r.files) {
    const w = await writeAtomic(join(dir, f.name), f.content, {
      expect: input,
      force: args.flag("force"),
    });
    if (!w.ok) return ctx.fail(w.reason);
  }
  ctx.progress.done();
  ctx.note(
    message(
      `Dati aperti in ${output}: ${r.files.map((f) => f.name).join(", ")} (${count(loaded.plan.indicators.length, "indicatore", "indicatori")}, ${count(loaded.plan.programmes.length, "programma", "programmi")}).`,
      `Open data in ${output}: ${r.files.map((f) => f.name).join(", ")} (${count(loaded.plan.indicators.length, "indicator", "indicators")}, ${count(loaded.plan.programmes.length, "programme", "programmes")}).`
    )
  );
  return EXIT.ok;
}
