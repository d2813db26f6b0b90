/**
 * Screen-space label boxes and a greedy placer: a label is drawn only where it overlaps no
 * label placed before it (VOSviewer's rule: the biggest items claim their space first).
 * Pure: no DOM, no sigma; the label layer feeds it viewport coordinates.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const boxesOverlap = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Gap between a node's disc and its label, as sigma draws it. */
export const LABEL_OFFSET_PX = 3;

/**
 * A node label, vertically centred on the node: after the disc (sigma's place), or before it
 * (`side` = "left"), the fallback when the right side is taken.
 */
export function nodeLabelBox(x: number, y: number, radius: number, textWidth: number, fontPx: number, side: "right" | "left" = "right"): Box {
  const left = side === "right" ? x + radius + LABEL_OFFSET_PX : x - radius - LABEL_OFFSET_PX - textWidth;
  const half = fontPx * 0.65;
  return { left, top: y - half, right: left + textWidth, bottom: y + half };
}

export const HOVER_PADDING_PX = 4;

/** The boxed label drawn for a hovered or selected node (render/renderer.ts drawHoverLabel). */
export function hoverLabelBox(x: number, y: number, radius: number, textWidth: number, fontPx: number): Box {
  const left = x + radius + LABEL_OFFSET_PX;
  const height = fontPx + 2 * HOVER_PADDING_PX;
  return { left, top: y - height / 2, right: left + textWidth + 2 * HOVER_PADDING_PX, bottom: y + height / 2 };
}

/** A cluster name: centred on its anchor, one box around all its lines. */
export function centredBox(x: number, y: number, width: number, height: number): Box {
  return { left: x - width / 2, top: y - height / 2, right: x + width / 2, bottom: y + height / 2 };
}

/**
 * Where a cluster name may go, in order: centred on its anchor, then shifted up and down by one
 * and two of its heights, then sideways by half its width. When another name holds the centre
 * (a small cluster whose nodes lie among a bigger one's), the name is drawn beside its cluster
 * rather than left out: a reader finds every cluster named on the map, as on VOSviewer's.
 */
export function clusterNameBoxes(x: number, y: number, width: number, height: number): Box[] {
  return NAME_SHIFTS.map(([dx, dy]) => centredBox(x + dx * width, y + dy * height, width, height));
}

/**
 * The first place where a cluster name fits near one of its anchors (the cluster's centre, then
 * its biggest members, in order), at its own size, then smaller. On a crowded map (a dozen
 * clusters on a laptop's screen) the centre of a small cluster often lies under a bigger one's
 * name: the name then goes over its own members, and drawn at 80% or 65% of its size it still
 * says more than no name. `sizeAt` gives the name's box size at a scale.
 */
export function placeClusterNameNear(
  placer: LabelPlacer,
  anchors: ReadonlyArray<{ x: number; y: number }>,
  sizeAt: (scale: number) => { width: number; height: number },
  scales: readonly number[] = CLUSTER_NAME_SCALES,
): { box: Box; scale: number } | undefined {
  for (const scale of scales) {
    const { width, height } = sizeAt(scale);
    for (const { x, y } of anchors) {
      const box = clusterNameBoxes(x, y, width, height).find((near) => placer.tryPlace(near));
      if (box) return { box, scale };
    }
  }
  return undefined;
}

const CLUSTER_NAME_SCALES = [1, 0.8, 0.65] as const;

const NAME_SHIFTS: ReadonlyArray<readonly [number, number]> = [
  [0, 0], [0, -1], [0, 1], [0, -2], [0, 2], [-0.5, 0], [0.5, 0], [-0.5, -1], [0.5, -1], [-0.5, 1], [0.5, 1],
];

export interface LabelPlacerOptions {
  /** Empty space kept around every label, so neighbours stay readable. */
  marginPx: number;
  /** Side of the grid cells that index placed boxes. */
  cellPx: number;
}

export const DEFAULT_LABEL_PLACER_OPTIONS: LabelPlacerOptions = { marginPx: 2, cellPx: 64 };

/** Placed boxes indexed on a coarse grid, so each test looks at a few neighbours only. */
export class LabelPlacer {
  private readonly cells = new Map<number, Box[]>();
  readonly options: LabelPlacerOptions;

  constructor(
    readonly width: number,
    readonly height: number,
    options: Partial<LabelPlacerOptions> = {},
  ) {
    this.options = { ...DEFAULT_LABEL_PLACER_OPTIONS, ...options };
  }

  /** Whether the box lies inside the viewport. */
  inside(box: Box): boolean {
    return box.left >= 0 && box.top >= 0 && box.right <= this.width && box.bottom <= this.height;
  }

  /** Whether the box (with its margin) touches no placed box. */
  fits(box: Box): boolean {
    const padded = this.pad(box);
    let free = true;
    this.forCells(padded, (key) => {
      if (free && this.cells.get(key)?.some((other) => boxesOverlap(padded, other))) free = false;
    });
    return free;
  }

  /** Places the box if it is inside the viewport and free; returns whether it was placed. */
  tryPlace(box: Box): boolean {
    if (!this.inside(box) || !this.fits(box)) return false;
    this.add(box);
    return true;
  }

  /** Adds a box whatever it overlaps (the hovered node's label: it is drawn on top anyway). */
  add(box: Box): void {
    this.forCells(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    });
  }

  private pad(box: Box): Box {
    const m = this.options.marginPx;
    return { left: box.left - m, top: box.top - m, right: box.right + m, bottom: box.bottom + m };
  }

  private forCells(box: Box, visit: (key: number) => void): void {
    const size = this.options.cellPx;
    const x0 = Math.floor(box.left / size);
    const x1 = Math.floor(box.right / size);
    const y0 = Math.floor(box.top / size);
    const y1 = Math.floor(box.bottom / size);
    // Cell keys pack (x, y) into one number; viewports stay far below 2^16 cells a side.
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit((x + 32768) * 65536 + (y + 32768));
  }
}
