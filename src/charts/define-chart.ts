/**
 * What a chart says about itself, without words and without reading any file:
 * its id, its states in reading order, the state drawn without script, and
 * the datasets behind it. Each chart's folder defines one (chart.ts);
 * registry.ts lists them. Pure data, so pages, embeds, share cards, the
 * build's stylesheet and tests can all read it.
 */
export interface ChartDefinition<Id extends string = string, State extends string = string> {
  /** The figure's stable id on the page (`#stations-map`), its folder and its words file, content/charts/<id>.yaml. */
  id: Id;
  /** The chart's states in reading order; a scroll step names one of these. */
  states: readonly State[];
  /** The state drawn in the HTML: what readers without JavaScript, print, embeds and share cards see. */
  staticState: NoInfer<State>;
  /** Basenames of the CSV files in content/data/ the chart draws from (downloadable at /data/<dataset>.csv). */
  datasets: readonly string[];
}

/** A definition that also carries, as a type only, the view its build step makes and its component draws. */
export type ChartDefinitionOf<Id extends string, State extends string, View> = ChartDefinition<Id, State> & { readonly view?: View };

/** Defines a chart whose build step makes a `View`: `defineChart<MapView>()({ id, states, staticState, datasets })`. */
export function defineChart<View>() {
  return <const Id extends string, const State extends string>(definition: ChartDefinition<Id, State>): ChartDefinitionOf<Id, State, View> => definition;
}
