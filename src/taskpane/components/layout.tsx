/** The frame every view shares: its purpose in one sentence, then its fields and its button. */
import * as React from "react";
import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useActions } from "./actions-context";

export const useViewStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  scroll: {
    maxHeight: "260px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  stale: { color: tokens.colorPaletteMarigoldForeground2 },
});

export function View(props: {
  id: string;
  intro: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useViewStyles();
  return (
    <div className={styles.view} data-view={props.id}>
      <Body1 className={styles.intro}>{props.intro}</Body1>
      {props.children}
    </div>
  );
}

/** A view's main button, on a row of its own; off while any action runs, or when `disabled`. */
export function ActionButton(props: {
  icon: React.JSX.Element;
  onClick: () => void;
  disabled?: boolean;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useViewStyles();
  const actions = useActions();
  return (
    <div className={styles.row}>
      <Button
        appearance="primary"
        icon={props.icon}
        // busy: still focusable, so the focus stays on the button that acted
        disabled={props.disabled === true}
        disabledFocusable={actions.busy !== null}
        onClick={props.onClick}
      >
        {props.children}
      </Button>
    </div>
  );
}
