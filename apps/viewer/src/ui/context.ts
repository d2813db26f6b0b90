import type Sigma from "sigma";
import type { LabelLayer } from "../controllers/label-layer";
import type { ViewerData } from "../data/model";
import type { HighlightContext } from "../render/reducers";
import type { Store } from "../state/store";

/** What the panels and bindings share. */
export interface AppContext {
  data: ViewerData;
  store: Store;
  sigma: Sigma;
  highlight: HighlightContext;
  /** The canvas's cluster names and node labels (what is drawn, for the PNG export). */
  labels: LabelLayer;
  focusNode(key: string): void;
}
