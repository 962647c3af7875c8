package com.yuyang.traffic.enforcement.measure;

/**
 * The four kinds of measure of B9 and the status each one gives the enforced subject once published (the values
 * of the subject form's {@code status}); {@link #strength} decides which wins when a subject has several.
 * A referral to the police is not a sanction of its own and leaves the subject's status as it is.
 */
public enum MeasureType {
    FINE("PENALISED", 1),
    SUSPENSION("SUSPENDED", 2),
    REVOCATION("REVOKED", 3),
    POLICE_REFERRAL(null, 0);

    private final String subjectStatus;
    private final int strength;

    MeasureType(String subjectStatus, int strength) {
        this.subjectStatus = subjectStatus;
        this.strength = strength;
    }

    /** The subject status this measure sets, or null when it leaves the status alone. */
    public String subjectStatus() {
        return subjectStatus;
    }

    public int strength() {
        return strength;
    }

    public static MeasureType of(String code) {
        for (MeasureType t : values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown measure type " + code);
    }
}
