package com.yuyang.server.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture's "arrows point down" (docs/architecture.md), checked on the compiled classes of
 * every module on the server's classpath: the framework knows nothing of the traffic business, the core
 * knows nothing of the system module, system features do not form cycles, and a controller changes
 * another feature's tables through that feature's service, never its mapper.
 */
@AnalyzeClasses(packages = "com.yuyang", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule coreKnowsNothingOfSystemOrTraffic = noClasses()
            .that().resideInAPackage("com.yuyang.base.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.yuyang.base.system..", "com.yuyang.traffic..",
                    "com.yuyang.server..")
            .because("jeecg-boot-core is the floor every module stands on");

    @ArchTest
    static final ArchRule baseKnowsNothingOfTraffic = noClasses()
            .that().resideInAPackage("com.yuyang.base..")
            .should().dependOnClassesThat().resideInAnyPackage("com.yuyang.traffic..", "com.yuyang.server..")
            .because("the framework must stay reusable without the transport business or the assembly");

    @ArchTest
    static final ArchRule systemFeaturesAreFreeOfCycles = slices()
            .matching("com.yuyang.base.system.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    /**
     * Writes to a feature's tables go through that feature (its service keeps the invariants: audit,
     * encryption, caches). A controller may look a row of another feature up by id, but never
     * inserts, updates or deletes through another feature's mapper.
     */
    @ArchTest
    static final ArchRule controllersNeverWriteThroughAnotherFeaturesMapper = classes()
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .should(new ArchCondition<JavaClass>("never write through a mapper of another feature") {
                @Override
                public void check(JavaClass controller, ConditionEvents events) {
                    Optional<String> own = feature(controller.getPackageName());
                    for (JavaMethodCall call : controller.getMethodCallsFromSelf()) {
                        JavaClass target = call.getTargetOwner();
                        if (!isMapper(target) || !WRITE.matcher(call.getName()).lookingAt()) {
                            continue;
                        }
                        Optional<String> theirs = feature(target.getPackageName());
                        if (theirs.isPresent() && !theirs.equals(own)) {
                            events.add(SimpleConditionEvent.violated(controller, call.getDescription()
                                    + ": writes to feature " + theirs.get() + " belong in that feature's service"));
                        }
                    }
                }
            })
            .allowEmptyShould(true);

    private static final Pattern WRITE = Pattern.compile("insert|update|delete|save|remove");

    private static boolean isMapper(JavaClass c) {
        return c.isAssignableTo("com.baomidou.mybatisplus.core.mapper.BaseMapper")
                || c.isAnnotatedWith("org.apache.ibatis.annotations.Mapper");
    }

    /**
     * The feature a package belongs to: com.yuyang.base.&lt;module&gt;.&lt;feature&gt; in the framework,
     * com.yuyang.traffic.&lt;subsystem&gt; in the business.
     */
    static Optional<String> feature(String pkg) {
        String[] p = pkg.split("\\.");
        if (p.length >= 5 && p[0].equals("com") && p[1].equals("yuyang") && p[2].equals("base")) {
            return Optional.of(String.join(".", Arrays.copyOf(p, 5)));
        }
        if (p.length >= 4 && p[0].equals("com") && p[1].equals("yuyang") && p[2].equals("traffic")) {
            return Optional.of(String.join(".", Arrays.copyOf(p, 4)));
        }
        return Optional.empty();
    }
}
