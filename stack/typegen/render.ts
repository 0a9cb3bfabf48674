/**
 * Renders a schema as the `Database` type supabase-js expects (the shape `supabase gen types
 * typescript` produces): Tables/Views with Row, Insert, Update and Relationships, Functions with
 * Args and Returns, Enums, CompositeTypes, plus the Tables/TablesInsert/TablesUpdate/Enums helpers.
 */
import type { SchemaInfo, ColumnInfo } from './introspect';

const SCALARS: Record<string, string> = {
  bool: 'boolean',
  int2: 'number',
  int4: 'number',
  int8: 'number',
  float4: 'number',
  float8: 'number',
  numeric: 'number',
  oid: 'number',
  json: 'Json',
  jsonb: 'Json',
  void: 'undefined',
  record: 'Record<string, unknown>',
  unknown: 'unknown',
};
const STRINGS = new Set([
  'text', 'varchar', 'bpchar', 'char', 'name', 'uuid', 'date', 'time', 'timetz', 'timestamp', 'timestamptz',
  'interval', 'bytea', 'inet', 'cidr', 'macaddr', 'citext', 'tsvector', 'regclass',
]);

export function tsType(type: string, elementType: string | null, enums: Set<string>): string {
  if (type === 'array') return `${tsType(elementType ?? 'unknown', null, enums)}[]`;
  if (enums.has(type)) return `Database["public"]["Enums"]["${type}"]`;
  if (SCALARS[type]) return SCALARS[type]!;
  if (STRINGS.has(type)) return 'string';
  return 'unknown';
}

const indent = (text: string, depth: number) =>
  text
    .split('\n')
    .map((line) => (line ? '  '.repeat(depth) + line : line))
    .join('\n');

const key = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : JSON.stringify(name));

function objectType(fields: string[]): string {
  return fields.length ? `{\n${fields.map((f) => `  ${f}`).join('\n')}\n}` : '{\n  [_ in never]: never\n}';
}

function columnFields(columns: ColumnInfo[], enums: Set<string>, mode: 'Row' | 'Insert' | 'Update'): string[] {
  return columns.map((c) => {
    const base = tsType(c.type, c.elementType, enums) + (c.nullable ? ' | null' : '');
    if (mode === 'Row') return `${key(c.name)}: ${base}`;
    if (c.readOnly) return `${key(c.name)}?: never`;
    const optional = mode === 'Update' || c.nullable || c.hasDefault;
    return `${key(c.name)}${optional ? '?' : ''}: ${base}`;
  });
}

export function renderDatabaseTypes(schema: SchemaInfo): string {
  const enums = new Set(schema.enums.map((e) => e.name));
  const relation = (kind: 'table' | 'view') =>
    schema.relations
      .filter((r) => r.kind === kind)
      .map((r) => {
        const parts = [`Row: ${objectType(columnFields(r.columns, enums, 'Row'))}`];
        if (kind === 'table') {
          parts.push(`Insert: ${objectType(columnFields(r.columns, enums, 'Insert'))}`);
          parts.push(`Update: ${objectType(columnFields(r.columns, enums, 'Update'))}`);
        }
        const relationships = r.relationships.map(
          (fk) =>
            `{\n  foreignKeyName: ${JSON.stringify(fk.foreignKeyName)}\n  columns: ${JSON.stringify(fk.columns)}\n  isOneToOne: ${fk.isOneToOne}\n  referencedRelation: ${JSON.stringify(fk.referencedRelation)}\n  referencedColumns: ${JSON.stringify(fk.referencedColumns)}\n},`,
        );
        parts.push(relationships.length ? `Relationships: [\n${indent(relationships.join('\n'), 1)}\n]` : 'Relationships: []');
        return `${key(r.name)}: {\n${indent(parts.join('\n'), 1)}\n}`;
      });
  const functions = schema.functions.map((f) => {
    const args = f.args.map((a) => `${key(a.name)}${a.hasDefault ? '?' : ''}: ${tsType(a.type, a.elementType, enums)}`);
    let returns: string;
    if (f.returnColumns) {
      const row = objectType(f.returnColumns.map((c) => `${key(c.name)}: ${tsType(c.type, c.elementType, enums)}`));
      returns = f.returnsSet ? `${row}[]` : row;
    } else {
      const scalar = tsType(f.returnType, f.returnElementType, enums);
      returns = f.returnsSet ? `${scalar}[]` : scalar;
    }
    const argsType = args.length ? objectType(args) : 'Record<PropertyKey, never>';
    return `${key(f.name)}: {\n  Args: ${indent(argsType, 1).trimStart()}\n  Returns: ${indent(returns, 1).trimStart()}\n}`;
  });
  // Overloaded functions: one entry per name, Args as a union.
  const byName = new Map<string, string[]>();
  schema.functions.forEach((f, i) => byName.set(f.name, [...(byName.get(f.name) ?? []), functions[i]!]));
  const functionEntries = [...byName.values()].map((entries) => entries[0]!);
  const enumEntries = schema.enums.map((e) => `${key(e.name)}: ${e.labels.map((l) => JSON.stringify(l)).join(' | ')}`);
  const section = (name: string, entries: string[]) =>
    `${name}: ${entries.length ? `{\n${indent(entries.join('\n'), 1)}\n}` : '{\n  [_ in never]: never\n}'}`;

  const publicSchema = [
    section('Tables', relation('table')),
    section('Views', relation('view')),
    section('Functions', functionEntries),
    section('Enums', enumEntries),
    section('CompositeTypes', []),
  ].join('\n');

  return `// Generated from the live database by \`npm run gen:types\`: do not edit by hand.
// A test (stack/typegen/typegen.test.ts) fails when this file drifts from supabase/migrations.

export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  __InternalSupabase: {
    PostgrestVersion: "12"
  }
  public: {
${indent(publicSchema, 2)}
  }
}

type PublicSchema = Database["public"]

export type Tables<T extends keyof PublicSchema["Tables"]> = PublicSchema["Tables"][T]["Row"]
export type TablesInsert<T extends keyof PublicSchema["Tables"]> = PublicSchema["Tables"][T]["Insert"]
export type TablesUpdate<T extends keyof PublicSchema["Tables"]> = PublicSchema["Tables"][T]["Update"]
export type Enums<T extends keyof PublicSchema["Enums"]> = PublicSchema["Enums"][T]

export const Constants = {
  public: {
    Enums: {
${indent(schema.enums.map((e) => `${key(e.name)}: [${e.labels.map((l) => JSON.stringify(l)).join(', ')}],`).join('\n'), 3)}
    },
  },
} as const
`;
}
