package com.yuyang.base.core.crypto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.yuyang.base.core.security.CurrentUser;

import java.io.IOException;

/** Writes {@link Sensitive} values masked unless the current caller may view sensitive data. */
public class SensitiveSerializer extends StdSerializer<String> implements ContextualSerializer {

    public static final String VIEW_PERMISSION = "sys:sensitive:view";

    private final SensitiveKind kind;

    public SensitiveSerializer() {
        this(SensitiveKind.PHONE);
    }

    SensitiveSerializer(SensitiveKind kind) {
        super(String.class);
        this.kind = kind;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property) {
        Sensitive ann = property == null ? null : property.getAnnotation(Sensitive.class);
        return ann == null ? this : new SensitiveSerializer(ann.kind());
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        boolean mayView = CurrentUser.get().map(u -> u.hasPermission(VIEW_PERMISSION)).orElse(false);
        gen.writeString(mayView ? value : kind.mask(value));
    }
}
