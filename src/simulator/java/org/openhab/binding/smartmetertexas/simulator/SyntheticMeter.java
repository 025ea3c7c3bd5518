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
package org.openhab.binding.smartmetertexas.simulator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The synthetic truth of one meter: 15-minute consumption (and surplus generation for solar homes),
 * registers and identity, all derived deterministically from the ESIID, the Central calendar day and
 * the day's revision number. Energies are whole watt-hours (SMT's three kWh decimals).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class SyntheticMeter {

    static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    /** Registers count from this day; any day before or after works, this one only keeps sums short. */
    private static final LocalDate ANCHOR = LocalDate.of(2024, 1, 1);

    /** One 15-minute interval of a day. */
    record Interval(int position, ZonedDateTime start, long consumptionWh, boolean consumptionEstimated,
            long generationWh, boolean generationEstimated) {

        ZonedDateTime end() {
            return start.plusMinutes(15);
        }
    }

    private final MeterSpec spec;
    private final long seed;
    private final long baseRegisterWh;
    private final double baseLoad;
    /** First-publication day totals; they depend only on meter and day, so simulators in one JVM share them. */
    private static final Map<String, Long> FIRST_TOTALS = new ConcurrentHashMap<>();

    SyntheticMeter(MeterSpec spec) {
        this.spec = spec;
        long h = 0xcbf29ce484222325L;
        for (char c : spec.esiid().toCharArray()) {
            h = (h ^ c) * 0x100000001b3L;
        }
        this.seed = h;
        this.baseRegisterWh = 10_000_000L + Math.floorMod(mix(seed, 11), 50_000_000L);
        this.baseLoad = 0.10 + 0.04 * unit(mix(seed, 71));
    }

    String esiid() {
        return spec.esiid();
    }

    boolean solar() {
        return spec.kind() == MeterSpec.Kind.SOLAR;
    }

    String meterNumber() {
        return String.valueOf(100_000_000L + Math.floorMod(mix(seed, 21), 900_000_000L)) + "LG";
    }

    /** TDSP DUNS number: CenterPoint for ESIIDs starting 1008901, Oncor otherwise. */
    String dunsNumber() {
        return spec.esiid().startsWith("1008901") ? "957877905" : "1039940674000";
    }

    String[] address() {
        String[] streets = { "BLUEBONNET LN", "PECAN ST", "MESQUITE DR", "LONGHORN TRL", "GUADALUPE ST",
                "CYPRESS CREEK RD" };
        String[][] cities = { { "HOUSTON", "77008" }, { "DALLAS", "75214" }, { "AUSTIN", "78704" },
                { "FORT WORTH", "76107" } };
        int number = 100 + Math.floorMod(mix(seed, 31), 9800);
        String street = number + " " + streets[Math.floorMod(mix(seed, 32), streets.length)];
        String[] city = spec.esiid().startsWith("1008901") ? cities[0]
                : cities[1 + Math.floorMod(mix(seed, 33), cities.length - 1)];
        return new String[] { street, city[0], "TX", city[1] };
    }

    /** Day of month a billing cycle starts (2..28). */
    int billingCycleDay() {
        return 2 + Math.floorMod(mix(seed, 41), 27);
    }

    /** Receives the generated intervals of a day. */
    @FunctionalInterface
    private interface Sink {
        void accept(int position, long startEpochSecond, long consumptionWh, long generationWh, boolean estimated);
    }

    /** The 15-minute intervals of a Central day in time order (92, 96 or 100 minus rare gaps). */
    List<Interval> intervals(LocalDate day, int revision) {
        List<Interval> result = new ArrayList<>(100);
        generate(day, revision,
                (position, start, consumption, generation, estimated) -> result
                        .add(new Interval(position, ZonedDateTime.ofInstant(Instant.ofEpochSecond(start), CENTRAL),
                                consumption, estimated, generation, estimated)));
        return result;
    }

    /**
     * Generates a day without java.time objects per interval: registers sum years of days, so this
     * loop decides how fast a simulator starts.
     */
    private void generate(LocalDate day, int revision, Sink sink) {
        long dayKey = day.toEpochDay();
        boolean estimatedBlock = unit(mix(seed, dayKey, 51)) < 0.08;
        int estimatedFrom = 1 + (int) Math.floorMod(mix(seed, dayKey, 52), 90L);
        int estimatedTo = estimatedFrom + 3 + (int) Math.floorMod(mix(seed, dayKey, 53), 9L);
        boolean dstDay = isDstChangeDay(day);
        // rare missing intervals, but not on DST days: their layout is what tests want to see whole
        boolean gap = unit(mix(seed, dayKey, 54)) < 0.02 && !dstDay;
        int gapFrom = 20 + (int) Math.floorMod(mix(seed, dayKey, 55), 70L);
        int gapTo = gapFrom + (int) Math.floorMod(mix(seed, dayKey, 56), 3L);
        double cloud = solar() ? 0.3 + 0.7 * unit(mix(seed, dayKey, 57)) : 1;
        if (cloud > 0.8) {
            cloud = 1;
        }
        int dayOfYear = day.getDayOfYear();
        double summer = Math.max(0, Math.cos(2 * Math.PI * (dayOfYear - 200) / 365.0));
        double winter = Math.max(0, Math.cos(2 * Math.PI * (dayOfYear - 15) / 365.0));
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double dayLength = 12 + 1.9 * Math.sin(2 * Math.PI * (dayOfYear - 80) / 365.0);
        double season = 0.8 + 0.2 * Math.sin(2 * Math.PI * (dayOfYear - 80) / 365.0);

        long from = day.atStartOfDay(CENTRAL).toEpochSecond();
        long to = day.plusDays(1).atStartOfDay(CENTRAL).toEpochSecond();
        int offset = CENTRAL.getRules().getOffset(Instant.ofEpochSecond(from)).getTotalSeconds();
        int index = 0;
        for (long t = from; t < to; t += 900, index++) {
            if (dstDay) {
                offset = CENTRAL.getRules().getOffset(Instant.ofEpochSecond(t)).getTotalSeconds();
            }
            int secondOfDay = (int) Math.floorMod(t + offset, 86_400L);
            int hour = secondOfDay / 3600;
            int quarter = (secondOfDay % 3600) / 900;
            int position;
            if (hour >= 2) {
                position = 13 + (hour - 2) * 4 + quarter;
            } else if (hour == 1 && dstDay && isSecondOccurrence(t, offset)) {
                position = 9 + quarter;
            } else {
                position = 1 + hour * 4 + quarter;
            }
            if (gap && position >= gapFrom && position <= gapTo) {
                continue;
            }
            long noise = mix(seed, dayKey, 1000 + index, revision);
            double middleHour = (secondOfDay + 450) / 3600.0;
            double load = load(middleHour, summer, winter, weekend, unit(noise));
            double pv = 0;
            if (solar()) {
                double utcHour = Math.floorMod(t + 450, 86_400L) / 3600.0;
                pv = pv(utcHour, dayLength, season, cloud, unit(mix(noise, 7)));
            }
            long consumption = Math.round(Math.max(load - pv, 0) * 1000);
            long generation = Math.round(Math.max(pv - load, 0) * 1000);
            // a restatement replaces estimates with actual values, as utilities do
            boolean estimated = revision == 0 && estimatedBlock && position >= estimatedFrom && position <= estimatedTo;
            sink.accept(position, t, consumption, generation, estimated);
        }
    }

    static boolean isDstChangeDay(LocalDate day) {
        return !CENTRAL.getRules().getOffset(day.atStartOfDay())
                .equals(CENTRAL.getRules().getOffset(day.plusDays(1).atStartOfDay()));
    }

    private static boolean isSecondOccurrence(long epochSecond, int offsetSeconds) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.ofTotalSeconds(offsetSeconds));
        List<ZoneOffset> offsets = CENTRAL.getRules().getValidOffsets(local);
        return offsets.size() == 2 && offsets.get(1).getTotalSeconds() == offsetSeconds;
    }

    long dayConsumptionWh(LocalDate day, int revision) {
        long[] sum = new long[1];
        generate(day, revision, (position, start, consumption, generation, estimated) -> sum[0] += consumption);
        return sum[0];
    }

    long dayGenerationWh(LocalDate day, int revision) {
        long[] sum = new long[1];
        generate(day, revision, (position, start, consumption, generation, estimated) -> sum[0] += generation);
        return sum[0];
    }

    /**
     * The consumption register at the start of a day as the daily read reports it. Registers follow the
     * first publication (restatements do not move meter registers) and the midnight register read
     * is off by a few Wh on some days, so the day's interval sum is not always end minus start, as at SMT.
     */
    long dailyRegisterWh(LocalDate day) {
        long jitter = 0;
        long key = day.toEpochDay();
        if (unit(mix(seed, key, 61)) < 0.4) {
            jitter = 1 + Math.floorMod(mix(seed, key, 62), 9L);
            if ((mix(seed, key, 63) & 1) == 0) {
                jitter = -jitter;
            }
        }
        return registerAtStartWh(day) + jitter;
    }

    /** The consumption register at an instant (on-demand reads). */
    long registerAtWh(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, CENTRAL);
        long register = registerAtStartWh(day);
        for (Interval interval : intervals(day, 0)) {
            Instant from = interval.start().toInstant();
            Instant to = interval.end().toInstant();
            if (!to.isAfter(instant)) {
                register += interval.consumptionWh();
            } else if (from.isBefore(instant)) {
                long seconds = ChronoUnit.SECONDS.between(from, instant);
                register += interval.consumptionWh() * seconds / 900;
            }
        }
        return register;
    }

    private long registerAtStartWh(LocalDate day) {
        long sum = 0;
        if (!day.isBefore(ANCHOR)) {
            for (LocalDate d = ANCHOR; d.isBefore(day); d = d.plusDays(1)) {
                sum += firstTotal(d);
            }
        } else {
            for (LocalDate d = day; d.isBefore(ANCHOR); d = d.plusDays(1)) {
                sum -= firstTotal(d);
            }
        }
        return baseRegisterWh + sum;
    }

    private long firstTotal(LocalDate day) {
        String key = spec.kind() + ":" + spec.esiid() + ":" + day.toEpochDay();
        Long cached = FIRST_TOTALS.get(key);
        if (cached != null) {
            return cached;
        }
        long total = dayConsumptionWh(day, 0);
        FIRST_TOTALS.put(key, total);
        return total;
    }

    /** Household demand in kWh per 15 minutes: base load, morning and evening peaks, summer cooling, winter heating. */
    private double load(double hour, double summer, double winter, boolean weekend, double noise) {
        double scale = solar() ? 0.85 : 1.0;
        double load = baseLoad;
        load += (weekend ? 0.15 : 0.25) * bump(hour, weekend ? 9 : 7, 1.2);
        load += 0.40 * bump(hour, 19.5, 2.2);
        load += summer * (0.15 + 0.75 * bump(hour, 16.5, 3.5));
        load += winter * 0.25 * (bump(hour, 7, 2) + bump(hour, 21, 2.5));
        return scale * load * (0.75 + 0.5 * noise);
    }

    /** Rooftop PV energy in kWh per 15 minutes (about 6.5 kWp in Texas, solar noon near 18:30 UTC). */
    private static double pv(double utcHour, double dayLength, double season, double cloud, double flicker) {
        double fromNoon = utcHour - 18.5;
        if (Math.abs(fromNoon) >= dayLength / 2) {
            return 0;
        }
        double elevation = Math.cos(Math.PI * fromNoon / dayLength);
        double sky = cloud >= 1 ? 1 : cloud * (0.7 + 0.3 * flicker);
        return 6.5 * 0.25 * 0.85 * Math.pow(elevation, 1.3) * season * sky;
    }

    private static double bump(double hour, double center, double width) {
        double d = (hour - center) / width;
        return Math.exp(-d * d);
    }

    /** A uniform number in [0, 1). */
    static double unit(long random) {
        return (random >>> 11) * 0x1.0p-53;
    }

    static long mix(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long value : values) {
            h = splitMix(h ^ value);
        }
        return h;
    }

    private static long splitMix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
