/** What the last action did, or why it did not, with what to do next. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useStrings } from "../i18n";
import { useActions } from "./actions-context";

const useStyles = makeStyles({
  bar: { alignItems: "start" },
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
  detail: { display: "block", marginTop: tokens.spacingVerticalXS },
});

export function NoticeBar(): React.JSX.Element | null {
  const t = useStrings();
  const styles = useStyles();
  const { notice, dismiss } = useActions();
  if (!notice) return null;
  const intent = notice.kind;
  return (
    <MessageBar
      intent={intent}
      layout="multiline"
      className={styles.bar}
      data-testid={`notice-${notice.kind}`}
      data-seq={notice.seq}
    >
      <MessageBarBody className={styles.body}>
        {notice.kind === "error" ? (
          <>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {notice.text}
            <span className={styles.detail}>{notice.remedy}</span>
          </>
        ) : notice.kind === "success" || notice.kind === "warning" ? (
          <>
            <MessageBarTitle>
              {notice.kind === "success" ? t.doneTitle : t.warningTitle}
            </MessageBarTitle>
            {notice.text}
            {notice.details.map((d) => (
              <span key={d} className={styles.detail}>
                {d}
              </span>
            ))}
          </>
        ) : (
          notice.text
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t.dismiss}
            icon={<DismissRegular />}
            onClick={dismiss}
          />
        }
      >
        {notice.kind === "success" && notice.action ? (
          <Button size="small" onClick={notice.action.onClick}>
            {notice.action.label}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
