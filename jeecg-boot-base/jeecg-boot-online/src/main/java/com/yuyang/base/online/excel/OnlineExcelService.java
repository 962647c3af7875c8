package com.yuyang.base.online.excel;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;
import cn.idev.excel.write.metadata.WriteSheet;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.online.data.DictLabels;
import com.yuyang.base.online.data.OnlineQueryService;
import com.yuyang.base.online.data.OnlineWriteService;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Excel for every form: streamed export of the current filters with dictionary labels, an import template,
 * and import with a per-row report in two modes — {@code all} (one bad row rejects the file, nothing written)
 * and {@code skip} (good rows written, bad rows reported). Rows go through the same validation and grid
 * checks as the data API.
 */
@Service
public class OnlineExcelService {

    public static final int MAX_IMPORT_ROWS = 50_000;
    private static final int BATCH = 500;

    private final FormRegistry forms;
    private final OnlineQueryService query;
    private final OnlineWriteService write;
    private final DictLabels dicts;
    private final ImportProgress progress;
    private final TransactionTemplate tx;

    public OnlineExcelService(FormRegistry forms, OnlineQueryService query, OnlineWriteService write, DictLabels dicts,
                              ImportProgress progress, PlatformTransactionManager txManager) {
        this.forms = forms;
        this.query = query;
        this.write = write;
        this.dicts = dicts;
        this.progress = progress;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Writes all rows matching {@code params} in batches of 500 (memory bounded by the batch, not the table). */
    public void export(String code, Map<String, String> params, OutputStream out) {
        FormDef form = forms.runtime(code);
        ExcelColumns cols = ExcelColumns.exportOf(form);
        ExcelWriter writer = FastExcel.write(out).head(cols.heads()).autoCloseStream(false).build();
        try {
            WriteSheet sheet = FastExcel.writerSheet(form.title()).build();
            query.stream(code, params, BATCH, rows -> {
                List<List<Object>> data = new ArrayList<>(rows.size());
                for (Map<String, Object> r : rows) {
                    List<Object> line = new ArrayList<>(cols.columns().size());
                    for (ExcelColumns.Column c : cols.columns()) {
                        Object label = c.field() != null && c.field().hasDictionary() ? r.get(c.key() + "_dictText") : null;
                        Object v = label != null ? label : r.get(c.key());
                        line.add(v instanceof Boolean b ? (b ? "是" : "否") : v);
                    }
                    data.add(line);
                }
                writer.write(data, sheet);
            });
        } finally {
            writer.finish();
        }
    }

    public void template(String code, OutputStream out) {
        FormDef form = forms.runtime(code);
        ExcelWriter writer = FastExcel.write(out).head(ExcelColumns.importOf(form).heads()).autoCloseStream(false).build();
        try {
            writer.write(List.of(), FastExcel.writerSheet(form.title()).build());
        } finally {
            writer.finish();
        }
    }

    public ImportReport importFile(String code, InputStream in, String mode, String jobId) {
        return importFile(code, in, mode, jobId, true);
    }

    /** @param markDone false for background imports: {@link ImportJobs} marks DONE once the report is stored */
    ImportReport importFile(String code, InputStream in, String mode, String jobId, boolean markDone) {
        FormDef form = forms.runtime(code);
        boolean allOrNothing = switch (mode == null ? "all" : mode) {
            case "all" -> true;
            case "skip" -> false;
            default -> throw BizException.badRequest("导入模式只能是 all（整体校验）或 skip（跳过错误行）");
        };
        List<Map<String, Object>> rows = read(form, in);
        int total = rows.size();
        progress.update(code, jobId, "RUNNING", 0, total);
        List<ImportReport.RowError> errors = new ArrayList<>();
        int[] imported = {0};
        if (allOrNothing) {
            tx.executeWithoutResult(status -> {
                insertAll(code, jobId, rows, errors, imported);
                if (!errors.isEmpty()) {
                    status.setRollbackOnly();
                    imported[0] = 0;
                }
            });
        } else {
            insertAll(code, jobId, rows, errors, imported);
        }
        progress.update(code, jobId, markDone ? "DONE" : "RUNNING", total, total);
        return new ImportReport(allOrNothing ? "all" : "skip", total, imported[0], errors.size(), errors);
    }

    private void insertAll(String code, String jobId, List<Map<String, Object>> rows, List<ImportReport.RowError> errors,
                           int[] imported) {
        for (int i = 0; i < rows.size(); i++) {
            try {
                write.create(code, rows.get(i));
                imported[0]++;
            } catch (BizException e) {
                @SuppressWarnings("unchecked")
                Map<String, String> fields = e.detail() instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
                errors.add(new ImportReport.RowError(i + 2, fields, e.getMessage()));
            }
            if (i % 100 == 99) {
                progress.update(code, jobId, "RUNNING", i + 1, rows.size());
            }
        }
    }

    /** Reads the first sheet; headers are matched to fields by label (or name); dictionary labels become values. */
    private List<Map<String, Object>> read(FormDef form, InputStream in) {
        ExcelColumns cols = ExcelColumns.importOf(form);
        Map<String, ExcelColumns.Column> byHeader = new HashMap<>();
        cols.columns().forEach(c -> {
            byHeader.put(c.header(), c);
            byHeader.put(c.key(), c);
        });
        Map<String, Map<String, String>> reverse = new HashMap<>();
        cols.columns().stream().filter(c -> c.field() != null && c.field().hasDictionary())
                .forEach(c -> reverse.put(c.key(), dicts.values(c.field())));
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<Integer, ExcelColumns.Column> mapping = new HashMap<>();
        try {
            FastExcel.read(in, new AnalysisEventListener<Map<Integer, String>>() {
                @Override
                public void invokeHeadMap(Map<Integer, String> head, AnalysisContext context) {
                    head.forEach((i, h) -> {
                        if (h != null && byHeader.containsKey(h.trim())) {
                            mapping.put(i, byHeader.get(h.trim()));
                        }
                    });
                }

                @Override
                public void invoke(Map<Integer, String> data, AnalysisContext context) {
                    if (rows.size() >= MAX_IMPORT_ROWS) {
                        throw BizException.badRequest("单次最多导入 " + MAX_IMPORT_ROWS + " 行");
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    mapping.forEach((i, c) -> {
                        String v = data.get(i);
                        Map<String, String> labels = reverse.get(c.key());
                        row.put(c.key(), labels != null && v != null ? labels.getOrDefault(v.trim(), v) : v);
                    });
                    rows.add(row);
                }

                @Override
                public void doAfterAllAnalysed(AnalysisContext context) {
                }
            }).sheet().headRowNumber(1).doRead();
        } catch (BizException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof BizException be) {
                throw be;
            }
            throw BizException.badRequest("无法读取 Excel 文件，请使用 xlsx 格式的导入模板");
        }
        if (mapping.isEmpty()) {
            throw BizException.badRequest("表头与表单字段不匹配，请使用导入模板");
        }
        return rows;
    }
}
