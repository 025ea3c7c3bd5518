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
package org.openhab.binding.smartmetertexas.internal.handler;

import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.handler.SeriesFactory.ChannelSeries;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.pricing.Bill;
import org.openhab.binding.smartmetertexas.internal.pricing.CostBook;
import org.openhab.binding.smartmetertexas.internal.pricing.Plan;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * A meter's costs: its plan (the plan file, read again when it changes, or the flat-plan parameters), the
 * {@link CostBook} of its recent days, and what the channels show: the cost series of every billing cycle new data
 * touch (a revision re-prices its whole cycle), the current cycle's figures, and the consumption states that need no
 * persistence service.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class MeterCosts {

    static final String PROPERTY_BILLING_CYCLE = "billingCycle";

    private final Clock clock;
    private final CostBook book;
    /** Where the figures go: the meter's channels and properties. */
    private final MeterHandler output;
    private final @Nullable Path planFile;
    private @Nullable Plan plan;
    private @Nullable FileTime planFileTime;
    private @Nullable SmtException planProblem;
    private boolean changed;

    MeterCosts(MeterConfiguration config, Clock clock, CostBook book, MeterHandler output) {
        this.clock = clock;
        this.book = book;
        this.output = output;
        // as given when absolute, else in openHAB's configuration folder
        String file = config.planFile.strip();
        planFile = file.isEmpty() ? null : Path.of(System.getProperty("openhab.conf", "")).resolve(file);
        BigDecimal rate = config.energyRate;
        plan = planFile != null || rate == null ? null
                : Plan.flat("energyRate " + rate.toPlainString(), rate, orZero(config.baseCharge),
                        orZero(config.deliveryPerCycle), orZero(config.deliveryPerKwh));
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Reads the plan and shows what the days held cost; returns what is wrong with the plan, if anything. */
    synchronized @Nullable SmtException start() {
        SmtException problem = checkPlan();
        if (planFile == null) {
            priceAll();
        }
        return problem;
    }

    /**
     * Reads the plan file when it is new or has changed, and then prices the days held again. Returns what is wrong
     * with the plan, if anything: no costs until the file is fixed.
     */
    synchronized @Nullable SmtException checkPlan() {
        Path file = planFile;
        if (file == null) {
            return null;
        }
        FileTime modified = null;
        try {
            modified = Files.getLastModifiedTime(file);
            if (modified.equals(planFileTime)) {
                return planProblem;
            }
            plan = Plan.read(file);
            planProblem = null;
            priceAll();
        } catch (NoSuchFileException e) {
            fail("planFile " + file + ": no such file");
        } catch (IOException e) {
            fail("planFile " + file + ": cannot be read: " + e.getMessage());
        } catch (MalformedAnswerException e) {
            fail("planFile " + file.getFileName() + ": " + e.getMessage());
        }
        planFileTime = modified;
        return planProblem;
    }

    private void fail(String detail) {
        plan = null;
        planProblem = new SmtException(Failure.PLAN_ERROR, detail);
    }

    /** New 15-minute data: the days they cover are replaced, and every cycle they touch is priced again. */
    synchronized void intervals(List<IntervalReading> readings) {
        List<DateRange> touched = book.put(readings);
        LocalDate today = SmtTime.dayOf(clock.instant());
        DateRange oldest = new DateRange(today, today);
        for (DateRange cycle : touched) {
            price(cycle);
            oldest = cycle.from().isBefore(oldest.from()) ? cycle : oldest;
        }
        // the oldest cycle touched may still get its earlier days (history arrives newest first)
        book.forgetBefore(today, oldest);
        changed = true;
        showCurrent();
    }

    /** SMT's billing periods: when they move the cycles, everything held is priced again. */
    synchronized void periods(List<MonthlyUsage> periods) {
        if (book.periods(periods)) {
            changed = true;
            priceAll();
        }
    }

    /** Prices everything held and shows the current cycle (at start, and after a new plan or new cycles). */
    synchronized void priceAll() {
        for (DateRange cycle : book.heldCycles()) {
            price(cycle);
        }
        showCurrent();
    }

    /** The book as JSON when it changed since the last call, else null. */
    synchronized @Nullable String changedBook() {
        if (!changed) {
            return null;
        }
        changed = false;
        return book.toJson();
    }

    private void price(DateRange cycle) {
        Plan current = plan;
        if (current == null) {
            return;
        }
        Map<Instant, BigDecimal> intervals = new TreeMap<>();
        Map<LocalDate, BigDecimal> days = new TreeMap<>();
        current.bill(cycle, book.readings(cycle), cycle.days(), true, intervals, days);
        for (ChannelSeries series : SeriesFactory.costs(intervals, days)) {
            output.series(series.channelId(), series.series());
        }
    }

    /**
     * The current cycle's consumption and, with a plan, its bill so far, its forecast and its average price; all
     * undefined while the cycle's first days are missing (the meter was added during the cycle with less history).
     */
    private void showCurrent() {
        LocalDate today = SmtTime.dayOf(clock.instant());
        DateRange cycle = book.cycleOf(today);
        LocalDate latest = book.latestCompleteDay();
        List<IntervalReading> held = book.readings(new DateRange(cycle.from(), today));
        LocalDate first = held.isEmpty() ? cycle.from() : SmtTime.dayOf(held.get(0).start());
        boolean whole = !first.isAfter(cycle.from());
        output.property(PROPERTY_BILLING_CYCLE,
                cycle.from() + " to " + cycle.to()
                        + (book.periodsKnown() ? "" : " (a calendar month until SMT's billing periods are known)")
                        + (whole ? "" : "; its figures wait for its days before " + first + " (see historyDays)"));
        if (latest != null) {
            output.state(CHANNEL_DAILY_LATEST_CONSUMPTION,
                    SeriesFactory.energy(book.consumption(new DateRange(latest, latest))));
        }
        State undefined = UnDefType.UNDEF;
        output.state(CHANNEL_MONTHLY_CYCLE_CONSUMPTION,
                whole && latest != null ? SeriesFactory.energy(book.consumption(cycle)) : undefined);
        Plan current = plan;
        if (current == null) {
            return;
        }
        Bill toDate = whole ? book.toDate(current, cycle) : null;
        Bill forecast = whole ? book.forecast(current, cycle) : null;
        Function<BigDecimal, State> usd = SeriesFactory.amounts("USD");
        output.state(CHANNEL_COST_CYCLE_TO_DATE, toDate == null ? undefined : usd.apply(toDate.total()));
        output.state(CHANNEL_COST_CYCLE_FORECAST, forecast == null ? undefined : usd.apply(forecast.total()));
        output.state(CHANNEL_COST_AVERAGE_PRICE, toDate == null || toDate.kwh().signum() == 0 ? undefined
                : SeriesFactory.amounts("USD/kWh").apply(toDate.total().divide(toDate.kwh(), 4, RoundingMode.HALF_UP)));
    }
}
