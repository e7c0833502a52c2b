/**
 * The benches' large plans: the reference plan replicated to exactly n indicators (copies with
 * their own ids and entities). A helper, not a bench: scripts/bench.js runs only the .js files.
 */
function replicate(plan, n) {
  const out = { ...plan, entities: [], programmes: [], indicators: [] };
  for (let k = 1; out.indicators.length < n; k++) {
    const sfx = `-c${k}`;
    for (const e of plan.entities) out.entities.push({ id: e.id + sfx, name: `${e.name} (${k})` });
    for (const p of plan.programmes)
      out.programmes.push({ ...p, id: p.id + sfx, entity: p.entity + sfx });
    for (const i of plan.indicators) {
      if (out.indicators.length >= n) break;
      out.indicators.push({ ...i, id: i.id + sfx, programme: i.programme + sfx });
    }
  }
  const used = new Set(out.indicators.map((i) => i.programme));
  out.programmes = out.programmes.filter((p) => used.has(p.id));
  const entities = new Set(out.programmes.map((p) => p.entity));
  out.entities = out.entities.filter((e) => entities.has(e.id));
  return out;
}

module.exports = { replicate };
