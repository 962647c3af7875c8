export interface ImportReport {
  total: number;
  success: number;
  failed: number;
  errors: { key: number; row: number | string; message: string }[];
}

/** Reads the per-row import report in the shapes a server may send it. */
export function normaliseImportResult(raw: unknown): ImportReport {
  const r = (raw ?? {}) as Record<string, unknown>;
  const errList = (r.errors ?? r.errorRows ?? r.failures ?? []) as Record<string, unknown>[];
  const errors = (Array.isArray(errList) ? errList : []).map((e, i) => ({
    key: i,
    row: (e.row ?? e.rowNum ?? e.rowNo ?? e.line ?? '-') as number | string,
    message: String(e.message ?? e.msg ?? e.error ?? (Array.isArray(e.messages) ? e.messages.join('；') : '')),
  }));
  const success = Number(r.success ?? r.successCount ?? r.imported ?? 0);
  const failed = Number(r.failed ?? r.failCount ?? r.failedCount ?? errors.length);
  const total = Number(r.total ?? r.totalCount ?? success + failed);
  return { total, success, failed, errors };
}
