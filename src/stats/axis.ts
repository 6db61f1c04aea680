/**
 * A chart's value axis: from 0 to a round top, in 3–6 equal steps of 1, 2 or 5
 * × 10^k, so every tick label is a round number (0, 5, 10, 15, 20, 25 rather
 * than quarters of 25). Pure: shared by the HTML reports and the web app.
 */
export interface ValueAxis {
  top: number;
  ticks: number[];
}

export function valueAxis(max: number): ValueAxis {
  if (!(max > 0) || !Number.isFinite(max)) return { top: 1, ticks: [0, 0.5, 1] };
  // The smallest round step that covers max in at most 5 steps.
  const magnitude = 10 ** Math.floor(Math.log10(max / 5));
  let step = magnitude * 10;
  for (const m of [1, 2, 5, 10]) {
    if (m * magnitude * 5 >= max) {
      step = m * magnitude;
      break;
    }
  }
  const count = Math.max(1, Math.ceil(max / step - 1e-9));
  const ticks: number[] = [];
  // Rounded to the step's decimals so 0.1 + 0.2 does not print as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let k = 0; k <= count; k++) ticks.push(Number((k * step).toFixed(decimals)));
  return { top: ticks[ticks.length - 1]!, ticks };
}
