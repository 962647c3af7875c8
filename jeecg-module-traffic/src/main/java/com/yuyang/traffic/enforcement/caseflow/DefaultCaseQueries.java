package com.yuyang.traffic.enforcement.caseflow;

import com.yuyang.base.core.datascope.DataScopeContext;
import com.yuyang.base.core.datascope.DataScopeResolver;
import com.yuyang.base.core.security.CurrentUser;
import com.yuyang.base.core.security.LoginUser;
import com.yuyang.traffic.enforcement.caseflow.api.CaseActionView;
import com.yuyang.traffic.enforcement.caseflow.api.CaseQueries;
import com.yuyang.traffic.enforcement.caseflow.api.CaseStageView;
import com.yuyang.traffic.enforcement.caseflow.api.CaseView;
import com.yuyang.traffic.safety.qrcode.QrTokens;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
class DefaultCaseQueries implements CaseQueries {

    private final CaseStore store;
    private final CaseViews views;
    private final QrTokens tokens;
    private final DataScopeResolver scopes;

    DefaultCaseQueries(CaseStore store, CaseViews views, QrTokens tokens, DataScopeResolver scopes) {
        this.store = store;
        this.views = views;
        this.tokens = tokens;
        this.scopes = scopes;
    }

    @Override
    public Optional<CaseView> find(long caseId) {
        return store.find(caseId).filter(this::visible).map(views::of);
    }

    @Override
    public Optional<CaseView> findByPublicToken(String token) {
        return tokens.verify(token).flatMap(store::findByPublicCode).map(views::of);
    }

    @Override
    public List<CaseStageView> stages(long caseId) {
        return store.entries(caseId).stream().map(CaseViews::of).toList();
    }

    @Override
    public List<CaseActionView> actions(long caseId) {
        return store.actions(caseId);
    }

    @Override
    public List<Map<String, Object>> verifications(long caseId) {
        return store.verifications(caseId);
    }

    /** Grid scope of the caller; system scope sees all; no user outside system scope sees nothing. */
    boolean visible(CaseRecord c) {
        if (DataScopeContext.isSystem()) {
            return true;
        }
        Optional<LoginUser> user = CurrentUser.get();
        return user.isPresent() && scopes.resolve(user.get()).allows(c.gridId());
    }
}
