/*
 * Ribbon commands (manifest.xml <FunctionFile>). The ribbon's one button opens the task pane through
 * a ShowTaskpane action, which needs no code here. A button that runs without the pane
 * (ExecuteFunction) registers its handler in this file with Office.actions.associate.
 */
Office.onReady(() => {
  // Office is ready to dispatch ribbon actions to this page.
});
