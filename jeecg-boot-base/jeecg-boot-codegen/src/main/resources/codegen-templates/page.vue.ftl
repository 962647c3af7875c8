<#-- Vue page for jeecg-ui. Labels are escaped for JavaScript string literals. -->
<template>
  <div class="gen-page">
    <a-form layout="inline" :model="query" @finish="load(1)">
<#list fields?filter(f -> f.query == "eq" || f.query == "like") as f>
      <a-form-item label="${f.label?html}"><a-input v-model:value="query.${f.column}" allow-clear /></a-form-item>
</#list>
      <a-form-item><a-button type="primary" html-type="submit">查询</a-button></a-form-item>
    </a-form>
    <a-table :columns="columns" :data-source="rows" :pagination="pagination" row-key="id" :loading="loading"
             @change="(p) => load(p.current)" />
  </div>
</template>

<script setup lang="ts">
// Generated from form-schemas/${code}.json for the typed API /api/gen/${code}; regenerate rather than edit.
import { reactive, ref } from 'vue'
import axios from 'axios'

const columns = [
<#list fields?filter(f -> f.list) as f>
  { title: '${f.label?js_string}', dataIndex: '${f.column}', sorter: ${f.sortable?c} },
</#list>
]
const query = reactive<Record<string, string>>({})
const rows = ref<Record<string, unknown>[]>([])
const loading = ref(false)
const pagination = reactive({ current: 1, pageSize: 10, total: 0 })

async function load(page = 1) {
  loading.value = true
  try {
    const params = { ...query, pageNo: page, pageSize: pagination.pageSize }
    const token = localStorage.getItem('X-Access-Token') ?? ''
    const { data } = await axios.get('/api/gen/${code}', { params, headers: { 'X-Access-Token': token } })
    rows.value = data.result.records
    pagination.total = data.result.total
    pagination.current = page
  } finally {
    loading.value = false
  }
}

load()
</script>
