import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { h } from 'vue';
import { Table } from 'ant-design-vue';
import ListTable from '@/components/ListTable.vue';
import { useList } from '@/composables/useList';

type Row = { id: string; name: string };
const rows = (n: number, from = 1): Row[] => Array.from({ length: n }, (_, i) => ({ id: String(from + i), name: `主体${from + i}` }));
const columns = [
  { title: '名称', dataIndex: 'name', key: 'name' },
  { title: '操作', key: 'ops' },
];

describe('ListTable', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the error with a retry that reloads the list, and says 加载失败 in the table', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('网络异常，无法连接服务器')).mockResolvedValue({ total: 1, records: rows(1) });
    const list = useList<Row>({ fetch });
    const load = vi.spyOn(list, 'load');
    const wrapper = mount(ListTable, { props: { list, columns, emptyText: '暂无主体' } });
    await flushPromises();
    expect(wrapper.find('.ant-alert-error').text()).toContain('网络异常，无法连接服务器');
    expect(wrapper.find('.ant-table-placeholder').text()).toContain('加载失败');
    expect(wrapper.text()).not.toContain('暂无主体');

    await wrapper.find('.ant-alert-error button').trigger('click');
    expect(load).toHaveBeenCalledTimes(1);
    await flushPromises();
    expect(wrapper.find('.ant-alert-error').exists()).toBe(false);
    expect(wrapper.text()).toContain('主体1');
  });

  it('shows the page\'s empty text when there is no error, and a prefix before the error when asked', async () => {
    const list = useList<Row>({ fetch: async () => ({ total: 0, records: [] }) });
    const wrapper = mount(ListTable, { props: { list, columns, emptyText: '暂无主体' } });
    await flushPromises();
    expect(wrapper.find('.ant-alert').exists()).toBe(false);
    expect(wrapper.find('.ant-table-placeholder').text()).toContain('暂无主体');

    list.error.value = '服务器错误';
    await wrapper.setProps({ errorPrefix: '加载失败：' });
    expect(wrapper.find('.ant-alert-error').text()).toContain('加载失败：服务器错误');
    expect(wrapper.find('.ant-table-placeholder').text()).toContain('加载失败');
  });

  it('server paging: passes list.pagination (with overrides) and sends table changes to list.onTableChange', async () => {
    const fetch = vi.fn(async (q: { pageNo: number; pageSize: number }) => ({ total: 25, records: rows(q.pageSize, (q.pageNo - 1) * q.pageSize + 1) }));
    const list = useList<Row>({ fetch });
    const onTableChange = vi.spyOn(list, 'onTableChange');
    const wrapper = mount(ListTable, {
      props: { list, columns, emptyText: '暂无主体', pagination: { pageSizeOptions: ['10', '20'] } },
      attrs: { 'data-test': 'subjects', scroll: { x: 900 } },
    });
    await flushPromises();
    const table = wrapper.findComponent(Table);
    expect(table.props('pagination')).toMatchObject({ current: 1, pageSize: 10, total: 25, showSizeChanger: true, pageSizeOptions: ['10', '20'] });
    expect(table.props('rowKey')).toBe('id');
    expect(table.props('size')).toBe('small');
    expect(table.props('scroll')).toEqual({ x: 900 });
    // attributes land on the table itself, not on a wrapper
    expect(wrapper.find('[data-test="subjects"]').classes()).toContain('ant-table');
    expect(wrapper.text()).toContain('共 25 条');

    await wrapper.find('.ant-pagination-item-2').trigger('click');
    expect(onTableChange).toHaveBeenCalledTimes(1);
    expect(onTableChange.mock.calls[0][0]).toMatchObject({ current: 2, pageSize: 10 });
    await flushPromises();
    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ pageNo: 2, pageSize: 10 }));
    expect(wrapper.text()).toContain('主体11');
  });

  it('client paging: a-table pages the array itself, 20 a page, without refetching', async () => {
    const fetch = vi.fn(async () => rows(45));
    const list = useList<Row>({ fetch });
    const onTableChange = vi.spyOn(list, 'onTableChange');
    const onChange = vi.fn();
    const wrapper = mount(ListTable, {
      props: { list, columns, emptyText: '暂无主体', clientPaging: true, pagination: { showTotal: (t: number) => `共 ${t} 条（最多显示 500 条）` } },
      attrs: { onChange },
    });
    await flushPromises();
    expect(wrapper.findComponent(Table).props('pagination')).toMatchObject({ pageSize: 20 });
    expect(wrapper.text()).toContain('共 45 条（最多显示 500 条）');
    expect(wrapper.findAll('.ant-table-tbody tr.ant-table-row')).toHaveLength(20);

    await wrapper.find('.ant-pagination-item-3').trigger('click');
    await flushPromises();
    expect(onTableChange).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledTimes(1); // the page's own listener still hears the change
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(wrapper.findAll('.ant-table-tbody tr.ant-table-row')).toHaveLength(5);
    expect(wrapper.text()).toContain('主体45');
  });

  it('passes the slots on: bodyCell renders per cell, title gets the page\'s rows', async () => {
    const list = useList<Row>({ fetch: async () => ({ total: 2, records: rows(2) }) });
    const wrapper = mount(ListTable, {
      props: { list, columns, rowKey: (r: Row) => `k${r.id}` },
      slots: {
        bodyCell: ({ column, record }: { column: { key?: unknown }; record: Record<string, unknown> }) =>
          column.key === 'ops' ? h('a', { 'data-test': 'open' }, `打开${record.id}`) : undefined,
        title: (data: Record<string, unknown>[]) => h('span', { 'data-test': 'title' }, `本页 ${data.length} 条`),
      },
    });
    await flushPromises();
    expect(wrapper.findAll('[data-test="open"]').map((a) => a.text())).toEqual(['打开1', '打开2']);
    expect(wrapper.text()).toContain('主体2'); // cells the slot leaves alone keep their default text
    expect(wrapper.find('[data-test="title"]').text()).toBe('本页 2 条');
    expect(wrapper.findAll('tr.ant-table-row').map((tr) => tr.attributes('data-row-key'))).toEqual(['k1', 'k2']);
  });
});
