package accord.query.search;

/**
 * How one agreement's entry changed within a batch of events.
 *
 * @param stored the entry as read from the table when the batch first touched the agreement, or null when none was
 * @param updated the entry after the batch's events
 */
record SearchChange(SearchEntry stored, SearchEntry updated) {

    boolean partiesChanged() {
        return stored == null || !stored.partyCodes().equals(updated.partyCodes());
    }

    boolean scopeAreasChanged() {
        return stored == null || !stored.scopeAreaKeys().equals(updated.scopeAreaKeys());
    }
}
