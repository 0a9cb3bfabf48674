import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from './sql-split';

describe('splitSqlStatements', () => {
  it('splits on semicolons outside strings, identifiers, comments and dollar quotes', () => {
    const script = `
      -- a comment; with a semicolon
      create table "odd;name" (v text default 'a;b');
      /* block; comment */
      create function f() returns int language plpgsql as $body$ begin return 1; end $body$;
      do $$ begin perform 1; end $$;
      select 'it''s; fine'
    `;
    expect(splitSqlStatements(script)).toEqual([
      `-- a comment; with a semicolon\n      create table "odd;name" (v text default 'a;b')`,
      `/* block; comment */\n      create function f() returns int language plpgsql as $body$ begin return 1; end $body$`,
      'do $$ begin perform 1; end $$',
      "select 'it''s; fine'",
    ]);
  });

  it('ignores empty statements and trailing comments', () => {
    expect(splitSqlStatements(';;\n-- only a comment\n')).toEqual([]);
  });
});
