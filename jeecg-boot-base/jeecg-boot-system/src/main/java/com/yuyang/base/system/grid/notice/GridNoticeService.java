package com.yuyang.base.system.grid.notice;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.yuyang.base.core.exception.BizException;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.base.core.web.PageResult;
import com.yuyang.base.system.grid.SysGridMapper;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.Create;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.Query;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.Update;
import com.yuyang.base.system.grid.notice.GridNoticeRequests.View;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import java.time.LocalDateTime;

/**
 * Grid notices. Note what is absent: no scope checks. The data-rule interceptor filters every read,
 * update and delete by the caller's grids and refuses inserts into foreign grids; a row outside the scope
 * is simply not found (404).
 */
@Service
public class GridNoticeService {

    private final SysGridNoticeMapper notices;
    private final SysGridMapper grids;

    public GridNoticeService(SysGridNoticeMapper notices, SysGridMapper grids) {
        this.notices = notices;
        this.grids = grids;
    }

    public PageResult<View> list(Query q) {
        Page<SysGridNotice> page = new Page<>(q.page() == null ? 1 : q.page(), q.size() == null ? 20 : q.size());
        LambdaQueryWrapper<SysGridNotice> w = new LambdaQueryWrapper<SysGridNotice>()
                .eq(q.gridId() != null, SysGridNotice::getGridId, q.gridId())
                .like(StringUtils.hasText(q.title()), SysGridNotice::getTitle, q.title())
                .orderByDesc(SysGridNotice::getPublishTime).orderByDesc(SysGridNotice::getId);
        return PageResult.of(notices.selectPage(page, w), View::of);
    }

    public View get(long id) {
        return View.of(find(id));
    }

    @Transactional
    public View create(Create req) {
        requireGrid(req.gridId());
        SysGridNotice n = new SysGridNotice();
        n.setTenantId(CurrentUser.get().map(LoginUser::tenantId).orElse(1L));
        n.setGridId(req.gridId());
        n.setTitle(req.title().trim());
        n.setContent(req.content());
        n.setPublishTime(req.publishTime() == null ? LocalDateTime.now().withNano(0) : req.publishTime());
        notices.insert(n);
        return View.of(find(n.getId()));
    }

    @Transactional
    public View update(long id, Update req) {
        SysGridNotice n = find(id);
        requireGrid(req.gridId());
        n.setGridId(req.gridId());
        n.setTitle(req.title().trim());
        n.setContent(req.content());
        if (req.publishTime() != null) {
            n.setPublishTime(req.publishTime());
        }
        n.setVersion(req.version());
        if (notices.updateById(n) == 0) {
            throw BizException.conflict("数据已被他人修改，请刷新后重试");
        }
        return View.of(find(id));
    }

    @Transactional
    public void delete(long id) {
        if (notices.deleteById(id) == 0) {
            throw BizException.notFound("公告不存在");
        }
    }

    private SysGridNotice find(long id) {
        SysGridNotice n = notices.selectById(id);
        if (n == null) {
            throw BizException.notFound("公告不存在");
        }
        return n;
    }

    private void requireGrid(Long gridId) {
        if (grids.selectById(gridId) == null) {
            throw BizException.badRequest("所属网格不存在");
        }
    }
}
