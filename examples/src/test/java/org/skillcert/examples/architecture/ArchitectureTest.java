package org.skillcert.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skillcert.spi.SkillcertException;

/**
 * The shape of the public API, held by ArchUnit over the main classes of every module (this
 * module's test classpath sees them all; test classes are not imported):
 * <ul>
 *   <li>modules depend one way: spi ← core ← render ← examples, and spi and core on nothing but
 *       the JDK (jsr305 annotations are not dependencies at run time);</li>
 *   <li>no cycles between modules, nor between the packages inside each module (render's root
 *       package, which holds {@code RenderException} and the renderer, is left out of render's
 *       package slices: every package throws its exception);</li>
 *   <li>no third-party type and no {@code …internal} type in a public or protected signature of
 *       the public API of certificate-spi, -core and -render (everything outside {@code …internal});</li>
 *   <li>nothing outside skillcert's libraries uses {@code …internal};</li>
 *   <li>the forms (appendix 1, 3, 4) do not depend on the certificate renderer, nor it on them;</li>
 *   <li>every public exception is a {@link SkillcertException}.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "org.skillcert", importOptions = ArchitectureTest.MainCodeOnly.class)
class ArchitectureTest {
    /**
     * Main code only: test classes are left out whether they come as folders ({@code target/test-classes},
     * in a {@code test} run) or as the spi and core test-jars ({@code *-tests.jar}, in a {@code verify} run,
     * where Maven hands the reactor's packaged test-jars to the examples tests).
     */
    public static final class MainCodeOnly implements ImportOption {
        private static final ImportOption TEST_FOLDERS = new ImportOption.DoNotIncludeTests();
        private static final java.util.regex.Pattern TEST_JAR = java.util.regex.Pattern.compile(".*-tests\\.jar.*");

        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return TEST_FOLDERS.includes(location) && !location.matches(TEST_JAR);
        }
    }

    private static final String SPI = "org.skillcert.spi..";
    private static final String CORE = "org.skillcert.core..";
    private static final String RENDER = "org.skillcert.render..";
    private static final String EXAMPLES = "org.skillcert.examples..";
    private static final String INTERNAL = "org.skillcert..internal..";

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture().consideringAllDependencies()
            .layer("spi").definedBy(SPI)
            .layer("core").definedBy(CORE)
            .layer("render").definedBy(RENDER)
            .layer("examples").definedBy(EXAMPLES)
            .whereLayer("examples").mayNotBeAccessedByAnyLayer()
            .whereLayer("render").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("core").mayOnlyBeAccessedByLayers("render", "examples")
            .whereLayer("spi").mayOnlyBeAccessedByLayers("core", "render", "examples");

    @ArchTest
    static final ArchRule spiNeedsOnlyTheJdk = classes().that().resideInAPackage(SPI)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SPI, "java..", "javax.annotation..", "javax.sql..");

    @ArchTest
    static final ArchRule coreNeedsOnlySpiAndTheJdk = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, SPI, "java..", "javax.annotation..");

    @ArchTest
    static final ArchRule noCyclesBetweenModules = slices().matching("org.skillcert.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideSpi = slices().matching("org.skillcert.spi.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideCore = slices().matching("org.skillcert.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideRender = slices().matching("org.skillcert.render.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule publicSignaturesUseOnlyOurAndJdkTypes = classes()
            .that().resideInAnyPackage(SPI, CORE, RENDER).and().resideOutsideOfPackage(INTERNAL)
            .and(arePublicApi())
            .should(haveOnlyOwnPublicApiAndJdkTypesInPublicSignatures());

    @ArchTest
    static final ArchRule internalStaysInside = noClasses().that().resideInAPackage(EXAMPLES)
            .should().dependOnClassesThat().resideInAPackage(INTERNAL);

    @ArchTest
    static final ArchRule formsDoNotNeedTheCertificateRenderer = noClasses()
            .that().resideInAPackage("org.skillcert.render.form..")
            .should().dependOnClassesThat().haveNameMatching(
                    "org\\.skillcert\\.render\\.(CertificateRenderer|CertificateComposer|CertificatePainter|Composition|Border|PhotoImage).*");

    @ArchTest
    static final ArchRule theCertificateRendererDoesNotNeedTheForms = noClasses()
            .that().resideInAPackage("org.skillcert.render").should().dependOnClassesThat()
            .resideInAPackage("org.skillcert.render.form..");

    @ArchTest
    static final ArchRule everyPublicExceptionIsASkillcertException = classes()
            .that().areAssignableTo(Throwable.class).and().arePublic()
            .should().beAssignableTo(SkillcertException.class);

    @ArchTest
    static final ArchRule everyFailureHasAClosedReasonEnum = classes()
            .that().areAssignableTo(SkillcertException.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should(new ArchCondition<>("narrow reason() to an enum implementing FailureReason") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    // the declared covariant reason(), not the compiler's bridge to the base's
                    List<JavaClass> types = c.getMethods().stream()
                            .filter(m -> m.getName().equals("reason") && m.getRawParameterTypes().isEmpty()
                                    && !m.getModifiers().contains(JavaModifier.BRIDGE)
                                    && !m.getModifiers().contains(JavaModifier.SYNTHETIC))
                            .map(m -> m.getRawReturnType()).toList();
                    if (types.size() != 1 || !types.get(0).isEnum()
                            || !types.get(0).isAssignableTo(org.skillcert.spi.FailureReason.class)) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " declares reason() returning " + types));
                    }
                }
            });

    private static DescribedPredicate<JavaClass> arePublicApi() {
        return DescribedPredicate.describe("are public API", ArchitectureTest::isPublicApi);
    }

    // public, and every enclosing class public too
    private static boolean isPublicApi(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(JavaClass type) {
        JavaClass t = type.getBaseComponentType();
        if (t.isPrimitive()) {
            return true;
        }
        String name = t.getName();
        if (name.startsWith("java.") || name.startsWith("javax.sql.")) {
            return true;
        }
        return name.startsWith("org.skillcert.") && !t.getPackageName().contains(".internal") && isPublicApi(t);
    }

    private static ArchCondition<JavaClass> haveOnlyOwnPublicApiAndJdkTypesInPublicSignatures() {
        return new ArchCondition<>("have only skillcert's public API types and JDK types in public signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<String> bad = new ArrayList<>();
                c.getRawSuperclass().filter(s -> !allowed(s)).ifPresent(s -> bad.add("extends " + s.getName()));
                for (JavaClass i : c.getRawInterfaces()) {
                    if (!allowed(i)) {
                        bad.add("implements " + i.getName());
                    }
                }
                for (JavaField f : c.getFields()) {
                    if (visible(f)) {
                        checkType("field " + f.getName(), f.getType(), bad);
                    }
                }
                for (JavaCodeUnit m : c.getCodeUnits()) {
                    if (!visible(m) || m.getName().equals("<clinit>")) {
                        continue;
                    }
                    String what = m.getName() + "(" + m.getRawParameterTypes().stream().map(JavaClass::getSimpleName)
                            .reduce((a, b) -> a + ", " + b).orElse("") + ")";
                    checkType(what + " returns", m.getReturnType(), bad);
                    for (JavaType p : m.getParameterTypes()) {
                        checkType(what + " parameter", p, bad);
                    }
                    for (JavaClass t : m.getThrowsClause().getTypes()) {
                        if (!allowed(t)) {
                            bad.add(what + " throws " + t.getName());
                        }
                    }
                }
                for (String b : bad) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + ": " + b));
                }
            }
        };
    }

    private static boolean visible(JavaMember m) {
        return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED)
                && !m.getOwner().getModifiers().contains(JavaModifier.FINAL);
    }

    private static void checkType(String what, JavaType type, List<String> bad) {
        Set<JavaClass> involved = new LinkedHashSet<>(type.getAllInvolvedRawTypes());
        for (JavaClass t : involved) {
            if (!allowed(t)) {
                bad.add(what + " " + t.getName());
            }
        }
    }
}
