// The Monte Carlo off the main thread: the page posts the inputs, this answers with the bands, so the sliders
// never wait for 10,000 paths.
import { monteCarlo, type Ranges } from "@/lib/scenarios/uncertainty";
import type { Horizon, Levers, LineInput } from "@/lib/scenarios/model";

type Request = {
  id: number;
  lines: LineInput[];
  levers: Levers;
  ranges: Ranges;
  horizon: Horizon;
  paths: number;
  seed: number;
};

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, lines, levers, ranges, horizon, paths, seed } = e.data;
  const bands = monteCarlo(lines, levers, ranges, horizon, { paths, seed });
  (self as unknown as Worker).postMessage({ id, bands });
};
