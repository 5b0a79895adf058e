import { it } from 'vitest';
import { buildStationsMap } from '../../src/charts/stations-map/build';
it('x', () => { const b = buildStationsMap(); const w = b.view.layers[0].d; console.log(w.slice(0, 600)); console.log((w.match(/m/gi)||[]).length, 'rings'); });
