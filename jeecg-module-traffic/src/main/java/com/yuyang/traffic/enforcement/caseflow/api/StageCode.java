package com.yuyang.traffic.enforcement.caseflow.api;

import java.util.Arrays;
import java.util.Optional;

/** The stages a route is built from (B6). The Chinese name is the default label of a route stage. */
public enum StageCode {
    INTAKE("录入"),
    DISPATCH("派单"),
    VERIFY("核实"),
    FILE("立案"),
    EVIDENCE("现场取证"),
    MEASURES("处置措施"),
    TRANSFER("流转"),
    CLOSE("结案"),
    PUBLICITY("公示期"),
    APPEAL("接受申诉"),
    DISPOSAL("处置");

    private final String label;

    StageCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<StageCode> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
