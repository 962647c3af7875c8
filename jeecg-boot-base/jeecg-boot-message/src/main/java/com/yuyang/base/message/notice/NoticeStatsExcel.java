package com.yuyang.base.message.notice;

import cn.idev.excel.FastExcel;
import com.yuyang.base.message.notice.NoticeRequests.Reader;
import com.yuyang.base.message.notice.NoticeRequests.Stats;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The read statistics of a notice as an xlsx sheet: one line per recipient, unread first. */
final class NoticeStatsExcel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private NoticeStatsExcel() {
    }

    static void write(Stats s, OutputStream out) {
        List<List<String>> head = List.of(List.of("用户名"), List.of("姓名"), List.of("状态"), List.of("阅读时间"));
        List<List<Object>> rows = new ArrayList<>();
        for (Reader r : s.unread()) {
            rows.add(List.of(nz(r.username()), nz(r.realName()), "未读", ""));
        }
        for (Reader r : s.read()) {
            rows.add(List.of(nz(r.username()), nz(r.realName()), "已读", r.readAt().format(TIME)));
        }
        FastExcel.write(out).head(head).autoCloseStream(false).sheet("阅读统计").doWrite(rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
