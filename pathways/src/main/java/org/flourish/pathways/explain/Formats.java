package org.flourish.pathways.explain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

import org.flourish.pathways.model.WeeklySlot;

/** Dates, times, percentages, amounts and weekly slots written in the reader's language. */
public final class Formats {

    private final Words words;
    private final Locale locale;

    public Formats(Words words) {
        this.words = words;
        this.locale = words.locale();
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC));
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC));
    }

    public String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    public String percent(double fraction) {
        return NumberFormat.getPercentInstance(locale).format(fraction);
    }

    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Amounts are US dollars a month, as the catalogue and contexts state them; zero is "free". */
    public String monthlyCost(BigDecimal amount) {
        if (amount.signum() == 0) {
            return words.get("cost.free");
        }
        return words.get("cost.perMonth", money(amount));
    }

    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("USD"));
        return format.format(amount);
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** "Monday, Wednesday 15:00–18:00", or the days alone for a slot all day. */
    public String slot(WeeklySlot slot) {
        String days = slot.days().stream().sorted(Comparator.naturalOrder()).map(this::weekday)
                .collect(Collectors.joining(", "));
        return slot.start().map(start -> words.get("time.slot", days, time(start), time(slot.end().orElseThrow())))
                .orElse(days);
    }

    public String language(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        String name = language.getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(tag) ? tag : name;
    }
}
