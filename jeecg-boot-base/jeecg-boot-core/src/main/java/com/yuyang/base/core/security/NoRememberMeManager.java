package com.yuyang.base.core.security;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.mgt.RememberMeManager;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.SubjectContext;

/** Stateless tokens have no "remember me"; without this Shiro sets a rememberMe=deleteMe cookie on every answer. */
public class NoRememberMeManager implements RememberMeManager {

    @Override
    public PrincipalCollection getRememberedPrincipals(SubjectContext subjectContext) {
        return null;
    }

    @Override
    public void forgetIdentity(SubjectContext subjectContext) {
        // nothing remembered
    }

    @Override
    public void onSuccessfulLogin(Subject subject, AuthenticationToken token, AuthenticationInfo info) {
        // nothing to remember
    }

    @Override
    public void onFailedLogin(Subject subject, AuthenticationToken token, AuthenticationException ae) {
        // nothing to forget
    }

    @Override
    public void onLogout(Subject subject) {
        // nothing to forget
    }
}
