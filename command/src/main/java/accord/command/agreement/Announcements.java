package accord.command.agreement;

import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;

/**
 * When the project's site and capacity were announced and when the agreement was last amended:
 * a second announcement needs an amendment recorded after the previous one.
 *
 * @param siteVersion version of the standing site announcement, or null
 * @param capacityVersion version of the standing capacity announcement, or null
 * @param amendmentVersion version of the latest amendment, or null
 */
record Announcements(Long siteVersion, Long capacityVersion, Long amendmentVersion) {

    static final Announcements NONE = new Announcements(null, null, null);

    void requireSiteOpen(String agreementId) {
        if (standing(siteVersion)) {
            throw new AgreementRefused(ErrorCode.SITE_ALREADY_ANNOUNCED, "A site for agreement '" + agreementId
                    + "' was already announced (version " + siteVersion + ") and no amendment was recorded"
                    + " since. Record the amendment that changes the site first, or correct version "
                    + siteVersion + " if it was recorded wrongly.");
        }
    }

    void requireCapacityOpen(String agreementId) {
        if (standing(capacityVersion)) {
            throw new AgreementRefused(ErrorCode.CAPACITY_ALREADY_ANNOUNCED, "A capacity for agreement '"
                    + agreementId + "' was already announced (version " + capacityVersion + ") and no"
                    + " amendment was recorded since. Record the amendment that changes the capacity first,"
                    + " or correct version " + capacityVersion + " if it was recorded wrongly.");
        }
    }

    Announcements siteAt(long version) {
        return new Announcements(version, capacityVersion, amendmentVersion);
    }

    Announcements capacityAt(long version) {
        return new Announcements(siteVersion, version, amendmentVersion);
    }

    Announcements amendedAt(long version) {
        return new Announcements(siteVersion, capacityVersion, version);
    }

    /** A withdrawn announcement no longer stands in the way of a new one. */
    Announcements withdrawn(long version) {
        return new Announcements(
                Long.valueOf(version).equals(siteVersion) ? null : siteVersion,
                Long.valueOf(version).equals(capacityVersion) ? null : capacityVersion,
                amendmentVersion);
    }

    private boolean standing(Long announcement) {
        return announcement != null && (amendmentVersion == null || amendmentVersion < announcement);
    }
}
