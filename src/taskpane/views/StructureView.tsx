/** Structure: rebuild Riepilogo and the mission sheets from the tables. */
import * as React from "react";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import type { WorkbookBackend } from "../../workbook/backend";
import { useActions } from "../components/actions-context";
import { ActionButton, View } from "../components/layout";
import { useStrings } from "../i18n";
import { loadEngine } from "../load-engine";

export function StructureView(props: { backend: WorkbookBackend }): React.JSX.Element {
  const t = useStrings();
  const actions = useActions();
  const rebuild = () =>
    actions.run(t.actionNames.structure, async () => {
      const prepared = await (await loadEngine()).prepareStructure(props.backend);
      if (!prepared.ok) return actions.fail(prepared);
      if (!(await actions.confirmReplace(prepared.replaced))) return actions.info(t.cancelled);
      const r = await prepared.commit();
      actions.written();
      actions.done(
        t.structure.done(r.sheets, r.programmes, r.indicators),
        r.readProblems ? [t.structure.readProblems(r.readProblems)] : []
      );
    });
  return (
    <View id="structure" intro={t.structure.intro}>
      <ActionButton icon={<ArrowSyncRegular />} onClick={rebuild}>
        {t.structure.run}
      </ActionButton>
    </View>
  );
}
