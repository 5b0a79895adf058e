/**
 * Places chart labels without collisions, at build time. Each label tries a
 * fixed list of positions around its subject (right, left, above, below, then
 * the corners; then the same a little further off) and takes the first that stays inside the frame and clear of
 * every mark and every label already placed. A label that fits nowhere is an
 * error: the words file asks for too many labels in too little room.
 */
import { labelBox, overlaps, type Box } from './text-measure';
import type { Anchor } from './marks';
import { ContentError } from '../../shared/validation-error';

export interface LabelRequest {
  text: string;
  /** The box of what the label names (a dot, or a cluster of dots). */
  subject: Box;
}

export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

const GAP = 3;

function candidates(subject: Box, fontSize: number, gap = GAP): Array<{ x: number; y: number; anchor: Anchor }> {
  const GAP = gap;
  const middleY = subject.y + subject.height / 2 + fontSize * 0.35;
  const centreX = subject.x + subject.width / 2;
  return [
    { x: subject.x + subject.width + GAP, y: middleY, anchor: 'start' },
    { x: subject.x - GAP, y: middleY, anchor: 'end' },
    { x: centreX, y: subject.y - GAP - 1, anchor: 'middle' },
    { x: centreX, y: subject.y + subject.height + GAP + fontSize * 0.8, anchor: 'middle' },
    { x: subject.x + subject.width + GAP, y: subject.y - 1, anchor: 'start' },
    { x: subject.x - GAP, y: subject.y - 1, anchor: 'end' },
    { x: subject.x + subject.width + GAP, y: subject.y + subject.height + fontSize * 0.8, anchor: 'start' },
    { x: subject.x - GAP, y: subject.y + subject.height + fontSize * 0.8, anchor: 'end' },
  ];
}

/**
 * @param requests  labels in priority order
 * @param obstacles boxes no label may cover (all visible marks)
 * @param frame     the area labels must stay inside
 * @returns placed labels, or throws naming the first label that does not fit
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], frame: Box, fontSize: number, where: string): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    // Next to the subject first; then, if nothing is free there, a little further off.
    const spot = [...candidates(request.subject, fontSize), ...candidates(request.subject, fontSize, GAP + 5)]
      .map((candidate) => ({ ...candidate, box: labelBox(candidate.x, candidate.y, request.text, fontSize, candidate.anchor) }))
      .find(
        ({ box }) =>
          box.x >= frame.x &&
          box.y >= frame.y &&
          box.x + box.width <= frame.x + frame.width &&
          box.y + box.height <= frame.y + frame.height &&
          !obstacles.some((obstacle) => overlaps(box, obstacle, 0.5)) &&
          !placed.some((label) => overlaps(box, label.box, 1.5)),
      );
    if (!spot) throw new ContentError(`${where}: no room for the label "${request.text}" without covering a mark or another label. Label fewer places.`);
    placed.push({ text: request.text, ...spot });
  }
  return placed;
}
