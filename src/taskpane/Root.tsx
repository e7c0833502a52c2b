/** Theme and language around the app (and around the workbench's own frame). */
import * as React from "react";
import { FluentProvider, makeStyles } from "@fluentui/react-components";
import type { Lang } from "../core/message";
import { LangProvider } from "./i18n";
import { themeFor } from "./theme";

const useStyles = makeStyles({ root: { minHeight: "100vh" } });

export function Root(props: {
  lang: Lang;
  dark: boolean;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={themeFor(props.dark)} className={styles.root}>
      <LangProvider lang={props.lang}>{props.children}</LangProvider>
    </FluentProvider>
  );
}
