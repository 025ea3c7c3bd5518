/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.smartmetertexas;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layering of doc/architecture.md, checked on the compiled classes of the binding, the command line and the
 * simulator (one compile covers them all, so only this test keeps the bundle free of the other two). Test classes are
 * not checked.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@AnalyzeClasses(packages = LayeringTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    static final String ROOT = "org.openhab.binding.smartmetertexas";
    private static final String BINDING = ROOT + ".internal";

    private static final String MODEL = BINDING + ".model..";
    private static final String TEXT = BINDING + ".text..";
    private static final String ANSWER = BINDING + ".answer..";
    private static final String FILEIMPORT = BINDING + ".fileimport..";
    private static final String POLICY = BINDING + ".policy..";
    private static final String API = BINDING + ".api..";
    private static final String PLANNING = BINDING + ".planning..";
    /** Not there yet: the rules hold for it as soon as it exists. */
    private static final String PRICING = BINDING + ".pricing..";
    private static final String[] PURE = { MODEL, TEXT, ANSWER, FILEIMPORT, POLICY, API, PLANNING, PRICING };

    /** The openHAB glue: the handler factory and constants (the package itself), handlers, discovery, actions. */
    private static final String[] GLUE = { BINDING, BINDING + ".handler..", BINDING + ".discovery..",
            BINDING + ".action..", BINDING + ".console.." };

    /** The classes that send requests (their instance methods) and hold the session. */
    private static final Set<String> REQUEST_SENDERS = Set.of(BINDING + ".api.SmtClient", BINDING + ".api.FlowClient",
            BINDING + ".api.PortalClient", BINDING + ".api.OfficialClient", BINDING + ".api.SmtTransport");

    /** The only class that catches Jetty's exceptions (its nested classes included). */
    private static final DescribedPredicate<JavaClass> TRANSPORT = bindingClasses("the transport (api.SmtTransport)",
            "api.SmtTransport");

    /** The only classes of the binding that name a Jetty type (their nested classes included). */
    private static final DescribedPredicate<JavaClass> JETTY_OWNERS = bindingClasses(
            "the transport (api.SmtTransport) or the adapter of the account's HTTP client (handler.AccountHttpClient)",
            "api.SmtTransport", "handler.AccountHttpClient");

    @ArchTest
    static final ArchRule BINDING_NEEDS_NEITHER_COMMAND_LINE_NOR_SIMULATOR = noClasses().that()
            .resideInAPackage(BINDING + "..").should().dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".cli..", ROOT + ".simulator..")
            .because("the bundle packs only the binding's packages: a command-line or simulator class would be "
                    + "missing in openHAB, and the same compile would not notice");

    @ArchTest
    static final ArchRule JETTY_ONLY_IN_TRANSPORT_AND_ADAPTER = noClasses().that().resideInAPackage(BINDING + "..")
            .and(not(JETTY_OWNERS)).should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..")
            .because("a change of Jetty version, or of how openHAB hands out HTTP clients, must touch two classes "
                    + "only; everything else stays testable without a network");

    @ArchTest
    static final ArchRule GLUE_SENDS_NO_REQUEST = noClasses().that().resideInAnyPackage(GLUE).should()
            .accessTargetWhere(DescribedPredicate.describe("a request method of the SMT clients or the transport",
                    LayeringTest::isRequest))
            .because("when and what to ask SMT is decided in planning; openHAB's handlers only show the outcome, "
                    + "so every request path is testable without openHAB");

    /** To ArchUnit a caught exception type is no dependency: this reads the catch clauses themselves. */
    @ArchTest
    static final ArchRule ONLY_THE_TRANSPORT_CATCHES_JETTY_EXCEPTIONS = classes().that()
            .resideInAPackage(BINDING + "..").and(not(TRANSPORT)).should(catchNothingFrom("org.eclipse.jetty"))
            .because("the transport turns Jetty's exceptions into our failures; handlers see only those");

    @ArchTest
    static final ArchRule PURE_LAYERS_IMPORT_NO_OPENHAB = noClasses().that().resideInAnyPackage(PURE).should()
            .dependOnClassesThat().resideInAPackage("org.openhab.core..")
            .because("the command line runs these packages without openHAB, and tests run them without a framework");

    @ArchTest
    static final ArchRule PACKAGES_POINT_DOWNWARDS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy(MODEL) //
            .layer("text").definedBy(TEXT) //
            .layer("answer").definedBy(ANSWER) //
            .layer("fileimport").definedBy(FILEIMPORT) //
            .layer("policy").definedBy(POLICY) //
            .layer("api").definedBy(API) //
            .layer("planning").definedBy(PLANNING) //
            .optionalLayer("pricing").definedBy(PRICING) //
            .layer("glue").definedBy(GLUE) //
            .whereLayer("model").mayNotAccessAnyLayer() //
            .whereLayer("text").mayOnlyAccessLayers("model") //
            .whereLayer("answer").mayOnlyAccessLayers("model", "text") //
            .whereLayer("fileimport").mayOnlyAccessLayers("model", "text", "answer") //
            .whereLayer("policy").mayOnlyAccessLayers("model") //
            .whereLayer("api").mayOnlyAccessLayers("model", "text", "answer", "policy") //
            // planning reads text.RejectedPart only as the answers hand it over (IntervalData.rejected()).
            .whereLayer("planning").mayOnlyAccessLayers("model", "text", "answer", "fileimport", "policy", "api") //
            .whereLayer("pricing").mayOnlyAccessLayers("model", "text") //
            .whereLayer("glue").mayNotBeAccessedByAnyLayer()
            .because("each package builds on the ones below it only, so it can be read and tested alone");

    /** The binding's classes {@code internal.<name>}, with their nested and anonymous classes. */
    private static DescribedPredicate<JavaClass> bindingClasses(String description, String... names) {
        Set<String> topLevel = Arrays.stream(names).map(name -> BINDING + "." + name).collect(Collectors.toSet());
        return DescribedPredicate.describe(description, c -> topLevel.contains(c.getName().replaceFirst("\\$.*", "")));
    }

    private static boolean isRequest(JavaAccess<?> access) {
        AccessTarget target = access.getTarget();
        if (!(target instanceof AccessTarget.MethodCallTarget || target instanceof AccessTarget.MethodReferenceTarget)
                || !REQUEST_SENDERS.contains(access.getTargetOwner().getName())) {
            return false;
        }
        // The transport's static methods build and stop an HTTP client; they send nothing.
        return target.resolveMember().map(m -> !m.getModifiers().contains(JavaModifier.STATIC)).orElse(true);
    }

    private static ArchCondition<JavaClass> catchNothingFrom(String packagePrefix) {
        return new ArchCondition<>("catch no exception from " + packagePrefix) {
            @Override
            public void check(@Nullable JavaClass javaClass, @Nullable ConditionEvents events) {
                if (javaClass == null || events == null) {
                    return;
                }
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        for (JavaClass caught : block.getCaughtThrowables()) {
                            if (caught.getPackageName().startsWith(packagePrefix)) {
                                events.add(SimpleConditionEvent.violated(javaClass, unit.getFullName() + " catches "
                                        + caught.getName() + " in " + block.getSourceCodeLocation()));
                            }
                        }
                    }
                }
            }
        };
    }
}
