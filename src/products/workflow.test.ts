import { describe, expect, it } from 'vitest';
import { changedPositions, moveRow, nextPosition, reassignPositions, sortByPosition } from './workflow';

const rows = [
  { id: 'a', step_id: 'qa', position: 0 },
  { id: 'b', step_id: 'docs', position: 1 },
  { id: 'c', step_id: 'file', position: 2 },
];

describe('workflow helpers', () => {
  it('moves a row up or down and ignores moves off the ends', () => {
    expect(moveRow(rows, 2, -1).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(moveRow(rows, 0, 1).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(moveRow(rows, 0, -1).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(moveRow(rows, 2, 1).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('hands the existing positions out in the new order, keeping their numbering', () => {
    const gappy = [
      { id: 'a', step_id: 'x', position: 10 },
      { id: 'b', step_id: 'y', position: 20 },
      { id: 'c', step_id: 'z', position: 35 },
    ];
    expect(reassignPositions(moveRow(gappy, 2, -2))).toEqual([
      { id: 'c', step_id: 'z', position: 10 },
      { id: 'a', step_id: 'x', position: 20 },
      { id: 'b', step_id: 'y', position: 35 },
    ]);
  });

  it('never produces two rows with the same position', () => {
    const after = reassignPositions(moveRow(rows, 1, 1));
    expect(new Set(after.map((r) => r.position)).size).toBe(after.length);
  });

  it('sends only the rows that move', () => {
    expect(changedPositions(rows, reassignPositions(moveRow(rows, 2, -1)))).toEqual([
      { id: 'c', step_id: 'file', position: 1 },
      { id: 'b', step_id: 'docs', position: 2 },
    ]);
    expect(changedPositions(rows, reassignPositions(rows))).toEqual([]);
  });

  it('appends after the last position and sorts by position', () => {
    expect(nextPosition([])).toBe(0);
    expect(nextPosition(rows)).toBe(3);
    expect(sortByPosition([rows[2]!, rows[0]!, rows[1]!]).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
