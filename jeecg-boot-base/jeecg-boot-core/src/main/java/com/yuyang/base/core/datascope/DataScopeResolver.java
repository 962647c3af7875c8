package com.yuyang.base.core.datascope;

import com.yuyang.base.core.security.LoginUser;

/** Resolves the grid scope of a user; implemented by the organisation service, cached there. */
public interface DataScopeResolver {

    DataScope resolve(LoginUser user);
}
