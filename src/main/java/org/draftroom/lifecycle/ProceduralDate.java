package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date of a procedural step: the day it happened at Headquarters, given by whoever records it
 * or else today. A step cannot happen before the draft's latest step (the record reads in
 * procedural order) nor after today.
 */
public final class ProceduralDate {
    private ProceduralDate() {
    }

    /** The latest step already recorded for the draft: what it was and on which day. */
    public record Previous(String step, LocalDate on) {
    }

    /**
     * @param step     the step being recorded, as the record names it ("action on the draft")
     * @param given    the date given, or null for today
     * @param previous the draft's latest dated step, if any
     * @param today    today at Headquarters
     */
    public static LocalDate check(String step, LocalDate given, Optional<Previous> previous, LocalDate today) {
        LocalDate on = given == null ? today : given;
        if (on.getYear() < 1945) {
            throw Refusal.unprocessable("implausible-date", "The date " + on + " of " + step
                    + " is before the United Nations existed").with("field", "date").with("date", on.toString());
        }
        if (on.isAfter(today)) {
            throw Refusal.unprocessable("date-in-future", "The " + step + " is dated " + on + ", after today (" + today
                    + "); record a step once it has happened").with("field", "date").with("date", on.toString()).with("today", today.toString());
        }
        if (previous.isPresent() && on.isBefore(previous.get().on())) {
            Previous p = previous.get();
            throw Refusal.unprocessable("date-before-previous-step", "The " + step + " is dated " + on + ", before the "
                    + p.step() + " of " + p.on() + "; steps are recorded in procedural order")
                    .with("field", "date").with("date", on.toString()).with("previousStep", p.step()).with("previousDate", p.on().toString());
        }
        return on;
    }
}
