import { cooccurrenceLinkCount } from "../data/relation-edges";
import { ALL_LINKS } from "../state/url";
import type { AppContext } from "./context";
import { el } from "./dom";

/** Link budgets offered: VOSviewer's default (the strongest 1,000), more, and all. */
export const LINK_CHOICES = [1_000, 5_000, ALL_LINKS] as const;

/**
 * How many links are drawn, strongest first (edge `rank`). A map of tens of thousands of links
 * drawn at once is a grey felt; the strongest thousand show its structure.
 */
export function mountLinksControl(app: AppContext): HTMLElement {
  // Relation arrows are not links of this budget (they have their own control).
  const total = cooccurrenceLinkCount(app.data.graph);
  const format = (n: number) => n.toLocaleString("en");
  // Budgets at or above the number of links all mean "all": offer only the ones that differ.
  const choices = LINK_CHOICES.filter((n) => n === ALL_LINKS || n < total);
  const buttons = choices.map((value) =>
    el("button", {
      class: "segment",
      testid: `links-${value === ALL_LINKS ? "all" : value}`,
      attrs: { "data-links": String(value), "aria-pressed": "false" },
      on: { click: () => app.store.dispatch({ type: "setMaxLinks", value }) },
    }, [value === ALL_LINKS ? "All" : format(value)]),
  );
  const count = el("span", { class: "muted links-count", testid: "links-count" });
  const sync = () => {
    const { maxLinks } = app.store.getState();
    const shown = Math.min(maxLinks, total);
    const active = choices.find((n) => Math.min(n, total) === shown);
    for (const button of buttons) button.setAttribute("aria-pressed", String(Number(button.dataset.links) === active));
    count.textContent = `strongest ${format(shown)} of ${format(total)}`;
  };
  sync();
  app.store.subscribe((state, previous) => {
    if (state.maxLinks !== previous.maxLinks) sync();
  });
  return el("div", { class: "links-row", testid: "max-links", attrs: { role: "group", "aria-label": "Links drawn" } }, [
    el("span", {}, ["Links"]),
    el("div", { class: "segmented-inline" }, buttons),
    count,
  ]);
}
