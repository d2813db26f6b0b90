import type Sigma from "sigma";
import type { Store } from "../state/store";

/** Mouse on the canvas -> actions. Renders nothing. */
export function bindGraphEvents(sigma: Sigma, store: Store, focusNode: (key: string) => void): () => void {
  const container = sigma.getContainer();
  const onEnter = ({ node }: { node: string }) => {
    store.dispatch({ type: "hover", node });
    container.style.cursor = "pointer";
  };
  const onLeave = () => {
    store.dispatch({ type: "hover", node: null });
    container.style.cursor = "";
  };
  const onClickNode = ({ node }: { node: string }) => focusNode(node);
  const onClickStage = () => store.dispatch({ type: "select", node: null });
  sigma.on("enterNode", onEnter);
  sigma.on("leaveNode", onLeave);
  sigma.on("clickNode", onClickNode);
  sigma.on("clickStage", onClickStage);
  return () => {
    sigma.off("enterNode", onEnter);
    sigma.off("leaveNode", onLeave);
    sigma.off("clickNode", onClickNode);
    sigma.off("clickStage", onClickStage);
  };
}
