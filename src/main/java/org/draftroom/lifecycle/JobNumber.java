package org.draftroom.lifecycle;

import org.draftroom.shared.Refusal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job number the UN's document services give a document they issue ("21-19074": the year, then five digits),
 * printed with its language in the footer of the first page: "21-19074 (E)". Given with the step that issues a
 * symbol or a revision, as printed or without the language; optional, and never invented when not given.
 */
public final class JobNumber {
    /** The longest a job number may be as given ("21-19074 (E)" with some spaces). */
    public static final int MAX_LENGTH = 20;
    private static final Pattern FORM = Pattern.compile("([0-9]{2}-[0-9]{5})(?:\\s*\\(E\\))?");

    private JobNumber() {
    }

    /** The job number given ("21-19074" or "21-19074 (E)") as recorded ("21-19074"); null when none was given. */
    public static String of(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        if (given.length() > MAX_LENGTH) {
            throw Refusal.unprocessable("invalid-job-number", "jobNumber has at most " + MAX_LENGTH + " characters")
                    .with("field", "jobNumber").with("limit", MAX_LENGTH);
        }
        Matcher m = FORM.matcher(given.strip());
        if (!m.matches()) {
            throw Refusal.unprocessable("invalid-job-number", "jobNumber is the job number the document was issued under, "
                    + "two digits, a hyphen and five digits such as 21-19074, not '" + given.strip() + "'").with("field", "jobNumber");
        }
        return m.group(1);
    }
}
