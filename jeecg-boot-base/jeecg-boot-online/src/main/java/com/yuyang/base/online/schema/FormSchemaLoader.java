package com.yuyang.base.online.schema;

import com.yuyang.base.online.ddl.SyncReport;
import com.yuyang.base.online.metadata.FormDef;
import com.yuyang.base.online.metadata.FormService;
import com.yuyang.base.online.metadata.StoredForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loads classpath form-schemas/*.json at start-up: a new form is created and synced, a file with a higher
 * version than the stored design is applied and synced; a lower version is kept out (the database was
 * edited in the browser and is newer). Destructive changes are never confirmed here: they stay pending in
 * onl_ddl_log, so nothing is silently dropped. An invalid file stops the start-up.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "platform.online.load-schemas", havingValue = "true", matchIfMissing = true)
public class FormSchemaLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FormSchemaLoader.class);

    private final FormDefinitionReader reader;
    private final FormService forms;

    public FormSchemaLoader(FormDefinitionReader reader, FormService forms) {
        this.reader = reader;
        this.forms = forms;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<FormDef> defs = new ArrayList<>();
        for (Resource r : schemaFiles()) {
            defs.add(reader.read(r.getContentAsString(StandardCharsets.UTF_8), "form-schemas/" + r.getFilename()));
        }
        for (FormDef def : defs) {
            try {
                apply(def);
            } catch (RuntimeException first) {
                // several instances starting together race on the same form: the loser re-reads the state
                // the winner left (form now stored, table now in line) and applies what is still missing
                log.info("form {}: first attempt failed ({}), retrying once", def.code(), first.getMessage());
                apply(def);
            }
        }
    }

    public static List<Resource> schemaFiles() throws IOException {
        Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath*:form-schemas/*.json");
        return Arrays.stream(all)
                .filter(r -> r.getFilename() != null && !r.getFilename().endsWith(".schema.json"))
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }

    public void apply(FormDef def) {
        Optional<StoredForm> stored = forms.list().stream().filter(f -> f.code().equals(def.code())).findFirst();
        if (stored.isEmpty()) {
            forms.create(def, "FILE");
            report(forms.sync(def.code(), false));
            return;
        }
        int dbVersion = stored.get().design().formVersion();
        if (def.formVersion() > dbVersion) {
            forms.update(def.code(), def, null, "FILE");
            report(forms.sync(def.code(), false));
        } else if (def.formVersion() < dbVersion) {
            log.info("form {}: database design v{} is newer than form-schemas v{}; kept the database one",
                    def.code(), dbVersion, def.formVersion());
        } else if (stored.get().syncedVersion() < dbVersion) {
            report(forms.sync(def.code(), false));
        }
    }

    private static void report(SyncReport r) {
        if (SyncReport.PENDING_CONFIRM.equals(r.status())) {
            log.warn("form {} v{}: destructive changes wait for an explicit confirm: {}", r.form(), r.version(), r.pending());
        } else {
            log.info("form {} v{} synced: {}", r.form(), r.version(), r.status());
        }
    }
}
