/** Writes the demo files of this folder: `npx tsx supabase/seed-files/generate.ts`. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoPdf, buildDemoPng } from '../../stack/services/storage/demo-content';

const dir = path.dirname(fileURLToPath(import.meta.url));
writeFileSync(
  path.join(dir, 'demo-document.pdf'),
  buildDemoPdf('Demo document', ['Partners back-office - sample file for document review.', 'Not a real identity document.']),
);
writeFileSync(path.join(dir, 'demo-image.png'), buildDemoPng());
console.log(`wrote demo-document.pdf and demo-image.png in ${dir}`);
