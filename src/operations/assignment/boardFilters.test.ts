import { describe, expect, it } from 'vitest';
import { boardViewFromParams, withBoardView } from './boardFilters';

describe('the step board view in the URL', () => {
  it('reads grouping, search, assignee and overdue-only, with defaults for what is absent or unknown', () => {
    expect(boardViewFromParams(new URLSearchParams('group=status&q=jane&assignee=a1&overdue=true'))).toEqual({
      group: 'status',
      search: 'jane',
      assignee: 'a1',
      overdueOnly: true,
    });
    expect(boardViewFromParams(new URLSearchParams('group=bogus&overdue=yes'))).toEqual({
      group: 'state',
      search: '',
      assignee: '',
      overdueOnly: false,
    });
  });

  it('writes one part, keeps the others and leaves defaults out of the URL', () => {
    const params = withBoardView(new URLSearchParams('q=jane&other=1'), 'assignee', 'none');
    expect(params.toString()).toBe('q=jane&other=1&assignee=none');
    expect(withBoardView(params, 'search', '').toString()).toBe('other=1&assignee=none');
    expect(withBoardView(new URLSearchParams('group=status'), 'group', 'state').toString()).toBe('');
    expect(withBoardView(new URLSearchParams(), 'overdueOnly', true).toString()).toBe('overdue=true');
  });
});
