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

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Lists the packages a compiled class refers to, read from its constant pool: class entries and the type names inside
 * descriptors and generic signatures. That is what a bundle must import for the class to link.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class ClassReferences {

    /** A type name inside a descriptor or signature: {@code Ljavax/measure/Unit;} or {@code Ljava/util/List<}. */
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w$]+(?:/[\\w$]+)+)[;<]");

    private static final int UTF8 = 1;
    private static final int CLASS = 7;

    private ClassReferences() {
    }

    /** Dotted package names, e.g. {@code javax.measure}, the default package left out. */
    static Set<String> packages(byte[] classFile) throws IOException {
        Set<String> packages = new HashSet<>();
        for (String internalName : typeNames(classFile)) {
            int slash = internalName.lastIndexOf('/');
            if (slash > 0) {
                packages.add(internalName.substring(0, slash).replace('/', '.'));
            }
        }
        return packages;
    }

    private static List<String> typeNames(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        @Nullable
        String[] texts = new String[count];
        List<Integer> classNameIndexes = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> {
                    texts[index] = in.readUTF();
                }
                case CLASS -> {
                    classNameIndexes.add(in.readUnsignedShort());
                }
                case 8, 16, 19, 20 -> in.skipBytes(2); // String, MethodType, Module, Package
                case 15 -> in.skipBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // numbers, member refs, NameAndType, dynamic
                case 5, 6 -> { // Long and Double take two entries
                    in.skipBytes(8);
                    index++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<String> names = new ArrayList<>();
        for (int index : classNameIndexes) {
            String name = texts[index];
            if (name != null && !name.startsWith("[")) {
                names.add(name);
            }
        }
        for (String text : texts) {
            if (text != null) {
                Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(text);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }
}
