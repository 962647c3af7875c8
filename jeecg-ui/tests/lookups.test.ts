import { describe, expect, it } from 'vitest';
import { asTree, filterTree, namesOf } from '@/api/lookups';

const flat = [
  { id: 1, parentId: 0, name: '榆阳区交通运输局', sortNo: 1 },
  { id: 11, parentId: 1, name: '执法大队', sortNo: 2 },
  { id: 10, parentId: 1, name: '运输管理所', sortNo: 1 },
  { id: 101, parentId: 10, name: '鼓楼街道网格', sortNo: 1 },
];

describe('tree helpers for departments and grids', () => {
  it('builds a sorted tree from flat rows and drops empty children arrays', () => {
    const tree = asTree(flat);
    expect(tree).toHaveLength(1);
    expect((tree[0].children as { name: string }[]).map((n) => n.name)).toEqual(['运输管理所', '执法大队']);
    const leaf = (tree[0].children as Record<string, unknown>[])[1];
    expect(leaf).not.toHaveProperty('children');
  });

  it('keeps a served tree as it is, pruning empty leaves', () => {
    const served = [{ id: 1, name: 'a', children: [{ id: 2, name: 'b', children: [] }] }];
    expect(asTree(served)).toEqual([{ id: 1, name: 'a', children: [{ id: 2, name: 'b' }] }]);
  });

  it('filters by name keeping the ancestors', () => {
    const hit = filterTree(asTree(flat), '鼓楼');
    expect(hit[0].name).toBe('榆阳区交通运输局');
    expect((hit[0].children as Record<string, unknown>[]).map((n) => n.name)).toEqual(['运输管理所']);
    expect(filterTree(asTree(flat), '不存在')).toEqual([]);
    expect(filterTree(asTree(flat), '  ')).toHaveLength(1);
  });

  it('maps ids to names across the tree', () => {
    expect(namesOf(asTree(flat)).get('101')).toBe('鼓楼街道网格');
  });
});
