import type Sigma from "sigma";
import type { ViewerData } from "../data/model";
import type { HighlightContext } from "../render/reducers";
import type { Store } from "../state/store";

/** What the panels and bindings share. */
export interface AppContext {
  data: ViewerData;
  store: Store;
  sigma: Sigma;
  highlight: HighlightContext;
  focusNode(key: string): void;
}
