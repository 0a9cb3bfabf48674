import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDemoPdf, buildDemoPng, crc32 } from './demo-content';

describe('buildDemoPdf', () => {
  it('writes a PDF whose cross-reference table points at each object', () => {
    const pdf = buildDemoPdf('Title (with parens)', ['line']).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const entries = pdf.slice(startxref).split('\n').slice(3, 8);
    entries.forEach((entry, index) => {
      const offset = Number(entry.slice(0, 10));
      expect(pdf.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`);
    });
    const length = Number(/\/Length (\d+)/.exec(pdf)![1]);
    const streamStart = pdf.indexOf('stream\n') + 'stream\n'.length;
    expect(pdf.slice(streamStart + length, streamStart + length + 10)).toBe('\nendstream');
    expect(pdf).toContain('(Title \\(with parens\\)) Tj');
  });
});

describe('buildDemoPng', () => {
  it('writes a PNG with valid chunk CRCs and the requested size', () => {
    const png = buildDemoPng(20, 10);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    let offset = 8;
    const chunks = new Map<string, Buffer>();
    const types: string[] = [];
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      const type = png.subarray(offset + 4, offset + 8).toString('ascii');
      expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
      chunks.set(type, png.subarray(offset + 8, offset + 8 + length));
      types.push(type);
      offset += 12 + length;
    }
    expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks.get('IHDR')!;
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([20, 10]);
    expect(inflateSync(chunks.get('IDAT')!)).toHaveLength((20 * 3 + 1) * 10);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
