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
package org.openhab.binding.smartmetertexas.internal.pricing;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.JsonFields;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A retail electricity plan as its Electricity Facts Label states it, read from the plan file (doc/pricing.md), and
 * what it charges for a billing cycle. Amounts are US dollars, rates $/kWh, all exact decimals.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Plan {

    /** A plan is a few hundred bytes; a much larger file is the wrong file. */
    static final long MAX_FILE_BYTES = 256 * 1024;
    static final int ALL_DAYS = 0x7F;
    static final int ALL_MONTHS = 0xFFF;
    private static final long SECONDS_PER_DAY = 86_400;

    /** What the plan is called (the {@code plan} column). */
    private final String name;
    /** The fixed charge per cycle. */
    final BigDecimal baseCharge;
    /** The energy rules: the first that matches an interval prices it; the last matches every interval. */
    final List<Rule> energy;
    /** The TDU delivery charges, oldest first; a cycle uses the entry in force on its first day. */
    private final List<Delivery> delivery;
    /** Usage credits (negative amounts) and fees (positive) by the cycle's kWh. */
    private final List<Band> credits;
    /** What surplus sent to the grid earns. */
    final BigDecimal buybackPerKwh;
    /** Whether the buyback is at most the cycle's energy charge. */
    final boolean capAtEnergyCharges;
    /** A percentage charged on all other lines. */
    final BigDecimal percentFees;

    private Plan(String name, BigDecimal baseCharge, List<Rule> energy, List<Delivery> delivery, List<Band> credits,
            BigDecimal buybackPerKwh, boolean capAtEnergyCharges, BigDecimal percentFees) {
        this.name = name;
        this.baseCharge = baseCharge;
        this.energy = energy;
        this.delivery = delivery;
        this.credits = credits;
        this.buybackPerKwh = buybackPerKwh;
        this.capAtEnergyCharges = capAtEnergyCharges;
        this.percentFees = percentFees;
    }

    public String name() {
        return name;
    }

    public List<Band> credits() {
        return credits;
    }

    /** An energy rule: where it applies and at what price (a plain class: no record methods needed). */
    public static final class Rule {
        /** Bit 0 Monday … bit 6 Sunday. */
        final int days;
        /** Bit 0 January … bit 11 December. */
        final int months;
        /** First minute of the Central wall day it applies, -1 for the whole day. */
        final int from;
        /** First minute it no longer applies (before {@code from}: past midnight). */
        final int to;
        /**
         * Rates by the cycle's running kWh: each band's {@code max} is its upper edge, the last is open; a rule of one
         * rate has one open block.
         */
        final List<Band> blocks;

        Rule(int days, int months, int from, int to, List<Band> blocks) {
            this.days = days;
            this.months = months;
            this.from = from;
            this.to = to;
            this.blocks = blocks;
        }

        /** Whether the rule covers an interval starting at this Central wall time (day and month as bits). */
        boolean matches(int dayBit, int monthBit, int minute) {
            return (days & dayBit) != 0 && (months & monthBit) != 0
                    && (from < 0 || (from < to ? minute >= from && minute < to : minute >= from || minute < to));
        }
    }

    /**
     * A range of kWh, both bounds inclusive and open when null, and its value: a credit's amount or a block's rate (a
     * plain class: no record methods needed).
     */
    public static final class Band {
        private final @Nullable BigDecimal min;
        private final @Nullable BigDecimal max;
        private final BigDecimal value;

        Band(@Nullable BigDecimal min, @Nullable BigDecimal max, BigDecimal value) {
            this.min = min;
            this.max = max;
            this.value = value;
        }

        public @Nullable BigDecimal min() {
            return min;
        }

        public @Nullable BigDecimal max() {
            return max;
        }

        public BigDecimal value() {
            return value;
        }

        /** Whether the band holds a cycle's kWh. */
        public boolean contains(BigDecimal kwh) {
            BigDecimal low = min;
            BigDecimal high = max;
            return (low == null || kwh.compareTo(low) >= 0) && (high == null || kwh.compareTo(high) <= 0);
        }
    }

    /** TDU delivery charges from a day on (a plain class: no record methods needed). */
    public static final class Delivery {
        /** The first day, null: before every other entry. */
        final @Nullable LocalDate from;
        final BigDecimal perCycle;
        final BigDecimal perKwh;

        Delivery(@Nullable LocalDate from, BigDecimal perCycle, BigDecimal perKwh) {
            this.from = from;
            this.perCycle = perCycle;
            this.perKwh = perKwh;
        }
    }

    /** A plan of one rate, without credits, buyback or fees: the binding's flat-plan parameters. */
    public static Plan flat(String name, BigDecimal rate, BigDecimal baseCharge, BigDecimal perCycle,
            BigDecimal perKwh) {
        return new Plan(name, baseCharge,
                List.of(new Rule(ALL_DAYS, ALL_MONTHS, -1, -1, List.of(new Band(null, null, rate)))),
                List.of(new Delivery(null, perCycle, perKwh)), List.of(), BigDecimal.ZERO, false, BigDecimal.ZERO);
    }

    /** The delivery charges in force on {@code day}; before the first dated entry, that entry's. */
    public Delivery deliveryOn(LocalDate day) {
        Delivery inForce = delivery.get(0);
        for (Delivery entry : delivery) {
            LocalDate from = entry.from;
            if (from == null || !from.isAfter(day)) {
                inForce = entry;
            }
        }
        return inForce;
    }

    /** The bill of a whole cycle, credits applied. */
    public Bill bill(DateRange cycle, Collection<IntervalReading> readings) {
        return bill(cycle, readings, cycle.days(), true, null, null);
    }

    /**
     * Prices the readings that start within the cycle (both kinds, any order). An interval belongs to the Central day
     * and the energy rule of its start, read on the wall clock (so the two 01:00 hours of the fall-back day both count
     * as 01:00). Interval charges stay exact; each line of the bill is rounded half-up to the cent once.
     *
     * @param chargedDays days of the cycle whose share of the fixed charges (base, delivery per cycle) is billed:
     *            all for the bill, the days so far for the bill to date
     * @param withCredits whether credits apply (they are known once the cycle ends)
     * @param intervalCosts if given, receives each consumption interval's energy and per-kWh delivery charge, by start
     * @param dayCosts if given, receives each day's energy, per-kWh delivery and buyback charges plus its share of the
     *            base charge and fixed delivery
     */
    public Bill bill(DateRange cycle, Collection<IntervalReading> readings, long chargedDays, boolean withCredits,
            @Nullable Map<Instant, BigDecimal> intervalCosts, @Nullable Map<LocalDate, BigDecimal> dayCosts) {
        Instant first = SmtTime.startOfDay(cycle.from());
        Instant end = SmtTime.startOfDay(cycle.to().plusDays(1));
        Delivery tdu = deliveryOn(cycle.from());
        // per day: energy, kWh, surplus kWh
        Map<LocalDate, BigDecimal[]> days = new TreeMap<>();
        List<IntervalReading> consumption = new ArrayList<>();
        BigDecimal surplus = BigDecimal.ZERO;
        for (IntervalReading reading : readings) {
            if (reading.start().isBefore(first) || !reading.start().isBefore(end)) {
                continue;
            }
            if (reading.kind() == IntervalKind.CONSUMPTION) {
                consumption.add(reading);
            } else {
                surplus = surplus.add(reading.kwh());
                if (dayCosts != null) {
                    BigDecimal[] day = day(days, SmtTime.dayOf(reading.start()));
                    day[2] = day[2].add(reading.kwh());
                }
            }
        }
        // blocks price by the running kWh (sorting sorted data takes one pass)
        consumption.sort(Comparator.comparing(IntervalReading::start));
        // kWh per rule of one rate: one multiplication each at the end (exact, like one per interval)
        BigDecimal[] ruleKwh = new BigDecimal[energy.size()];
        Arrays.fill(ruleKwh, BigDecimal.ZERO);
        BigDecimal blockEnergy = BigDecimal.ZERO;
        BigDecimal kwh = BigDecimal.ZERO;
        ZoneRules central = SmtTime.CENTRAL.getRules();
        long offsetUntil = Long.MIN_VALUE;
        long offsetFrom = Long.MAX_VALUE;
        int offset = 0;
        long epochDay = Long.MIN_VALUE;
        LocalDate date = cycle.from();
        int dayBit = 0;
        int monthBit = 0;
        for (IntervalReading reading : consumption) {
            Instant start = reading.start();
            long second = start.getEpochSecond();
            if (second < offsetFrom || second >= offsetUntil) {
                // the Central offset holds until the next DST change
                offset = central.getOffset(start).getTotalSeconds();
                ZoneOffsetTransition next = central.nextTransition(start);
                offsetFrom = second;
                offsetUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            }
            long wall = second + offset;
            if (Math.floorDiv(wall, SECONDS_PER_DAY) != epochDay) {
                epochDay = Math.floorDiv(wall, SECONDS_PER_DAY);
                date = LocalDate.ofEpochDay(epochDay);
                dayBit = 1 << (date.getDayOfWeek().getValue() - 1);
                monthBit = 1 << (date.getMonthValue() - 1);
            }
            int minute = (int) (Math.floorMod(wall, SECONDS_PER_DAY) / 60);
            int index = 0;
            while (!energy.get(index).matches(dayBit, monthBit, minute)) {
                // the parser makes the last rule match everything
                index++;
            }
            List<Band> blocks = energy.get(index).blocks;
            BigDecimal charge;
            if (blocks.size() == 1) {
                ruleKwh[index] = ruleKwh[index].add(reading.kwh());
                charge = intervalCosts != null || dayCosts != null ? reading.kwh().multiply(blocks.get(0).value())
                        : BigDecimal.ZERO;
            } else {
                charge = blocks(blocks, kwh, reading.kwh());
                blockEnergy = blockEnergy.add(charge);
            }
            kwh = kwh.add(reading.kwh());
            if (intervalCosts != null) {
                intervalCosts.put(start, charge.add(reading.kwh().multiply(tdu.perKwh)));
            }
            if (dayCosts != null) {
                BigDecimal[] day = day(days, date);
                day[0] = day[0].add(charge);
                day[1] = day[1].add(reading.kwh());
            }
        }
        BigDecimal energyCharge = blockEnergy;
        for (int r = 0; r < ruleKwh.length; r++) {
            if (ruleKwh[r].signum() != 0) {
                energyCharge = energyCharge.add(ruleKwh[r].multiply(energy.get(r).blocks.get(0).value()));
            }
        }

        BigDecimal share = chargedDays == cycle.days() ? BigDecimal.ONE
                : BigDecimal.valueOf(chargedDays).divide(BigDecimal.valueOf(cycle.days()), MathContext.DECIMAL64);
        BigDecimal creditSum = BigDecimal.ZERO;
        if (withCredits) {
            for (Band credit : credits) {
                if (credit.contains(kwh)) {
                    creditSum = creditSum.add(credit.value());
                }
            }
        }
        BigDecimal energyLine = cents(energyCharge);
        BigDecimal base = cents(baseCharge.multiply(share));
        BigDecimal deliveryLine = cents(tdu.perCycle.multiply(share).add(kwh.multiply(tdu.perKwh)));
        BigDecimal creditLine = cents(creditSum);
        BigDecimal buyback = cents(buyback(surplus, energyCharge));
        BigDecimal subtotal = energyLine.add(base).add(deliveryLine).add(creditLine).add(buyback);
        BigDecimal fees = cents(subtotal.multiply(percentFees).movePointLeft(2));
        if (dayCosts != null) {
            // fixed charges spread evenly; the buyback cap applied to the running totals, so the days add up
            BigDecimal fixed = baseCharge.add(tdu.perCycle).divide(BigDecimal.valueOf(cycle.days()),
                    MathContext.DECIMAL64);
            BigDecimal energySoFar = BigDecimal.ZERO;
            BigDecimal surplusSoFar = BigDecimal.ZERO;
            BigDecimal buybackSoFar = BigDecimal.ZERO;
            for (Map.Entry<LocalDate, BigDecimal[]> day : days.entrySet()) {
                BigDecimal[] sums = day.getValue();
                energySoFar = energySoFar.add(sums[0]);
                surplusSoFar = surplusSoFar.add(sums[2]);
                BigDecimal buybackNow = buyback(surplusSoFar, energySoFar);
                dayCosts.put(day.getKey(),
                        sums[0].add(sums[1].multiply(tdu.perKwh)).add(fixed).add(buybackNow.subtract(buybackSoFar)));
                buybackSoFar = buybackNow;
            }
        }
        return new Bill(name, cycle, kwh, surplus, energyLine, base, deliveryLine, creditLine, buyback, fees,
                subtotal.add(fees));
    }

    /** An interval's charge under blocks, by the cycle's kWh before it: split where it crosses a block's edge. */
    private static BigDecimal blocks(List<Band> blocks, BigDecimal before, BigDecimal kwh) {
        BigDecimal charge = BigDecimal.ZERO;
        BigDecimal at = before;
        BigDecimal left = kwh;
        for (Band block : blocks) {
            BigDecimal edge = block.max();
            BigDecimal part = edge == null ? left : left.min(edge.subtract(at).max(BigDecimal.ZERO));
            charge = charge.add(part.multiply(block.value()));
            at = at.add(part);
            left = left.subtract(part);
        }
        return charge;
    }

    /** What the surplus earns, negative; with the cap no more than the energy charges. */
    private BigDecimal buyback(BigDecimal surplus, BigDecimal energyCharge) {
        BigDecimal buyback = surplus.multiply(buybackPerKwh).negate();
        return capAtEnergyCharges ? buyback.max(energyCharge.negate().min(BigDecimal.ZERO)) : buyback;
    }

    /** Half-up to the cent: ties away from zero, so -0.125 becomes -0.13. */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal[] day(Map<LocalDate, BigDecimal[]> days, LocalDate day) {
        BigDecimal[] sums = days.get(day);
        if (sums == null) {
            sums = new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
            days.put(day, sums);
        }
        return sums;
    }

    /** Reads a plan file (UTF-8 JSON). */
    public static Plan read(Path file) throws IOException, MalformedAnswerException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new MalformedAnswerException("the file has " + size + " bytes; a plan file has a few hundred");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads a plan from its JSON text.
     *
     * @throws MalformedAnswerException naming the field and what is wrong with it
     */
    public static Plan parse(String json) throws MalformedAnswerException {
        JsonObject root = object(BoundedJson.parse(json), "",
                "baseCharge, buyback, credits, delivery, energy, name, percentFees");
        JsonElement nameValue = root.get("name");
        String name = nameValue != null && nameValue.isJsonPrimitive() && nameValue.getAsJsonPrimitive().isString()
                ? nameValue.getAsString().strip()
                : "";
        if (name.isEmpty()) {
            throw error("name", "missing: give the plan a name (a text)");
        }

        List<Rule> energy = new ArrayList<>();
        JsonArray rules = list(root, "energy", "");
        for (int i = 0; i < rules.size(); i++) {
            energy.add(rule(rules.get(i), item("energy", i)));
        }
        if (energy.isEmpty()) {
            throw error("energy", "empty: give at least one rule with a rate");
        }
        Rule last = energy.get(energy.size() - 1);
        if (last.days != ALL_DAYS || last.months != ALL_MONTHS || last.from >= 0) {
            throw error(item("energy", energy.size() - 1),
                    "the last rule must match every interval: no days, months, from or to");
        }

        JsonElement deliveryValue = root.get("delivery");
        if (deliveryValue == null) {
            throw error("delivery",
                    "missing: give perCycle and perKwh from your utility (0 if the plan includes them)");
        }
        boolean listed = deliveryValue.isJsonArray();
        JsonArray entries = listed ? deliveryValue.getAsJsonArray() : new JsonArray();
        if (!listed) {
            entries.add(deliveryValue);
        }
        if (entries.isEmpty()) {
            throw error("delivery", "empty list: give at least one entry");
        }
        // by first day, oldest first; the undated entry before all
        Map<LocalDate, Delivery> delivery = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = listed ? item("delivery", i) : "delivery";
            JsonObject entry = object(entries.get(i), where, "from, perCycle, perKwh");
            LocalDate from = null;
            JsonElement fromValue = entry.get("from");
            if (fromValue != null) {
                try {
                    from = LocalDate.parse(fromValue.getAsString());
                } catch (DateTimeParseException | UnsupportedOperationException | IllegalStateException e) {
                    throw error(field(where, "from"), notA(fromValue, "date YYYY-MM-DD"));
                }
            }
            if (delivery.put(from == null ? LocalDate.MIN : from,
                    new Delivery(from, required(entry, "perCycle", where), required(entry, "perKwh", where))) != null) {
                throw error("delivery", "two entries from " + from + ": give each date once");
            }
        }

        List<Band> credits = new ArrayList<>();
        JsonArray creditValues = root.has("credits") ? list(root, "credits", "") : new JsonArray();
        for (int i = 0; i < creditValues.size(); i++) {
            String where = item("credits", i);
            JsonObject credit = object(creditValues.get(i), where, "amount, maxKwh, minKwh");
            BigDecimal min = number(credit, "minKwh", where, false);
            BigDecimal max = number(credit, "maxKwh", where, false);
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw error(where, "minKwh " + min.toPlainString() + " is above maxKwh " + max.toPlainString());
            }
            credits.add(new Band(min, max, required(credit, "amount", where)));
        }

        BigDecimal buyback = BigDecimal.ZERO;
        boolean cap = false;
        JsonElement buybackValue = root.get("buyback");
        if (buybackValue != null) {
            JsonObject object = object(buybackValue, "buyback", "capAtEnergyCharges, perKwh");
            buyback = required(object, "perKwh", "buyback");
            JsonElement capValue = object.get("capAtEnergyCharges");
            if (capValue != null) {
                if (!capValue.isJsonPrimitive() || !capValue.getAsJsonPrimitive().isBoolean()) {
                    throw error("buyback.capAtEnergyCharges", "expected true or false");
                }
                cap = capValue.getAsBoolean();
            }
        }
        BigDecimal base = number(root, "baseCharge", "", false);
        BigDecimal fees = number(root, "percentFees", "", false);
        return new Plan(name, base == null ? BigDecimal.ZERO : base, List.copyOf(energy),
                List.copyOf(delivery.values()), List.copyOf(credits), buyback, cap,
                fees == null ? BigDecimal.ZERO : fees);
    }

    private static Rule rule(JsonElement value, String where) throws MalformedAnswerException {
        JsonObject rule = object(value, where, "blocks, days, from, months, rate, to");
        int days = bits(rule, "days", where);
        int months = bits(rule, "months", where);
        int from = -1;
        int to = -1;
        if (rule.has("from") || rule.has("to")) {
            from = time(rule, "from", where);
            to = time(rule, "to", where);
            if (from == to) {
                throw error(where, "from equals to: a rule for the whole day has neither");
            }
        }
        BigDecimal rate = number(rule, "rate", where, false);
        List<Band> blocks = new ArrayList<>();
        if (rule.has("blocks")) {
            if (rate != null) {
                throw error(where, "has both rate and blocks: give one");
            }
            JsonArray list = list(rule, "blocks", where);
            BigDecimal edge = null;
            for (int i = 0; i < list.size(); i++) {
                String at = item(field(where, "blocks"), i);
                JsonObject block = object(list.get(i), at, "rate, uptoKwh");
                BigDecimal upto = number(block, "uptoKwh", at, false);
                boolean isLast = i == list.size() - 1;
                if (isLast != (upto == null)) {
                    throw error(field(at, "uptoKwh"), isLast ? "the last block has none: it takes all the rest"
                            : "missing: every block but the last ends at a cycle kWh");
                }
                if (upto != null && (upto.signum() <= 0 || (edge != null && upto.compareTo(edge) <= 0))) {
                    throw error(field(at, "uptoKwh"), upto.toPlainString() + " is not above the block before it");
                }
                blocks.add(new Band(edge, upto, required(block, "rate", at)));
                edge = upto;
            }
        } else if (rate == null) {
            throw error(where, "has neither rate nor blocks: give one");
        } else {
            blocks.add(new Band(null, null, rate));
        }
        return new Rule(days, months, from, to, List.copyOf(blocks));
    }

    /** A rule's days (bit 0 Monday) or months (bit 0 January); all of them when the field is absent. */
    private static int bits(JsonObject rule, String field, String where) throws MalformedAnswerException {
        boolean days = "days".equals(field);
        String[] names = (days ? "MON TUE WED THU FRI SAT SUN" : "1 2 3 4 5 6 7 8 9 10 11 12").split(" ");
        if (!rule.has(field)) {
            return (1 << names.length) - 1;
        }
        int bits = 0;
        JsonArray list = list(rule, field, where);
        for (int i = 0; i < list.size(); i++) {
            JsonElement value = list.get(i);
            // days are texts in any case, months numbers
            String text = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() != days
                    ? value.getAsString().strip()
                    : "";
            int bit = -1;
            for (int n = 0; n < names.length; n++) {
                bit = names[n].equalsIgnoreCase(text) ? n : bit;
            }
            if (bit < 0) {
                throw error(item(field(where, field), i),
                        notA(value, days ? "day: MON, TUE, WED, THU, FRI, SAT or SUN" : "month: 1 to 12"));
            }
            bits |= 1 << bit;
        }
        if (bits == 0) {
            throw error(field(where, field), "empty list: the rule would match nothing");
        }
        return bits;
    }

    /** Minutes of a wall time "HH:mm" (24:00 is the end of the day). */
    private static int time(JsonObject rule, String field, String where) throws MalformedAnswerException {
        JsonElement value = rule.get(field);
        String text = value != null && value.isJsonPrimitive() ? value.getAsString() : "";
        if (!text.matches("([01]\\d|2[0-3]):[0-5]\\d|24:00")) {
            throw error(field(where, field),
                    value == null ? "missing: from and to go together" : notA(text, "Central wall time HH:mm"));
        }
        return Integer.parseInt(text.substring(0, 2)) * 60 % 1440 + Integer.parseInt(text.substring(3));
    }

    /** The value as an object whose fields are all {@code known} (or a comment). */
    private static JsonObject object(JsonElement value, String where, String known) throws MalformedAnswerException {
        if (!value.isJsonObject()) {
            throw error(where.isEmpty() ? "the plan" : where,
                    "expected an object {…}, got " + JsonFields.kindOf(value));
        }
        JsonObject object = value.getAsJsonObject();
        List<String> fields = List.of((known + ", comment").split(", "));
        for (String field : object.keySet()) {
            // a misspelt field would silently price the plan wrong
            if (!fields.contains(field)) {
                throw error(field(where, field), "unknown field; known here: " + known);
            }
        }
        return object;
    }

    private static JsonArray list(JsonObject object, String field, String where) throws MalformedAnswerException {
        JsonElement value = object.get(field);
        if (value == null || !value.isJsonArray()) {
            throw error(field(where, field),
                    value == null ? "missing" : "expected a list […], got " + JsonFields.kindOf(value));
        }
        return value.getAsJsonArray();
    }

    private static BigDecimal required(JsonObject object, String field, String where) throws MalformedAnswerException {
        BigDecimal value = number(object, field, where, true);
        if (value == null) {
            throw error(field(where, field), "missing");
        }
        return value;
    }

    private static @Nullable BigDecimal number(JsonObject object, String field, String where, boolean required)
            throws MalformedAnswerException {
        JsonElement value = object.get(field);
        if (value == null || (value.isJsonNull() && !required)) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw error(field(where, field), "expected a number, got " + value);
        }
        return value.getAsBigDecimal();
    }

    private static String field(String where, String field) {
        return where.isEmpty() ? field : where + "." + field;
    }

    private static String item(String list, int index) {
        return list + "[" + index + "]";
    }

    private static String notA(Object value, String what) {
        return "'" + value + "' is not a " + what;
    }

    private static MalformedAnswerException error(String field, String problem) {
        return new MalformedAnswerException(field + ": " + problem);
    }
}
