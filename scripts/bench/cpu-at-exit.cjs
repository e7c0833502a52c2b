/**
 * Preloaded into a bench's child (`node -r cpu-at-exit.cjs …`): at exit, the process's CPU time
 * (user + system, ms) as the last line of its standard error — steadier than wall time on a busy
 * machine. A helper, not a bench: scripts/bench.js runs only the .js files.
 */
process.on("exit", () => {
  const c = process.cpuUsage();
  process.stderr.write(`\n${JSON.stringify({ cpuMs: (c.user + c.system) / 1000 })}\n`);
});
