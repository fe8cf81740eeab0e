package org.researchml.core.eeg;

import java.util.List;

/**
 * Per-sample 0/1 event columns that come with a recording, as in the grasp-and-lift layout.
 *
 * @param names event names, for example {@code HandStart}
 * @param values {@code values[event][sample]}, 1 where the event is marked
 */
public record EventColumns(List<String> names, byte[][] values) {

    public EventColumns {
        names = List.copyOf(names);
        if (values.length != names.size()) {
            throw new IllegalArgumentException("Got " + names.size() + " event names but " + values.length
                    + " value columns.");
        }
    }

    /** Returns the column of the named event, or throws if there is none. */
    public byte[] column(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("No event column named '" + name + "'. Available: " + names);
        }
        return values[index];
    }
}
