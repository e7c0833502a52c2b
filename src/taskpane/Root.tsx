/** Theme and language around the app (and around the workbench's own frame). */
import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { Lang } from "../core/message";
import { LangProvider } from "./i18n";
import { themeFor } from "./theme";

export function Root(props: {
  lang: Lang;
  dark: boolean;
  children: React.ReactNode;
}): React.JSX.Element {
  const theme = themeFor(props.dark);
  // the page behind the pane takes the theme's background too (dark Office, dark system). Not a
  // class on the provider: the provider's classes also go to its portals (dialogs), where a
  // full-height block would push the page away.
  React.useEffect(() => {
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
  }, [theme]);
  return (
    <FluentProvider theme={theme}>
      <LangProvider lang={props.lang}>{props.children}</LangProvider>
    </FluentProvider>
  );
}
