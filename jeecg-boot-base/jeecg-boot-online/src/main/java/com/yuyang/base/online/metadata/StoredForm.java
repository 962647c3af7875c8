package com.yuyang.base.online.metadata;

/**
 * A form as kept in onl_form: the design (last saved) and the runtime definition (last synced, served by
 * the data API; null until the first sync). {@code rowVersion} guards concurrent edits of the design.
 */
public record StoredForm(long id, String code, FormDef design, FormDef runtime, int syncedVersion,
                         String source, int rowVersion) {

    public boolean synced() {
        return runtime != null;
    }
}
