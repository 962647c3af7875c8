package com.yuyang.traffic.enforcement.overdue;

import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.job.PlatformJob;
import org.springframework.stereotype.Component;

/** The scheduled B13 overdue scan (every 5 minutes by default; {@code platform.enforcement.overdue-cron}). */
@Component
public class OverdueJob {

    public static final String NAME = "enforcementOverdue";

    private final OverdueScanner scanner;

    public OverdueJob(OverdueScanner scanner) {
        this.scanner = scanner;
    }

    @PlatformJob(name = NAME, cron = "${platform.enforcement.overdue-cron:0 */5 * * * *}",
            description = "执法案件环节超期预警（每个超期环节只提醒一次）")
    public String run() {
        OverdueScanner.RunReport r = DataScopeContext.runAsSystem(scanner::run);
        return "超期环节 " + r.overdue() + " 个，已提醒 " + r.warned() + " 个，无可提醒人员 " + r.nobodyToWarn() + " 个";
    }
}
