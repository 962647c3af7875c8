<#-- Vue page for jeecg-ui. Labels are escaped for JavaScript string literals / HTML. -->
<template>
  <div class="gen-page">
    <a-form layout="inline" :model="query" @finish="load(1)">
<#list fields?filter(f -> f.query == "eq" || f.query == "like") as f>
      <a-form-item label="${f.label?html}"><a-input v-model:value="query.${f.column}" allow-clear /></a-form-item>
</#list>
      <a-form-item><a-button type="primary" html-type="submit">查询</a-button></a-form-item>
    </a-form>
<#if kind == "tree">
    <!-- tree: roots first; a node's children are loaded when it is expanded (GET ?parentId=) -->
    <a-table :columns="columns" :data-source="rows" :pagination="pagination" row-key="id" :loading="loading"
             @change="(p) => load(p.current)" @expand="expand" />
<#elseif kind == "master">
    <!-- master–detail: expanding a row loads it with its detail rows (GET /{id}) -->
    <a-table :columns="columns" :data-source="rows" :pagination="pagination" row-key="id" :loading="loading"
             @change="(p) => load(p.current)" @expand="expand">
      <template #expandedRowRender="{ record }">
<#list details as d>
        <h4>${d.title?html}</h4>
        <a-table :columns="detailColumns.${d.property}" :data-source="(details[record.id] ?? {})['${d.code}'] ?? []"
                 row-key="id" size="small" :pagination="false" />
</#list>
      </template>
    </a-table>
<#else>
    <a-table :columns="columns" :data-source="rows" :pagination="pagination" row-key="id" :loading="loading"
             @change="(p) => load(p.current)" />
</#if>
  </div>
</template>

<script setup lang="ts">
// Generated from form-schemas/${code}.json for the typed API /api/gen/${code}; regenerate rather than edit.
import { reactive, ref } from 'vue'
import axios from 'axios'

type Row = Record<string, unknown>
const columns = [
<#list fields?filter(f -> f.list) as f>
  { title: '${f.label?js_string}', dataIndex: '${f.column}', sorter: ${f.sortable?c} },
</#list>
]
<#if kind == "master">
const detailColumns = {
<#list details as d>
  ${d.property}: [
<#list d.fields?filter(f -> f.list && f.column != d.foreignKey) as f>
    { title: '${f.label?js_string}', dataIndex: '${f.column}' },
</#list>
  ],
</#list>
}
const details = reactive<Record<string, Row>>({})
</#if>
const query = reactive<Record<string, string>>({})
const rows = ref<Row[]>([])
const loading = ref(false)
const pagination = reactive({ current: 1, pageSize: 10, total: 0 })

function headers() {
  return { 'X-Access-Token': localStorage.getItem('X-Access-Token') ?? '' }
}

async function load(page = 1) {
  loading.value = true
  try {
    const params = { ...query, pageNo: page, pageSize: pagination.pageSize<#if kind == "tree">, parentId: 0</#if> }
    const { data } = await axios.get('/api/gen/${code}', { params, headers: headers() })
    rows.value = data.result.records<#if kind == "tree">.map((r: Row) => (r.has_child ? { ...r, children: [] } : r))</#if>
    pagination.total = data.result.total
    pagination.current = page
  } finally {
    loading.value = false
  }
}
<#if kind == "tree">

async function expand(open: boolean, node: Row) {
  if (!open || (node.children as Row[] | undefined)?.length) {
    return
  }
  const { data } = await axios.get('/api/gen/${code}', { params: { parentId: node.id, pageSize: 1000 }, headers: headers() })
  node.children = data.result.records.map((r: Row) => (r.has_child ? { ...r, children: [] } : r))
}
</#if>
<#if kind == "master">

async function expand(open: boolean, record: Row) {
  if (open && !details[String(record.id)]) {
    const { data } = await axios.get('/api/gen/${code}/' + record.id, { headers: headers() })
    details[String(record.id)] = data.result
  }
}
</#if>

load()
</script>
