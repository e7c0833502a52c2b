/** Light or dark: Office's theme inside Office, the system's preference in a browser. */
import * as React from "react";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of "#rrggbb" (0 black … 1 white), null when not a colour. */
export function luminance(color: string | null | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether Office's theme is dark (its body background), null when not in Office. */
export function officeThemeIsDark(): boolean | null {
  try {
    if (typeof Office === "undefined") return null;
    const theme = Office.context?.officeTheme;
    const l = luminance(theme?.bodyBackgroundColor);
    return l === null ? null : l < 0.25;
  } catch {
    return null;
  }
}

function prefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)").matches
    : false;
}

/** The system's light/dark preference, following its changes. */
export function usePrefersDark(): boolean {
  const [dark, setDark] = React.useState(prefersDark);
  React.useEffect(() => {
    if (typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => setDark(query.matches);
    query.addEventListener?.("change", onChange);
    return () => query.removeEventListener?.("change", onChange);
  }, []);
  return dark;
}

export function themeFor(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}
