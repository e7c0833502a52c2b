/* The task pane's first screen: what the add-in does, and whether it is connected to Excel. */
import * as React from "react";
import {
  Badge,
  Body1,
  Caption1,
  makeStyles,
  Subtitle2,
  Title3,
  tokens,
} from "@fluentui/react-components";

/** Where the pane runs: inside Excel, in another Office host or a browser, or without office.js. */
export type Connection =
  | { kind: "excel"; platform: string | null }
  | { kind: "outside"; host: string | null }
  | { kind: "no-office" };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

function connectionText(connection: Connection): {
  badge: string;
  detail: string;
  connected: boolean;
} {
  switch (connection.kind) {
    case "excel":
      return {
        badge: "Connesso a Excel",
        detail: "Le azioni del pannello lavorano sulla cartella di lavoro aperta.",
        connected: true,
      };
    case "outside":
      return {
        badge: "Fuori da Excel",
        detail: connection.host
          ? `Il pannello è aperto in ${connection.host}, non in Excel: le azioni sulla cartella di lavoro non sono disponibili.`
          : "Il pannello è aperto in un browser, fuori da Excel: le azioni sulla cartella di lavoro non sono disponibili.",
        connected: false,
      };
    case "no-office":
      return {
        badge: "Fuori da Excel",
        detail:
          "Office.js non è stato caricato: il pannello funziona fuori da Excel e non può usare una cartella di lavoro.",
        connected: false,
      };
  }
}

export function App({ connection }: { connection: Connection }): React.JSX.Element {
  const styles = useStyles();
  const status = connectionText(connection);
  return (
    <main className={styles.root}>
      <Title3 as="h1">PIRA per Excel</Title3>
      <Body1>
        Il Piano degli indicatori e dei risultati attesi di bilancio (PIRA) in una cartella di
        lavoro: programmi e indicatori in tabelle, performance calcolata con le regole del piano,
        controlli e riepiloghi.
      </Body1>
      <div role="status" aria-live="polite">
        <Badge appearance="filled" color={status.connected ? "success" : "warning"}>
          {status.badge}
        </Badge>
        <Caption1 block>{status.detail}</Caption1>
      </div>
      <Subtitle2 as="h2">Cosa fa</Subtitle2>
      <ul className={styles.list}>
        <li>
          <Body1>
            Importa un PIRA pubblicato (testo del documento, JSON o .xlsx) nelle tabelle Programmi e
            Indicatori.
          </Body1>
        </li>
        <li>
          <Body1>
            Calcola performance ed esito di ogni indicatore e segnala le differenze con i valori
            riportati.
          </Body1>
        </li>
        <li>
          <Body1>
            Nelle celle: funzioni <code>PIRA.PERFORMANCE</code> e altre, con valori scritti
            all&apos;italiana (98,47%, € 3.960, sì, n.d.).
          </Body1>
        </li>
      </ul>
    </main>
  );
}
