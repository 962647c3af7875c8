package com.yuyang.server.online;

import cn.idev.excel.FastExcel;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.online.api.OnlineDataController;
import com.yuyang.base.online.api.OnlineExcelController;
import com.yuyang.base.online.excel.ImportReport;
import com.yuyang.server.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.yuyang.server.online.OnlineUsers.ADMIN;
import static com.yuyang.server.online.OnlineUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** P3 Excel: export with current filters and labels, template, import in both modes with a row report, progress. */
class OnlineExcelIT extends IntegrationTest {

    @Autowired
    OnlineExcelController excel;
    @Autowired
    OnlineDataController data;
    @Autowired
    JdbcTemplate jdbc;

    static List<Map<Integer, String>> readSheet(byte[] xlsx) {
        List<Map<Integer, String>> rows = new ArrayList<>();
        FastExcel.read(new ByteArrayInputStream(xlsx), new cn.idev.excel.event.AnalysisEventListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, cn.idev.excel.context.AnalysisContext context) {
                rows.add(row);
            }

            @Override
            public void doAfterAllAnalysed(cn.idev.excel.context.AnalysisContext context) {
            }
        }).sheet().headRowNumber(0).doRead();
        return rows;
    }

    static byte[] workbook(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("导入").doWrite(rows);
        return out.toByteArray();
    }

    @Test
    void exportHonoursFiltersScopeAndWritesDictionaryLabels() throws Exception {
        as(ADMIN, () -> data.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕K90001", "导出车主", 101, "vehicle_type", "bus",
                "in_service", true)));
        as(ADMIN, () -> data.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕K90002", "导出车主", 102, "vehicle_type", "truck")));
        as(ADMIN, () -> data.add("demo_vehicle", OnlineDataCrudIT.vehicle("陕K90003", "别的车主", 101)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        OnlineUsers.run(ADMIN, () -> unchecked(() -> excel.export("demo_vehicle", Map.of("owner_name", "导出车主", "sort", "plate_no",
                "order", "asc"), response)));
        assertThat(response.getContentType()).contains("spreadsheetml");
        List<Map<Integer, String>> rows = readSheet(response.getContentAsByteArray());
        assertThat(rows.get(0)).containsValues("车牌号", "车主", "车辆类型", "所属网格ID");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsValues("陕K90001", "客车", "是", "101");
        assertThat(rows.get(2)).containsValues("陕K90002", "货车", "102");

        LoginUser inspector = OnlineUsers.inspector1(OnlineUsers.crud("demo_vehicle"));
        MockHttpServletResponse scoped = new MockHttpServletResponse();
        OnlineUsers.run(inspector, () -> unchecked(() -> excel.export("demo_vehicle", Map.of("owner_name", "导出车主"), scoped)));
        assertThat(readSheet(scoped.getContentAsByteArray())).hasSize(2);

        assertThatThrownBy(() -> OnlineUsers.run(ADMIN, () -> unchecked(() -> excel.export("demo_vehicle",
                Map.of("sort", "id;drop"), new MockHttpServletResponse()))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> OnlineUsers.run(OnlineUsers.inspector1("online:demo_vehicle:list"), () -> unchecked(() ->
                excel.export("demo_vehicle", Map.of(), new MockHttpServletResponse()))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void templateHasTheWritableColumns() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        OnlineUsers.run(ADMIN, () -> unchecked(() -> excel.template("demo_order_item", response)));
        assertThat(readSheet(response.getContentAsByteArray()).get(0).values())
                .containsExactly("运单", "货物名称", "数量", "重量(吨)");
    }

    @Test
    void importAllOrNothingRejectsTheFileOnOneBadRowAndSkipModeWritesTheGoodRows() {
        List<List<Object>> sheet = List.of(
                List.of("车牌号", "车主", "车辆类型", "座位数", "所属网格ID"),
                List.of("陕K91001", "导入一", "客车", "40", "101"),
                List.of("坏车牌", "导入二", "飞机", "500", "101"),
                List.of("陕K91003", "导入三", "出租车", "4", "101"));
        MockMultipartFile file = new MockMultipartFile("file", "v.xlsx", "application/octet-stream", workbook(sheet));

        ImportReport all = as(ADMIN, () -> unchecked(() -> excel.importFile("demo_vehicle", file, "all", "job-all-1")).result());
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.imported()).isZero();
        assertThat(all.failed()).isEqualTo(1);
        assertThat(all.errors().get(0).row()).isEqualTo(3);
        assertThat(all.errors().get(0).fields()).containsKeys("plate_no", "vehicle_type", "seats");
        assertThat(count("导入")).isZero();
        assertThat(as(ADMIN, () -> excel.importProgress("demo_vehicle", "job-all-1").result()))
                .containsEntry("status", "DONE").containsEntry("total", 3);

        ImportReport skip = as(ADMIN, () -> unchecked(() -> excel.importFile("demo_vehicle", file, "skip", null)).result());
        assertThat(skip.imported()).isEqualTo(2);
        assertThat(skip.failed()).isEqualTo(1);
        assertThat(count("导入")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT vehicle_type FROM demo_vehicle WHERE plate_no = '陕K91003'", String.class))
                .isEqualTo("taxi");

        assertThatThrownBy(() -> as(ADMIN, () -> unchecked(() -> excel.importFile("demo_vehicle", file, "maybe", null))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
        MockMultipartFile junk = new MockMultipartFile("file", "v.xlsx", "application/octet-stream", "not excel".getBytes());
        assertThatThrownBy(() -> as(ADMIN, () -> unchecked(() -> excel.importFile("demo_vehicle", junk, "all", null))))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void importIntoAnotherGridIsRefusedPerRow() {
        LoginUser inspector = OnlineUsers.inspector1(OnlineUsers.crud("demo_vehicle"));
        MockMultipartFile file = new MockMultipartFile("file", "v.xlsx", "application/octet-stream", workbook(List.of(
                List.of("车牌号", "车主", "所属网格ID"),
                List.of("陕K92001", "网格导入", "101"),
                List.of("陕K92002", "网格导入", "102"))));
        ImportReport r = as(inspector, () -> unchecked(() -> excel.importFile("demo_vehicle", file, "skip", null)).result());
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.errors()).extracting(ImportReport.RowError::row).containsExactly(3);
        assertThat(jdbc.queryForList("SELECT grid_id FROM demo_vehicle WHERE owner_name = '网格导入'", Long.class)).containsExactly(101L);
    }

    private int count(String ownerPrefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM demo_vehicle WHERE owner_name LIKE ?", Integer.class, ownerPrefix + "%");
    }

    interface Body<T> {
        T get() throws Exception;
    }

    static <T> T unchecked(Body<T> b) {
        try {
            return b.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface VoidBody {
        void run() throws Exception;
    }

    static void unchecked(VoidBody b) {
        try {
            b.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
