// Scenarios the end-to-end tests open by link, file or saved list, written as a council's
// own program would write them (the spec's format, not the app's output).
import { deflateRawSync } from 'node:zlib';

/** The link fragment of `scenario` (spec/links.md): `#s=` and its JSON, raw DEFLATE, base64url. */
export function fragmentOf(scenario: object): string {
  return '#s=' + deflateRawSync(Buffer.from(JSON.stringify(scenario)), { level: 9 }).toString('base64url');
}

/** Two councils, one service, no discounting: NPV £250,000, paying back in Year 2. */
export const SIMPLE = {
  version: 1,
  title: 'Two councils share finance',
  horizon_years: 3,
  discount_rate: 0,
  partners: [{ name: 'Alpha' }, { name: 'Beta' }],
  services: [{ name: 'Finance', baseline: [1000000, 500000], saving_rate: 0.1, ramp_years: 1, one_off_cost: 200000 }],
};
