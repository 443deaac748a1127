package accord.http.admin;

import accord.http.testsupport.OwnDatabase;

/** Puts the read-side tests on a database of their own, shared by every class that uses it. */
class ReadSideDatabase extends OwnDatabase {

    @Override
    protected String purpose() {
        return "readside";
    }
}
