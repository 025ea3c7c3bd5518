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
package org.openhab.binding.smartmetertexas.osgi;

import static org.junit.jupiter.api.Assertions.*;
import static org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.*;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.slf4j.LoggerFactory;

/**
 * Boots the built add-on jar in an OSGi framework (Apache Felix with Felix SCR for Declarative Services) next to the
 * libraries openHAB runs it with and a bundle that plays openHAB core at a given version. It proves what a user would
 * otherwise find out from an add-on that never starts: the Import-Package ranges accept openHAB 4.3.11, 5.2.1 and
 * 5.3.0 and refuse versions outside the range (and a Jetty 10 or later), every class links, and the Declarative
 * Services components are declared as openHAB expects and come up once openHAB's services are there.
 * <p>
 * The stand-in has the same API at every version it plays: this proves that the manifest's version ranges resolve
 * against each version, not that the API matches it. API compatibility is the job of the signature check
 * (../shared/tools/check-openhab-api) against openHAB's own API listings.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BindingStartsInFelixIT {

    private static final String BINDING = "org.openhab.binding.smartmetertexas";
    private static final String FACTORY = BINDING + ".internal.SmartMeterTexasHandlerFactory";
    private static final String CONSOLE = BINDING + ".internal.console.SmartMeterTexasCommandExtension";
    private static final String DISCOVERY = BINDING + ".internal.discovery.MeterDiscoveryService";
    private static final String ACTIONS = BINDING + ".internal.action.MeterActions";

    private static final String THING_HANDLER_FACTORY = "org.openhab.core.thing.binding.ThingHandlerFactory";
    private static final String CONSOLE_EXTENSION = "org.openhab.core.io.console.extensions.ConsoleCommandExtension";
    private static final String HTTP_CLIENT_FACTORY = "org.openhab.core.io.net.http.HttpClientFactory";
    private static final String STORAGE_SERVICE = "org.openhab.core.storage.StorageService";
    private static final String THING_REGISTRY = "org.openhab.core.thing.ThingRegistry";

    /** Declarative Services 1.5 adds this reference to every component; it is satisfied by default. */
    private static final String SATISFYING_CONDITION = "osgi.ds.satisfying.condition";

    /**
     * The bundles openHAB 4.3 and 5.x run an add-on with, as groupId:artifactId (versions as pom.xml resolves them),
     * dependencies first. Indriya needs uom-lib, jakarta.inject and apiguardian; Jetty 9.4 needs the servlet API.
     */
    private static final List<String> OPENHAB_LIBRARIES = List.of("javax.servlet:javax.servlet-api",
            "org.eclipse.jetty:jetty-util", "org.eclipse.jetty:jetty-io", "org.eclipse.jetty:jetty-http",
            "org.eclipse.jetty:jetty-client", "com.google.code.gson:gson", "org.slf4j:slf4j-api",
            "org.slf4j:slf4j-simple", "javax.measure:unit-api", "tech.uom.lib:uom-lib-common",
            "jakarta.inject:jakarta.inject-api", "org.apiguardian:apiguardian-api", "tech.units:indriya",
            "org.apache.felix:org.apache.felix.scr");

    /**
     * Exported by the system bundle from the test's class path, not installed as bundles: the test then reads
     * Declarative Services' runtime API with the same classes as Felix SCR (whose API and promises come from here).
     */
    private static final List<String> SYSTEM_BUNDLE_APIS = List.of("org.osgi:org.osgi.service.component",
            "org.osgi:org.osgi.util.promise", "org.osgi:org.osgi.util.function");

    @ParameterizedTest(name = "openHAB {0}")
    @ValueSource(strings = { "4.3.11", "5.2.1", "5.3.0" })
    void bindingStartsAndItsComponentsComeUp(String openHabVersion) throws Exception {
        long started = System.nanoTime();
        try (FelixRuntime felix = boot()) {
            Bundle openHab = startOpenHab(felix, openHabVersion);
            Bundle binding = felix.install(bindingJar());
            try {
                binding.start();
            } catch (BundleException e) {
                fail("the binding does not start on openHAB " + openHabVersion + ": " + e.getMessage());
            }
            assertEquals(Bundle.ACTIVE, binding.getState());

            Map<String, String> wires = packageWires(binding);
            wires.forEach((pkg, provider) -> {
                if (pkg.startsWith("org.openhab.core.")) {
                    assertEquals(StandInBundle.SYMBOLIC_NAME + " " + openHabVersion, provider, pkg);
                }
            });
            assertWired(wires, "org.eclipse.jetty.client", "org.eclipse.jetty.client 9.4.54");
            assertWired(wires, "com.google.gson", "com.google.gson 2.10.1");
            assertWired(wires, "javax.measure", "javax.measure.unit-api 2.2.0");
            assertWired(wires, "org.slf4j", "slf4j.api 1.7.36");

            assertEveryClassLinks(binding);

            ServiceComponentRuntime scr = felix.service(ServiceComponentRuntime.class);
            felix.await(
                    "SCR reads the binding's components, Service-Component: "
                            + binding.getHeaders().get("Service-Component"),
                    () -> scr.getComponentDescriptionDTOs(binding).size() >= 4);
            Map<String, ComponentDescriptionDTO> components = scr.getComponentDescriptionDTOs(binding).stream()
                    .collect(Collectors.toMap(c -> c.name, Function.identity()));
            assertEquals(Set.of(FACTORY, CONSOLE, DISCOVERY, ACTIONS), components.keySet());
            assertDeclared(components.get(FACTORY), "singleton", THING_HANDLER_FACTORY, HTTP_CLIENT_FACTORY,
                    STORAGE_SERVICE);
            assertDeclared(components.get(CONSOLE), "singleton", CONSOLE_EXTENSION, THING_REGISTRY);
            assertDeclared(components.get(DISCOVERY), "prototype", DISCOVERY);
            assertDeclared(components.get(ACTIONS), "prototype", ACTIONS);

            // Without openHAB's services the factory and the console wait for them, naming what is missing.
            assertEquals(UNSATISFIED_REFERENCE, state(scr, components.get(FACTORY)));
            assertEquals(List.of(HTTP_CLIENT_FACTORY, STORAGE_SERVICE),
                    unsatisfiedInterfaces(scr, components.get(FACTORY)));
            assertEquals(UNSATISFIED_REFERENCE, state(scr, components.get(CONSOLE)));

            BundleContext core = openHab.getBundleContext();
            assertNotNull(core);
            for (String service : List.of(HTTP_CLIENT_FACTORY, STORAGE_SERVICE, THING_REGISTRY)) {
                core.registerService(service, EmptyServices.of(openHab.loadClass(service)), noProperties());
            }
            for (ComponentDescriptionDTO component : components.values()) {
                felix.await(component.name + " satisfied", () -> state(scr, component) >= SATISFIED);
            }

            // openHAB core finds the factory and the console; they activate and answer.
            Object factory = serviceOf(core, THING_HANDLER_FACTORY, FACTORY);
            Class<?> thingTypeUid = openHab.loadClass("org.openhab.core.thing.ThingTypeUID");
            Method supports = openHab.loadClass(THING_HANDLER_FACTORY).getMethod("supportsThingType", thingTypeUid);
            for (String type : List.of("account", "meter")) {
                Object uid = thingTypeUid.getConstructor(String.class).newInstance("smartmetertexas:" + type);
                assertEquals(Boolean.TRUE, supports.invoke(factory, uid), "the factory handles " + uid);
            }
            Object console = serviceOf(core, CONSOLE_EXTENSION, CONSOLE);
            assertEquals("smartmetertexas",
                    openHab.loadClass(CONSOLE_EXTENSION).getMethod("getCommand").invoke(console));

            // The factory gets the discovery service and the actions through the binding's context, one per handler.
            BundleContext bindingContext = binding.getBundleContext();
            assertNotNull(bindingContext);
            assertPrototypeActivates(bindingContext, DISCOVERY,
                    openHab.loadClass("org.openhab.core.config.discovery.DiscoveryService"));
            assertPrototypeActivates(bindingContext, ACTIONS,
                    openHab.loadClass("org.openhab.core.thing.binding.ThingActions"));

            assertEquals(ACTIVE, state(scr, components.get(FACTORY)));
            assertEquals(ACTIVE, state(scr, components.get(CONSOLE)));
            // For the build log: which bundle versions the binding ran with.
            LoggerFactory.getLogger(BindingStartsInFelixIT.class).info(
                    "openHAB {}: binding ACTIVE, components up, in {} ms. Bundles:\n{}\nBinding's wires:\n{}",
                    openHabVersion, (System.nanoTime() - started) / 1_000_000, felix.bundleList(),
                    wires.entrySet().stream().map(e -> "  " + e.getKey() + " <- " + e.getValue())
                            .collect(Collectors.joining("\n")));
        }
    }

    @ParameterizedTest(name = "openHAB {0}")
    @ValueSource(strings = { "4.2.3", "5.4.0" })
    void bindingRefusesOpenHabOutsideItsRange(String openHabVersion) throws Exception {
        try (FelixRuntime felix = boot()) {
            Bundle openHab = startOpenHab(felix, openHabVersion);
            Bundle binding = felix.install(bindingJar());
            BundleException refused = assertThrows(BundleException.class, binding::start);
            String message = String.valueOf(refused.getMessage());
            assertTrue(message.contains("osgi.wiring.package=org.openhab.core."), message);
            assertEquals(Bundle.INSTALLED, binding.getState(), "unresolved");
            assertEquals(Bundle.ACTIVE, openHab.getState(), "openHAB " + openHabVersion + " itself is there");
        }
    }

    /**
     * openHAB 5.3 still ships Jetty 9.4. Should a later openHAB offer only Jetty 10 or later (a different API), the
     * binding must stay unresolved rather than fail at run time. Jetty's own bundles relabelled stand in for that
     * Jetty: one bundle exports every package Jetty 9.4's client bundles export, at the version under test. At 9.4 the
     * same stand-in lets the binding start, so a refusal comes from the version alone.
     */
    @ParameterizedTest(name = "Jetty {0}")
    @ValueSource(strings = { "9.4.58", "10.0.24", "12.0.16" })
    void bindingResolvesOnlyAgainstJetty94(String jettyVersion) throws Exception {
        try (FelixRuntime felix = boot()) {
            List<Path> jettyJars = OPENHAB_LIBRARIES.stream().filter(BindingStartsInFelixIT::isJetty)
                    .map(library -> library.split(":")).map(c -> ClassPathJars.jar(c[0], c[1])).toList();
            Bundle jetty = felix.install(JettyStandIn.build(jettyJars, jettyVersion, felix.folder()));
            jetty.start();
            startOpenHab(felix, "5.3.0", library -> !isJetty(library));
            assertEquals(Bundle.ACTIVE, jetty.getState(), "Jetty " + jettyVersion + " is there");

            Bundle binding = felix.install(bindingJar());
            if (jettyVersion.startsWith("9.4.")) {
                binding.start();
                assertEquals(Bundle.ACTIVE, binding.getState());
                assertWired(packageWires(binding), "org.eclipse.jetty.client",
                        JettyStandIn.SYMBOLIC_NAME + " " + jettyVersion);
            } else {
                BundleException refused = assertThrows(BundleException.class, binding::start);
                String message = String.valueOf(refused.getMessage());
                assertTrue(message.contains("osgi.wiring.package=org.eclipse.jetty."), message);
                assertEquals(Bundle.INSTALLED, binding.getState(), "unresolved");
            }
        }
    }

    private static boolean isJetty(String library) {
        return library.startsWith("org.eclipse.jetty:");
    }

    @Test
    void standInExportsOpenHabPackagesOnlyAtTheVersionItPlays() throws Exception {
        try (FelixRuntime felix = boot()) {
            Bundle openHab = startOpenHab(felix, "5.2.1");
            BundleWiring wiring = openHab.adapt(BundleWiring.class);
            assertNotNull(wiring);
            List<String> exports = wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE).stream()
                    .map(c -> c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE) + " "
                            + c.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE))
                    .toList();
            assertTrue(exports.contains("org.openhab.core.thing.binding 5.2.1"), exports::toString);
            assertTrue(exports.stream().allMatch(e -> e.startsWith("org.openhab.core.") && e.endsWith(" 5.2.1")),
                    exports::toString);
            assertTrue(exports.stream().noneMatch(e -> e.contains(".internal")), exports::toString);
        }
    }

    private static FelixRuntime boot() throws Exception {
        List<String> exports = new ArrayList<>();
        for (String api : SYSTEM_BUNDLE_APIS) {
            String[] coordinates = api.split(":");
            exports.add(FelixRuntime.exportsOf(ClassPathJars.jar(coordinates[0], coordinates[1])));
        }
        return FelixRuntime.start(bindingJar().getParent(), String.join(",", exports));
    }

    /** Installs and starts the libraries, Declarative Services and openHAB core; returns the openHAB bundle. */
    private static Bundle startOpenHab(FelixRuntime felix, String openHabVersion) throws Exception {
        return startOpenHab(felix, openHabVersion, library -> true);
    }

    /** As {@link #startOpenHab(FelixRuntime, String)}, with only the libraries ({@code group:artifact}) chosen. */
    private static Bundle startOpenHab(FelixRuntime felix, String openHabVersion, Predicate<String> libraries)
            throws Exception {
        List<Bundle> bundles = new ArrayList<>();
        for (String library : OPENHAB_LIBRARIES.stream().filter(libraries).toList()) {
            String[] coordinates = library.split(":");
            bundles.add(felix.install(ClassPathJars.jar(coordinates[0], coordinates[1])));
        }
        Path classes = Path.of(requiredProperty("classes.dir"));
        Bundle openHab = felix.install(StandInBundle.build(classes, openHabVersion, felix.folder()));
        bundles.add(openHab);
        for (Bundle bundle : bundles) {
            try {
                bundle.start();
            } catch (BundleException e) {
                fail(bundle.getSymbolicName() + " does not start: " + e.getMessage());
            }
        }
        return openHab;
    }

    private static Path bindingJar() {
        Path jar = Path.of(requiredProperty("bundle.jar"));
        assertTrue(Files.isRegularFile(jar), "the bundle was built: " + jar);
        return jar;
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, "failsafe passes " + name);
        return value;
    }

    private static Dictionary<String, Object> noProperties() {
        return new Hashtable<>();
    }

    /** Imported package to {@code provider-symbolic-name version}. */
    private static Map<String, String> packageWires(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        assertNotNull(wiring, "the binding is resolved");
        Map<String, String> result = new TreeMap<>();
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            Bundle provider = wire.getProvider().getBundle();
            result.put(String.valueOf(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)),
                    provider.getSymbolicName() + " " + provider.getVersion());
        }
        return result;
    }

    private static void assertWired(Map<String, String> wires, String pkg, String providerPrefix) {
        String provider = String.valueOf(wires.get(pkg));
        assertTrue(provider.startsWith(providerPrefix), pkg + " comes from " + provider + "; all: " + wires);
    }

    /** Loads every class of the jar through the bundle and links the types of its members. */
    private static void assertEveryClassLinks(Bundle bundle) throws Exception {
        List<String> classNames;
        try (JarFile jar = new JarFile(bindingJar().toFile())) {
            classNames = Collections.list(jar.entries()).stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class")).map(n -> n.substring(0, n.length() - 6).replace('/', '.'))
                    .toList();
        }
        assertFalse(classNames.isEmpty());
        for (String className : classNames) {
            try {
                Class<?> type = bundle.loadClass(className);
                type.getDeclaredFields();
                type.getDeclaredConstructors();
                type.getDeclaredMethods();
            } catch (ClassNotFoundException | LinkageError e) {
                fail(className + " does not link inside OSGi: " + e);
            }
        }
    }

    private static void assertDeclared(@Nullable ComponentDescriptionDTO component, String scope,
            String serviceInterface, String... references) {
        assertNotNull(component);
        assertEquals(scope, component.scope, component.name);
        assertEquals(List.of(serviceInterface), Arrays.asList(component.serviceInterfaces), component.name);
        List<ReferenceDTO> declared = Arrays.stream(component.references)
                .filter(r -> !SATISFYING_CONDITION.equals(r.name)).toList();
        assertEquals(Set.of(references), declared.stream().map(r -> r.interfaceName).collect(Collectors.toSet()),
                component.name);
        for (ReferenceDTO reference : declared) {
            assertEquals("1..1", reference.cardinality, component.name + " needs " + reference.interfaceName);
        }
    }

    private static int state(ServiceComponentRuntime scr, @Nullable ComponentDescriptionDTO component) {
        assertNotNull(component);
        Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(component);
        assertEquals(1, configurations.size(), component.name + " has one configuration");
        return configurations.iterator().next().state;
    }

    private static List<String> unsatisfiedInterfaces(ServiceComponentRuntime scr,
            @Nullable ComponentDescriptionDTO component) {
        assertNotNull(component);
        return scr
                .getComponentConfigurationDTOs(component).stream().flatMap(c -> Arrays.stream(c.unsatisfiedReferences))
                .map(unsatisfied -> unsatisfied.name).map(name -> Arrays.stream(component.references)
                        .filter(r -> r.name.equals(name)).findFirst().map(r -> r.interfaceName).orElse(name))
                .sorted().toList();
    }

    /** The service object, as a bundle with that context gets it, of the named component. */
    private static Object serviceOf(BundleContext context, String serviceInterface, String componentName)
            throws Exception {
        ServiceReference<?> reference = onlyReference(context, serviceInterface, componentName);
        Object service = context.getService(reference);
        assertNotNull(service, componentName + " activates");
        return service;
    }

    private static void assertPrototypeActivates(BundleContext context, String componentName, Class<?> openHabType)
            throws Exception {
        ServiceObjects<?> objects = context.getServiceObjects(onlyReference(context, componentName, componentName));
        assertNotNull(objects);
        Object first = objects.getService();
        Object second = objects.getService();
        assertNotNull(first, componentName + " activates");
        assertNotNull(second);
        assertNotSame(first, second, componentName + ": one instance per thing handler");
        assertTrue(openHabType.isInstance(first), componentName + " is an openHAB " + openHabType.getSimpleName());
        @SuppressWarnings("unchecked")
        ServiceObjects<Object> returned = (ServiceObjects<Object>) objects;
        returned.ungetService(first);
        returned.ungetService(second);
    }

    /** The one service of that interface and component visible to the bundle with that context. */
    private static ServiceReference<?> onlyReference(BundleContext context, String serviceInterface,
            String componentName) throws Exception {
        ServiceReference<?>[] references = context.getServiceReferences(serviceInterface,
                "(component.name=" + componentName + ")");
        assertNotNull(references, componentName + " is visible as " + serviceInterface);
        assertEquals(1, references.length, componentName + " is visible once as " + serviceInterface);
        return references[0];
    }
}
