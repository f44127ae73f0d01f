package app.ponte.sla.ui;

import app.ponte.sla.CalendarPeriod;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A working week in one line, days with the same hours run together: "Mon–Fri 09:00–18:00", "Mon–Thu 09:00–12:00,
 * 13:00–18:00 · Fri 09:00–13:00". Day names in the viewer's language; an end at midnight reads 24:00.
 */
final class WeekSummary {

    private WeekSummary() {
    }

    static String of(List<CalendarPeriod> periods, Locale locale) {
        Map<DayOfWeek, String> hoursByDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String hours = periods.stream().filter(p -> p.day() == day && p.start() != null)
                    .sorted(java.util.Comparator.comparing(CalendarPeriod::start))
                    .map(p -> time(p.start()) + "–" + (p.endOrNullAtMidnight() == null ? "24:00" : time(p.end())))
                    .collect(Collectors.joining(", "));
            if (!hours.isEmpty()) {
                hoursByDay.put(day, hours);
            }
        }
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        for (int i = 0; i < days.length; i++) {
            String hours = hoursByDay.get(days[i]);
            if (hours == null) {
                continue;
            }
            int last = i;
            while (last + 1 < days.length && hours.equals(hoursByDay.get(days[last + 1]))) {
                last++;
            }
            String span = last == i ? name(days[i], locale) : name(days[i], locale) + "–" + name(days[last], locale);
            parts.add(span + " " + hours);
            i = last;
        }
        return String.join(" · ", parts);
    }

    static String name(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }

    private static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}
