package com.yuyang.traffic.safety.recheck;

import com.yuyang.base.core.job.PlatformJob;
import org.springframework.stereotype.Component;

/** The scheduled A3 recheck assignment (every 10 minutes by default; {@code platform.safety.recheck-cron}). */
@Component
public class RecheckJob {

    private final RecheckService rechecks;

    public RecheckJob(RecheckService rechecks) {
        this.rechecks = rechecks;
    }

    @PlatformJob(name = RecheckService.JOB, cron = "${platform.safety.recheck-cron:0 */10 * * * *}",
            description = "监督检查项复查到期自动分配")
    public String run() {
        RecheckService.RunReport r = rechecks.run();
        return "到期 " + r.due() + " 项，新分配 " + r.assigned() + " 项（其中改派 " + r.reassigned() + " 项），未分配 " + r.unassigned() + " 项";
    }
}
