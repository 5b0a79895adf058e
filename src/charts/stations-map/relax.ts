/**
 * Pushes overlapping dots apart so every station stays visible as its own dot
 * (several stations share a city; some cities are a few kilometres apart).
 * Deterministic: the same input always gives the same picture, so builds and
 * screenshots are stable. Dots move as little as needed from their places.
 */

export interface Point {
  x: number;
  y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * @param anchors  each dot's true position
 * @param radius   dot radius
 * @param gap      space to keep between dots
 * @returns positions, in the same order, with no two dots closer than 2·radius + gap (within a small tolerance)
 */
export function separateDots(anchors: readonly Point[], radius: number, gap = 0.8, iterations = 160): Point[] {
  const points = anchors.map((point) => ({ ...point }));
  const minimum = 2 * radius + gap;
  for (let round = 0; round < iterations; round += 1) {
    // A gentle pull home in early rounds keeps clusters compact; late rounds only separate.
    const pull = round < iterations * 0.6 ? 0.04 : 0;
    points.forEach((point, index) => {
      const anchor = anchors[index];
      if (!anchor) return;
      point.x += (anchor.x - point.x) * pull;
      point.y += (anchor.y - point.y) * pull;
    });
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const a = points[i];
        const b = points[j];
        if (!a || !b) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minimum) continue;
        if (distance < 1e-6) {
          // Same spot: spread along a fixed spiral of directions.
          const angle = j * GOLDEN_ANGLE;
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = (minimum - Math.hypot(b.x - a.x, b.y - a.y)) / 2;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
      }
    }
  }
  return points;
}
