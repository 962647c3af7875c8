/**
 * Smart enforcement (智慧执法, B1–B17): case categories and enforced subjects (online forms), versioned case
 * routes, the case flow engine with time limits and overdue warnings, appeals, measures, the public case
 * page, the archive, the enforcer app and statistics. One sub-package per feature; other features use the
 * engine only through {@code caseflow.api} (docs/enforcement.md, "Contract").
 */
package com.yuyang.traffic.enforcement;
