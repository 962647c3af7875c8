package com.yuyang.traffic.enforcement.appeal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuyang.base.core.crypto.FieldCipher;
import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.message.api.MessageCategories;
import com.yuyang.base.message.api.MessageDraft;
import com.yuyang.base.message.api.MessageSender;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.enforcement.caseflow.api.StageCode;
import com.yuyang.traffic.enforcement.publicpage.PublicUploads;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * B7 appeals. The enforced party appeals from the case's public page while the case waits in its appeal stage;
 * staff answer each appeal. Rules: the first and the second appeal are accepted for review; a third is refused;
 * a new appeal waits until the previous one is answered; an upheld (accepted) appeal ends the appealing. The
 * unique key (case_id, seq) makes a third row, or two concurrent "second" appeals, impossible in the table.
 * What follows a rejection (automatic filing, B8) is {@link AutomaticFiling}'s business.
 */
@Service
public class AppealService {

    public static final int MAX_APPEALS = 2;
    /** The stages in which a case takes appeals. */
    public static final Set<StageCode> APPEAL_STAGES = Set.of(StageCode.APPEAL);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppealMapper appeals;
    private final CaseQueries cases;
    private final FieldCipher cipher;
    private final PublicUploads uploads;
    private final MessageSender messages;
    private final JdbcTemplate jdbc;

    public AppealService(AppealMapper appeals, CaseQueries cases, FieldCipher cipher, PublicUploads uploads,
                         MessageSender messages, JdbcTemplate jdbc) {
        this.appeals = appeals;
        this.cases = cases;
        this.cipher = cipher;
        this.uploads = uploads;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** Appeals of a case, oldest first; no scope check (callers resolved the case already). */
    public List<Appeal> ofCase(long caseId) {
        return DataScopeContext.runAsSystem(() -> appeals.selectList(new LambdaQueryWrapper<Appeal>()
                .eq(Appeal::getCaseId, caseId).orderByAsc(Appeal::getSeq)));
    }

    /** Why a case does not take an appeal now, or null when it does. The count comes first: a third appeal is refused as such. */
    public String refusal(CaseView c, List<Appeal> prior) {
        if (prior.size() >= MAX_APPEALS) {
            return "该案件已申诉两次，第三次申诉不予受理";
        }
        if (!prior.isEmpty()) {
            Appeal last = prior.get(prior.size() - 1);
            if (Appeal.PENDING.equals(last.getStatus())) {
                return "上一次申诉正在审查中，请等待答复后再申诉";
            }
            if (Appeal.ACCEPTED.equals(last.getStatus())) {
                return "申诉已被采纳，无需再次申诉";
            }
        }
        if (c.closed()) {
            return "案件已办结，不能再提交申诉";
        }
        if (!APPEAL_STAGES.contains(c.currentStage())) {
            return "案件当前处于“" + c.currentStageName() + "”环节，不在申诉期内，不能提交申诉";
        }
        return null;
    }

    /** A public appeal; answers the new appeal (its seq tells the appellant which one it was). */
    @Transactional
    public Appeal submit(CaseView c, AppealRequests.Submit req, String clientHash) {
        List<Long> media = req.media() == null ? List.of() : req.media().stream().map(Long::valueOf).distinct().toList();
        uploads.requireOwnedBy(c.id(), media);
        return DataScopeContext.runAsSystem(() -> {
            CaseView now = lockedStage(c);
            List<Appeal> prior = ofCase(c.id());
            String refusal = refusal(now, prior);
            if (refusal != null) {
                throw BizException.conflict(refusal);
            }
            Appeal a = new Appeal();
            a.setTenantId(1L);
            a.setCaseId(c.id());
            a.setGridId(c.gridId());
            a.setSeq(prior.size() + 1);
            a.setContent(req.content().trim());
            a.setAppellant(req.appellant().trim());
            a.setPhoneEnc(cipher.encrypt(req.phone()));
            a.setPhoneHash(cipher.hash(req.phone()));
            a.setMedia(json(media));
            a.setStatus(Appeal.PENDING);
            a.setClientHash(clientHash);
            try {
                appeals.insert(a);
            } catch (DuplicateKeyException e) {
                throw BizException.conflict("申诉正在提交，请勿重复提交");
            }
            notifyStaff(c, a);
            return a;
        });
    }

    /**
     * The case with its stage and status as committed now, its row locked until the appeal commits (a locking read of
     * the engine's read model, nothing written): a stage action running at the same time (e.g. {@code pass} on
     * APPEAL, see {@link AppealStagePass}) either finishes first, and the appeal sees the case's new stage, or waits
     * for the appeal and sees it.
     */
    private CaseView lockedStage(CaseView c) {
        List<String[]> rows = jdbc.query("SELECT status, current_stage FROM enforcement_case WHERE id = ? AND del_flag = 0"
                + " FOR UPDATE", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, c.id());
        if (rows.isEmpty()) {
            throw BizException.notFound("案件不存在或二维码无效");
        }
        String status = rows.get(0)[0];
        StageCode stage = StageCode.parse(rows.get(0)[1]).orElse(null);
        if (status.equals(c.status()) && stage == c.currentStage()) {
            return c;
        }
        // moved meanwhile: judge the appeal on the state the lock protects
        return new CaseView(c.id(), c.caseNo(), c.publicToken(), c.categoryId(), c.subjectId(), c.routeId(),
                c.routeVersion(), c.gridId(), c.deptId(), c.source(), c.content(), c.plate(), c.media(), status, stage,
                stage == null ? rows.get(0)[1] : stage.label(), c.currentSeq(), c.currentStageEntryId(), c.stageDeadline(),
                c.paused(), c.assigneeId(), c.reporterId(), c.createTime(), c.closedTime(), c.version());
    }

    /**
     * Staff answer to a pending appeal (grid-scoped: an appeal of a case outside the caller's grids is not found).
     * One conditional update on (status, version): of two concurrent answers exactly one wins, the other gets 409.
     */
    @Transactional
    public Appeal reply(long appealId, AppealRequests.Reply req, LoginUser user) {
        Appeal a = appeals.selectById(appealId);
        if (a == null || cases.find(a.getCaseId()).isEmpty()) {
            throw BizException.notFound("申诉不存在或无权访问");
        }
        if (!Appeal.PENDING.equals(a.getStatus())) {
            throw BizException.conflict("该申诉已答复，不能重复答复");
        }
        LocalDateTime now = LocalDateTime.now();
        String status = Boolean.TRUE.equals(req.accepted()) ? Appeal.ACCEPTED : Appeal.REJECTED;
        int updated = appeals.update(null, new LambdaUpdateWrapper<Appeal>()
                .set(Appeal::getStatus, status).set(Appeal::getReply, req.reply().trim())
                .set(Appeal::getRepliedBy, user.id()).set(Appeal::getReplyTime, now)
                .set(Appeal::getUpdateBy, user.username()).set(Appeal::getUpdateTime, now)
                .setSql("version = version + 1")
                .eq(Appeal::getId, appealId).eq(Appeal::getStatus, Appeal.PENDING).eq(Appeal::getVersion, a.getVersion()));
        if (updated == 0) {
            throw BizException.conflict("该申诉已被他人答复，请刷新后查看");
        }
        a.setStatus(status);
        a.setReply(req.reply().trim());
        a.setRepliedBy(user.id());
        a.setReplyTime(now);
        a.setVersion(a.getVersion() + 1);
        return a;
    }

    public String phoneOf(Appeal a) {
        return cipher.decrypt(a.getPhoneEnc());
    }

    public static List<Long> mediaOf(Appeal a) {
        if (a.getMedia() == null || a.getMedia().isBlank()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(a.getMedia(), Long[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad media of appeal " + a.getId(), e);
        }
    }

    private void notifyStaff(CaseView c, Appeal a) {
        MessageDraft.Builder draft = MessageDraft.message(MessageCategories.ENFORCEMENT_APPEAL_RECEIVED,
                        "案件申诉：" + c.caseNo() + "（第" + a.getSeq() + "次）")
                .content("当事人对案件 " + c.caseNo() + " 提出第" + a.getSeq() + "次申诉，请及时审查答复")
                .biz("enforcement_appeal", a.getId())
                .dedupeKey("enf-appeal:" + a.getId())
                .priority(MessageDraft.Priority.HIGH);
        if (c.assigneeId() != null) {
            draft.toUsers(c.assigneeId());
        } else if (c.deptId() != null) {
            draft.toDepts(c.deptId());
        } else {
            draft.toGrids(c.gridId());
        }
        messages.send(draft.build());
    }

    private static String json(List<Long> media) {
        try {
            return JSON.writeValueAsString(media);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
