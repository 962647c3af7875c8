package com.yuyang.traffic.enforcement.route;

import com.yuyang.traffic.enforcement.caseflow.api.StageCode;

import java.util.List;

/** One stage of a route version: position, code, label, roles allowed to act, time limit (both null = none). */
public record RouteStage(int seq, StageCode stageCode, String stageName, List<String> roleCodes, Integer timeLimit,
                         TimeUnit timeUnit) {
}
