package com.yuyang.traffic.enforcement.appeal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * B8: when a case waiting in its appeal stage is to be filed automatically. The period for appeal ends at the
 * appeal stage's deadline (the route's time limit) or, when the route sets none, {@code periodDays} after the
 * stage was entered; after a rejected first appeal the appellant keeps at least {@code periodDays} from the
 * reply to appeal again. A pending appeal or an upheld one stops the automatic filing (staff decide).
 */
public final class AppealWindow {

    public enum Verdict { WAIT, FILE_SECOND_REJECTED, FILE_PERIOD_OVER }

    private AppealWindow() {
    }

    public static Verdict decide(List<Appeal> prior, LocalDateTime entered, LocalDateTime deadline, int periodDays,
                                 LocalDateTime now) {
        for (Appeal a : prior) {
            if (Appeal.PENDING.equals(a.getStatus()) || Appeal.ACCEPTED.equals(a.getStatus())) {
                return Verdict.WAIT;
            }
        }
        if (prior.size() >= AppealService.MAX_APPEALS) {
            return Verdict.FILE_SECOND_REJECTED;
        }
        return now.isBefore(end(prior, entered, deadline, periodDays)) ? Verdict.WAIT : Verdict.FILE_PERIOD_OVER;
    }

    /** The end of the period for appeal (for the public page as well). */
    public static LocalDateTime end(List<Appeal> prior, LocalDateTime entered, LocalDateTime deadline, int periodDays) {
        LocalDateTime end = deadline != null ? deadline : entered.plusDays(periodDays);
        if (!prior.isEmpty()) {
            Appeal last = prior.get(prior.size() - 1);
            if (last.getReplyTime() != null && last.getReplyTime().plusDays(periodDays).isAfter(end)) {
                end = last.getReplyTime().plusDays(periodDays);
            }
        }
        return end;
    }
}
