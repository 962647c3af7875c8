import { describe, expect, it } from 'vitest';
import {
  emptyDraft, hiddenNote, optionTree, reasonGroups, shareText, summaryText, toOrder, validateDraft,
} from '@/views/safety/sampling/samplingLogic';
import type { SamplingBatch } from '@/api/safetySampling';

const batch: SamplingBatch = {
  id: '1', createTime: '2026-11-24 08:00:00', createBy: 'leader1', subjectRatio: 0.05, subjectCount: null, itemCount: 2,
  candidateCount: 40, drawnCount: 2, assignedCount: 1, unassignedCount: 1, scope: '全部（本人网格范围）',
};

describe('sampling form logic', () => {
  it('accepts the default order and sends a share in (0, 1] with the scope left out', () => {
    const d = emptyDraft();
    expect(validateDraft(d)).toEqual([]);
    expect(toOrder(d)).toEqual({ itemCount: 2, subjectRatio: 0.05 });
  });

  it('sends the chosen scope and a count instead of a share', () => {
    const d = { ...emptyDraft(), unitId: '10', gridIds: ['101', '102'], industryIds: ['30101'], mode: 'count' as const, count: 20, itemCount: 3 };
    expect(toOrder(d)).toEqual({ unitId: '10', gridIds: ['101', '102'], industryIds: ['30101'], subjectCount: 20, itemCount: 3 });
    expect(toOrder({ ...emptyDraft(), percent: 12.5 }).subjectRatio).toBe(0.125);
    expect(toOrder({ ...emptyDraft(), percent: 100 }).subjectRatio).toBe(1);
  });

  it('names every wrong value with the server\'s bounds', () => {
    expect(validateDraft({ ...emptyDraft(), percent: 0 })).toEqual(['请填写抽取比例（大于 0）']);
    expect(validateDraft({ ...emptyDraft(), percent: undefined })).toEqual(['请填写抽取比例（大于 0）']);
    expect(validateDraft({ ...emptyDraft(), percent: 120 })).toEqual(['抽取比例不能大于 100%']);
    expect(validateDraft({ ...emptyDraft(), mode: 'count', count: undefined })).toEqual(['抽取数量须为至少 1 的整数']);
    expect(validateDraft({ ...emptyDraft(), mode: 'count', count: 2.5 })).toEqual(['抽取数量须为至少 1 的整数']);
    expect(validateDraft({ ...emptyDraft(), mode: 'count', count: 100001 })).toEqual(['抽取数量不能超过 100000']);
    expect(validateDraft({ ...emptyDraft(), itemCount: 0 })).toEqual(['检查项数量须为至少 1 的整数']);
    expect(validateDraft({ ...emptyDraft(), percent: -1, itemCount: 101 })).toHaveLength(2);
    // a count mode ignores the percent field and the other way round
    expect(validateDraft({ ...emptyDraft(), mode: 'count', count: 3, percent: undefined })).toEqual([]);
  });

  it('builds the scope trees from flat options; an orphan becomes a root', () => {
    const tree = optionTree([
      { id: '101', parentId: '0', name: '鼓楼' },
      { id: '1011', parentId: '101', name: '鼓楼一社区' },
      { id: '102', parentId: '0', name: '青山路' },
      { id: '2001', parentId: '999', name: '外部' },
    ]);
    expect(tree.map((n) => n.title)).toEqual(['鼓楼', '青山路', '外部']);
    expect(tree[0].children?.map((n) => n.value)).toEqual(['1011']);
    expect(tree[1].children).toBeUndefined();
  });

  it('describes batches, groups unassigned reasons and notes rows of other grids', () => {
    expect(shareText(batch)).toBe('5%');
    expect(shareText({ subjectRatio: 0.125, subjectCount: null })).toBe('12.5%');
    expect(shareText({ subjectRatio: null, subjectCount: 20 })).toBe('20 个');
    expect(summaryText(batch)).toBe('候选 40 个主体，抽取 2 个：已派单 1 个，未能派单 1 个');
    const u = (reason: string) => ({ subjectId: '1', subjectName: 'x', gridId: '101', gridName: '鼓楼', reason });
    expect(reasonGroups([u('网格内没有检查人员'), u('无人持有抽中的检查项'), u('无人持有抽中的检查项')])).toEqual([
      { reason: '无人持有抽中的检查项', count: 2 },
      { reason: '网格内没有检查人员', count: 1 },
    ]);
    expect(hiddenNote({ batch, tasks: [], unassigned: [], hiddenCount: 0 })).toBe('');
    expect(hiddenNote({ batch, tasks: [], unassigned: [], hiddenCount: 3 })).toBe('另有 3 个主体不在您的网格范围内，未显示');
  });
});

describe('time text', () => {
  it('shows server times without the T and fractions', async () => {
    const { timeText } = await import('@/views/safety/sampling/samplingLogic');
    expect(timeText('2026-11-24T05:58:37.897573')).toBe('2026-11-24 05:58:37');
    expect(timeText('2026-11-24 05:58:37')).toBe('2026-11-24 05:58:37');
    expect(timeText(null)).toBe('—');
  });
});
