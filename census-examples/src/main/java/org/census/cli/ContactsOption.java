package org.census.cli;

import org.census.model.Census;
import org.census.model.CensusHeader;
import org.census.model.Partnership;

import picocli.CommandLine.Option;

/**
 * {@code --include-contacts}: contact persons are personal data, so every command leaves them out of what it writes
 * unless asked. The one place that rule is applied.
 */
final class ContactsOption {
    @Option(names = "--include-contacts", description = "Keep the contact persons (personal data); left out by "
            + "default.")
    boolean includeContacts;

    Census apply(Census census) {
        return includeContacts ? census : census.withoutContacts();
    }

    /** The header of a census streamed through: its edition's credits and the persons its texts name are personal. */
    CensusHeader apply(CensusHeader header) {
        return includeContacts ? header : header.withoutContacts();
    }

    Partnership apply(Partnership partnership) {
        return includeContacts ? partnership : partnership.withoutContacts();
    }
}
