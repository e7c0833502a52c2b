/** Asks before sheets are replaced, listing them. */
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
    <Dialog
      open={request !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) answer(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.confirm.title}</DialogTitle>
          <DialogContent>
            <Body1>{t.confirm.body(request?.sheets.length ?? 0)}</Body1>
            <ul className={styles.list}>
              {(request?.sheets ?? []).map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => answer(false)}>
              {t.confirm.cancel}
            </Button>
            <Button appearance="primary" onClick={() => answer(true)}>
              {t.confirm.ok}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
