package accord.http.ledger;

import accord.http.testsupport.OwnDatabase;

/**
 * A database of its own for the tamper tests: the rows they edit, delete and forge reach the
 * projections too, and must not disturb what other tests read.
 */
class TamperedLedger extends OwnDatabase {

    @Override
    protected String purpose() {
        return "tamper";
    }
}
