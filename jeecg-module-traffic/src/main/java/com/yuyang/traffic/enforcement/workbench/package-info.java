/**
 * The staff's case workbench in the browser (issue 6, B3–B14): the work list with per-stage counts and the
 * overdue flag, the context a case page needs besides the engine's own detail (the route the case was created
 * with, the subject masked, names), the enforcers a case may be dispatched to, the case's media, and the choices
 * of the entry form. Read-only: every action goes through the engine's {@code /api/enforcement/cases} endpoints.
 */
package com.yuyang.traffic.enforcement.workbench;
