package com.yuyang.base.online.data;

import java.util.List;
import java.util.Map;

/** The list answer: {@code records}, {@code total}, and the page asked for. */
public record PageResult(List<Map<String, Object>> records, long total, int current, int size) {
}
