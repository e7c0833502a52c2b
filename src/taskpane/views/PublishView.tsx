/**
 * Publish: the Piano or the Rapporto sui risultati from the workbook's tables, as Word or as an
 * HTML page; a preview of the page (a sandboxed frame: no script, nothing fetched) and the file
 * offered for download (a Blob's object URL: a plain link works the same in Excel and in the
 * workbench). The publishing code is a chunk of its own, loaded on first use.
 */
import * as React from "react";
import {
  Caption1,
  Field,
  Link,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowDownRegular, DocumentTextRegular } from "@fluentui/react-icons";
import type { PublishFormat } from "../../app/publish";
import type { DocumentKind } from "../../core/publish";
import type { WorkbookBackend } from "../../workbook";
import { useActions } from "../components/actions-context";
import { ActionButton, useViewStyles, View } from "../components/layout";
import { useStrings } from "../i18n";

type Publish = typeof import("../../app/publish");
let loading: Promise<Publish> | null = null;

function loadPublish(): Promise<Publish> {
  if (!loading)
    loading = import(/* webpackChunkName: "publish" */ "../../app/publish").catch((e: unknown) => {
      loading = null; // a failed load can be retried
      throw e;
    });
  return loading;
}

type DocumentChoice = "auto" | DocumentKind;
const DOCUMENTS: DocumentChoice[] = ["auto", "piano", "rapporto"];
const FORMATS: PublishFormat[] = ["docx", "html"];

const useStyles = makeStyles({
  preview: {
    width: "100%",
    height: "420px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
  download: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

interface Result {
  name: string;
  url: string;
  preview: string;
  version: number;
}

export function PublishView(props: { backend: WorkbookBackend }): React.JSX.Element {
  const t = useStrings();
  const view = useViewStyles();
  const styles = useStyles();
  const actions = useActions();
  const [document, setDocument] = React.useState<DocumentChoice>("auto");
  const [format, setFormat] = React.useState<PublishFormat>("docx");
  const [result, setResult] = React.useState<Result | null>(null);

  // an object URL lives as long as its result
  React.useEffect(() => () => (result ? URL.revokeObjectURL(result.url) : undefined), [result]);

  const run = () =>
    actions.run(t.actionNames.publish, async () => {
      const r = await (
        await loadPublish()
      ).publishWorkbook(props.backend, {
        document: document === "auto" ? undefined : document,
        format,
      });
      if (!r.ok) return actions.fail(r);
      const blob = new Blob([r.file.content as BlobPart], { type: r.file.mediaType });
      setResult({
        name: r.file.name,
        url: URL.createObjectURL(blob),
        preview: r.preview,
        version: actions.version,
      });
      if (r.indicators === 0) actions.warn(t.publish.done(r.file.name, 0), [t.publish.empty]);
      else actions.done(t.publish.done(r.file.name, r.indicators));
    });

  return (
    <View id="publish" intro={t.publish.intro}>
      <Field label={t.publish.document}>
        <RadioGroup value={document} onChange={(_, d) => setDocument(d.value as DocumentChoice)}>
          {DOCUMENTS.map((d) => (
            <Radio key={d} value={d} label={t.publish.documents[d]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.publish.format}>
        <RadioGroup value={format} onChange={(_, d) => setFormat(d.value as PublishFormat)}>
          {FORMATS.map((f) => (
            <Radio key={f} value={f} label={t.publish.formats[f]} />
          ))}
        </RadioGroup>
      </Field>
      <Caption1 className={view.muted}>{t.publish.pdfHint}</Caption1>
      <ActionButton icon={<DocumentTextRegular />} onClick={run}>
        {t.publish.run}
      </ActionButton>
      {result && result.version !== actions.version ? (
        <Caption1 className={view.stale}>{t.stale}</Caption1>
      ) : null}
      {result ? (
        <>
          <div className={styles.download}>
            <DocumentArrowDownRegular aria-hidden="true" />
            <Link href={result.url} download={result.name} data-testid="publish-download">
              {t.publish.download(result.name)}
            </Link>
          </div>
          <iframe
            className={styles.preview}
            title={t.publish.preview}
            sandbox=""
            srcDoc={result.preview}
            data-testid="publish-preview"
          />
        </>
      ) : null}
    </View>
  );
}
