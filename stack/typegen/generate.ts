import path from 'node:path';
import { ROOT_DIR } from '../config';
import { introspect } from './introspect';
import { renderDatabaseTypes } from './render';

export const TYPES_FILE = path.join(ROOT_DIR, 'src', 'types', 'database.types.ts');

export async function generateTypes(dbUrl: string): Promise<string> {
  return renderDatabaseTypes(await introspect(dbUrl, 'public'));
}
