import { describe, expect, it } from "vitest";
import { fitProjection } from "../src/svg-layout";

describe("drawings of big maps", () => {
  it("frames 300,000 points without overflowing the stack", () => {
    const points = Array.from({ length: 300_000 }, (_, i) => ({ x: i % 1000, y: Math.floor(i / 1000) }));
    const project = fitProjection(points, { x: 0, y: 0, width: 1000, height: 1000 }, 0);
    // The widest extent (x: 0..999) fills the width; y keeps the aspect ratio, centred.
    expect(project(0, 0)[0]).toBeCloseTo(0, 0);
    expect(project(999, 0)[0]).toBeCloseTo(1000, 0);
    expect(project(0, 0)[1] - project(0, 299)[1]).toBeCloseTo((299 * 1000) / 999, 0);
  });
});
