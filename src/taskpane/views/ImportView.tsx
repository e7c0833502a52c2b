/** Import: paste a document or a plan JSON (or load a file) → preview → create the sheets. */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular, EyeRegular, TableAddRegular } from "@fluentui/react-icons";
import { message } from "../../core/message";
import type { ImportPreview } from "../../app/import";
import type { Settings } from "../../app/settings";
import type { WorkbookBackend } from "../../workbook";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { looksBinary, readFileBytes, readFileText } from "../components/read-file";
import { useLang, useStrings } from "../i18n";
import { loadAnalyst } from "../load-analyst";
import { loadEngine } from "../load-engine";
import { loadPdfLibrary } from "../load-pdf";
import { STRINGS } from "../strings";

const SHOWN = 50;

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  count: { display: "flex", flexDirection: "column" },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { overflowWrap: "anywhere" },
  textarea: { fontFamily: tokens.fontFamilyMonospace },
});

export function ImportView(props: {
  backend: WorkbookBackend;
  settings: Settings;
}): React.JSX.Element {
  const t = useStrings();
  const lang = useLang();
  const view = useViewStyles();
  const styles = useStyles();
  const actions = useActions();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [text, setText] = React.useState("");
  const [fileName, setFileName] = React.useState<string | undefined>(undefined);
  const [preview, setPreview] = React.useState<ImportPreview | null>(null);
  const idle = actions.busy === null;

  const load = async (file: File | undefined) => {
    if (!file) return;
    // a published PDF: its tables read where they stand (pdf.js and the table reader are chunks
    // of their own, fetched only now), straight to the preview
    if (/\.pdf$/i.test(file.name))
      return actions.run(t.actionNames.preview, async () => {
        const [analyst, library] = await Promise.all([loadAnalyst(), loadPdfLibrary()]);
        const p = await analyst.previewPdf(library, file.name, await readFileBytes(file));
        setText("");
        setFileName(file.name);
        if (!p.ok) {
          setPreview(null);
          return actions.fail(p);
        }
        setPreview(p);
      });
    try {
      // a Word, PDF or zip file read as text would be pages of noise: refused, with what to do
      if (looksBinary(await readFileBytes(file.slice(0, 8192)))) throw new Error("binary");
      const content = await readFileText(file);
      setText(content);
      setFileName(file.name);
      setPreview(null);
      actions.info(t.import.loaded(file.name, content.length));
    } catch {
      actions.fail({
        ok: false,
        reason: message(
          STRINGS.it.import.unreadableFile(file.name),
          STRINGS.en.import.unreadableFile(file.name)
        ),
        remedy: "checkText",
      });
    }
  };

  const showPreview = () =>
    actions.run(t.actionNames.preview, async () => {
      const p = (await loadEngine()).previewImport({ name: fileName ?? null, text });
      if (!p.ok) {
        setPreview(null);
        return actions.fail(p);
      }
      setPreview(p);
    });

  const create = () =>
    actions.run(t.actionNames.import, async () => {
      if (!preview) return;
      const engine = await loadEngine();
      const prepared = await engine.prepareCreate(props.backend, preview.plan, props.settings);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const r = await prepared.commit();
      actions.written();
      const details = r.notes.map((n) => n[lang]);
      const done = t.import.done(r.entities, r.programmes, r.indicators, r.sheets);
      if (r.indicators === 0) actions.warn(done, [t.import.noIndicators, ...details]);
      else actions.done(done, details);
    });

  const plan = preview?.plan;
  const report = preview?.report ?? null;
  const indicatorsOf = (id: string) => plan?.indicators.filter((i) => i.programme === id).length;

  return (
    <View id="import" intro={t.import.intro}>
      <Field label={t.import.text}>
        <Textarea
          className={styles.textarea}
          value={text}
          rows={8}
          resize="vertical"
          placeholder={t.import.placeholder}
          onChange={(_, d) => {
            setText(d.value);
            setFileName(undefined);
            setPreview(null);
          }}
        />
      </Field>
      <div className={view.row}>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.json,.pdf,text/plain,application/json,application/pdf"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <Button
          icon={<DocumentArrowUpRegular />}
          disabledFocusable={!idle}
          onClick={() => fileInput.current?.click()}
        >
          {t.import.load}
        </Button>
        <Button
          appearance={preview ? "secondary" : "primary"}
          icon={<EyeRegular />}
          disabled={!text.trim()}
          disabledFocusable={!idle}
          onClick={showPreview}
        >
          {t.import.preview}
        </Button>
      </div>
      {plan ? (
        <section
          className={view.card}
          aria-label={t.import.previewTitle}
          data-testid="import-preview"
        >
          <Subtitle2 as="h2">{plan.title}</Subtitle2>
          <Caption1>
            {[
              preview?.kind === "json" ? t.import.kindJson : t.import.kindDocument,
              `${t.import.firstYear} ${plan.firstYear}`,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Caption1>
          <div className={styles.counts}>
            {(
              [
                ["entities", plan.entities.length],
                ["programmes", plan.programmes.length],
                ["indicators", plan.indicators.length],
                ["notUnderstood", report?.notUnderstood.length ?? 0],
              ] as const
            ).map(([key, n]) => (
              <div key={key} className={styles.count} data-count={key}>
                <span className={styles.number}>
                  {n.toLocaleString(lang === "it" ? "it-IT" : "en-GB")}
                </span>
                <Caption1>{t.import[key]}</Caption1>
              </div>
            ))}
          </div>
          <Body1>{plan.entities.map((e) => e.name).join(" · ")}</Body1>
          <Accordion multiple collapsible>
            <AccordionItem value="programmes">
              <AccordionHeader size="small">{`${t.import.programmes} (${plan.programmes.length})`}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {plan.programmes.slice(0, SHOWN).map((p) => (
                    <li key={p.id} className={styles.item}>
                      {`${p.mission}.${p.programme} ${p.title} — ${indicatorsOf(p.id)} ${t.import.indicators.toLowerCase()}`}
                    </li>
                  ))}
                </ul>
                {plan.programmes.length > SHOWN ? (
                  <Caption1>{t.import.more(plan.programmes.length - SHOWN)}</Caption1>
                ) : null}
              </AccordionPanel>
            </AccordionItem>
            {report ? (
              <AccordionItem value="notUnderstood">
                <AccordionHeader size="small">{`${t.import.notUnderstood} (${report.notUnderstood.length})`}</AccordionHeader>
                <AccordionPanel>
                  {report.notUnderstood.length ? (
                    <ul className={styles.list}>
                      {report.notUnderstood.slice(0, SHOWN).map((n, i) => (
                        <li key={i} className={styles.item}>
                          <strong>{t.import.line(n.line)}</strong>
                          {`: «${n.text}» — ${n.reason[lang]}`}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <Caption1>{t.import.none}</Caption1>
                  )}
                  {report.notUnderstood.length > SHOWN ? (
                    <Caption1>{t.import.more(report.notUnderstood.length - SHOWN)}</Caption1>
                  ) : null}
                </AccordionPanel>
              </AccordionItem>
            ) : null}
            {report ? (
              <AccordionItem value="notes">
                <AccordionHeader size="small">{`${t.import.notes} (${report.diagnostics.length})`}</AccordionHeader>
                <AccordionPanel>
                  {report.diagnostics.length ? (
                    <ul className={styles.list}>
                      {report.diagnostics.slice(0, SHOWN).map((d, i) => (
                        <li key={i} className={styles.item}>
                          {d.line ? <strong>{`${t.import.line(d.line)}: `}</strong> : null}
                          {d.message[lang]}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <Caption1>{t.import.none}</Caption1>
                  )}
                  {report.diagnostics.length > SHOWN ? (
                    <Caption1>{t.import.more(report.diagnostics.length - SHOWN)}</Caption1>
                  ) : null}
                </AccordionPanel>
              </AccordionItem>
            ) : null}
          </Accordion>
          <ActionButton icon={<TableAddRegular />} onClick={create}>
            {t.import.create}
          </ActionButton>
        </section>
      ) : null}
    </View>
  );
}
