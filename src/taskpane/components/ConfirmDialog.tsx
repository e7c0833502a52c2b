/** Asks before sheets are replaced, listing them (AskDialog: the same question, for the workbench). */
import * as React from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { ConfirmRequest } from "./actions-context";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    paddingLeft: tokens.spacingHorizontalXL,
    maxHeight: "40vh",
    overflowY: "auto",
  },
});

/** An alert dialog that asks before something is replaced: the title, what it says, Annulla, OK. */
export function AskDialog(props: {
  open: boolean;
  children: React.ReactNode;
  onAnswer(ok: boolean): void;
}): React.JSX.Element {
  const t = useStrings();
  const { open, children, onAnswer } = props;
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirm.title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              {t.confirm.cancel}
            </Button>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {t.confirm.ok}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function ConfirmDialog(props: {
  request: ConfirmRequest | null;
  onClose(): void;
}): React.JSX.Element {
  const t = useStrings();
  const styles = useStyles();
  const { request, onClose } = props;
  const answer = (ok: boolean) => {
    request?.resolve(ok);
    onClose();
  };
  return (
    <AskDialog open={request !== null} onAnswer={answer}>
      <Body1>{t.confirm.body(request?.sheets.length ?? 0)}</Body1>
      <ul className={styles.list}>
        {(request?.sheets ?? []).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </AskDialog>
  );
}
